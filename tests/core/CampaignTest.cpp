// computePeriod and scoreOneUnit on a small campaign built by hand: two groups, a tie for the lead,
// a vetoed unit, a unit without targets scored on its manual criterion alone, an archived unit and
// the district left out of the ranking. The expected figures are worked out in the comments from
// spec/computation.md, not read back from the code.
#include "core/Campaign.h"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

using namespace thidua;

namespace {

Indicator indicator(std::string code, IndicatorKind kind, std::string unitOfMeasure)
{
    Indicator result;
    result.code = std::move(code);
    result.name = result.code;
    result.kind = kind;
    result.unitOfMeasure = std::move(unitOfMeasure);
    return result;
}

Unit unit(std::string code, UnitKind kind, std::string group, bool archived = false)
{
    return Unit{code, "Đơn vị " + code, kind, std::move(group), archived};
}

Criterion criterion(std::string code, double max, std::string indicatorCode, ScoringMethod method, bool veto = false)
{
    Criterion result;
    result.code = std::move(code);
    result.name = result.code;
    result.maxPoints = max;
    result.indicatorCode = std::move(indicatorCode);
    result.method = method;
    result.veto = veto;
    return result;
}

const std::vector<TitleBand> kTitles = {{0.9, "Tập thể lao động xuất sắc"}, {0.7, "Tập thể lao động tiên tiến"}};

// Cluster G_B on scheme S1 (S = 25, bonus cap 2.5, flag 22.5):
//   C1 on I1 (at_least) 10 proportional; C2 on I2 (at_most) 10 pass_fail, veto; C3 manual 5.
// Block G_A on scheme S2 (S = 20, flag 18): K1 and K2 manual, 10 each.
// Group G_C names a scheme that does not exist.
CampaignData campaign()
{
    CampaignData data;
    data.period = PeriodCode{2021, PeriodKind::YearEnd};
    data.indicators = {indicator("I1", IndicatorKind::AtLeast, "%"), indicator("I2", IndicatorKind::AtMost, "%")};
    data.units = {
        unit(kDistrictUnitCode, UnitKind::District, ""),
        unit("A3", UnitKind::Commune, "G_B"),
        unit("A1", UnitKind::Commune, "G_B"),
        unit("A2", UnitKind::Commune, "G_B"),
        unit("A4", UnitKind::Commune, "G_B", true),
        unit("U2", UnitKind::Agency, "G_A"),
        unit("U1", UnitKind::Agency, "G_A"),
        unit("U3", UnitKind::Agency, "G_A"),
        unit("X1", UnitKind::Other, "G_C"),
    };
    data.groups = {Group{"G_C", "Nhóm chưa có bảng", GroupKind::Block, "NO_SUCH_SCHEME"},
                   Group{"G_B", "Cụm B", GroupKind::Cluster, "S1"}, Group{"G_A", "Khối A", GroupKind::Block, "S2"}};

    Scheme s1;
    s1.code = "S1";
    s1.titleBands = kTitles;
    s1.criteria = {criterion("C1", 10, "I1", ScoringMethod::Proportional),
                   criterion("C2", 10, "I2", ScoringMethod::PassFail, true),
                   criterion("C3", 5, "", ScoringMethod::Proportional)};
    Scheme s2;
    s2.code = "S2";
    s2.titleBands = kTitles;
    s2.criteria = {criterion("K1", 10, "", ScoringMethod::Proportional),
                   criterion("K2", 10, "", ScoringMethod::Proportional)};
    data.schemes = {s1, s2};

    for (const char* code : {"A1", "A2", "A4", kDistrictUnitCode}) {
        data.targets[code] = {{"I1", 10.0}, {"I2", 5.0}};
    }
    // A1: r1 = 1.1 → 10 + 10 × 0.5 × 0.1 = 10.5; I2 = 5 meets ≤ 5 → 10; C3 final 4 over self 5.
    // Points 24.5 of 25; bonus items 2 + 1.5 capped at 2.5; deduction 2 → 25.00.
    data.values["A1"] = {{"I1", {11.0, {}}}, {"I2", {5.0, {}}}};
    data.manualPoints["A1"]["C3"] = ManualPoints{5.0, {}, 4.0};
    data.adjustments["A1"] = {{AdjustmentType::Bonus, "Điển hình", 2},
                              {AdjustmentType::Bonus, "Sáng kiến", 1.5},
                              {AdjustmentType::Deduction, "Báo cáo trễ", 2}};
    // A2: r1 = 0.9 → 9 (near); I2 = 6 misses ≤ 5 → 0 and fails the veto; C3 self 5 → total 14.
    data.values["A2"] = {{"I1", {9.0, {}}}, {"I2", {6.0, {}}}};
    data.manualPoints["A2"]["C3"] = ManualPoints{5.0, {}, {}};
    // A3 has no target: C1 and C2 are n/a, C3 (cluster 5) is 5 of 5, rescaled to 25 of 25.
    data.manualPoints["A3"]["C3"] = ManualPoints{3.0, 5.0, {}};
    // A4 is archived: it would top the cluster if it were ranked.
    data.values["A4"] = {{"I1", {12.0, {}}}, {"I2", {1.0, {}}}};
    data.manualPoints["A4"]["C3"] = ManualPoints{{}, {}, 5.0};
    data.values[kDistrictUnitCode] = {{"I1", {8.5, {}}}}; // r = 0.85: not met, not near
    // U1 8 + 9 = 17, U2 9 + 8 = 17 (tied, below the flag 18, 85% → tiên tiến), U3 6 + 6 = 12.
    data.manualPoints["U1"] = {{"K1", ManualPoints{{}, {}, 8.0}}, {"K2", ManualPoints{9.0, {}, {}}}};
    data.manualPoints["U2"] = {{"K1", ManualPoints{{}, 9.0, {}}}, {"K2", ManualPoints{8.0, {}, {}}}};
    data.manualPoints["U3"] = {{"K1", ManualPoints{6.0, {}, {}}}, {"K2", ManualPoints{6.0, {}, {}}}};
    return data;
}

struct Line
{
    std::string unit;
    int rank;
    double total;
    bool eligible;
    Proposal proposal;
    std::string title;
    friend bool operator==(const Line&, const Line&) = default;
};

std::vector<Line> lines(const GroupRanking& ranking)
{
    std::vector<Line> result;
    for (const RankedUnit& unit : ranking.units) {
        result.push_back(
            {unit.score.unitCode, unit.rank, unit.score.total, unit.score.eligible, unit.proposal, unit.title});
    }
    return result;
}

const UnitScore& scoreIn(const PeriodResults& results, const std::string& unitCode)
{
    for (const GroupRanking& ranking : results.rankings) {
        for (const RankedUnit& unit : ranking.units) {
            if (unit.score.unitCode == unitCode) {
                return unit.score;
            }
        }
    }
    throw std::logic_error("unit not ranked: " + unitCode);
}

} // namespace

TEST_CASE("computePeriod assesses only non-archived units with a target, in plan order", "[campaign]")
{
    const PeriodResults results = computePeriod(campaign());
    std::vector<std::string> assessed;
    for (const auto& [code, achievements] : results.achievements) {
        assessed.push_back(code);
    }
    CHECK(assessed == std::vector<std::string>{"A1", "A2", kDistrictUnitCode});

    const auto& a2 = results.achievements.at("A2");
    REQUIRE(a2.size() == 2);
    CHECK(a2[0].indicatorCode == "I1");
    CHECK(a2[0].status == Status::Near);
    CHECK(a2[1].indicatorCode == "I2");
    CHECK(a2[1].status == Status::NotMet);
    CHECK(results.achievements.at(kDistrictUnitCode)[0].status == Status::NotMet);
}

TEST_CASE("computePeriod ranks each group with a scheme, in group code order", "[campaign]")
{
    const PeriodResults results = computePeriod(campaign());
    REQUIRE(results.rankings.size() == 2); // G_C has no scheme; the district has no group
    CHECK(results.rankings[0].groupCode == "G_A");
    CHECK(results.rankings[0].schemeCode == "S2");
    CHECK(results.rankings[1].groupCode == "G_B");

    const std::string xuatSac = "Tập thể lao động xuất sắc";
    const std::string tienTien = "Tập thể lao động tiên tiến";
    // A1 and A3 tie at 25 for rank 1, both eligible: leader_tie. A2 is vetoed by C2 and comes third.
    CHECK(lines(results.rankings[1]) == std::vector<Line>{{"A1", 1, 25.0, true, Proposal::LeaderTie, xuatSac},
                                                          {"A3", 1, 25.0, true, Proposal::LeaderTie, xuatSac},
                                                          {"A2", 3, 14.0, false, Proposal::None, ""}});
    CHECK(lines(results.rankings[0]) == std::vector<Line>{{"U1", 1, 17.0, true, Proposal::None, tienTien},
                                                          {"U2", 1, 17.0, true, Proposal::None, tienTien},
                                                          {"U3", 3, 12.0, true, Proposal::None, ""}});
}

TEST_CASE("computePeriod keeps how each score was built", "[campaign]")
{
    const PeriodResults results = computePeriod(campaign());

    const UnitScore& a1 = scoreIn(results, "A1");
    REQUIRE(a1.criteria.size() == 3);
    CHECK(a1.criteria[0].status == Status::Met);
    CHECK(a1.criteria[0].points == Approx(10.5));
    CHECK(a1.criteria[0].bonus == Approx(0.5));
    CHECK(a1.criteria[2].levelUsed == ScoreLevel::Final);
    CHECK(a1.criteria[2].points == 4.0);
    CHECK(a1.applicableMax == 25.0);
    CHECK(a1.bonusItems == Approx(3.5));
    CHECK(a1.bonusApplied == Approx(2.5));
    CHECK(a1.deductions == 2.0);

    const UnitScore& a2 = scoreIn(results, "A2");
    CHECK(a2.vetoedBy == std::vector<std::string>{"C2"});
    CHECK(a2.criteria[1].points == 0.0);

    // A unit without targets is scored on its manual criterion, rescaled to the whole scale.
    const UnitScore& a3 = scoreIn(results, "A3");
    CHECK_FALSE(a3.criteria[0].applicable);
    CHECK_FALSE(a3.criteria[1].applicable);
    CHECK(a3.criteria[2].levelUsed == ScoreLevel::Cluster);
    CHECK(a3.applicableMax == 5.0);
    CHECK(a3.base == Approx(25.0));
}

TEST_CASE("archived units and the district are never ranked, even when put in a group", "[campaign]")
{
    CampaignData data = campaign();
    data.units[0].groupCode = "G_B"; // the district, wrongly imported into the cluster
    const PeriodResults results = computePeriod(data);
    for (const GroupRanking& ranking : results.rankings) {
        for (const RankedUnit& ranked : ranking.units) {
            CHECK(ranked.score.unitCode != "A4");
            CHECK(ranked.score.unitCode != kDistrictUnitCode);
        }
    }
    CHECK(results.rankings[1].units.size() == 3);
}

TEST_CASE("scoreOneUnit gives the unit's score of computePeriod", "[campaign]")
{
    const CampaignData data = campaign();
    const PeriodResults results = computePeriod(data);
    for (const char* code : {"A1", "A2", "A3", "U1", "U2", "U3"}) {
        INFO(code);
        const UnitScore one = scoreOneUnit(data, code);
        const UnitScore& all = scoreIn(results, code);
        CHECK(one.unitName == all.unitName);
        CHECK(one.total == all.total);
        CHECK(one.points == all.points);
        CHECK(one.eligible == all.eligible);
        REQUIRE(one.criteria.size() == all.criteria.size());
        for (std::size_t i = 0; i < one.criteria.size(); ++i) {
            CHECK(one.criteria[i].points == all.criteria[i].points);
            CHECK(one.criteria[i].status == all.criteria[i].status);
        }
    }
}

TEST_CASE("scoreOneUnit follows an edited value", "[campaign]")
{
    CampaignData data = campaign();
    CHECK(scoreOneUnit(data, "A2").total == 14.0);
    data.values["A2"]["I2"].actual = 5.0; // now meets ≤ 5: C2 gives 10 and the veto is lifted
    const UnitScore edited = scoreOneUnit(data, "A2");
    CHECK(edited.total == 24.0);
    CHECK(edited.eligible);
    CHECK(edited.total == scoreIn(computePeriod(data), "A2").total);
}

TEST_CASE("scoreOneUnit refuses units that computePeriod does not score", "[campaign]")
{
    const CampaignData data = campaign();
    CHECK_THROWS_AS(scoreOneUnit(data, "NOBODY"), std::invalid_argument);
    CHECK_THROWS_AS(scoreOneUnit(data, "A4"), std::invalid_argument);
    CHECK_THROWS_AS(scoreOneUnit(data, kDistrictUnitCode), std::invalid_argument);
    CHECK_THROWS_AS(scoreOneUnit(data, "X1"), std::invalid_argument);
}

TEST_CASE("computePeriod on an empty campaign has nothing to rank", "[campaign]")
{
    CampaignData data;
    data.period = PeriodCode{2021, PeriodKind::HalfYear};
    const PeriodResults results = computePeriod(data);
    CHECK(results.achievements.empty());
    CHECK(results.rankings.empty());
}
