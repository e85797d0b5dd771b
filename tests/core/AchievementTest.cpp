// Achievement of one indicator: effective target by period basis, r and "met" for every kind, and
// the status order of spec/computation.md. Expected values are worked out by hand from the spec's
// formulas and written out, never taken from the code under test. The indicators are the 2021 plan's
// own (spec/plan-2021.md) where the plan has one of the kind.
#include "core/Achievement.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using namespace thidua;
using Catch::Detail::Approx;

namespace {

Indicator indicator(std::string code, IndicatorKind kind, PeriodBasis basis = PeriodBasis::Level,
                    std::optional<double> midYearShare = std::nullopt)
{
    Indicator result;
    result.code = std::move(code);
    result.kind = kind;
    result.basis = basis;
    result.midYearShare = midYearShare;
    return result;
}

// The plan's indicators used below, with their kind and period basis.
const Indicator kt03 = indicator("KT03", IndicatorKind::NamedSet, PeriodBasis::YearEnd);
const Indicator xh01 = indicator("XH01", IndicatorKind::Maintain);
const Indicator xh03 = indicator("XH03", IndicatorKind::Boolean);
const Indicator xh04 = indicator("XH04", IndicatorKind::ReduceBy, PeriodBasis::YearEnd);
const Indicator xh05 = indicator("XH05", IndicatorKind::AtLeast, PeriodBasis::YearEnd);
const Indicator xh06 = indicator("XH06", IndicatorKind::ReduceBy, PeriodBasis::YearEnd);
const Indicator xh07 = indicator("XH07", IndicatorKind::AtMost);
const Indicator xh09 = indicator("XH09", IndicatorKind::AtLeast);
const Indicator xh11 = indicator("XH11", IndicatorKind::AtLeast, PeriodBasis::Cumulative);
const Indicator qp02 = indicator("QP02", IndicatorKind::ZeroEvents);
const Indicator qp03 = indicator("QP03", IndicatorKind::NotAboveBaseline);
const Indicator qp04x = indicator("QP04.1", IndicatorKind::BelowBaseline);
// No plan indicator is increase_by; this one is shaped like a commune's "raise the share of trained
// workers by 2 points".
const Indicator trained = indicator("TRAINED", IndicatorKind::IncreaseBy);

constexpr auto H1 = PeriodKind::HalfYear;
constexpr auto Y = PeriodKind::YearEnd;

Achievement at(const Indicator& ind, std::optional<double> target, std::optional<double> actual,
               std::optional<double> baseline = std::nullopt, PeriodKind period = Y)
{
    return assessIndicator(ind, true, target, Measurement{actual, baseline}, period);
}

} // namespace

TEST_CASE("status and period codes are spelled as the spec spells them", "[achievement]")
{
    CHECK(toCode(Status::NotApplicable) == "n/a");
    CHECK(toCode(Status::NoData) == "no_data");
    CHECK(toCode(Status::Met) == "met");
    CHECK(toCode(Status::Near) == "near");
    CHECK(toCode(Status::NotMet) == "not_met");
    for (const Status status : {Status::NotApplicable, Status::NoData, Status::Met, Status::Near, Status::NotMet}) {
        CHECK(statusFromCode(toCode(status)) == status);
    }
    CHECK_FALSE(statusFromCode("na").has_value());
    CHECK_FALSE(statusFromCode("MET").has_value());

    CHECK(PeriodCode::parse("2021-H1") == PeriodCode{2021, PeriodKind::HalfYear});
    CHECK(PeriodCode::parse("2021-Y") == PeriodCode{2021, PeriodKind::YearEnd});
    CHECK(PeriodCode{2021, PeriodKind::HalfYear}.toString() == "2021-H1");
    CHECK(PeriodCode{2021, PeriodKind::YearEnd}.toString() == "2021-Y");
    for (const char* wrong : {"2021-H2", "2021-y", "21-Y", "02021-Y", "2021Y", "2021-Y ", " 2021-Y", "2021-H", "",
                              "20a1-Y", "2021-H1x", "2021_Y"}) {
        INFO(wrong);
        CHECK_FALSE(PeriodCode::parse(wrong).has_value());
    }
}

TEST_CASE("at_least: equal is met, just below is near, far below is not met", "[achievement]")
{
    // XH09, health insurance coverage, target 93,5 %.
    Achievement a = at(xh09, 93.5, 93.5);
    CHECK(a.status == Status::Met);
    CHECK(*a.ratio == 1.0);
    CHECK(*a.effectiveTarget == 93.5);
    a = at(xh09, 93.5, 93.6);
    CHECK(a.status == Status::Met);
    CHECK(*a.ratio == Approx(93.6 / 93.5));
    a = at(xh09, 93.5, 93.4);
    CHECK(a.status == Status::Near);
    CHECK(*a.ratio == Approx(0.998930));
    // 85 % of 93,5: r = 0.9091, the example of docs/default-schemes.md, still near.
    CHECK(at(xh09, 93.5, 85).status == Status::Near);
    a = at(xh09, 93.5, 80);
    CHECK(a.status == Status::NotMet);
    CHECK(*a.ratio == Approx(0.855615));
    // A negative growth against a positive target earns nothing, never less.
    a = at(xh09, 13.2, -2);
    CHECK(a.status == Status::NotMet);
    CHECK(*a.ratio == 0.0);
}

TEST_CASE("at_least with a zero or negative target", "[achievement]")
{
    Achievement a = at(xh09, 0, 0);
    CHECK(a.status == Status::Met);
    CHECK(*a.ratio == 1.0);
    CHECK(at(xh09, 0, 7).status == Status::Met);
    CHECK(*at(xh09, 0, 7).ratio == 1.0);
    a = at(xh09, 0, -1);
    CHECK(a.status == Status::NotMet);
    CHECK(*a.ratio == 0.0);
    // A target "fall by at most 2 %": −1 % is better than the target, −3 % worse; r keeps rising with A.
    CHECK(at(xh09, -2, -2).status == Status::Met);
    CHECK(*at(xh09, -2, -1).ratio == Approx(1.5));
    a = at(xh09, -2, -3);
    CHECK(a.status == Status::NotMet);
    CHECK(*a.ratio == Approx(0.5));
}

TEST_CASE("at_most: the plan's XH07, underweight children at most 8,82 %", "[achievement]")
{
    Achievement a = at(xh07, 8.82, 9.5);
    CHECK(a.status == Status::Near);
    CHECK(*a.ratio == Approx(2 - 9.5 / 8.82));
    CHECK(*a.ratio == Approx(0.922902).epsilon(1e-6));
    a = at(xh07, 8.82, 8.82);
    CHECK(a.status == Status::Met);
    CHECK(*a.ratio == 1.0);
    a = at(xh07, 8.82, 8.81);
    CHECK(a.status == Status::Met);
    CHECK(*a.ratio == Approx(2 - 8.81 / 8.82));
    CHECK(at(xh07, 8.82, 8.83).status == Status::Near);
    CHECK(at(xh07, 8.82, 10).status == Status::NotMet);
    // Twice the target or more: floored at 0.
    a = at(xh07, 8.82, 18);
    CHECK(a.status == Status::NotMet);
    CHECK(*a.ratio == 0.0);
    // None at all against a positive target: r = 2 (the scoring caps the bonus).
    CHECK(*at(xh07, 8.82, 0).ratio == 2.0);
}

TEST_CASE("at_most with a zero target: only zero is met", "[achievement]")
{
    Achievement a = at(xh07, 0, 0);
    CHECK(a.status == Status::Met);
    CHECK(*a.ratio == 1.0);
    a = at(xh07, 0, 0.5);
    CHECK(a.status == Status::NotMet);
    CHECK(*a.ratio == 0.0);
}

TEST_CASE("reduce_by: the reduction B − A against the target", "[achievement]")
{
    // XH06, poor households down by 1,5 points: from 5,2 % to 3,7 % is exactly the target.
    Achievement a = at(xh06, 1.5, 3.7, 5.2);
    CHECK(a.status == Status::Met);
    CHECK(*a.ratio == 1.0);
    CHECK(*a.baseline == 5.2);
    a = at(xh06, 1.5, 3.69, 5.2);
    CHECK(a.status == Status::Met);
    CHECK(*a.ratio == Approx(1.51 / 1.5));
    a = at(xh06, 1.5, 3.71, 5.2);
    CHECK(a.status == Status::Near);
    CHECK(*a.ratio == Approx(1.49 / 1.5));
    a = at(xh06, 1.5, 4.5, 5.2);
    CHECK(a.status == Status::NotMet);
    CHECK(*a.ratio == Approx(0.7 / 1.5));
    // Poverty went up: floored at 0.
    a = at(xh06, 1.5, 6, 5.2);
    CHECK(a.status == Status::NotMet);
    CHECK(*a.ratio == 0.0);
    // XH04, crude birth rate down 0,07: 3,5 − 3,43 is 0.06999999999999984 in binary, yet exactly the
    // target to anyone reading the report: met, with r = 1.
    CHECK(3.5 - 3.43 < 0.07);
    CHECK(at(xh04, 0.07, 3.43, 3.5).status == Status::Met);
    CHECK(*at(xh04, 0.07, 3.43, 3.5).ratio == 1.0);
    CHECK(at(xh04, 0.07, 100, 100.07).status == Status::Met); // 0.06999999999999318
    CHECK(at(xh04, 0.07, 3.431, 3.5).status == Status::Near);
    // A zero target: holding the level is met.
    CHECK(at(xh06, 0, 5.2, 5.2).status == Status::Met);
    CHECK(at(xh06, 0, 5.3, 5.2).status == Status::NotMet);
}

TEST_CASE("increase_by: the increase A − B against the target", "[achievement]")
{
    CHECK(at(trained, 2, 12, 10).status == Status::Met);
    CHECK(*at(trained, 2, 12, 10).ratio == 1.0);
    CHECK(at(trained, 2, 12.01, 10).status == Status::Met);
    Achievement a = at(trained, 2, 11.99, 10);
    CHECK(a.status == Status::Near);
    CHECK(*a.ratio == Approx(0.995));
    a = at(trained, 2, 9, 10);
    CHECK(a.status == Status::NotMet);
    CHECK(*a.ratio == 0.0);
}

TEST_CASE("maintain and boolean: met or not, r is 1 or 0", "[achievement]")
{
    // XH01, primary education universal at level 3.
    CHECK(at(xh01, 3, 3).status == Status::Met);
    CHECK(*at(xh01, 3, 3).ratio == 1.0);
    CHECK(*at(xh01, 3, 4).ratio == 1.0);
    Achievement a = at(xh01, 3, 2);
    CHECK(a.status == Status::NotMet); // r = 0, so never near
    CHECK(*a.ratio == 0.0);
    CHECK(at(xh01, 3, 2.99).status == Status::NotMet);

    CHECK(at(xh03, 1, 1).status == Status::Met);
    CHECK(*at(xh03, 1, 1).ratio == 1.0);
    CHECK(at(xh03, 1, 0).status == Status::NotMet);
    CHECK(*at(xh03, 1, 0).ratio == 0.0);
}

TEST_CASE("zero_events: only zero is met, and the target's value is ignored", "[achievement]")
{
    Achievement a = at(qp02, 0, 0);
    CHECK(a.status == Status::Met);
    CHECK(*a.ratio == 1.0);
    CHECK_FALSE(a.target.has_value());
    CHECK_FALSE(a.effectiveTarget.has_value());
    a = at(qp02, 0, 1);
    CHECK(a.status == Status::NotMet);
    CHECK(*a.ratio == 0.0);
    // A stray value on the target row changes nothing; an empty one still makes the indicator apply.
    CHECK(at(qp02, 5, 0).status == Status::Met);
    CHECK(at(qp02, std::nullopt, 0).status == Status::Met);
    CHECK(at(qp02, std::nullopt, 2).status == Status::NotMet);
}

TEST_CASE("below_baseline is strict; not_above_baseline takes equality", "[achievement]")
{
    // QP04.1, traffic accidents below the same period of last year (12).
    CHECK(at(qp04x, std::nullopt, 11, 12).status == Status::Met);
    CHECK(at(qp04x, std::nullopt, 12, 12).status == Status::NotMet);
    CHECK(at(qp04x, std::nullopt, 13, 12).status == Status::NotMet);
    CHECK(*at(qp04x, std::nullopt, 11, 12).ratio == 1.0);
    CHECK(*at(qp04x, std::nullopt, 12, 12).ratio == 0.0);
    // QP03, crime not above the same period of last year.
    CHECK(at(qp03, std::nullopt, 40, 40).status == Status::Met);
    CHECK(at(qp03, std::nullopt, 39, 40).status == Status::Met);
    CHECK(at(qp03, std::nullopt, 41, 40).status == Status::NotMet);
    CHECK(*at(qp03, std::nullopt, 41, 40).ratio == 0.0);
}

TEST_CASE("named_set: members that reached the standard against the target", "[achievement]")
{
    // KT03: xã Bình Thành and xã Bình Tân both reached the new-rural standard in 2021.
    Achievement a = at(kt03, 2, 2);
    CHECK(a.status == Status::Met);
    CHECK(*a.ratio == 1.0);
    a = at(kt03, 2, 1);
    CHECK(a.status == Status::NotMet);
    CHECK(*a.ratio == 0.5);
    CHECK(*at(kt03, 2, 3).ratio == 1.5);
    // A zero target is reached by any count, as for at_least.
    CHECK(at(kt03, 0, 0).status == Status::Met);
    CHECK(*at(kt03, 0, 0).ratio == 1.0);
    // Year-end indicator: not measured at mid-year.
    CHECK(at(kt03, 2, 2, std::nullopt, H1).status == Status::NotApplicable);
}

TEST_CASE("binary floating error never flips a boundary", "[achievement]")
{
    const double target = 0.1 + 0.2; // 0.30000000000000004
    Achievement a = at(xh09, target, 0.3);
    CHECK(a.status == Status::Met);
    CHECK(*a.ratio == 1.0);
    CHECK(at(xh07, 0.3, target).status == Status::Met);
    CHECK(at(xh01, target, 0.3).status == Status::Met);
    // r = 84,15 / 93,5 is 0.9 up to the last bit: near, not not_met.
    CHECK(at(xh09, 93.5, 84.15).status == Status::Near);
    // A real difference, however small a person can type, still counts.
    CHECK(at(xh09, 93.5, 93.499).status == Status::Near);
    CHECK(at(xh07, 8.82, 8.8201).status == Status::Near);
}

TEST_CASE("the status order: n/a before no_data before the comparison", "[achievement]")
{
    // No target row for the unit.
    Achievement a = assessIndicator(xh09, false, std::nullopt, Measurement{90.0, std::nullopt}, Y);
    CHECK(a.status == Status::NotApplicable);
    CHECK_FALSE(a.ratio.has_value());
    // A kind that needs a target value, given none: nothing to measure against.
    CHECK(at(xh09, std::nullopt, 90).status == Status::NotApplicable);
    // Year-end indicator at H1 is n/a even without data.
    CHECK(at(xh05, 90, std::nullopt, std::nullopt, H1).status == Status::NotApplicable);
    // Missing actual.
    a = at(xh09, 93.5, std::nullopt);
    CHECK(a.status == Status::NoData);
    CHECK_FALSE(a.ratio.has_value());
    CHECK(*a.effectiveTarget == 93.5);
    // Missing baseline for the four kinds that need one.
    CHECK(at(xh06, 1.5, 3.7).status == Status::NoData);
    CHECK(at(trained, 2, 12).status == Status::NoData);
    CHECK(at(qp04x, std::nullopt, 11).status == Status::NoData);
    CHECK(at(qp03, std::nullopt, 11).status == Status::NoData);
    // A baseline is not needed elsewhere.
    CHECK(at(xh09, 93.5, 94).status == Status::Met);
    // The near threshold is a setting.
    AchievementSettings strict;
    strict.nearThreshold = 0.95;
    CHECK(assessIndicator(xh07, true, 8.82, Measurement{9.5, std::nullopt}, Y, strict).status == Status::NotMet);
    CHECK(assessIndicator(xh07, true, 8.82, Measurement{9.0, std::nullopt}, Y, strict).status == Status::Near);
}

TEST_CASE("effective target by period basis", "[achievement]")
{
    // Level: the same target at H1 and Y.
    CHECK(*at(xh09, 93.5, 93.5, std::nullopt, H1).effectiveTarget == 93.5);
    CHECK(at(xh09, 93.5, 93.5, std::nullopt, H1).status == Status::Met);
    // Cumulative XH11, 2000 new jobs in the year: half of it by mid-year unless the plan says.
    Achievement a = at(xh11, 2000, 1000, std::nullopt, H1);
    CHECK(*a.effectiveTarget == 1000);
    CHECK(*a.target == 2000);
    CHECK(a.status == Status::Met);
    CHECK(at(xh11, 2000, 999, std::nullopt, H1).status == Status::Near);
    CHECK(at(xh11, 2000, 1000, std::nullopt, Y).status == Status::NotMet);
    CHECK(*at(xh11, 2000, 1000, std::nullopt, Y).effectiveTarget == 2000);
    // A custom mid-year share of 40 %.
    const Indicator seasonal = indicator("XH11", IndicatorKind::AtLeast, PeriodBasis::Cumulative, 0.4);
    a = at(seasonal, 2000, 800, std::nullopt, H1);
    CHECK(*a.effectiveTarget == 800);
    CHECK(a.status == Status::Met);
    CHECK(at(seasonal, 2000, 799, std::nullopt, H1).status == Status::Near);
    CHECK(*at(seasonal, 2000, 1000, std::nullopt, H1).ratio == 1.25);
    // Year-end XH05 at H1: n/a; it keeps the assigned target for display but has no T′.
    a = at(xh05, 90, 91, std::nullopt, H1);
    CHECK(a.status == Status::NotApplicable);
    CHECK(*a.target == 90);
    CHECK_FALSE(a.effectiveTarget.has_value());
    CHECK(at(xh05, 90, 91, std::nullopt, Y).status == Status::Met);
}
