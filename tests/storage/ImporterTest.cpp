// Applying import files: every kind upserts on its key and reads back through the repositories;
// the same file twice changes nothing (no audit entries either); a ',' file and its ';' twin with
// decimal commas store the same values; an optional column a file leaves out keeps what is stored.
#include "ImportTestSupport.h"

#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"
#include "storage/ScoreRepository.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace thidua;
using storage::PlanRepository;
using storage::ReportRepository;
using test::importText;

namespace {

// By value: callers pass the temporary vectors the repositories return.
template <typename T>
T byCode(const std::vector<T>& items, const std::string& code)
{
    const auto found = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.code == code; });
    REQUIRE(found != items.end());
    return *found;
}

storage::ReportValue valueOf(storage::Database& db, const std::string& period, const std::string& unit,
                             const std::string& indicator)
{
    for (auto& value : ReportRepository(db).values(period, unit)) {
        if (value.indicatorCode == indicator) {
            return value;
        }
    }
    FAIL("no value for " << unit << ' ' << indicator);
    return {};
}

void requireImported(storage::Database& db, ImportKind kind, const std::string& text, int rows)
{
    const auto result = importText(db, kind, text);
    INFO(test::faultLines(result));
    REQUIRE(result.errors.empty());
    CHECK(result.rows == rows);
}

// One file of each kind, in the order a new district would bring them in.
const std::vector<std::pair<ImportKind, std::string>> kFiles{
    {ImportKind::Indicators, "code,parent,name,unit,kind,period_basis,mid_year_share,members,heading,min,max\n"
                             "KT06,,Sản lượng lương thực,tấn,at_least,cumulative,0.4,,KT,0,\n"
                             "KT06.1,KT06,\"Lúa, ngô\",tấn,at_least,cumulative,,,KT,0,\n"},
    {ImportKind::Schemes, "scheme,criterion,heading,name,max,indicator,method,bands,veto,scheme_name,scale\n"
                          "TC_CUM_2,C01,I. Kinh tế,Lương thực,60,KT06,banded,1:1|0.8:0.5,0,Bảng cụm 2,100\n"
                          "TC_CUM_2,C02,II. Thi đua,Phong trào,40,,,,1,,\n"},
    {ImportKind::Groups, "code,name,kind,scheme\nCUM_2,Cụm thi đua số 2,cluster,TC_CUM_2\n"},
    {ImportKind::Units, "code,name,kind,group\nXA_MOI,Xã Mới,commune,CUM_2\nTAY_AN,Xã Tây An,commune,CUM_2\n"},
    {ImportKind::Targets, "unit,indicator,year,target\nXA_MOI,KT06,2021,1200\nXA_MOI,XH06,2021,1.5\n"},
    {ImportKind::Reports, "unit,period,indicator,actual,baseline,note\nXA_MOI,2021-Y,KT06,1250.5,,\n"
                          "XA_MOI,2021-Y,XH06,2.1,3.9,\"theo rà soát, cuối năm\"\n"},
    {ImportKind::Scores,
     "unit,period,criterion,level,points\nXA_MOI,2021-Y,C02,self,38\nXA_MOI,2021-Y,C02,final,35.5\n"},
    {ImportKind::Adjustments, "unit,period,type,reason,points\nXA_MOI,2021-Y,bonus,Mô hình mới,2\n"
                              "XA_MOI,2021-Y,deduction,Chậm báo cáo,0.5\n"},
};

} // namespace

TEST_CASE("every kind is applied and read back", "[import]")
{
    test::SeededDatabase s;
    for (const auto& [kind, text] : kFiles) {
        requireImported(*s.db, kind, text, 2 - (kind == ImportKind::Groups));
    }
    const PlanRepository plan(*s.db);
    const auto indicators = plan.indicators();
    REQUIRE(indicators.size() == 34);
    CHECK(indicators[32].code == "KT06"); // new codes go to the end of plan order, in file order
    CHECK(indicators[33].parentCode == "KT06");
    CHECK(indicators[33].name == "Lúa, ngô");
    CHECK(indicators[32].midYearShare == 0.4);

    const Scheme scheme = byCode(plan.schemes(), "TC_CUM_2");
    CHECK(scheme.name == "Bảng cụm 2");
    CHECK(scheme.scale == 100);
    REQUIRE(scheme.criteria.size() == 2);
    CHECK(scheme.criteria[0].method == ScoringMethod::Banded);
    CHECK(scheme.criteria[0].bands.size() == 2);
    CHECK(scheme.criteria[1].veto);
    CHECK(scheme.criteria[1].indicatorCode.empty());
    CHECK(byCode(plan.groups(), "CUM_2").schemeCode == "TC_CUM_2");
    CHECK(byCode(plan.units(), "TAY_AN").groupCode == "CUM_2");

    const auto targets = plan.targets(2021, "XA_MOI");
    REQUIRE(targets.size() == 2);
    CHECK(targets[0].indicatorCode == "XH06"); // in plan order
    CHECK(targets[0].value == 1.5);
    CHECK(targets[1].value == 1200);
    const auto xh06 = valueOf(*s.db, "2021-Y", "XA_MOI", "XH06");
    CHECK(xh06.actual == 2.1);
    CHECK(xh06.baseline == 3.9);
    CHECK(xh06.note == "theo rà soát, cuối năm");
    CHECK(ReportRepository(*s.db).history("XA_MOI", "2021-Y", "XH06").at(0).user == u"lan"_s);

    storage::ScoreRepository scores(*s.db);
    const auto manual = scores.manualPoints("2021-Y");
    CHECK(manual.at("XA_MOI").at("C02").self == 38);
    CHECK(manual.at("XA_MOI").at("C02").final == 35.5);
    CHECK_FALSE(manual.at("XA_MOI").at("C02").cluster);
    const auto adjustments = scores.adjustments("2021-Y").at("XA_MOI");
    REQUIRE(adjustments.size() == 2);
    CHECK(adjustments[1].type == AdjustmentType::Deduction);
    CHECK(adjustments[1].points == 0.5);
}

TEST_CASE("importing the same files twice changes nothing", "[import]")
{
    test::SeededDatabase s;
    for (const auto& [kind, text] : kFiles) {
        requireImported(*s.db, kind, text, 2 - (kind == ImportKind::Groups));
    }
    const std::string once = test::dumpDatabase(*s.db);
    const int audit = test::countRows(*s.db, u"audit_log"_s);
    for (const auto& [kind, text] : kFiles) {
        requireImported(*s.db, kind, text, 2 - (kind == ImportKind::Groups));
    }
    CHECK(test::countRows(*s.db, u"audit_log"_s) == audit);
    CHECK(test::dumpDatabase(*s.db) == once);
}

TEST_CASE("a ',' file and its ';' twin with decimal commas store the same values", "[import]")
{
    test::SeededDatabase comma;
    test::SeededDatabase semicolon;
    requireImported(*comma.db, ImportKind::Reports,
                    "unit,period,indicator,actual,baseline,note\n"
                    "TAY_AN,2021-H1,XH09,92.75,,\"Theo BHXH huyện, 6 tháng\"\n"
                    "TAY_AN,2021-H1,XH06,4.05,5.1,\n"
                    "BINH_TAN,2021-H1,XH11,1250,,\n",
                    3);
    requireImported(*semicolon.db, ImportKind::Reports,
                    "\xEF\xBB\xBFUnit;Period;Indicator;Actual;Baseline;Note\r\n"
                    "TAY_AN;2021-H1;XH09;92,75;;Theo BHXH huyện, 6 tháng\r\n"
                    "TAY_AN;2021-H1;XH06;4,05;5,1;\r\n"
                    "BINH_TAN;2021-H1;XH11;1250;;\r\n",
                    3);
    requireImported(*comma.db, ImportKind::Targets, "unit,indicator,year,target\nTAY_AN,XH09,2021,95.5\n", 1);
    requireImported(*semicolon.db, ImportKind::Targets, "unit;indicator;year;target\nTAY_AN;XH09;2021;95,5\n", 1);
    for (const QString& table : {u"report_values"_s, u"reports"_s, u"targets"_s}) {
        CHECK(test::dumpTable(*comma.db, table) == test::dumpTable(*semicolon.db, table));
    }
    CHECK(valueOf(*semicolon.db, "2021-H1", "TAY_AN", "XH09").actual == 92.75);
}

TEST_CASE("an empty actual clears the value; a column left out keeps it", "[import]")
{
    test::SeededDatabase s;
    requireImported(*s.db, ImportKind::Reports,
                    "unit,period,indicator,actual,baseline,note\nTAY_AN,2021-Y,XH06,3.2,4.5,rà soát\n", 1);
    requireImported(*s.db, ImportKind::Reports, "unit,period,indicator,actual\nTAY_AN,2021-Y,XH06,3.0\n", 1);
    auto value = valueOf(*s.db, "2021-Y", "TAY_AN", "XH06");
    CHECK(value.actual == 3.0);
    CHECK(value.baseline == 4.5);
    CHECK(value.note == "rà soát");

    requireImported(*s.db, ImportKind::Reports, "unit,period,indicator,actual,note\nTAY_AN,2021-Y,XH06,,\n", 1);
    value = valueOf(*s.db, "2021-Y", "TAY_AN", "XH06");
    CHECK_FALSE(value.actual);
    CHECK(value.baseline == 4.5);
    CHECK(value.note.empty());
    const auto history = ReportRepository(*s.db).history("TAY_AN", "2021-Y", "XH06");
    REQUIRE(history.size() == 6); // actual, baseline, note; actual; actual and note cleared
    CHECK(history[5].field == u"note"_s);
}

TEST_CASE("a named set's ticked members survive an import of its count", "[import]")
{
    test::SeededDatabase s;
    requireImported(*s.db, ImportKind::Reports, "unit,period,indicator,actual\nHUYEN,2021-Y,KT03,2\n", 1);
    const auto kt03 = valueOf(*s.db, "2021-Y", "HUYEN", "KT03");
    CHECK(kt03.reachedMembers == std::vector<std::string>{"BINH_THANH", "BINH_TAN"});
    CHECK(kt03.note == "Theo bài tổng kết năm trên Cổng TTĐT huyện, 06/02/2022");
}

TEST_CASE("targets, units and indicators keep what the file does not give", "[import]")
{
    test::SeededDatabase s;
    requireImported(*s.db, ImportKind::Targets, "unit,indicator,year\nHUYEN,KT01,2021\nTAY_AN,KT01,2021\n", 2);
    const PlanRepository plan(*s.db);
    CHECK(plan.targets(2021, "HUYEN").at(0).value == 13.2);
    CHECK_FALSE(plan.targets(2021, "TAY_AN").at(0).value);

    requireImported(*s.db, ImportKind::Units, "code,name,kind\nTAY_AN,Xã Tây An (mới),commune\n", 1);
    CHECK(byCode(plan.units(), "TAY_AN").groupCode == "CUM_XA");
    CHECK(byCode(plan.units(), "TAY_AN").name == "Xã Tây An (mới)");

    requireImported(*s.db, ImportKind::Indicators,
                    "code,name,unit,kind,period_basis,min\nXH09,Bao phủ BHYT,%,at_least,level,50\n", 1);
    const Indicator xh09 = byCode(plan.indicators(), "XH09");
    CHECK(xh09.minValue == 50);
    CHECK(xh09.maxValue == 100);
    CHECK(xh09.headingCode == "XH");
    CHECK(plan.indicators().size() == 32);

    // The bound kept from the database still has to fit the one the file gives.
    const auto refused = importText(*s.db, ImportKind::Indicators,
                                    "code,name,unit,kind,period_basis,min\nXH09,Bao phủ BHYT,%,at_least,level,101\n");
    CHECK(test::faultLines(refused) == "2 min");
}

TEST_CASE("a scheme's rows replace its criteria; title bands and kept criteria's scores stay", "[import]")
{
    test::SeededDatabase s;
    requireImported(*s.db, ImportKind::Scores,
                    "unit,period,criterion,level,points\nP_NOI_VU,2021-Y,C01,final,28\nP_NOI_VU,2021-Y,C11,self,5\n",
                    2);
    requireImported(*s.db, ImportKind::Schemes,
                    "scheme,criterion,heading,name,max\n"
                    "TC_KHOI_PHONG,C01,I. Chuyên môn,Hoàn thành nhiệm vụ chuyên môn,40\n"
                    "TC_KHOI_PHONG,C02,I. Chuyên môn,Tham mưu,20\n",
                    2);
    const PlanRepository plan(*s.db);
    const Scheme scheme = byCode(plan.schemes(), "TC_KHOI_PHONG");
    CHECK(scheme.name == "Bảng tiêu chí chấm điểm thi đua khối các phòng, ban chuyên môn");
    REQUIRE(scheme.criteria.size() == 2);
    CHECK(scheme.criteria[0].maxPoints == 40);
    CHECK(scheme.titleBands.size() == 2);
    const auto manual = storage::ScoreRepository(*s.db).manualPoints("2021-Y");
    CHECK(manual.at("P_NOI_VU").at("C01").final == 28);
    CHECK_FALSE(manual.at("P_NOI_VU").contains("C11"));
}

TEST_CASE("the criterion of a score is the one of the unit's own scheme", "[import]")
{
    test::SeededDatabase s;
    // C01 is in both default schemes: the commune's is the cluster's, the office's the block's.
    requireImported(*s.db, ImportKind::Scores,
                    "unit,period,criterion,level,points\nTAY_AN,2021-Y,C08,cluster,4.5\nP_TU_PHAP,2021-Y,C01,self,30\n",
                    2);
    storage::ScoreRepository scores(*s.db);
    CHECK(scores.schemeOfUnit("TAY_AN") == "TC_CUM_XA");
    CHECK(scores.schemeOfUnit("P_TU_PHAP") == "TC_KHOI_PHONG");
    CHECK_FALSE(scores.schemeOfUnit("HUYEN"));
    const auto manual = scores.manualPoints("2021-Y");
    CHECK(manual.at("TAY_AN").at("C08").cluster == 4.5);
    CHECK(manual.at("P_TU_PHAP").at("C01").self == 30);
    CHECK(scores.manualPoints("2021-H1").empty());

    const auto refused = importText(*s.db, ImportKind::Scores,
                                    "unit,period,criterion,level,points\nP_TU_PHAP,2021-Y,C18,self,3\n"
                                    "HUYEN,2021-Y,C01,self,3\n");
    REQUIRE(refused.errors.size() == 2);
    CHECK(refused.errors[0].detail == "TC_KHOI_PHONG");
    CHECK(describeInEnglish(refused.errors[0]) ==
          "scores.csv:2: column 'criterion': no such criterion in scheme TC_KHOI_PHONG (C18)");
    CHECK(refused.errors[1].detail.empty());
    CHECK(describeInEnglish(refused.errors[1]) ==
          "scores.csv:3: column 'criterion': the unit is in no group with a scheme, so it has no criteria (C01)");
}
