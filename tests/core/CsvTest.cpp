// parseCsv and csvField against the file rules of spec/interchange.md: files come from spreadsheet
// programs (byte-order marks, `;` on Vietnamese-locale machines, quoted Vietnamese names with commas)
// and every message must name the line a person has to fix.
#include "core/Csv.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using thidua::CsvError;
using thidua::csvField;
using thidua::CsvTable;
using thidua::parseCsv;

namespace {

using Fields = std::vector<std::string>;

std::vector<int> recordLines(const CsvTable& table)
{
    std::vector<int> lines;
    for (const auto& record : table.records) {
        lines.push_back(record.line);
    }
    return lines;
}

// The line CsvError reports for `text`, or 0 when it parses.
int errorLine(const std::string& text)
{
    try {
        parseCsv(text);
    } catch (const CsvError& error) {
        return error.line();
    }
    return 0;
}

} // namespace

TEST_CASE("parseCsv reads a header and records with the line each starts on", "[csv]")
{
    const CsvTable table = parseCsv("code,name\nKT01,Tăng trưởng\nKT02,Giá trị\n");
    CHECK(table.delimiter == ',');
    CHECK(table.header.line == 1);
    CHECK(table.header.fields == Fields{"code", "name"});
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0].fields == Fields{"KT01", "Tăng trưởng"});
    CHECK(table.records[1].fields == Fields{"KT02", "Giá trị"});
    CHECK(recordLines(table) == std::vector<int>{2, 3});
}

TEST_CASE("parseCsv accepts a last line without a line break and CRLF line ends", "[csv]")
{
    const CsvTable noFinalBreak = parseCsv("a,b\n1,2");
    REQUIRE(noFinalBreak.records.size() == 1);
    CHECK(noFinalBreak.records[0].fields == Fields{"1", "2"});

    const CsvTable crlf = parseCsv("a,b\r\n1,2\r\n3,4\r\n");
    CHECK(crlf.header.fields == Fields{"a", "b"});
    REQUIRE(crlf.records.size() == 2);
    CHECK(crlf.records[1].fields == Fields{"3", "4"});
    CHECK(recordLines(crlf) == std::vector<int>{2, 3});
}

TEST_CASE("parseCsv drops a UTF-8 byte-order mark", "[csv]")
{
    const CsvTable table = parseCsv("\xEF\xBB\xBF"
                                    "code,tên\nHUYEN,Huyện Tây Sơn\n");
    CHECK(table.header.fields == Fields{"code", "tên"});
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields == Fields{"HUYEN", "Huyện Tây Sơn"});
}

TEST_CASE("parseCsv takes the delimiter from the header row", "[csv]")
{
    SECTION("semicolons, as a Vietnamese-locale spreadsheet writes")
    {
        const CsvTable table = parseCsv("unit;indicator;actual\nHUYEN;KT01;10,3\n");
        CHECK(table.delimiter == ';');
        REQUIRE(table.records.size() == 1);
        CHECK(table.records[0].fields == Fields{"HUYEN", "KT01", "10,3"});
    }
    SECTION("commas inside quotes do not count")
    {
        const CsvTable table = parseCsv("\"a,b,c\";d\n1;2\n");
        CHECK(table.delimiter == ';');
        CHECK(table.header.fields == Fields{"a,b,c", "d"});
    }
    SECTION("the header decides even when later rows hold more semicolons")
    {
        const CsvTable table = parseCsv("a,b\nx;y;z,w\n");
        CHECK(table.delimiter == ',');
        CHECK(table.records[0].fields == Fields{"x;y;z", "w"});
    }
    SECTION("a single column falls back to commas")
    {
        CHECK(parseCsv("code\nKT01\n").delimiter == ',');
    }
}

TEST_CASE("parseCsv reads RFC 4180 quoted fields", "[csv]")
{
    SECTION("delimiter inside quotes")
    {
        const CsvTable table = parseCsv("code,name\nKT01.1,\"Nông, lâm, thủy sản\"\n");
        CHECK(table.records[0].fields == Fields{"KT01.1", "Nông, lâm, thủy sản"});
    }
    SECTION("doubled quotes stand for one quote")
    {
        const CsvTable table = parseCsv("a,b\n\"Cuộc vận động \"\"Toàn dân\"\"\",x\n");
        CHECK(table.records[0].fields == Fields{"Cuộc vận động \"Toàn dân\"", "x"});
    }
    SECTION("line breaks inside quotes are kept")
    {
        const CsvTable table = parseCsv("a,b\n\"dòng 1\ndòng 2\",x\n");
        REQUIRE(table.records.size() == 1);
        CHECK(table.records[0].fields == Fields{"dòng 1\ndòng 2", "x"});
    }
    SECTION("an empty quoted field is a field, and an empty quoted line is not blank")
    {
        const CsvTable table = parseCsv("a\n\"\"\n");
        REQUIRE(table.records.size() == 1);
        CHECK(table.records[0].fields == Fields{""});
    }
    SECTION("spaces around a quoted field are dropped, spaces inside it kept")
    {
        const CsvTable table = parseCsv("a,b\n  \" giữ \"  ,x\n");
        CHECK(table.records[0].fields == Fields{" giữ ", "x"});
    }
}

TEST_CASE("parseCsv skips blank lines and trims unquoted fields", "[csv]")
{
    const CsvTable table = parseCsv("\n  code , name \n\n   \n\t\n KT01 ,  Tăng trưởng  \n\n");
    CHECK(table.header.fields == Fields{"code", "name"});
    CHECK(table.header.line == 2);
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields == Fields{"KT01", "Tăng trưởng"});
    CHECK(table.records[0].line == 6);
}

TEST_CASE("parseCsv keeps empty fields, also at the end of a row", "[csv]")
{
    const CsvTable table = parseCsv("a,b,c\n,\"\",\nx,,\n");
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0].fields == Fields{"", "", ""});
    CHECK(table.records[1].fields == Fields{"x", "", ""});
}

TEST_CASE("parseCsv numbers the records after a multi-line quoted field by their real line", "[csv]")
{
    SECTION("LF")
    {
        const CsvTable table = parseCsv("a,b\n\"một\nhai\nba\",1\nx,2\n\ny,3\n");
        REQUIRE(table.records.size() == 3);
        CHECK(recordLines(table) == std::vector<int>{2, 5, 7});
    }
    SECTION("CRLF, inside and outside the quotes")
    {
        const CsvTable table = parseCsv("a,b\r\n\"một\r\nhai\",1\r\nx,2\r\n");
        REQUIRE(table.records.size() == 2);
        CHECK(table.records[0].fields == Fields{"một\r\nhai", "1"});
        CHECK(recordLines(table) == std::vector<int>{2, 4});
    }
}

TEST_CASE("parseCsv refuses text that is not CSV, naming the line", "[csv]")
{
    SECTION("a quote that is never closed is reported where its record starts")
    {
        CHECK(errorLine("a,b\n1,2\n3,\"không đóng\n4,5\n") == 3);
        CHECK(errorLine("a,b\n\"x\ny\",1\n2,\"mở") == 4);
        CHECK_THROWS_WITH(parseCsv("a\n\"x"), Catch::Contains("not closed"));
    }
    SECTION("text after a closing quote")
    {
        CHECK(errorLine("a,b\n1,2\n\"x\"y,3\n") == 3);
    }
    SECTION("no header row")
    {
        CHECK(errorLine("") == 1);
        CHECK(errorLine("\n\n  \n") == 1);
        CHECK(errorLine("\xEF\xBB\xBF") == 1);
    }
    SECTION("a header alone is a table without records")
    {
        CHECK(errorLine("code,name\n") == 0);
        CHECK(parseCsv("code,name\n").records.empty());
    }
}

TEST_CASE("csvField quotes only what needs it", "[csv]")
{
    CHECK(csvField("KT01") == "KT01");
    CHECK(csvField("") == "");
    CHECK(csvField("Huyện Tây Sơn") == "Huyện Tây Sơn");
    CHECK(csvField("Nông, lâm, thủy sản") == "\"Nông, lâm, thủy sản\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("a\nb") == "\"a\nb\"");
    CHECK(csvField("a\rb") == "\"a\rb\"");
    // Spaces at either end would be trimmed away by the reader unless quoted.
    CHECK(csvField(" lề") == "\" lề\"");
    CHECK(csvField("lề ") == "\"lề \"");
    SECTION("the delimiter is the caller's")
    {
        CHECK(csvField("a;b") == "a;b");
        CHECK(csvField("a;b", ';') == "\"a;b\"");
        CHECK(csvField("a,b", ';') == "a,b");
    }
}

TEST_CASE("csvField output reads back unchanged", "[csv]")
{
    const std::vector<std::string> values{"",    "KT01", "Nông, lâm, thủy sản", "\"",     "\"\"",
                                          "a;b", " x ",  "dòng 1\ndòng 2",      "a\r\nb", "tab\t",
                                          ",",   "93,5"};
    for (const char delimiter : {',', ';'}) {
        std::string text = std::string("first") + delimiter + "value" + delimiter + "last\n";
        for (const auto& value : values) {
            text += std::string("k") + delimiter + csvField(value, delimiter) + delimiter + "end\n";
        }
        const CsvTable table = parseCsv(text);
        CHECK(table.delimiter == delimiter);
        REQUIRE(table.records.size() == values.size());
        for (std::size_t i = 0; i < values.size(); ++i) {
            INFO("delimiter " << delimiter << ", value #" << i);
            CHECK(table.records[i].fields == Fields{"k", values[i], "end"});
        }
    }
}

TEST_CASE("a row of empty cells counts as a blank line", "[csv]")
{
    const CsvTable table = parseCsv("code,name\nA,An\n,,\n\nB,Bình\n");
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[1].fields[0] == "B");
    CHECK(table.records[1].line == 5);
}
