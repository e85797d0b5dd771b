// Each check of spec/interchange.md's list refuses the whole file: the fault names the row and
// column, and the database is exactly as it was (compared table by table), even when every row
// but the last was good.
#include "ImportTestSupport.h"

#include "storage/PlanRepository.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace Qt::StringLiterals;
using namespace thidua;
using test::dumpDatabase;
using test::importText;

namespace {

struct RefusedCase
{
    const char* name;
    ImportKind kind;
    const char* text;
    int line;
    const char* column;
    ImportProblem problem;
    const char* value;
};

// Every file's first rows are good; the fault is on the line given.
const std::vector<RefusedCase> kCases{
    {"unknown unit of a report", ImportKind::Reports,
     "unit,period,indicator,actual\nTAY_AN,2021-H1,XH09,90\nNOWHERE,2021-H1,XH09,90\n", 3, "unit",
     ImportProblem::UnknownReference, "NOWHERE"},
    {"unknown indicator of a report", ImportKind::Reports,
     "unit,period,indicator,actual\nTAY_AN,2021-H1,XH09,90\nTAY_AN,2021-H1,XH99,90\n", 3, "indicator",
     ImportProblem::UnknownReference, "XH99"},
    {"unknown period of a report", ImportKind::Reports,
     "unit,period,indicator,actual\nTAY_AN,2021-H1,XH09,90\nTAY_AN,2022-H1,XH09,90\n", 3, "period",
     ImportProblem::UnknownReference, "2022-H1"},
    {"unknown unit of a target", ImportKind::Targets,
     "unit,indicator,year,target\nTAY_AN,XH09,2021,95\nTAY_AM,XH09,2021,95\n", 3, "unit",
     ImportProblem::UnknownReference, "TAY_AM"},
    {"unknown indicator of a target", ImportKind::Targets,
     "unit,indicator,year,target\nTAY_AN,XH09,2021,95\nTAY_AN,XH9,2021,95\n", 3, "indicator",
     ImportProblem::UnknownReference, "XH9"},
    {"unknown group of a unit", ImportKind::Units,
     "code,name,kind,group\nXA_MOI,Xã Mới,commune,CUM_XA\nXA_KHAC,Xã Khác,commune,CUM_2\n", 3, "group",
     ImportProblem::UnknownReference, "CUM_2"},
    {"unknown scheme of a group", ImportKind::Groups,
     "code,name,kind,scheme\nCUM_1,Cụm 1,cluster,TC_CUM_XA\nCUM_2,Cụm 2,cluster,TC_CUM_2\n", 3, "scheme",
     ImportProblem::UnknownReference, "TC_CUM_2"},
    {"unknown indicator of a criterion", ImportKind::Schemes,
     "scheme,criterion,heading,name,max,indicator\nTC_MOI,C01,,Một,10,KT01\nTC_MOI,C02,,Hai,10,KT99\n", 3, "indicator",
     ImportProblem::UnknownReference, "KT99"},
    {"unknown parent of an indicator", ImportKind::Indicators,
     "code,parent,name,unit,kind,period_basis\nKT06,,Sáu,%,at_least,level\nKT07.1,KT07,Bảy,%,at_least,level\n", 3,
     "parent", ImportProblem::UnknownReference, "KT07"},
    {"a parent defined only further down the file", ImportKind::Indicators,
     "code,parent,name,unit,kind,period_basis\nKT06.1,KT06,Con,%,at_least,level\nKT06,,Cha,%,at_least,level\n", 2,
     "parent", ImportProblem::UnknownReference, "KT06"},
    {"unknown heading of an indicator", ImportKind::Indicators,
     "code,name,unit,kind,period_basis,heading\nKT06,Sáu,%,at_least,level,KT\nKT07,Bảy,%,at_least,level,KX\n", 3,
     "heading", ImportProblem::UnknownReference, "KX"},
    {"unknown member of a named set", ImportKind::Indicators,
     "code,name,unit,kind,period_basis,members\nKT03,Xã NTM,xã,named_set,year_end,BINH_THANH|BINH_TAM\n", 2, "members",
     ImportProblem::UnknownReference, "BINH_TAM"},
    {"a criterion the unit's scheme does not have", ImportKind::Scores,
     "unit,period,criterion,level,points\nTAY_AN,2021-Y,C18,self,4\nP_NOI_VU,2021-Y,C18,self,4\n", 3, "criterion",
     ImportProblem::UnknownReference, "C18"},
    {"a criterion for the district, which has no scheme", ImportKind::Scores,
     "unit,period,criterion,level,points\nTAY_AN,2021-Y,C08,self,4\nHUYEN,2021-Y,C08,self,4\n", 3, "criterion",
     ImportProblem::UnknownReference, "C08"},
    {"unknown unit of a score", ImportKind::Scores,
     "unit,period,criterion,level,points\nTAY_AN,2021-Y,C08,self,4\nTAY_A,2021-Y,C08,self,4\n", 3, "unit",
     ImportProblem::UnknownReference, "TAY_A"},
    {"unknown period of a score", ImportKind::Scores,
     "unit,period,criterion,level,points\nTAY_AN,2021-Y,C08,self,4\nTAY_AN,2020-Y,C08,final,4\n", 3, "period",
     ImportProblem::UnknownReference, "2020-Y"},
    {"unknown unit of an adjustment", ImportKind::Adjustments,
     "unit,period,type,reason,points\nTAY_AN,2021-Y,bonus,Mô hình,1\nTAY_ANN,2021-Y,bonus,Mô hình,1\n", 3, "unit",
     ImportProblem::UnknownReference, "TAY_ANN"},
    {"unknown period of an adjustment", ImportKind::Adjustments,
     "unit,period,type,reason,points\nTAY_AN,2021-Y,bonus,Mô hình,1\nTAY_AN,2021-H1,bonus,Mô hình,1\n"
     "TAY_AN,2019-H1,deduction,Chậm,1\n",
     4, "period", ImportProblem::UnknownReference, "2019-H1"},
    {"a number that is not one", ImportKind::Reports,
     "unit,period,indicator,actual\nTAY_AN,2021-H1,XH09,90\nTAY_AN,2021-H1,XH11,một trăm\n", 3, "actual",
     ImportProblem::NotANumber, "một trăm"},
    {"a thousands separator", ImportKind::Targets,
     "unit;indicator;year;target\nTAY_AN;XH09;2021;95,5\nTAY_AN;XH11;2021;2.000\n", 3, "target",
     ImportProblem::ThousandsSeparator, "2.000"},
    {"an actual above the indicator's range", ImportKind::Reports,
     "unit,period,indicator,actual\nTAY_AN,2021-H1,XH09,90\nTAY_AN,2021-H1,XH12,100.5\n", 3, "actual",
     ImportProblem::OutOfRange, "100.5"},
    {"a negative count", ImportKind::Reports,
     "unit;period;indicator;actual;baseline\nTAY_AN;2021-H1;XH09;90;\nTAY_AN;2021-H1;QP04.1;3;-1,5\n", 3, "baseline",
     ImportProblem::OutOfRange, "-1,5"},
    {"a target above the indicator's range", ImportKind::Targets,
     "unit,indicator,year,target\nTAY_AN,XH09,2021,95\nTAY_AN,XH05,2021,101\n", 3, "target", ImportProblem::OutOfRange,
     "101"},
    {"a boolean indicator's value other than 0/1", ImportKind::Reports,
     "unit,period,indicator,actual\nTAY_AN,2021-H1,XH03,1\nTAY_AN,2021-Y,XH03,0.5\n", 3, "actual",
     ImportProblem::NotBoolean, "0.5"},
    {"a veto other than 0/1", ImportKind::Schemes,
     "scheme,criterion,heading,name,max,veto\nTC_MOI,C01,,Một,10,1\nTC_MOI,C02,,Hai,10,có\n", 3, "veto",
     ImportProblem::NotBoolean, "có"},
    {"a key given twice", ImportKind::Reports,
     "unit,period,indicator,actual\nTAY_AN,2021-H1,XH09,90\nTAY_AN,2021-H1,XH11,5\nTAY_AN,2021-H1,XH09,91\n", 4, "unit",
     ImportProblem::DuplicateKey, "TAY_AN, 2021-H1, XH09"},
    {"a unit given twice", ImportKind::Units, "code,name,kind\nXA_MOI,Xã Mới,commune\nXA_MOI,Xã Mới 2,commune\n", 3,
     "code", ImportProblem::DuplicateKey, "XA_MOI"},
    {"a missing required column", ImportKind::Scores, "unit,period,criterion,level\nTAY_AN,2021-Y,C08,self\n", 1,
     "points", ImportProblem::MissingColumn, ""},
    {"a code outside its vocabulary", ImportKind::Units,
     "code,name,kind\nXA_MOI,Xã Mới,commune\nTHON_MOI,Thôn Mới,village\n", 3, "kind", ImportProblem::UnknownCode,
     "village"},
    {"negative points", ImportKind::Adjustments,
     "unit,period,type,reason,points\nTAY_AN,2021-Y,bonus,Mô hình,1\nTAY_AN,2021-Y,deduction,Chậm,-2\n", 3, "points",
     ImportProblem::Negative, "-2"},
};

} // namespace

TEST_CASE("every check refuses the whole file, naming the row, and stores nothing", "[import]")
{
    for (const RefusedCase& c : kCases) {
        DYNAMIC_SECTION(c.name)
        {
            test::SeededDatabase s;
            const std::string before = dumpDatabase(*s.db);
            const auto result = importText(*s.db, c.kind, c.text);
            CHECK(result.rows == 0);
            REQUIRE(result.errors.size() == 1);
            const ImportError& error = result.errors.front();
            CHECK(error.line == c.line);
            CHECK(error.column == c.column);
            CHECK(error.problem == c.problem);
            CHECK(error.value == c.value);
            CHECK(error.file == std::string(toCode(c.kind)) + ".csv");
            CHECK(dumpDatabase(*s.db) == before);
        }
    }
}

TEST_CASE("every wrong row of a file is listed, and none of the good ones is stored", "[import]")
{
    test::SeededDatabase s;
    const int values = test::countRows(*s.db, u"report_values"_s);
    const int audit = test::countRows(*s.db, u"audit_log"_s);
    const std::string before = dumpDatabase(*s.db);
    const auto result = importText(*s.db, ImportKind::Reports,
                                   "unit,period,indicator,actual,baseline\n"
                                   "TAY_AN,2021-H1,XH09,90,\n"
                                   "TAY_AN,2021-H1,XH07,120,\n"
                                   "TAY_AN,2021-H1,XH11,300,\n"
                                   "TAY_AM,2021-H1,XH11,300,\n"
                                   "TAY_AN,2021-H1,XH06,3,101\n");
    CHECK(test::faultLines(result) == "3 actual; 5 unit; 6 baseline");
    CHECK(describeInEnglish(result.errors[0]) ==
          "reports.csv:3: column 'actual': outside the valid range [0, 100] (120)");
    CHECK(describeInEnglish(result.errors[1]) == "reports.csv:5: column 'unit': no such code (TAY_AM)");
    CHECK(test::countRows(*s.db, u"report_values"_s) == values);
    CHECK(test::countRows(*s.db, u"audit_log"_s) == audit);
    CHECK(dumpDatabase(*s.db) == before);

    // The same rows without the wrong ones are stored whole.
    const auto fixed = importText(*s.db, ImportKind::Reports,
                                  "unit,period,indicator,actual,baseline\n"
                                  "TAY_AN,2021-H1,XH09,90,\n"
                                  "TAY_AN,2021-H1,XH07,12,\n"
                                  "TAY_AN,2021-H1,XH11,300,\n"
                                  "TAY_AN,2021-H1,XH06,3,4\n");
    CHECK(fixed.errors.empty());
    CHECK(fixed.rows == 4);
    CHECK(test::countRows(*s.db, u"report_values"_s) == values + 4);
}

TEST_CASE("the last bad row of a long file refuses all of it", "[import]")
{
    test::SeededDatabase s;
    std::string text = "unit,indicator,year,target\n";
    const char* units[] = {"PHU_PHONG", "BINH_HOA", "BINH_NGHI", "BINH_TAN", "BINH_THANH", "TAY_AN", "TAY_XUAN"};
    for (const char* unit : units) {
        for (const char* indicator : {"XH05", "XH09", "XH11", "QP01"}) {
            text += std::string(unit) + ',' + indicator + ",2021,90\n";
        }
    }
    text += "VINH_AN,XH09,2021,100.01\n";
    const int targets = test::countRows(*s.db, u"targets"_s);
    const auto result = importText(*s.db, ImportKind::Targets, text);
    CHECK(test::faultLines(result) == "30 target");
    CHECK(test::countRows(*s.db, u"targets"_s) == targets);
    CHECK(storage::PlanRepository(*s.db).targets(2021, "TAY_AN").empty());
}

TEST_CASE("a file with faults of its own is never applied", "[import]")
{
    test::SeededDatabase s;
    const ImportFile file =
        readImportFile(ImportKind::Reports, "r.csv", "unit,period,indicator,actual\nTAY_AN,2021-H1,XH09,x\n");
    REQUIRE(file.errors.size() == 1);
    const std::string before = dumpDatabase(*s.db);
    const auto result = storage::Importer(*s.db).apply(file, u"lan"_s);
    CHECK(result.rows == 0);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].problem == ImportProblem::NotANumber);
    CHECK(dumpDatabase(*s.db) == before);
}
