// The total of one unit (spec/computation.md, "Total"): base rescaled over the applicable criteria to
// the scale S, bonus items under their cap, deductions, rounding. Expected numbers by hand.
#include "ScoringBuilders.h"
#include "core/Scoring.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace thidua;
using namespace thidua::test;
using Catch::Detail::Approx;

namespace {

// 50 on KT01, 30 on XH07, 20 by hand: S = 100.
Scheme threeCriteria()
{
    Scheme scheme;
    scheme.code = "TC";
    scheme.criteria = {indicatorCriterion("C01", "KT01", 50), indicatorCriterion("C02", "XH07", 30),
                       manualCriterion("C03", 20)};
    return scheme;
}

Adjustment bonus(double points)
{
    return Adjustment{AdjustmentType::Bonus, "Khen thưởng đột xuất", points};
}

Adjustment deduction(double points)
{
    return Adjustment{AdjustmentType::Deduction, "Báo cáo trễ hạn", points};
}

} // namespace

TEST_CASE("every criterion applicable: the base is exactly the sum of points", "[scoring]")
{
    const Scheme scheme = threeCriteria();
    UnitScoreInput input;
    input.unitCode = "XA_BINH_THANH";
    input.unitName = "Xã Bình Thành";
    // Awkward binary fractions, so a multiply-then-divide by S would show in the last digit.
    for (const double r1 : {0.1, 0.33, 0.7, 0.9229, 0.93, 1.0, 1.17}) {
        for (const double r2 : {0.0, 0.29, 0.9229, 1.0}) {
            input.achievements["KT01"] = achievement("KT01", r1 >= 1 ? Status::Met : Status::NotMet, r1);
            input.achievements["XH07"] = achievement("XH07", r2 >= 1 ? Status::Met : Status::NotMet, r2);
            input.manual["C03"] = ManualPoints{std::nullopt, 13.3, std::nullopt};
            const UnitScore score = scoreUnit(scheme, input);
            INFO("r1 " << r1 << ", r2 " << r2);
            CHECK(score.applicableMax == 100);
            CHECK(score.base == score.points);
            CHECK(score.points == score.criteria[0].points + score.criteria[1].points + 13.3);
        }
    }
    input.achievements["KT01"] = achievement("KT01", Status::Near, 0.93);
    input.achievements["XH07"] = achievement("XH07", Status::Met, 1.0);
    const UnitScore score = scoreUnit(scheme, input);
    CHECK(score.unitCode == "XA_BINH_THANH");
    CHECK(score.unitName == "Xã Bình Thành");
    CHECK(score.total == 89.8); // 46.5 + 30 + 13.3
    REQUIRE(score.criteria.size() == 3);
    CHECK(score.criteria[0].criterionCode == "C01");
    CHECK(*score.criteria[0].ratio == 0.93);
    CHECK(score.criteria[2].manual);
}

TEST_CASE("a criterion without a target is left out and the rest rescaled to S", "[scoring]")
{
    const Scheme scheme = threeCriteria();
    UnitScoreInput input;
    input.achievements["KT01"] = achievement("KT01", Status::NotMet, 0.8);   // 40 of 50
    input.achievements["XH07"] = achievement("XH07", Status::NotApplicable); // no target
    input.manual["C03"] = ManualPoints{20.0, std::nullopt, std::nullopt};    // 20 of 20
    UnitScore score = scoreUnit(scheme, input);
    CHECK_FALSE(score.criteria[1].applicable);
    CHECK(score.applicableMax == 70);
    CHECK(score.points == 60);
    CHECK(score.base == Approx(60.0 * 100 / 70));
    CHECK(score.total == 85.71);

    // No data on it instead: applicable, 0 points, no rescaling.
    input.achievements["XH07"] = achievement("XH07", Status::NoData);
    score = scoreUnit(scheme, input);
    CHECK(score.applicableMax == 100);
    CHECK(score.total == 60);

    // Nothing applicable at all: the base is 0, adjustments still count.
    input.achievements["KT01"] = achievement("KT01", Status::NotApplicable);
    input.achievements["XH07"] = achievement("XH07", Status::NotApplicable);
    Scheme indicatorsOnly = scheme;
    indicatorsOnly.criteria.pop_back();
    input.adjustments = {bonus(2)};
    score = scoreUnit(indicatorsOnly, input);
    CHECK(score.applicableMax == 0);
    CHECK(score.base == 0);
    CHECK(score.total == 2);
}

TEST_CASE("a custom scale S different from the sum of maxima", "[scoring]")
{
    Scheme scheme = threeCriteria();
    scheme.scale = 10; // a ten-point table over criteria worth 100
    UnitScoreInput input;
    input.achievements["KT01"] = achievement("KT01", Status::Met, 1.0);
    input.achievements["XH07"] = achievement("XH07", Status::NotMet, 0.5);
    input.manual["C03"] = ManualPoints{std::nullopt, std::nullopt, 17.0};
    UnitScore score = scoreUnit(scheme, input);
    CHECK(score.points == 82);
    CHECK(score.base == Approx(8.2));
    CHECK(score.total == 8.2);
    // Its bonus cap defaults to 10 % of S = 1.
    input.adjustments = {bonus(3)};
    score = scoreUnit(scheme, input);
    CHECK(score.bonusItems == 3);
    CHECK(score.bonusApplied == 1);
    CHECK(score.total == 9.2);
}

TEST_CASE("bonus items under and over their cap, and deductions", "[scoring]")
{
    const Scheme scheme = threeCriteria();
    UnitScoreInput input;
    input.achievements["KT01"] = achievement("KT01", Status::Met, 1.0);
    input.achievements["XH07"] = achievement("XH07", Status::Met, 1.0);
    input.manual["C03"] = ManualPoints{std::nullopt, 15.0, std::nullopt};
    CHECK(scoreUnit(scheme, input).total == 95);

    input.adjustments = {bonus(4)};
    UnitScore score = scoreUnit(scheme, input);
    CHECK(score.bonusApplied == 4);
    CHECK(score.total == 99);

    // 6 + 7 = 13 entered, the cap (10 % of 100) lets 10 count; the items are kept as entered.
    input.adjustments = {bonus(6), bonus(7)};
    score = scoreUnit(scheme, input);
    CHECK(score.bonusItems == 13);
    CHECK(score.bonusApplied == 10);
    CHECK(score.total == 105);
    CHECK(score.adjustments.size() == 2);

    // Deductions are not capped and come off after the cap.
    input.adjustments = {bonus(6), bonus(7), deduction(2.5), deduction(1)};
    score = scoreUnit(scheme, input);
    CHECK(score.deductions == 3.5);
    CHECK(score.total == 101.5);

    // A scheme's own cap.
    Scheme tight = scheme;
    tight.bonusCap = 5;
    input.adjustments = {bonus(6)};
    CHECK(scoreUnit(tight, input).bonusApplied == 5);
    CHECK(scoreUnit(tight, input).total == 100);

    // Deductions can take the total below zero; it is shown as it is.
    input.adjustments = {deduction(120)};
    CHECK(scoreUnit(scheme, input).total == -25);
}

TEST_CASE("the total is rounded once, half away from zero, from the unrounded parts", "[scoring]")
{
    Scheme scheme;
    scheme.criteria = {indicatorCriterion("C01", "KT01", 10), manualCriterion("C02", 30)};
    UnitScoreInput input;
    // 10 × 0.8125 = 8.125 points and 30 by hand: 38.125 → 38.13.
    input.achievements["KT01"] = achievement("KT01", Status::NotMet, 0.8125);
    input.manual["C02"] = ManualPoints{30.0, std::nullopt, std::nullopt};
    UnitScore score = scoreUnit(scheme, input);
    CHECK(score.criteria[0].points == 8.125);
    CHECK(score.total == 38.13);
    // With a deduction of 40 the total is −1.875 → −1.88, away from zero.
    input.adjustments = {deduction(40)};
    CHECK(scoreUnit(scheme, input).total == -1.88);
}
