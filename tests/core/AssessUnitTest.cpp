// assessUnit: every indicator of the plan for one unit, in plan order, with all_of computed from its
// children (spec/computation.md: "every applicable child is met", r = met / applicable children,
// no_data if a child has no data, n/a with no applicable child or no target for the parent).
#include "core/Achievement.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace thidua;
using Catch::Detail::Approx;

namespace {

constexpr auto H1 = PeriodKind::HalfYear;
constexpr auto Y = PeriodKind::YearEnd;

Indicator indicator(std::string code, IndicatorKind kind)
{
    Indicator result;
    result.code = std::move(code);
    result.kind = kind;
    return result;
}

const Indicator xh09 = indicator("XH09", IndicatorKind::AtLeast);
const Indicator qp02 = indicator("QP02", IndicatorKind::ZeroEvents);

} // namespace

namespace {

// QP04, traffic accidents down on all three counts, with its children, between two plain indicators.
std::vector<Indicator> trafficPlan()
{
    Indicator parent = indicator("QP04", IndicatorKind::AllOf);
    std::vector<Indicator> plan{xh09, parent};
    for (const char* code : {"QP04.1", "QP04.2", "QP04.3"}) {
        Indicator child = indicator(code, IndicatorKind::BelowBaseline);
        child.parentCode = "QP04";
        plan.push_back(child);
    }
    plan.push_back(qp02);
    return plan;
}

const TargetMap kAllTargets{{"XH09", 93.5},           {"QP04", std::nullopt},   {"QP04.1", std::nullopt},
                            {"QP04.2", std::nullopt}, {"QP04.3", std::nullopt}, {"QP02", std::nullopt}};

Measurement counts(double actual, double baseline)
{
    return Measurement{actual, baseline};
}

const Achievement& find(const std::vector<Achievement>& results, const std::string& code)
{
    for (const Achievement& a : results) {
        if (a.indicatorCode == code) {
            return a;
        }
    }
    FAIL("no achievement for " << code);
    return results.front();
}

} // namespace

TEST_CASE("assessUnit keeps plan order and computes all_of from its children", "[achievement]")
{
    const std::vector<Indicator> plan = trafficPlan();
    MeasurementMap values{{"XH09", {94.0, std::nullopt}},
                          {"QP04.1", counts(10, 12)},
                          {"QP04.2", counts(3, 4)},
                          {"QP04.3", counts(8, 9)},
                          {"QP02", {0.0, std::nullopt}}};
    std::vector<Achievement> results = assessUnit(plan, kAllTargets, values, Y);
    REQUIRE(results.size() == plan.size());
    for (std::size_t i = 0; i < plan.size(); ++i) {
        CHECK(results[i].indicatorCode == plan[i].code);
    }
    CHECK(find(results, "QP04").status == Status::Met);
    CHECK(*find(results, "QP04").ratio == 1.0);
    CHECK(find(results, "XH09").status == Status::Met);

    SECTION("two of three counts down: r = 2/3, not met")
    {
        values["QP04.2"] = counts(4, 4);
        results = assessUnit(plan, kAllTargets, values, Y);
        CHECK(find(results, "QP04.2").status == Status::NotMet);
        CHECK(find(results, "QP04").status == Status::NotMet);
        CHECK(*find(results, "QP04").ratio == Approx(2.0 / 3.0));
    }
    SECTION("a child without a target is left out: two of two applicable met")
    {
        TargetMap targets = kAllTargets;
        targets.erase("QP04.3");
        values["QP04.3"] = counts(20, 9); // reported, but not assigned: ignored
        results = assessUnit(plan, targets, values, Y);
        CHECK(find(results, "QP04.3").status == Status::NotApplicable);
        CHECK(find(results, "QP04").status == Status::Met);
        CHECK(*find(results, "QP04").ratio == 1.0);
    }
    SECTION("a child without data makes the parent no_data, even beside a child not met")
    {
        values["QP04.1"] = counts(13, 12);
        values["QP04.2"] = Measurement{3.0, std::nullopt};
        results = assessUnit(plan, kAllTargets, values, Y);
        CHECK(find(results, "QP04.2").status == Status::NoData);
        CHECK(find(results, "QP04").status == Status::NoData);
        CHECK_FALSE(find(results, "QP04").ratio.has_value());
    }
    SECTION("no applicable child: n/a")
    {
        const TargetMap targets{{"XH09", 93.5}, {"QP04", std::nullopt}};
        results = assessUnit(plan, targets, values, Y);
        CHECK(find(results, "QP04").status == Status::NotApplicable);
    }
    SECTION("no target for the parent: n/a, whatever the children")
    {
        TargetMap targets = kAllTargets;
        targets.erase("QP04");
        results = assessUnit(plan, targets, values, Y);
        CHECK(find(results, "QP04").status == Status::NotApplicable);
        CHECK(find(results, "QP04.1").status == Status::Met);
    }
    SECTION("the unit's data missing altogether")
    {
        results = assessUnit(plan, kAllTargets, {}, Y);
        CHECK(find(results, "XH09").status == Status::NoData);
        CHECK(find(results, "QP04").status == Status::NoData);
        CHECK(find(results, "QP02").status == Status::NoData);
    }
}

TEST_CASE("all_of near, nested all_of, year-end children and a cycle in bad data", "[achievement]")
{
    std::vector<Indicator> plan{indicator("ALL", IndicatorKind::AllOf)};
    TargetMap targets{{"ALL", std::nullopt}};
    MeasurementMap values;
    for (int i = 0; i < 10; ++i) {
        Indicator child = indicator("C" + std::to_string(i), IndicatorKind::Boolean);
        child.parentCode = "ALL";
        plan.push_back(child);
        targets[child.code] = 1.0;
        values[child.code] = Measurement{i == 0 ? 0.0 : 1.0, std::nullopt};
    }
    // Nine of ten: r = 0.9, near.
    std::vector<Achievement> results = assessUnit(plan, targets, values, Y);
    CHECK(results[0].status == Status::Near);
    CHECK(*results[0].ratio == Approx(0.9));

    // A year-end child is not applicable at H1; the remaining nine are all met.
    plan[1].basis = PeriodBasis::YearEnd;
    results = assessUnit(plan, targets, values, H1);
    CHECK(results[1].status == Status::NotApplicable);
    CHECK(results[0].status == Status::Met);

    // An all_of inside an all_of, listed before its own children.
    std::vector<Indicator> nested{indicator("TOP", IndicatorKind::AllOf), indicator("MID", IndicatorKind::AllOf),
                                  indicator("LEAF", IndicatorKind::ZeroEvents)};
    nested[1].parentCode = "TOP";
    nested[2].parentCode = "MID";
    const TargetMap nestedTargets{{"TOP", std::nullopt}, {"MID", std::nullopt}, {"LEAF", std::nullopt}};
    results = assessUnit(nested, nestedTargets, {{"LEAF", Measurement{1.0, std::nullopt}}}, Y);
    CHECK(results[2].status == Status::NotMet);
    CHECK(results[1].status == Status::NotMet);
    CHECK(results[0].status == Status::NotMet);

    // Two all_of that are each other's parent: the computation ends and neither is met.
    std::vector<Indicator> cycle{indicator("A", IndicatorKind::AllOf), indicator("B", IndicatorKind::AllOf)};
    cycle[0].parentCode = "B";
    cycle[1].parentCode = "A";
    results = assessUnit(cycle, {{"A", std::nullopt}, {"B", std::nullopt}}, {}, Y);
    CHECK(results[0].status == Status::NotApplicable);
    CHECK(results[1].status == Status::NotApplicable);

    // assessIndicator alone knows no children: all_of is n/a there.
    CHECK(assessIndicator(plan[0], true, std::nullopt, {}, Y).status == Status::NotApplicable);
}
