// The entry workbook: what the template holds and protects, and what the reader makes of real
// workbooks (LibreOffice's file, hand-made sheets with the quirks spreadsheets produce) and of
// bytes that are no workbook at all.
#include "documents/ReportWorkbook.h"
#include "DemoDatabase.h"
#include "documents/XlsxReader.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "support/TempDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace thidua;
namespace xlsx = thidua::documents::xlsx;

namespace {

// A zip with stored (uncompressed) entries, written by hand so a test controls every byte.
struct Entry
{
    std::string name;
    std::string data;
    std::optional<std::uint32_t> declaredSize; // a lie about the uncompressed size
};

std::uint32_t crc32(const std::string& data)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

void put(QByteArray& out, std::uint32_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i) {
        out.append(static_cast<char>((value >> (8 * i)) & 0xFF));
    }
}

QByteArray zip(const std::vector<Entry>& entries)
{
    QByteArray out;
    QByteArray central;
    for (const Entry& entry : entries) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        const auto size = static_cast<std::uint32_t>(entry.data.size());
        const std::uint32_t declared = entry.declaredSize.value_or(size);
        const std::uint32_t crc = crc32(entry.data);
        const auto nameLength = static_cast<std::uint32_t>(entry.name.size());
        put(out, 0x04034b50, 4);
        put(out, 20, 2);
        put(out, 0, 2); // flags
        put(out, 0, 2); // stored
        put(out, 0, 4); // time, date
        put(out, crc, 4);
        put(out, size, 4);
        put(out, declared, 4);
        put(out, nameLength, 2);
        put(out, 0, 2);
        out.append(entry.name.data(), static_cast<qsizetype>(entry.name.size()));
        out.append(entry.data.data(), static_cast<qsizetype>(entry.data.size()));
        put(central, 0x02014b50, 4);
        put(central, 20, 2);
        put(central, 20, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 4);
        put(central, crc, 4);
        put(central, size, 4);
        put(central, declared, 4);
        put(central, nameLength, 2);
        put(central, 0, 2); // extra
        put(central, 0, 2); // comment
        put(central, 0, 2); // disk
        put(central, 0, 2); // internal attributes
        put(central, 0, 4); // external attributes
        put(central, offset, 4);
        central.append(entry.name.data(), static_cast<qsizetype>(entry.name.size()));
    }
    const auto centralOffset = static_cast<std::uint32_t>(out.size());
    out.append(central);
    put(out, 0x06054b50, 4);
    put(out, 0, 4);
    put(out, static_cast<std::uint32_t>(entries.size()), 2);
    put(out, static_cast<std::uint32_t>(entries.size()), 2);
    put(out, static_cast<std::uint32_t>(central.size()), 4);
    put(out, centralOffset, 4);
    put(out, 0, 2);
    return out;
}

// A one-sheet workbook: `sheetData` is the inside of <sheetData>, `after` what follows it
// (<mergeCells>). Style 1 is a built-in percentage, 2 a custom one, 3 a date.
QByteArray workbook(const std::string& sheetData, const std::string& after = {}, const std::string& sharedStrings = {})
{
    const std::string ns = R"( xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
    const std::string rns = R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
    return zip({
        {"xl/workbook.xml",
         "<workbook" + ns + rns +
             R"(><sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/>)"
             "</sheets></workbook>",
         {}},
        {"xl/_rels/workbook.xml.rels",
         R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)",
         {}},
        {"xl/styles.xml",
         "<styleSheet" + ns +
             R"(><numFmts><numFmt numFmtId="170" formatCode="0.0&quot;%&quot;"/>)"
             R"(<numFmt numFmtId="171" formatCode="0.00%"/></numFmts><cellXfs>)"
             R"(<xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="171"/><xf numFmtId="14"/>)"
             R"(<xf numFmtId="170"/></cellXfs></styleSheet>)",
         {}},
        {"xl/sharedStrings.xml", "<sst" + ns + ">" + sharedStrings + "</sst>", {}},
        {"xl/worksheets/sheet1.xml",
         "<worksheet" + ns + "><sheetData>" + sheetData + "</sheetData>" + after + "</worksheet>",
         {}},
    });
}

std::string text(const std::string& reference, const std::string& value)
{
    return R"(<c r=")" + reference + R"(" t="inlineStr"><is><t>)" + value + "</t></is></c>";
}

std::string number(const std::string& reference, const std::string& value, int style = 0)
{
    return R"(<c r=")" + reference + R"(" s=")" + std::to_string(style) + R"("><v>)" + value + "</v></c>";
}

const std::vector<Row<ReportRow>>& rowsOf(const ImportFile& file)
{
    return std::get<std::vector<Row<ReportRow>>>(file.rows);
}

QString fixture(const QString& name)
{
    // The sources' tests/fixtures, found from this file's path: absolute, or relative to the build
    // folder (two levels above this test's executable) when ccache rewrote it.
    QString source = QString::fromUtf8(__FILE__);
    if (QFileInfo(source).isRelative()) {
        source = QDir(QCoreApplication::applicationDirPath() + u"/../.."_s).filePath(source);
    }
    return QFileInfo(source).dir().filePath(u"../fixtures/workbooks/"_s + name);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("the entry template lists the unit's indicators and unlocks only what it fills in")
{
    test::TempDir dir;
    demo::createDemoDatabase(dir.path(u"demo.sqlite"_s));
    auto db = storage::Database::open(dir.path(u"demo.sqlite"_s));
    const QString path = dir.path(u"binh-thanh.xlsx"_s);
    REQUIRE(documents::writeEntryWorkbook(*db, "BINH_THANH", "2021-Y", path).isEmpty());
    REQUIRE_FALSE(QFileInfo::exists(dir.path(u".binh-thanh.xlsx"_s))); // no temporary left behind

    const QByteArray bytes = readFile(path);
    const xlsx::ReadResult read = xlsx::readWorkbook(bytes);
    REQUIRE(read.workbook);
    const xlsx::Sheet& sheet = read.workbook->sheets.at(0);
    CHECK(sheet.name == u"Báo cáo"_s);
    CHECK(sheet.isProtected);
    const auto textAt = [&](int row, int column) {
        const xlsx::Cell* cell = sheet.cell(row, column);
        return cell ? cell->text : QString();
    };
    const auto locked = [&](int row, int column) {
        const xlsx::Cell* cell = sheet.cell(row, column);
        return read.workbook->style(cell ? cell->style : 0).locked;
    };
    CHECK(textAt(5, 2) == u"Mã đơn vị:"_s);
    CHECK(textAt(5, 3) == u"BINH_THANH"_s);
    CHECK(textAt(6, 3) == u"2021-Y"_s);
    CHECK(textAt(14, 7) == u"Thực hiện (actual)"_s);
    QStringList codes;
    for (int row = 15; !textAt(row, 2).isEmpty(); ++row) {
        codes.append(textAt(row, 2));
    }
    // QP04 is all_of: computed from its children, never typed in.
    CHECK(codes.join(u' ') == u"KT01 KT04 KT05 XH05 XH06 XH07 XH09 XH10 XH11 QP01 QP02 QP03 QP04.1 QP04.2 "
                              "QP04.3 QP05"_s);
    CHECK(sheet.cell(15, 6)->number == Approx(12.6)); // T′ of a level indicator is T
    CHECK(locked(15, 2));                             // the code
    CHECK(locked(15, 6));                             // the target
    CHECK_FALSE(locked(15, 7));                       // actual
    CHECK(locked(15, 8));                             // KT01 takes no baseline
    CHECK_FALSE(locked(19, 8));                       // XH06 (reduce_by) does
    CHECK_FALSE(locked(15, 9));                       // note
    CHECK(locked(5, 3));                              // the unit code

    SECTION("an empty template reads as no rows and no faults")
    {
        const ImportFile file = documents::readReportWorkbook("binh-thanh.xlsx", bytes);
        CHECK(file.errors.empty());
        CHECK(rowsOf(file).empty());
        CHECK(file.columns == std::vector<std::string>{"unit", "period", "indicator", "actual", "baseline", "note"});
    }
    SECTION("unknown units and periods are refused")
    {
        CHECK_THROWS_AS(documents::writeEntryWorkbook(*db, "NOPE", "2021-Y", dir.path(u"x.xlsx"_s)),
                        storage::StorageError);
        CHECK_THROWS_AS(documents::writeEntryWorkbook(*db, "BINH_THANH", "2030-Y", dir.path(u"x.xlsx"_s)),
                        storage::StorageError);
        CHECK_FALSE(QFileInfo::exists(dir.path(u"x.xlsx"_s)));
    }
}

TEST_CASE("a template filled in and saved by LibreOffice Calc reads to its rows")
{
    const ImportFile file =
        documents::readReportWorkbook("filled.xlsx", readFile(fixture(u"binh-thanh-2021-Y-libreoffice.xlsx"_s)));
    REQUIRE(file.errors.empty());
    const auto& rows = rowsOf(file);
    REQUIRE(rows.size() == 6);
    const auto check = [&](std::size_t i, int line, const char* code, std::optional<double> actual,
                           std::optional<double> baseline = {}) {
        INFO(code);
        CHECK(rows[i].line == line);
        CHECK(rows[i].value.unitCode == "BINH_THANH");
        CHECK(rows[i].value.periodCode == "2021-Y");
        CHECK(rows[i].value.indicatorCode == code);
        REQUIRE(rows[i].value.actual.has_value() == actual.has_value());
        if (actual) {
            CHECK(*rows[i].value.actual == Approx(*actual));
        }
        CHECK(rows[i].value.baseline.has_value() == baseline.has_value());
        if (baseline) {
            CHECK(*rows[i].value.baseline == Approx(*baseline));
        }
    };
    check(0, 15, "KT01", 13.6);
    check(1, 16, "KT04", 14.5);
    check(2, 17, "KT05", 12.5); // typed as the text "12,5"
    check(3, 18, "XH05", 93.5); // 0.935 under a % format, unit of measure %
    check(4, 19, "XH06", 3.67, 4.97);
    check(5, 25, "QP02", 0.0);
    CHECK(rows[1].value.note == "Số liệu ước tính\ncủa quý IV");
}

TEST_CASE("a plain sheet with the reports.csv columns reads as the CSV would")
{
    const std::string header = text("A1", "unit") + text("B1", "period") + text("C1", "Indicator") +
                               text("D1", " actual ") + text("E1", "note");
    const auto row = [](int r, const std::string& actualCell) {
        const std::string n = std::to_string(r);
        return "<row r=\"" + n + "\">" + text("A" + n, "BINH_THANH") + text("B" + n, "2021-Y") +
               text("C" + n, "KT0" + n) + actualCell + "</row>";
    };
    SECTION("numbers as text with a decimal comma or point, percentages, empty trailing rows")
    {
        const QByteArray bytes =
            workbook("<row r=\"1\">" + header + "</row>" + row(2, text("D2", "12,5")) + row(3, text("D3", " 12.5 ")) +
                     row(4, number("D4", "0.935", 1)) + row(5, number("D5", "7")) + row(6, "") +
                     "<row r=\"9\"><c r=\"A9\" s=\"1\"/><c r=\"D9\" s=\"2\"/></row>");
        const ImportFile file = documents::readReportWorkbook("plain.xlsx", bytes);
        REQUIRE(file.errors.empty());
        const auto& rows = rowsOf(file);
        REQUIRE(rows.size() == 5);
        CHECK(*rows[0].value.actual == 12.5);
        CHECK(*rows[1].value.actual == 12.5);
        CHECK(*rows[2].value.actual == 93.5); // no unit of measure: the figure shown is meant
        CHECK(*rows[3].value.actual == 7);
        CHECK_FALSE(rows[4].value.actual); // an empty actual clears, as in a CSV file
        CHECK(rows[4].line == 6);
        CHECK(file.columns == std::vector<std::string>{"unit", "period", "indicator", "actual", "note"});
    }
    SECTION("a wrong value names the sheet, the row and the column's header")
    {
        const QByteArray bytes = workbook("<row r=\"1\">" + header + "</row>" + row(2, text("D2", "2.000")) +
                                          row(3, text("D3", "abc")) + row(4, number("D4", "44331", 3)));
        const ImportFile file = documents::readReportWorkbook("plain.xlsx", bytes);
        REQUIRE(file.errors.size() == 3);
        CHECK(file.errors[0].file == "plain.xlsx › Số liệu");
        CHECK(file.errors[0].line == 2);
        CHECK(file.errors[0].column == "actual");
        CHECK(file.errors[0].problem == ImportProblem::ThousandsSeparator);
        CHECK(file.errors[1].line == 3);
        CHECK(file.errors[1].problem == ImportProblem::NotANumber);
        CHECK(file.errors[2].problem == ImportProblem::NotANumber); // a figure taken for a date
        CHECK(file.errors[2].value == "2021-05-15");
    }
    SECTION("a header merged over two rows, shared strings with rich text, cells without references")
    {
        const std::string strings = "<si><t>unit</t></si><si><r><t>per</t></r><r><rPr/><t>iod</t></r>"
                                    "<rPh><t>x</t></rPh></si><si><t>indicator</t></si><si><t>actual</t></si>";
        const QByteArray bytes = workbook(
            R"(<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>3</v></c></row>)"
            R"(<row r="2"/><row>)" +
                text("A3", "HUYEN") + text("B3", "2021-Y") + text("C3", "KT01") + number("D3", "5") + "</row>",
            R"(<mergeCells count="4"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/><mergeCell ref="C1:C2"/>)"
            R"(<mergeCell ref="D1:D2"/></mergeCells>)",
            strings);
        const ImportFile file = documents::readReportWorkbook("merged.xlsx", bytes);
        REQUIRE(file.errors.empty());
        REQUIRE(rowsOf(file).size() == 1);
        CHECK(rowsOf(file)[0].line == 3);
        CHECK(rowsOf(file)[0].value.unitCode == "HUYEN");
        CHECK(*rowsOf(file)[0].value.actual == 5);
    }
    SECTION("our template's layout found below inserted rows, with a % cell of a non-% indicator kept")
    {
        const std::string labels = "<row r=\"4\">" + text("B4", "Mã đơn vị:") + text("C4", "XA_A") + "</row>" +
                                   "<row r=\"5\">" + text("B5", "Mã kỳ báo cáo") + text("C5", "2021-H1") + "</row>";
        const std::string head = "<row r=\"12\">" + text("A12", "STT") + text("B12", "Mã chỉ tiêu") +
                                 text("D12", "Đơn vị tính") + text("G12", "Thực hiện") + "</row>";
        const std::string data = "<row r=\"13\">" + text("B13", "KT01") + text("D13", "người") +
                                 number("G13", "0.5", 4) + "</row><row r=\"14\">" + text("B14", "KT02") +
                                 text("D14", "%") + number("G14", "0.5", 2) + "</row><row r=\"15\">" +
                                 text("B15", "KT03") + "</row>";
        const ImportFile file = documents::readReportWorkbook("moved.xlsx", workbook(labels + head + data));
        REQUIRE(file.errors.empty());
        REQUIRE(rowsOf(file).size() == 2); // KT03's row is left empty: nothing reported
        CHECK(rowsOf(file)[0].value.unitCode == "XA_A");
        CHECK(rowsOf(file)[0].value.periodCode == "2021-H1");
        CHECK(*rowsOf(file)[0].value.actual == 0.5);
        CHECK(*rowsOf(file)[1].value.actual == 50);
        CHECK(file.columns == std::vector<std::string>{"unit", "period", "indicator", "actual"});
    }
}

TEST_CASE("bytes that are no workbook give one fault, never a crash")
{
    const auto single = [](const QByteArray& bytes) {
        const ImportFile file = documents::readReportWorkbook("bad.xlsx", bytes);
        REQUIRE(file.errors.size() == 1);
        CHECK(file.errors[0].problem == ImportProblem::NotCsv);
        CHECK(file.errors[0].line == 0);
        CHECK(rowsOf(file).empty());
        return QString::fromStdString(file.errors[0].detail);
    };
    CHECK(single("unit,period,indicator,actual\n").contains(u"not an XLSX"_s));
    CHECK_FALSE(single({}).isEmpty());
    const QByteArray whole = workbook("<row r=\"1\">" + text("A1", "unit") + "</row>");
    CHECK_FALSE(single(whole.left(whole.size() / 2)).isEmpty()); // truncated
    CHECK(single(zip({{"xl/workbook.xml", "<workbook/>", 0x7FFFFFFFu}})).contains(u"larger than"_s));
    CHECK(single(zip({{"xl/workbook.xml", "<workbook><sheets><sheet name=\"a\"", {}}})).contains(u"XML"_s));
    CHECK(single(zip({{"content.xml", "<office/>", {}}})).contains(u".ods"_s));
    // A damaged part: the CRC says otherwise.
    QByteArray damaged = whole;
    damaged[damaged.indexOf("<workbook") + 3] = 'X';
    CHECK_FALSE(single(damaged).isEmpty());
    // A shared string that does not exist, a cell reference out of range.
    CHECK_FALSE(single(workbook(R"(<row r="1"><c r="A1" t="s"><v>7</v></c></row>)")).isEmpty());
    CHECK_FALSE(single(workbook(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)")).isEmpty());
}

TEST_CASE("any single damaged byte of a workbook is read or refused, never a crash")
{
    const QByteArray whole =
        workbook("<row r=\"1\">" + text("A1", "unit") + text("B1", "period") + text("C1", "indicator") +
                 text("D1", "actual") + "</row><row r=\"2\">" + text("A2", "HUYEN") + text("B2", "2021-Y") +
                 text("C2", "KT01") + number("D2", "0.5", 1) + "</row>");
    for (qsizetype i = 0; i < whole.size(); i += 3) {
        for (const char value : {'\0', '\xFF', '9'}) {
            QByteArray damaged = whole;
            damaged[i] = value;
            const ImportFile file = documents::readReportWorkbook("damaged.xlsx", damaged);
            CHECK((file.errors.empty() || !file.errors[0].file.empty()));
        }
    }
}
