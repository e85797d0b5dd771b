// The csv outputs of spec/interchange.md are a contract other programs parse: the expected texts
// here are written by hand from that page (columns, order, `.` decimals, no thousands separators,
// fixed decimals for ratio and total, RFC 4180 quoting), from results built by hand so that only the
// writing is under test.
#include "core/ResultCsv.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace thidua;

namespace {

Achievement achievement(std::string code, Status status, std::optional<double> target, std::optional<double> effective,
                        std::optional<double> actual, std::optional<double> baseline, std::optional<double> ratio)
{
    return Achievement{std::move(code), status, target, effective, ratio, actual, baseline};
}

// Mid-year (2021-H1) results of two communes, with the targets that make the rows appear.
struct ProgressCase
{
    CampaignData data;
    PeriodResults results;
};

ProgressCase progressCase()
{
    ProgressCase c;
    c.data.period = PeriodCode{2021, PeriodKind::HalfYear};
    c.data.targets["BINH_TAN"] = {{"KT05", 40.5}, {"XH05", 90.0}, {"XH06", 1.5}, {"XH07", 8.82}, {"QP04", {}}};
    c.data.targets["PHU_PHONG"] = {{"XH07", 8.0}, {"XH11", 2000.0}, {"KT01", -1.5}};
    // Plan order: KT01, KT05, XH05, XH06, XH07, XH09, XH11, QP04; assessUnit lists all of it.
    c.results.achievements["PHU_PHONG"] = {
        achievement("KT01", Status::Met, -1.5, -1.5, 0.0, {}, 1.0),
        achievement("KT05", Status::NotApplicable, {}, {}, {}, {}, {}),
        achievement("XH05", Status::NotApplicable, {}, {}, {}, {}, {}),
        achievement("XH06", Status::NotApplicable, {}, {}, {}, {}, {}),
        achievement("XH07", Status::NoData, 8.0, 8.0, {}, {}, {}),
        achievement("XH09", Status::NotApplicable, {}, {}, 95.0, {}, {}), // reported without a target
        achievement("XH11", Status::Met, 2000.0, 1000.0, 1250.5, {}, 1.2505),
        achievement("QP04", Status::NotApplicable, {}, {}, {}, {}, {}),
    };
    c.results.achievements["BINH_TAN"] = {
        achievement("KT01", Status::NotApplicable, {}, {}, {}, {}, {}),
        achievement("KT05", Status::Met, 40.5, 20.25, 21.3, {}, 21.3 / 20.25),
        achievement("XH05", Status::NotApplicable, 90.0, {}, {}, {}, {}), // year_end at H1
        achievement("XH06", Status::Met, 1.5, 1.5, 3.2, 4.7, 1.0),
        achievement("XH07", Status::Near, 8.82, 8.82, 9.5, {}, 2 - 9.5 / 8.82),
        achievement("XH09", Status::NotApplicable, {}, {}, {}, {}, {}),
        achievement("XH11", Status::NotApplicable, {}, {}, {}, {}, {}),
        achievement("QP04", Status::NotMet, {}, {}, {}, {}, 2.0 / 3.0),
    };
    return c;
}

RankedUnit ranked(std::string unit, int rank, double total, bool eligible, Proposal proposal, std::string title)
{
    RankedUnit result;
    result.score.unitCode = std::move(unit);
    result.score.total = total;
    result.score.eligible = eligible;
    result.rank = rank;
    result.proposal = proposal;
    result.title = std::move(title);
    return result;
}

// Rankings deliberately out of order (groups and units), as a caller might assemble them.
PeriodResults rankResults()
{
    PeriodResults results;
    GroupRanking block{"KHOI_PHONG", "TC_KHOI_PHONG", {}};
    block.units = {ranked("P_TU_PHAP", 2, 60, true, Proposal::None, ""),
                   ranked("P_NOI_VU", 1, 88, true, Proposal::None, "Tập thể \"tiêu biểu\", khối")};
    GroupRanking cluster{"CUM_XA", "TC_CUM_XA", {}};
    cluster.units = {ranked("TAY_AN", 4, 70, true, Proposal::None, "Tập thể lao động tiên tiến"),
                     ranked("BINH_TAN", 2, 95.5, true, Proposal::LeaderTie, "Tập thể lao động xuất sắc"),
                     ranked("VINH_AN", 1, 97.25, false, Proposal::None, ""),
                     ranked("BINH_HOA", 2, 95.5, true, Proposal::LeaderTie, "Tập thể lao động xuất sắc"),
                     ranked("TAY_BINH", 5, 0, true, Proposal::None, "")};
    results.rankings = {block, cluster};
    return results;
}

} // namespace

TEST_CASE("progressCsv writes the pairs with a target, by unit then plan order", "[resultcsv]")
{
    const ProgressCase c = progressCase();
    CHECK(progressCsv(c.data, c.results) == "unit,indicator,target,effective_target,actual,baseline,ratio,status\n"
                                            "BINH_TAN,KT05,40.5,20.25,21.3,,1.0519,met\n"
                                            "BINH_TAN,XH05,90,,,,,n/a\n"
                                            "BINH_TAN,XH06,1.5,1.5,3.2,4.7,1.0000,met\n"
                                            "BINH_TAN,XH07,8.82,8.82,9.5,,0.9229,near\n"
                                            "BINH_TAN,QP04,,,,,0.6667,not_met\n"
                                            "PHU_PHONG,KT01,-1.5,-1.5,0,,1.0000,met\n"
                                            "PHU_PHONG,XH07,8,8,,,,no_data\n"
                                            "PHU_PHONG,XH11,2000,1000,1250.5,,1.2505,met\n");
}

TEST_CASE("progressCsv for one unit", "[resultcsv]")
{
    const ProgressCase c = progressCase();
    CHECK(progressCsv(c.data, c.results, "PHU_PHONG") ==
          "unit,indicator,target,effective_target,actual,baseline,ratio,status\n"
          "PHU_PHONG,KT01,-1.5,-1.5,0,,1.0000,met\n"
          "PHU_PHONG,XH07,8,8,,,,no_data\n"
          "PHU_PHONG,XH11,2000,1000,1250.5,,1.2505,met\n");
    CHECK(progressCsv(c.data, c.results, "NOBODY") ==
          "unit,indicator,target,effective_target,actual,baseline,ratio,status\n");
}

TEST_CASE("progressCsv hides the noise of computed targets and keeps large figures plain", "[resultcsv]")
{
    CampaignData data;
    data.targets["HUYEN"] = {{"KT05", 621.52}, {"XH10", 400.0}};
    PeriodResults results;
    // 0.1 + 0.2 and 400 × 0.6 are not exact in binary; a reader must see 0.3 and 240.
    results.achievements["HUYEN"] = {
        achievement("KT05", Status::NotMet, 621.52, 621.52 * 0.45, 0.1 + 0.2, {}, (0.1 + 0.2) / (621.52 * 0.45)),
        achievement("XH10", Status::Met, 400.0, 400 * 0.6, 1234567.0, {}, 1234567.0 / 240)};
    CHECK(progressCsv(data, results) == "unit,indicator,target,effective_target,actual,baseline,ratio,status\n"
                                        "HUYEN,KT05,621.52,279.684,0.3,,0.0011,not_met\n"
                                        "HUYEN,XH10,400,240,1234567,,5144.0292,met\n");
}

TEST_CASE("rankCsv writes groups by code, then rank, then unit code", "[resultcsv]")
{
    CHECK(rankCsv(rankResults()) == "group,rank,unit,total,eligible,proposal,title\n"
                                    "CUM_XA,1,VINH_AN,97.25,0,,\n"
                                    "CUM_XA,2,BINH_HOA,95.50,1,leader_tie,Tập thể lao động xuất sắc\n"
                                    "CUM_XA,2,BINH_TAN,95.50,1,leader_tie,Tập thể lao động xuất sắc\n"
                                    "CUM_XA,4,TAY_AN,70.00,1,,Tập thể lao động tiên tiến\n"
                                    "CUM_XA,5,TAY_BINH,0.00,1,,\n"
                                    "KHOI_PHONG,1,P_NOI_VU,88.00,1,,\"Tập thể \"\"tiêu biểu\"\", khối\"\n"
                                    "KHOI_PHONG,2,P_TU_PHAP,60.00,1,,\n");
}

TEST_CASE("rankCsv for one group, and a single leader", "[resultcsv]")
{
    PeriodResults results = rankResults();
    results.rankings[1].units = {ranked("BINH_TAN", 1, 92.125, true, Proposal::Leader, "Tập thể lao động xuất sắc")};
    CHECK(rankCsv(results, "CUM_XA") == "group,rank,unit,total,eligible,proposal,title\n"
                                        "CUM_XA,1,BINH_TAN,92.13,1,leader,Tập thể lao động xuất sắc\n");
    CHECK(rankCsv(results, "NO_GROUP") == "group,rank,unit,total,eligible,proposal,title\n");
    CHECK(rankCsv(PeriodResults{}) == "group,rank,unit,total,eligible,proposal,title\n");
}

// The worked examples of docs/scoring.md, from data through computePeriod to the csv files: if the
// method changes, this test and the page change together.
namespace {

Indicator planIndicator(std::string code, IndicatorKind kind, PeriodBasis basis)
{
    Indicator result;
    result.code = std::move(code);
    result.kind = kind;
    result.basis = basis;
    return result;
}

Criterion linked(std::string code, double max, std::string indicatorCode, bool veto = false)
{
    Criterion result;
    result.code = std::move(code);
    result.maxPoints = max;
    result.indicatorCode = std::move(indicatorCode);
    result.method = veto ? ScoringMethod::PassFail : ScoringMethod::Proportional;
    result.veto = veto;
    return result;
}

CampaignData workedExamples(PeriodKind period)
{
    CampaignData data;
    data.period = PeriodCode{2021, period};
    data.indicators = {planIndicator("KT01", IndicatorKind::AtLeast, PeriodBasis::Level),
                       planIndicator("KT05", IndicatorKind::AtLeast, PeriodBasis::Cumulative),
                       planIndicator("XH05", IndicatorKind::AtLeast, PeriodBasis::YearEnd),
                       planIndicator("XH07", IndicatorKind::AtMost, PeriodBasis::Level),
                       planIndicator("XH11", IndicatorKind::AtLeast, PeriodBasis::Cumulative),
                       planIndicator("QP02", IndicatorKind::ZeroEvents, PeriodBasis::Level)};
    Scheme indicators{"TC_VI_DU", "", {}, {}, {}, {}, {}};
    indicators.criteria = {linked("C01", 10, "KT01"), linked("C02", 10, "KT05"), linked("C03", 5, "XH05"),
                           linked("C05", 5, "XH07"),  linked("C07", 5, "XH11"),  linked("C08", 5, "")};
    Scheme cluster{"TC_CUM_XA", "", {}, {}, {}, {}, {}};
    cluster.criteria = {linked("C10", 6, "QP02", true), linked("C99", 94, "")};
    Scheme rescaled{"TC_QUY_DOI", "", {}, {}, {}, {}, {}};
    rescaled.criteria = {linked("C05", 5, "XH07"), linked("C99", 95, "")};
    data.schemes = {indicators, cluster, rescaled};
    data.groups = {Group{"VI_DU", "", GroupKind::Cluster, "TC_VI_DU"},
                   Group{"CUM_XA", "", GroupKind::Cluster, "TC_CUM_XA"},
                   Group{"QUY_DOI", "", GroupKind::Cluster, "TC_QUY_DOI"}};

    data.units = {Unit{"MAU", "Xã mẫu", UnitKind::Commune, "VI_DU", false},
                  Unit{"KHONG_GIAO", "Xã chưa giao XH07", UnitKind::Commune, "QUY_DOI", false}};
    data.targets["MAU"] = {{"KT01", 13.2}, {"KT05", 621.52}, {"XH05", 90.0}, {"XH07", 8.82}, {"XH11", 2000.0}};
    if (period == PeriodKind::YearEnd) {
        data.values["MAU"] = {{"KT01", {10.3, {}}}, {"KT05", {650.0, {}}}, {"XH07", {9.5, {}}}, {"XH11", {2150.0, {}}}};
    } else {
        data.values["MAU"] = {{"XH11", {870.0, {}}}};
    }
    data.manualPoints["MAU"]["C08"] = ManualPoints{5.0, 4.0, {}};
    data.manualPoints["KHONG_GIAO"]["C99"] = ManualPoints{{}, {}, 80.75};

    // The cluster of the ranking example: base = 6 for C10 (unless a hot spot) + the manual part.
    const std::vector<std::pair<const char*, double>> bases = {
        {"TAY_AN", 93.40}, {"BINH_TAN", 82.75}, {"BINH_THANH", 85.245}, {"VINH_AN", 68.10}, {"TAY_XUAN", 59.0}};
    for (const auto& [code, manual] : bases) {
        data.units.push_back(Unit{code, code, UnitKind::Commune, "CUM_XA", false});
        data.targets[code] = {{"QP02", {}}};
        data.values[code] = {{"QP02", {std::string(code) == "TAY_AN" ? 1.0 : 0.0, {}}}};
        data.manualPoints[code]["C99"] = ManualPoints{{}, {}, manual};
    }
    data.adjustments["BINH_TAN"] = {{AdjustmentType::Bonus, "Điển hình", 12},
                                    {AdjustmentType::Deduction, "Trễ hạn", 7.5}};
    data.adjustments["VINH_AN"] = {{AdjustmentType::Bonus, "Sáng kiến", 5}, {AdjustmentType::Deduction, "Trễ hạn", 1}};
    return data;
}

const CriterionScore& criterionOf(const UnitScore& score, const std::string& code)
{
    const auto it = std::find_if(score.criteria.begin(), score.criteria.end(),
                                 [&](const CriterionScore& c) { return c.criterionCode == code; });
    REQUIRE(it != score.criteria.end());
    return *it;
}

} // namespace

TEST_CASE("docs/scoring.md: the year-end examples on the 2021 indicators", "[resultcsv][docs]")
{
    const CampaignData data = workedExamples(PeriodKind::YearEnd);
    const PeriodResults results = computePeriod(data);
    CHECK(progressCsv(data, results, "MAU") == "unit,indicator,target,effective_target,actual,baseline,ratio,status\n"
                                               "MAU,KT01,13.2,13.2,10.3,,0.7803,not_met\n"
                                               "MAU,KT05,621.52,621.52,650,,1.0458,met\n"
                                               "MAU,XH05,90,90,,,,no_data\n"
                                               "MAU,XH07,8.82,8.82,9.5,,0.9229,near\n"
                                               "MAU,XH11,2000,2000,2150,,1.0750,met\n");
    const UnitScore score = scoreOneUnit(data, "MAU");
    CHECK(round2(criterionOf(score, "C05").points) == 4.61);
    CHECK(round2(criterionOf(score, "C01").points) == 7.80);
    CHECK(round2(criterionOf(score, "C02").points) == 10.23);
    CHECK(round2(criterionOf(score, "C02").bonus) == 0.23);
    CHECK(round2(criterionOf(score, "C07").points) == 5.19);
    CHECK(criterionOf(score, "C08").levelUsed == ScoreLevel::Cluster);
    CHECK(criterionOf(score, "C08").points == 4.0);

    CHECK(scoreOneUnit(data, "KHONG_GIAO").total == 85.00); // 80.75 of 95, rescaled to 100
}

TEST_CASE("docs/scoring.md: new jobs at the six-month review", "[resultcsv][docs]")
{
    const CampaignData data = workedExamples(PeriodKind::HalfYear);
    const PeriodResults results = computePeriod(data);
    CHECK(progressCsv(data, results, "MAU") == "unit,indicator,target,effective_target,actual,baseline,ratio,status\n"
                                               "MAU,KT01,13.2,13.2,,,,no_data\n"
                                               "MAU,KT05,621.52,310.76,,,,no_data\n"
                                               "MAU,XH05,90,,,,,n/a\n"
                                               "MAU,XH07,8.82,8.82,,,,no_data\n"
                                               "MAU,XH11,2000,1000,870,,0.8700,not_met\n");
    const UnitScore score = scoreOneUnit(data, "MAU");
    CHECK(criterionOf(score, "C07").points == Approx(4.35));
    CHECK_FALSE(criterionOf(score, "C03").applicable);
}

TEST_CASE("docs/scoring.md: the ranking example with a vetoed top unit and a tie", "[resultcsv][docs]")
{
    CHECK(rankCsv(computePeriod(workedExamples(PeriodKind::YearEnd)), "CUM_XA") ==
          "group,rank,unit,total,eligible,proposal,title\n"
          "CUM_XA,1,TAY_AN,93.40,0,,\n"
          "CUM_XA,2,BINH_TAN,91.25,1,leader_tie,Tập thể lao động xuất sắc\n"
          "CUM_XA,2,BINH_THANH,91.25,1,leader_tie,Tập thể lao động xuất sắc\n"
          "CUM_XA,4,VINH_AN,78.10,1,,Tập thể lao động tiên tiến\n"
          "CUM_XA,5,TAY_XUAN,65.00,1,,\n");
}
