// Scores of one unit (spec/computation.md, "Scoring schemes"): points per method, manual levels,
// veto, adjustments, rescaling over applicable criteria, and rounding. Expected numbers are worked
// out by hand from the spec's formulas.
#include "core/Scoring.h"
#include "ScoringBuilders.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

using namespace thidua;
using namespace thidua::test;
using Catch::Detail::Approx;

namespace {

Scheme schemeOf(std::vector<Criterion> criteria)
{
    Scheme scheme;
    scheme.code = "TC";
    scheme.criteria = std::move(criteria);
    return scheme;
}

// One indicator criterion "C" of maximum `max` on indicator "I", scored at the given r and status.
CriterionScore scoreOne(const Criterion& criterion, Status status, std::optional<double> ratio)
{
    UnitScoreInput input;
    input.achievements[criterion.indicatorCode] = achievement(criterion.indicatorCode, status, ratio);
    const UnitScore score = scoreUnit(schemeOf({criterion}), input);
    REQUIRE(score.criteria.size() == 1);
    return score.criteria.front();
}

} // namespace

TEST_CASE("round2 rounds the decimal a person reads, half away from zero", "[scoring]")
{
    // 1.005 is 1.00499999999999989... in binary; the paper table rounds the decimal 1,005 to 1,01.
    CHECK(round2(1.005) == 1.01);
    CHECK(round2(2.675) == 2.68);
    CHECK(round2(-2.675) == -2.68);
    CHECK(round2(0.125) == 0.13);
    CHECK(round2(-0.125) == -0.13);
    CHECK(round2(0.285) == 0.29); // 28.499999999999996 hundredths in binary
    CHECK(round2(0.145) == 0.15);
    CHECK(round2(92.125) == 92.13);
    CHECK(round2(4.605) == 4.61);
    // Just below a half stays below, above rounds up, and whole figures are untouched.
    CHECK(round2(1.0049) == 1.0);
    CHECK(round2(2.674999) == 2.67);
    CHECK(round2(2.6751) == 2.68);
    CHECK(round2(87.5) == 87.5);
    CHECK(round2(100) == 100.0);
    CHECK(round2(123456.785) == 123456.79);
    // Sums that should be a half: 0.1 + 0.2 + 0.005 and a rescaled base.
    CHECK(round2(0.1 + 0.2 + 0.005) == 0.31);
    CHECK(round2(0.29 * 100 / 40) == 0.73); // 0.7249999999999999
    CHECK(round2(0.29 * 100 / 8) == 3.63);  // 3.6249999999999996
    // No negative zero: it would print as "-0,00".
    CHECK_FALSE(std::signbit(round2(-0.001)));
    CHECK(round2(-0.001) == 0.0);
    CHECK(round2(-0.005) == -0.01);
}

TEST_CASE("scheme scale, bonus cap and flag threshold with their defaults", "[scoring]")
{
    Scheme scheme = schemeOf({manualCriterion("A", 60), manualCriterion("B", 40)});
    CHECK(schemeScale(scheme) == 100);
    CHECK(schemeBonusCap(scheme) == 10);
    CHECK(schemeFlagThreshold(scheme) == 90);
    scheme.scale = 50;
    CHECK(schemeScale(scheme) == 50);
    CHECK(schemeBonusCap(scheme) == 5);
    CHECK(schemeFlagThreshold(scheme) == 45);
    scheme.bonusCap = 3;
    scheme.flagThreshold = 40;
    CHECK(schemeBonusCap(scheme) == 3);
    CHECK(schemeFlagThreshold(scheme) == 40);
}

TEST_CASE("proportional points with the bonus under and over the excess cap", "[scoring]")
{
    const Criterion c = indicatorCriterion("C01", "KT01", 10);
    CHECK(scoreOne(c, Status::NotMet, 0.5).points == 5.0);
    CHECK(scoreOne(c, Status::Near, 0.95).points == Approx(9.5));
    CHECK(scoreOne(c, Status::NotMet, 0.0).points == 0.0);
    CriterionScore s = scoreOne(c, Status::Met, 1.0);
    CHECK(s.points == 10.0);
    CHECK(s.bonus == 0.0);
    // r = 1.15: 10 + 10 × 0.5 × 0.15 = 10.75 (docs/default-schemes.md).
    s = scoreOne(c, Status::Met, 1.15);
    CHECK(s.points == Approx(10.75));
    CHECK(s.bonus == Approx(0.75));
    // At and over the excess cap of 0.2: at most 110 % of M.
    CHECK(scoreOne(c, Status::Met, 1.2).points == Approx(11.0));
    s = scoreOne(c, Status::Met, 2.0);
    CHECK(s.points == Approx(11.0));
    CHECK(s.bonus == Approx(1.0));
    // The criterion's own rate and cap.
    Criterion generous = c;
    generous.bonusRate = 1.0;
    generous.excessCap = 0.3;
    CHECK(scoreOne(generous, Status::Met, 1.5).points == Approx(13.0));
    CHECK(scoreOne(generous, Status::Met, 1.1).points == Approx(11.0));
    Criterion noBonus = c;
    noBonus.bonusRate = 0;
    CHECK(scoreOne(noBonus, Status::Met, 1.5).points == 10.0);
    CHECK(scoreOne(noBonus, Status::Met, 1.5).bonus == 0.0);
}

TEST_CASE("the plan's XH07 on criterion C05 (M = 5): 9,5 % against at most 8,82 %", "[scoring]")
{
    Indicator xh07;
    xh07.code = "XH07";
    xh07.kind = IndicatorKind::AtMost;
    UnitScoreInput input;
    input.achievements["XH07"] = assessIndicator(xh07, true, 8.82, Measurement{9.5, std::nullopt}, PeriodKind::YearEnd);
    const UnitScore score = scoreUnit(schemeOf({indicatorCriterion("C05", "XH07", 5)}), input);
    const CriterionScore& c05 = score.criteria.front();
    CHECK(c05.status == Status::Near);
    CHECK(*c05.ratio == Approx(0.922902).epsilon(1e-6));
    CHECK(c05.points == Approx(4.614512).epsilon(1e-6));
    // One criterion, S = 5: base = the points, total rounded to 4,61.
    CHECK(score.base == c05.points);
    CHECK(score.total == 4.61);
}

TEST_CASE("pass_fail: M when met, else nothing, never a bonus", "[scoring]")
{
    const Criterion c = indicatorCriterion("C09", "QP01", 6, ScoringMethod::PassFail);
    CHECK(scoreOne(c, Status::Met, 1.0).points == 6.0);
    CriterionScore s = scoreOne(c, Status::Met, 1.4);
    CHECK(s.points == 6.0);
    CHECK(s.bonus == 0.0);
    CHECK(scoreOne(c, Status::Near, 0.99).points == 0.0);
    CHECK(scoreOne(c, Status::NotMet, 0.5).points == 0.0);
}

TEST_CASE("banded: the highest band reached, whatever order the bands are listed in", "[scoring]")
{
    // C06 of the default scheme, bands 1:1 | 0.9:0.7 | 0.8:0.5, listed here out of order.
    Criterion c = indicatorCriterion("C06", "XH09", 5, ScoringMethod::Banded);
    c.bands = {{0.8, 0.5}, {1.0, 1.0}, {0.9, 0.7}};
    CHECK(scoreOne(c, Status::Met, 1.0).points == 5.0);
    CHECK(scoreOne(c, Status::Met, 1.3).points == 5.0);
    CHECK(scoreOne(c, Status::Met, 1.3).bonus == 0.0);
    CHECK(scoreOne(c, Status::Near, 0.9999).points == Approx(3.5));
    CHECK(scoreOne(c, Status::Near, 0.9).points == Approx(3.5));
    CHECK(scoreOne(c, Status::Near, 0.8999999999999999).points == Approx(3.5)); // 0.9 up to the last bit
    CHECK(scoreOne(c, Status::NotMet, 0.8999).points == Approx(2.5));
    CHECK(scoreOne(c, Status::NotMet, 0.8).points == Approx(2.5));
    CHECK(scoreOne(c, Status::NotMet, 0.7999).points == 0.0);
    CHECK(scoreOne(c, Status::NotMet, 0.0).points == 0.0);
    // Target 93,5 %, actual 85 %: r = 0.909, 3,5 points (docs/default-schemes.md).
    CHECK(scoreOne(c, Status::Near, 85 / 93.5).points == Approx(3.5));
    // No bands at all: nothing is reached.
    c.bands.clear();
    CHECK(scoreOne(c, Status::Met, 1.0).points == 0.0);
}

TEST_CASE("no_data costs the points, n/a leaves the sums", "[scoring]")
{
    const Criterion c = indicatorCriterion("C01", "KT01", 10);
    CriterionScore s = scoreOne(c, Status::NoData, std::nullopt);
    CHECK(s.applicable);
    CHECK(s.points == 0.0);
    CHECK(s.status == Status::NoData);
    s = scoreOne(c, Status::NotApplicable, std::nullopt);
    CHECK_FALSE(s.applicable);
    CHECK(s.status == Status::NotApplicable);
    // An indicator the unit was not assessed on at all counts as n/a.
    const UnitScore score = scoreUnit(schemeOf({c, manualCriterion("M", 10)}), UnitScoreInput{});
    CHECK_FALSE(score.criteria[0].applicable);
    CHECK(score.applicableMax == 10);
}

TEST_CASE("manual points: final over cluster over self, clipped to [0, M]", "[scoring]")
{
    const Scheme scheme = schemeOf({manualCriterion("C14", 5)});
    auto scored = [&](ManualPoints points) {
        UnitScoreInput input;
        input.manual["C14"] = points;
        return scoreUnit(scheme, input).criteria.front();
    };
    CriterionScore s = scored({4.0, std::nullopt, std::nullopt});
    CHECK(s.manual);
    CHECK(s.points == 4.0);
    CHECK(s.levelUsed == ScoreLevel::Self);
    s = scored({4.0, 3.5, std::nullopt});
    CHECK(s.points == 3.5);
    CHECK(s.levelUsed == ScoreLevel::Cluster);
    s = scored({4.0, 3.5, 4.5});
    CHECK(s.points == 4.5);
    CHECK(s.levelUsed == ScoreLevel::Final);
    // Phòng Nội vụ's final score counts even when it is 0 or lower than the others.
    s = scored({5.0, 5.0, 0.0});
    CHECK(s.points == 0.0);
    CHECK(s.levelUsed == ScoreLevel::Final);
    s = scored({std::nullopt, std::nullopt, 3.0});
    CHECK(s.points == 3.0);
    // Clipped: a self-score of 7 out of 5, a negative review.
    s = scored({7.0, std::nullopt, std::nullopt});
    CHECK(s.points == 5.0);
    CHECK(s.status == Status::Met);
    s = scored({4.0, -1.0, std::nullopt});
    CHECK(s.points == 0.0);
    CHECK(s.status == Status::NotMet);
    // Nothing entered: 0, applicable.
    UnitScore none = scoreUnit(scheme, UnitScoreInput{});
    CHECK(none.criteria.front().points == 0.0);
    CHECK(none.criteria.front().applicable);
    CHECK_FALSE(none.criteria.front().levelUsed.has_value());
    CHECK(none.criteria.front().status == Status::NoData);
    CHECK(none.applicableMax == 5);
}

TEST_CASE("veto: the unit is still scored but ineligible, with the criteria that vetoed it", "[scoring]")
{
    Criterion qp02 = indicatorCriterion("C10", "QP02", 6, ScoringMethod::PassFail);
    qp02.veto = true;
    Criterion manual = manualCriterion("C18", 5);
    manual.veto = true;
    const Scheme scheme = schemeOf({indicatorCriterion("C01", "KT01", 10), qp02, manual});

    UnitScoreInput input;
    input.achievements["KT01"] = achievement("KT01", Status::Met, 1.0);
    input.achievements["QP02"] = achievement("QP02", Status::Met, 1.0);
    input.manual["C18"] = ManualPoints{std::nullopt, std::nullopt, 5.0};
    UnitScore score = scoreUnit(scheme, input);
    CHECK(score.eligible);
    CHECK(score.vetoedBy.empty());
    CHECK(score.total == 21);

    // A hot spot occurred: not met. Still scored: 10 + 0 + 5.
    input.achievements["QP02"] = achievement("QP02", Status::NotMet, 0.0);
    score = scoreUnit(scheme, input);
    CHECK_FALSE(score.eligible);
    CHECK(score.vetoedBy == std::vector<std::string>{"C10"});
    CHECK(score.criteria[1].vetoFailed);
    CHECK(score.total == 15);

    // No data on a veto criterion fails it too; n/a does not.
    input.achievements["QP02"] = achievement("QP02", Status::NoData);
    CHECK_FALSE(scoreUnit(scheme, input).eligible);
    input.achievements["QP02"] = achievement("QP02", Status::NotApplicable);
    CHECK(scoreUnit(scheme, input).eligible);
    input.achievements["QP02"] = achievement("QP02", Status::Near, 0.95);
    CHECK_FALSE(scoreUnit(scheme, input).eligible);

    // The manual veto passes only at the full maximum.
    input.achievements["QP02"] = achievement("QP02", Status::Met, 1.0);
    input.manual["C18"] = ManualPoints{5.0, 5.0, 4.5};
    score = scoreUnit(scheme, input);
    CHECK(score.vetoedBy == std::vector<std::string>{"C18"});
    input.manual.clear();
    score = scoreUnit(scheme, input);
    CHECK(score.vetoedBy == std::vector<std::string>{"C18"});
    input.achievements["QP02"] = achievement("QP02", Status::NotMet, 0.0);
    CHECK(scoreUnit(scheme, input).vetoedBy == std::vector<std::string>{"C10", "C18"});
}
