// Ranking within a group and its proposals (spec/computation.md, "Ranking"): standard competition
// ranks on rounded totals, the leader among eligible units only, leader_tie, title candidates by band.
#include "core/Ranking.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace thidua;

namespace {

UnitScore unit(std::string code, double total, bool eligible = true)
{
    UnitScore score;
    score.unitCode = std::move(code);
    score.total = total;
    score.eligible = eligible;
    if (!eligible) {
        score.vetoedBy = {"C10"};
    }
    return score;
}

// A 100-point scheme with the defaults: flag threshold 90, titles at 90 and 70.
Scheme hundredPoints()
{
    Scheme scheme;
    scheme.code = "TC_CUM_XA";
    Criterion criterion;
    criterion.code = "C01";
    criterion.maxPoints = 100;
    scheme.criteria = {criterion};
    return scheme;
}

Group cluster()
{
    Group group;
    group.code = "CUM1";
    group.schemeCode = "TC_CUM_XA";
    return group;
}

struct Row
{
    std::string unit;
    int rank;
    Proposal proposal;
    std::string title;
};

std::vector<Row> rows(const GroupRanking& ranking)
{
    std::vector<Row> result;
    for (const RankedUnit& u : ranking.units) {
        result.push_back({u.score.unitCode, u.rank, u.proposal, u.title});
    }
    return result;
}

void checkRows(const GroupRanking& ranking, const std::vector<Row>& expected)
{
    const std::vector<Row> actual = rows(ranking);
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("row " << i << ": " << expected[i].unit);
        CHECK(actual[i].unit == expected[i].unit);
        CHECK(actual[i].rank == expected[i].rank);
        CHECK(toCode(actual[i].proposal) == toCode(expected[i].proposal));
        CHECK(actual[i].title == expected[i].title);
    }
}

const std::string excellent = "Tập thể lao động xuất sắc";
const std::string advanced = "Tập thể lao động tiên tiến";
constexpr auto none = Proposal::None;
constexpr auto leader = Proposal::Leader;
constexpr auto tie = Proposal::LeaderTie;

} // namespace

TEST_CASE("proposal codes", "[ranking]")
{
    CHECK(toCode(Proposal::None).empty());
    CHECK(toCode(Proposal::Leader) == "leader");
    CHECK(toCode(Proposal::LeaderTie) == "leader_tie");
}

TEST_CASE("equal totals share a rank and the next rank skips: 1, 2, 2, 4", "[ranking]")
{
    // Given in no particular order; equal ranks listed by unit code.
    const GroupRanking ranking =
        rankGroup(cluster(), hundredPoints(),
                  {unit("TAY_VINH", 72.5), unit("TAY_AN", 88.25), unit("BINH_HOA", 95.1), unit("BINH_TAN", 88.25)});
    CHECK(ranking.groupCode == "CUM1");
    CHECK(ranking.schemeCode == "TC_CUM_XA");
    checkRows(ranking, {{"BINH_HOA", 1, leader, excellent},
                        {"BINH_TAN", 2, none, advanced},
                        {"TAY_AN", 2, none, advanced},
                        {"TAY_VINH", 4, none, advanced}});
    CHECK(ranking.units.front().score.total == 95.1);
}

TEST_CASE("ranks compare totals as printed, to two decimals", "[ranking]")
{
    // Totals not rounded by their maker: 80.004 and 80.001 both print as 80,00.
    const GroupRanking ranking =
        rankGroup(cluster(), hundredPoints(), {unit("B", 80.004), unit("A", 80.001), unit("C", 80.006)});
    checkRows(ranking, {{"C", 1, none, advanced}, {"A", 2, none, advanced}, {"B", 2, none, advanced}});
}

TEST_CASE("a vetoed unit on top is ranked but does not block the leader", "[ranking]")
{
    const GroupRanking ranking = rankGroup(cluster(), hundredPoints(),
                                           {unit("PHU_PHONG", 93, false), unit("BINH_NGHI", 91), unit("TAY_PHU", 60)});
    checkRows(ranking, {{"PHU_PHONG", 1, none, ""}, {"BINH_NGHI", 2, leader, excellent}, {"TAY_PHU", 3, none, ""}});
    CHECK(ranking.units.front().score.vetoedBy == std::vector<std::string>{"C10"});
}

TEST_CASE("a vetoed unit sharing the top total leaves a single leader", "[ranking]")
{
    const GroupRanking ranking =
        rankGroup(cluster(), hundredPoints(), {unit("A", 92, false), unit("B", 92), unit("C", 85)});
    checkRows(ranking, {{"A", 1, none, ""}, {"B", 1, leader, excellent}, {"C", 3, none, advanced}});
}

TEST_CASE("eligible units sharing the highest total are each leader_tie", "[ranking]")
{
    const GroupRanking ranking =
        rankGroup(cluster(), hundredPoints(), {unit("C", 96.5), unit("A", 96.5), unit("B", 96.49)});
    checkRows(ranking, {{"A", 1, tie, excellent}, {"C", 1, tie, excellent}, {"B", 3, none, excellent}});
}

TEST_CASE("nobody at the flag threshold: no leader, titles still by band", "[ranking]")
{
    const GroupRanking ranking =
        rankGroup(cluster(), hundredPoints(), {unit("A", 89.99), unit("B", 70), unit("C", 69.99)});
    checkRows(ranking, {{"A", 1, none, advanced}, {"B", 2, none, advanced}, {"C", 3, none, ""}});
    // Exactly at the threshold is enough.
    const GroupRanking atThreshold = rankGroup(cluster(), hundredPoints(), {unit("A", 90), unit("B", 10)});
    checkRows(atThreshold, {{"A", 1, leader, excellent}, {"B", 2, none, ""}});
    // Every unit vetoed: nobody proposed.
    const GroupRanking vetoed = rankGroup(cluster(), hundredPoints(), {unit("A", 99, false), unit("B", 98, false)});
    checkRows(vetoed, {{"A", 1, none, ""}, {"B", 2, none, ""}});
    // An empty group.
    CHECK(rankGroup(cluster(), hundredPoints(), {}).units.empty());
}

TEST_CASE("a custom scale: thresholds are shares of S, compared as an officer reads them", "[ranking]")
{
    Scheme scheme = hundredPoints();
    scheme.scale = 42; // 0.9 × 42 is 37.800000000000004 in binary
    const GroupRanking ranking =
        rankGroup(cluster(), scheme, {unit("A", 37.8), unit("B", 37.79), unit("C", 29.4), unit("D", 29.39)});
    checkRows(ranking,
              {{"A", 1, leader, excellent}, {"B", 2, none, advanced}, {"C", 3, none, advanced}, {"D", 4, none, ""}});
    // A flag threshold set on the scheme wins over the default.
    scheme.flagThreshold = 38;
    const GroupRanking raised = rankGroup(cluster(), scheme, {unit("A", 37.8)});
    checkRows(raised, {{"A", 1, none, excellent}});
}

TEST_CASE("the scheme's own title bands, highest first whatever their order", "[ranking]")
{
    Scheme scheme = hundredPoints();
    scheme.titleBands = {{0.5, "Hoàn thành nhiệm vụ"}, {0.95, "Cờ thi đua"}, {0.8, "Tiên tiến"}};
    const GroupRanking ranking =
        rankGroup(cluster(), scheme,
                  {unit("A", 97), unit("B", 94), unit("C", 80), unit("D", 50), unit("E", 49.99), unit("F", 99, false)});
    checkRows(ranking, {{"F", 1, none, ""},
                        {"A", 2, leader, "Cờ thi đua"},
                        {"B", 3, none, "Tiên tiến"},
                        {"C", 4, none, "Tiên tiến"},
                        {"D", 5, none, "Hoàn thành nhiệm vụ"},
                        {"E", 6, none, ""}});
}

TEST_CASE("from achievements to the leader: a hot spot vetoes the best commune", "[ranking]")
{
    // Two criteria of the default cluster scheme: C05 (XH07, proportional, 5) and C10 (QP02, pass_fail,
    // veto, 6). S = 11, flag threshold 9.9.
    Indicator xh07;
    xh07.code = "XH07";
    xh07.kind = IndicatorKind::AtMost;
    Indicator qp02;
    qp02.code = "QP02";
    qp02.kind = IndicatorKind::ZeroEvents;
    const std::vector<Indicator> plan{xh07, qp02};
    Scheme scheme;
    scheme.code = "TC_CUM_XA";
    Criterion c05;
    c05.code = "C05";
    c05.indicatorCode = "XH07";
    c05.maxPoints = 5;
    Criterion c10;
    c10.code = "C10";
    c10.indicatorCode = "QP02";
    c10.maxPoints = 6;
    c10.method = ScoringMethod::PassFail;
    c10.veto = true;
    scheme.criteria = {c05, c10};

    const TargetMap targets{{"XH07", 8.82}, {"QP02", std::nullopt}};
    auto score = [&](const std::string& code, double underweight, double hotSpots) {
        UnitScoreInput input;
        input.unitCode = code;
        const MeasurementMap values{{"XH07", {underweight, std::nullopt}}, {"QP02", {hotSpots, std::nullopt}}};
        for (Achievement& a : assessUnit(plan, targets, values, PeriodKind::YearEnd)) {
            input.achievements[a.indicatorCode] = a;
        }
        return scoreUnit(scheme, input);
    };
    // BINH_TAN: 7,938 % underweight (r = 1.1): 5.25 + 6 = 11.25, but a hot spot: 5.25, vetoed.
    // TAY_GIANG: 8,82 %: 5 + 6 = 11. BINH_THANH: 9,5 %: 4.61 + 6 = 10.61.
    const GroupRanking ranking = rankGroup(
        cluster(), scheme, {score("BINH_THANH", 9.5, 0), score("BINH_TAN", 7.938, 1), score("TAY_GIANG", 8.82, 0)});
    checkRows(ranking,
              {{"TAY_GIANG", 1, leader, excellent}, {"BINH_THANH", 2, none, excellent}, {"BINH_TAN", 3, none, ""}});
    CHECK(ranking.units[0].score.total == 11);
    CHECK(ranking.units[1].score.total == 10.61);
    CHECK(ranking.units[2].score.total == 5.25);
    CHECK(ranking.units[2].score.vetoedBy == std::vector<std::string>{"C10"});
}
