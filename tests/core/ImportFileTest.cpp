// readImportFile against every file rule of spec/interchange.md, each with a tiny file: the files
// come from spreadsheets (byte-order marks, `;` and decimal commas, quoted names with commas), and
// every fault of a file must be listed with the line and column a person has to fix.
#include "core/ImportFile.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

using namespace thidua;

namespace {

template <typename T>
const std::vector<Row<T>>& rowsOf(const ImportFile& file)
{
    return std::get<std::vector<Row<T>>>(file.rows);
}

// "LINE column problem" of every fault, in order: what a test compares.
std::vector<std::string> faults(const ImportFile& file)
{
    std::vector<std::string> result;
    for (const ImportError& error : file.errors) {
        result.push_back(std::to_string(error.line) + ' ' + error.column + ' ' +
                         std::string(1, static_cast<char>('A' + static_cast<int>(error.problem))));
    }
    return result;
}

std::string fault(int line, const std::string& column, ImportProblem problem)
{
    return std::to_string(line) + ' ' + column + ' ' +
           std::string(1, static_cast<char>('A' + static_cast<int>(problem)));
}

ImportFile reports(const std::string& text)
{
    return readImportFile(ImportKind::Reports, "reports.csv", text);
}

} // namespace

TEST_CASE("import kinds have stable codes", "[import]")
{
    for (const char* code :
         {"indicators", "units", "groups", "schemes", "targets", "reports", "scores", "adjustments"}) {
        const auto kind = importKindFromCode(code);
        REQUIRE(kind);
        CHECK(toCode(*kind) == code);
    }
    CHECK_FALSE(importKindFromCode("report"));
}

TEST_CASE("an indicators file is read into indicators, columns in any order and case", "[import]")
{
    const auto file = readImportFile(ImportKind::Indicators, "ind.csv",
                                     "Name,CODE,kind,Period_Basis,unit,members,parent,MIN,max,mid_year_share,heading\n"
                                     "\"Xã đạt chuẩn nông thôn mới (xã Bình Thành, xã Bình Tân)\",KT03,named_set,"
                                     "year_end,xã,BINH_THANH| BINH_TAN,,0,2,,KT\n"
                                     "Thu tiền sử dụng đất,KT05.2,at_least,cumulative,tỷ đồng,,KT05.1,0,,0.4,KT\n");
    REQUIRE(file.errors.empty());
    CHECK(file.delimiter == ',');
    const auto& rows = rowsOf<Indicator>(file);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].line == 2);
    CHECK(rows[0].value.code == "KT03");
    CHECK(rows[0].value.name == "Xã đạt chuẩn nông thôn mới (xã Bình Thành, xã Bình Tân)");
    CHECK(rows[0].value.kind == IndicatorKind::NamedSet);
    CHECK(rows[0].value.basis == PeriodBasis::YearEnd);
    CHECK(rows[0].value.memberCodes == std::vector<std::string>{"BINH_THANH", "BINH_TAN"});
    CHECK(rows[0].value.minValue == 0);
    CHECK(rows[0].value.maxValue == 2);
    CHECK_FALSE(rows[0].value.midYearShare);
    CHECK(rows[1].value.parentCode == "KT05.1");
    CHECK(rows[1].value.midYearShare == 0.4);
    CHECK_FALSE(rows[1].value.maxValue);
    CHECK(file.hasColumn("period_basis"));
    CHECK(file.hasColumn("mid_year_share"));
}

TEST_CASE("a ';' file accepts the decimal comma and reads as the ',' file", "[import]")
{
    const auto comma = reports("unit,period,indicator,actual,baseline,note\n"
                               "TAY_AN,2021-H1,XH09,92.5,-1.25,\"theo BHXH, huyện\"\n");
    const auto semicolon = reports("unit;period;indicator;actual;baseline;note\n"
                                   "TAY_AN;2021-H1;XH09;92,5;-1,25;theo BHXH, huyện\n");
    REQUIRE(comma.errors.empty());
    REQUIRE(semicolon.errors.empty());
    CHECK(semicolon.delimiter == ';');
    const auto& a = rowsOf<ReportRow>(comma).at(0).value;
    const auto& b = rowsOf<ReportRow>(semicolon).at(0).value;
    CHECK(a.actual == 92.5);
    CHECK(b.actual == 92.5);
    CHECK(b.baseline == -1.25);
    CHECK(a.baseline == b.baseline);
    CHECK(a.note == b.note);
    CHECK(b.note == "theo BHXH, huyện");
}

TEST_CASE("a decimal comma in a ',' file is not a number", "[import]")
{
    const auto file = reports("unit,period,indicator,actual\nTAY_AN,2021-H1,XH09,\"92,5\"\n");
    REQUIRE(file.errors.size() == 1);
    CHECK(file.errors[0].problem == ImportProblem::NotANumber);
    CHECK(file.errors[0].column == "actual");
    CHECK(file.errors[0].value == "92,5");
}

TEST_CASE("thousands separators are refused with their own problem", "[import]")
{
    const auto semicolon = reports("unit;period;indicator;actual\nTAY_AN;2021-Y;XH11;2.000\n");
    const auto comma = reports("unit,period,indicator,actual\nTAY_AN,2021-Y,XH11,\"2,000\"\n");
    for (const auto* file : {&semicolon, &comma}) {
        REQUIRE(file->errors.size() == 1);
        CHECK(file->errors[0].problem == ImportProblem::ThousandsSeparator);
        CHECK(file->errors[0].line == 2);
    }
    CHECK(describeInEnglish(semicolon.errors[0]) ==
          "reports.csv:2: column 'actual': thousands separators are not accepted: write the plain figure, "
          "e.g. 2000 (2.000)");
}

TEST_CASE("a byte-order mark, blank lines and surrounding spaces are no faults", "[import]")
{
    const auto file = readImportFile(ImportKind::Units, "units.csv",
                                     "\xEF\xBB\xBF"
                                     "code,name,kind,group\r\n"
                                     "\r\n"
                                     "  TAY_AN , Xã Tây An ,commune,CUM_XA\r\n"
                                     ",,,\r\n"
                                     "P_NOI_VU,\" Phòng \"\"Nội vụ\"\" \",agency,\r\n");
    REQUIRE(file.errors.empty());
    const auto& rows = rowsOf<Unit>(file);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].line == 3);
    CHECK(rows[0].value.code == "TAY_AN");
    CHECK(rows[0].value.name == "Xã Tây An");
    CHECK(rows[0].value.groupCode == "CUM_XA");
    CHECK(rows[1].line == 5);
    CHECK(rows[1].value.name == "Phòng \"Nội vụ\"");
    CHECK(rows[1].value.kind == UnitKind::Agency);
    CHECK(rows[1].value.groupCode.empty());
}

TEST_CASE("header faults: unknown, doubled and missing columns", "[import]")
{
    const auto file = readImportFile(ImportKind::Groups, "groups.csv", "code,Name,colour,name\nCUM,Cụm,cluster\n");
    CHECK(faults(file) == std::vector<std::string>{fault(1, "colour", ImportProblem::UnknownColumn),
                                                   fault(1, "name", ImportProblem::DuplicateColumn),
                                                   fault(1, "kind", ImportProblem::MissingColumn),
                                                   fault(1, "scheme", ImportProblem::MissingColumn)});
    CHECK(file.errors[0].detail == "code, name, kind, scheme");
    CHECK(describeInEnglish(file.errors[2]) == "groups.csv:1: column 'kind': this required column is missing");

    // Optional columns may be left out; required ones may not, even when the rows would not use them.
    CHECK(reports("unit,period,indicator\nTAY_AN,2021-H1,XH09\n").errors.empty());
    CHECK(faults(reports("unit,indicator,actual\nTAY_AN,XH09,1\n")) ==
          std::vector<std::string>{fault(1, "period", ImportProblem::MissingColumn)});
}

TEST_CASE("a row with more fields than the header is a fault; a short row is not", "[import]")
{
    const auto file = reports("unit,period,indicator,actual\nTAY_AN,2021-H1,XH09,1,2\nTAY_AN,2021-H1,XH10\n");
    CHECK(faults(file) == std::vector<std::string>{fault(2, "", ImportProblem::WrongFieldCount)});
    CHECK(file.errors[0].detail == "5 > 4");
    REQUIRE(rowsOf<ReportRow>(file).size() == 1);
    CHECK_FALSE(rowsOf<ReportRow>(file)[0].value.actual);
}

TEST_CASE("a value under a header cell left empty is a fault", "[import]")
{
    const auto file = reports("unit,period,indicator,\nTAY_AN,2021-H1,XH09,\nTAY_AN,2021-H1,XH10,7\n");
    CHECK(faults(file) == std::vector<std::string>{fault(3, "", ImportProblem::UnknownColumn)});
    CHECK(describeInEnglish(file.errors[0]) == "reports.csv:3: column '': a value under a column without a name (7)");
}

TEST_CASE("closed vocabularies name their allowed codes", "[import]")
{
    const auto file = readImportFile(ImportKind::Units, "units.csv", "code,name,kind\nX,Xã X,village\nY,Y,\n");
    CHECK(faults(file) == std::vector<std::string>{fault(2, "kind", ImportProblem::UnknownCode),
                                                   fault(3, "kind", ImportProblem::Required)});
    CHECK(file.errors[0].detail == "district, town, commune, agency, enterprise, association, other");
    CHECK(describeInEnglish(file.errors[0]) ==
          "units.csv:2: column 'kind': unknown code; write one of: district, town, commune, agency, enterprise, "
          "association, other (village)");

    const auto adjustments = readImportFile(ImportKind::Adjustments, "adj.csv",
                                            "unit,period,type,reason,points\nA,2021-Y,penalty,Chậm báo cáo,1\n");
    REQUIRE(adjustments.errors.size() == 1);
    CHECK(adjustments.errors[0].detail == "bonus, deduction");
}

TEST_CASE("periods, years, points and booleans are checked", "[import]")
{
    const auto scores = readImportFile(ImportKind::Scores, "scores.csv",
                                       "unit,period,criterion,level,points\n"
                                       "TAY_AN,2021-H2,C08,self,4\n"
                                       "TAY_AN,2021-Y,C08,cluster,-1\n"
                                       "TAY_AN,2021-Y,C08,final,\n"
                                       "TAY_AN,2021-Y,C08,self,4.5\n");
    CHECK(faults(scores) == std::vector<std::string>{fault(2, "period", ImportProblem::BadPeriod),
                                                     fault(3, "points", ImportProblem::Negative),
                                                     fault(4, "points", ImportProblem::Required)});
    const auto& rows = rowsOf<ScoreRow>(scores);
    CHECK(rows.at(3).value.level == ScoreLevel::Self);
    CHECK(rows.at(3).value.points == 4.5);

    const auto targets = readImportFile(ImportKind::Targets, "targets.csv",
                                        "unit,indicator,year,target\nTAY_AN,XH09,21,95\nTAY_AN,XH10,2021.0,\n"
                                        "TAY_AN,XH11,2021,300\n");
    CHECK(faults(targets) == std::vector<std::string>{fault(2, "year", ImportProblem::NotANumber),
                                                      fault(3, "year", ImportProblem::NotANumber)});
    CHECK(rowsOf<Target>(targets).at(2).value.year == 2021);
    CHECK(rowsOf<Target>(targets).at(2).value.value == 300);

    const auto schemes = readImportFile(ImportKind::Schemes, "schemes.csv",
                                        "scheme,criterion,heading,name,max,veto\nS,C1,,Một,5,yes\nS,C2,,Hai,5,1\n");
    CHECK(faults(schemes) == std::vector<std::string>{fault(2, "veto", ImportProblem::NotBoolean)});
}

TEST_CASE("a key given twice names the line of its first row", "[import]")
{
    const auto file = reports("unit,period,indicator,actual\n"
                              "TAY_AN,2021-H1,XH09,90\n"
                              "TAY_AN,2021-H1,XH10,5\n"
                              "TAY_AN,2021-Y,XH09,91\n"
                              "TAY_AN,2021-H1,XH09,92\n");
    CHECK(faults(file) == std::vector<std::string>{fault(5, "unit", ImportProblem::DuplicateKey)});
    CHECK(file.errors[0].detail == "2");
    CHECK(describeInEnglish(file.errors[0]) ==
          "reports.csv:5: column 'unit': the same key as line 2 (TAY_AN, 2021-H1, XH09)");
}

TEST_CASE("scheme rows are gathered into schemes, their settings agreeing", "[import]")
{
    const auto file = readImportFile(ImportKind::Schemes, "schemes.csv",
                                     "scheme;criterion;heading;name;max;indicator;method;bonus_rate;excess_cap;bands;"
                                     "veto;scheme_name;scale;bonus_cap;flag_threshold\n"
                                     "A;C1;I. Kinh tế;Tăng trưởng;10;KT01;;;;;;Bảng A;100;;\n"
                                     "B;C1;I;Nhiệm vụ;30;;;;;;;Bảng B;;;\n"
                                     "A;C2;I. Kinh tế;BHYT;5;XH09;banded;;;1,15:1|1:0,9|0,8:0,5;1;;100,0;;90\n"
                                     "A;C3;II;Thu ngân sách;5;KT05;proportional;0,25;0,1;;0;;;;\n");
    REQUIRE(file.errors.empty());
    const auto& rows = rowsOf<SchemeImport>(file);
    REQUIRE(rows.size() == 2);
    const Scheme& a = rows[0].value.scheme;
    CHECK(rows[0].line == 2);
    CHECK(a.code == "A");
    CHECK(a.name == "Bảng A");
    CHECK(a.scale == 100);
    CHECK(a.flagThreshold == 90);
    CHECK_FALSE(a.bonusCap);
    REQUIRE(a.criteria.size() == 3);
    CHECK(rows[0].value.criterionLines == std::vector<int>{2, 4, 5});
    CHECK(a.criteria[0].method == ScoringMethod::Proportional);
    CHECK(a.criteria[0].bonusRate == 0.5);
    CHECK(a.criteria[1].method == ScoringMethod::Banded);
    REQUIRE(a.criteria[1].bands.size() == 3);
    CHECK(a.criteria[1].bands[0].minRatio == 1.15);
    CHECK(a.criteria[1].bands[1].share == 0.9);
    CHECK(a.criteria[1].veto);
    CHECK(a.criteria[2].bonusRate == 0.25);
    CHECK(a.criteria[2].excessCap == 0.1);
    CHECK(rows[1].line == 3);
    CHECK(rows[1].value.scheme.criteria.at(0).indicatorCode.empty());
}

TEST_CASE("scheme settings that disagree, and bad bands, are faults", "[import]")
{
    const auto file = readImportFile(ImportKind::Schemes, "schemes.csv",
                                     "scheme,criterion,heading,name,max,bands,scheme_name,scale\n"
                                     "A,C1,,Một,10,,Bảng A,100\n"
                                     "A,C2,,Hai,0,1:1|x:0.5,,100\n"
                                     "A,C3,,Ba,5,1:1|1:0.5,Bảng khác,90\n");
    CHECK(faults(file) == std::vector<std::string>{fault(3, "max", ImportProblem::OutOfRange),
                                                   fault(3, "bands", ImportProblem::NotANumber),
                                                   fault(4, "bands", ImportProblem::DuplicateKey),
                                                   fault(4, "scheme_name", ImportProblem::SchemeMismatch),
                                                   fault(4, "scale", ImportProblem::SchemeMismatch)});
    CHECK(file.errors[0].detail == "(0, +inf)");
    CHECK(file.errors[1].value == "x:0.5");
    CHECK(file.errors[3].detail == "2");
    CHECK(describeInEnglish(file.errors[4]) ==
          "schemes.csv:4: column 'scale': differs from the value given for the same scheme on line 2 (90)");
}

TEST_CASE("indicator ranges and mid-year shares are checked", "[import]")
{
    const auto file = readImportFile(ImportKind::Indicators, "ind.csv",
                                     "code,name,unit,kind,period_basis,mid_year_share,min,max\n"
                                     "A,Một,%,at_least,cumulative,1.5,0,100\n"
                                     "B,Hai,%,at_least,level,,100,0\n"
                                     "C,Ba,%,at_most,sometimes,0,,\n");
    CHECK(faults(file) == std::vector<std::string>{fault(2, "mid_year_share", ImportProblem::OutOfRange),
                                                   fault(3, "max", ImportProblem::OutOfRange),
                                                   fault(4, "period_basis", ImportProblem::UnknownCode),
                                                   fault(4, "mid_year_share", ImportProblem::OutOfRange)});
    CHECK(file.errors[0].detail == "(0, 1]");
    CHECK(file.errors[1].detail == "[100, +inf)");
}

TEST_CASE("every fault of a file is listed, in line order", "[import]")
{
    const auto file = reports("unit;period;indicator;actual;baseline\n"
                              "TAY_AN;2021-H1;XH09;chín mươi;\n"
                              "\n"
                              "TAY_AN;2021-Q3;XH09;90;1.000\n"
                              ";2021-H1;XH10;5;\n"
                              "TAY_AN;2021-H1;XH11;12,5;3\n");
    CHECK(faults(file) == std::vector<std::string>{fault(2, "actual", ImportProblem::NotANumber),
                                                   fault(4, "period", ImportProblem::BadPeriod),
                                                   fault(4, "baseline", ImportProblem::ThousandsSeparator),
                                                   fault(5, "unit", ImportProblem::Required)});
    CHECK(describeInEnglish(file.errors[0]) == "reports.csv:2: column 'actual': not a number (chín mươi)");
    CHECK(describeInEnglish(file.errors[1]) ==
          "reports.csv:4: column 'period': not a period: write YYYY-H1 or YYYY-Y, e.g. 2021-H1 (2021-Q3)");
    CHECK(describeInEnglish(file.errors[3]) == "reports.csv:5: column 'unit': a value is required");
}

TEST_CASE("text that is not CSV, or not UTF-8, is one fault of the file", "[import]")
{
    const auto unclosed = reports("unit,period,indicator,note\nTAY_AN,2021-H1,XH09,\"không đóng\n");
    REQUIRE(unclosed.errors.size() == 1);
    CHECK(unclosed.errors[0].problem == ImportProblem::NotCsv);
    CHECK(unclosed.errors[0].line == 2);
    CHECK(describeInEnglish(unclosed.errors[0]) ==
          "reports.csv:2: the file cannot be read as CSV: a quoted field is not closed");

    const auto empty = reports("");
    REQUIRE(empty.errors.size() == 1);
    CHECK(empty.errors[0].problem == ImportProblem::NotCsv);

    // "Xã Tây An" saved in the Windows Vietnamese code page: "X\xE3 T\xE2y An".
    const auto legacy =
        readImportFile(ImportKind::Units, "units.csv", "code,name,kind\nTAY_AN,X\xE3 T\xE2y An,commune\n");
    REQUIRE(legacy.errors.size() == 1);
    CHECK(legacy.errors[0].problem == ImportProblem::NotCsv);
    CHECK(legacy.errors[0].line == 2);
    CHECK(rowsOf<Unit>(legacy).empty());
}

TEST_CASE("adjustments and groups are read whole", "[import]")
{
    const auto adjustments = readImportFile(ImportKind::Adjustments, "adj.csv",
                                            "unit,period,type,reason,points\n"
                                            "TAY_AN,2021-Y,bonus,Mô hình mới,\"1,5\"\n"
                                            "TAY_AN,2021-Y,deduction,Chậm báo cáo,1\n"
                                            "TAY_AN,2021-Y,deduction,,1\n");
    CHECK(faults(adjustments) == std::vector<std::string>{fault(2, "points", ImportProblem::NotANumber),
                                                          fault(4, "reason", ImportProblem::Required)});
    CHECK(rowsOf<AdjustmentRow>(adjustments).at(1).value.type == AdjustmentType::Deduction);
    CHECK(rowsOf<AdjustmentRow>(adjustments).at(1).value.points == 1);

    const auto groups =
        readImportFile(ImportKind::Groups, "groups.csv", "code,name,kind,scheme\nKHOI,\"Khối phòng, ban\",block,\n");
    REQUIRE(groups.errors.empty());
    CHECK(rowsOf<Group>(groups).at(0).value.kind == GroupKind::Block);
    CHECK(rowsOf<Group>(groups).at(0).value.name == "Khối phòng, ban");
    CHECK(rowsOf<Group>(groups).at(0).value.schemeCode.empty());
}

// Found by fuzzing (tests/fuzz): each row looked at every header cell left empty, and each band at
// every band before it, so a file of a few hundred kilobytes held a reader for minutes. Both are now
// linear. The sizes make the old loops take 2·10¹⁰ steps (well over 10 s even optimised) while the
// linear reading takes about 2 s in the sanitizer build.
TEST_CASE("a wide header of empty cells, or very many bands, is read in linear time", "[import]")
{
    using Clock = std::chrono::steady_clock;
    SECTION("a million empty header cells and 20 000 rows")
    {
        std::string text = "unit,period,indicator" + std::string(1'000'000, ',') + "\n";
        for (int i = 0; i < 20'000; ++i) {
            text += "U" + std::to_string(i) + ",2021-Y,I\n";
        }
        text += "U,2021-Y,I,,x\n"; // a value under an empty header cell is still found
        const auto start = Clock::now();
        const ImportFile file = reports(text);
        const auto elapsed = Clock::now() - start;
        CHECK(faults(file) == std::vector<std::string>{fault(20'002, "", ImportProblem::UnknownColumn)});
        CHECK(rowsOf<ReportRow>(file).size() == 20'001);
        CHECK(elapsed < std::chrono::seconds(10));
    }
    SECTION("200 000 bands in one field")
    {
        std::string bands;
        for (int i = 0; i < 200'000; ++i) {
            bands += (i == 0 ? "" : "|") + std::to_string(i) + ":1";
        }
        const std::string text = "scheme,criterion,heading,name,max,method,bands\nS,C1,,Tiêu chí,10,banded," + bands +
                                 "\nS,C2,,Tiêu chí 2,10,banded,1:1|2:1|1:0.5\n";
        const auto start = Clock::now();
        const ImportFile file = readImportFile(ImportKind::Schemes, "schemes.csv", text);
        const auto elapsed = Clock::now() - start;
        REQUIRE(faults(file) == std::vector<std::string>{fault(3, "bands", ImportProblem::DuplicateKey)});
        CHECK(elapsed < std::chrono::seconds(10));
    }
}
