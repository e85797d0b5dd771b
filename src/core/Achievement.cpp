#include "Achievement.h"

#include "Tolerance.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <utility>

namespace thidua {
namespace {

using detail::atLeast;
using detail::atMost;
using detail::nearlyEqual;
using detail::strictlyBelow;

constexpr std::array<std::pair<Status, std::string_view>, 5> kStatusCodes{{
    {Status::NotApplicable, "n/a"},
    {Status::NoData, "no_data"},
    {Status::Met, "met"},
    {Status::Near, "near"},
    {Status::NotMet, "not_met"},
}};

// computation.md: the expected share of a cumulative target at mid-year, 0.5 unless the plan says.
constexpr double kDefaultMidYearShare = 0.5;

struct Outcome
{
    bool met = false;
    double ratio = 0;
};

// A figure that should reach a target (at_least, named_set, and the change of reduce_by and
// increase_by). For a positive target r = achieved / target. A negative target (a growth rate allowed
// to fall by at most 2 %) would make that quotient fall as the figure rises, so r is written as
// 1 + (achieved − target) / |target|, which is the same quotient for positive targets and keeps
// "more is better" for negative ones. A zero target is reached by anything not below zero.
Outcome reach(double achieved, double target)
{
    const bool met = atLeast(achieved, target);
    double ratio = 0;
    if (target > 0) {
        ratio = achieved / target;
    } else if (target < 0) {
        ratio = 1 + (achieved - target) / -target;
    } else {
        ratio = met ? 1 : 0;
    }
    return {met, ratio};
}

// A figure that should stay at or below a target (at_most): r = 2 − A / T′, that is 1 plus the
// share by which the figure stays under the target. With a zero target only "nothing at all" (or
// less) is met, and it counts as exactly reached; anything above zero has no share to measure: 0.
Outcome stayUnder(double actual, double target)
{
    const bool met = atMost(actual, target);
    double ratio = 0;
    if (target > 0) {
        ratio = 2 - actual / target;
    } else if (target < 0) {
        ratio = 1 + (target - actual) / -target;
    } else {
        ratio = met ? 1 : 0;
    }
    return {met, ratio};
}

Outcome metOnly(bool met)
{
    return {met, met ? 1.0 : 0.0};
}

// The kind's "met" and r (computation.md's table), for a kind that is not all_of, with every value it
// needs present.
Outcome outcomeOf(IndicatorKind kind, double actual, std::optional<double> baseline, double target)
{
    switch (kind) {
    case IndicatorKind::AtLeast:
    case IndicatorKind::NamedSet: // A counts the named members that reached the standard
        return reach(actual, target);
    case IndicatorKind::AtMost:
        return stayUnder(actual, target);
    case IndicatorKind::ReduceBy:
        return reach(*baseline - actual, target);
    case IndicatorKind::IncreaseBy:
        return reach(actual - *baseline, target);
    case IndicatorKind::Maintain:
        return metOnly(atLeast(actual, target));
    case IndicatorKind::Boolean:
        return metOnly(nearlyEqual(actual, 1));
    case IndicatorKind::ZeroEvents:
        return metOnly(actual == 0);
    case IndicatorKind::BelowBaseline:
        return metOnly(strictlyBelow(actual, *baseline));
    case IndicatorKind::NotAboveBaseline:
        return metOnly(atMost(actual, *baseline));
    case IndicatorKind::AllOf:
        break;
    }
    return {};
}

// Met or not met from here on; "near" is decided on r with the same tolerance as the boundaries, so
// 0.9 computed as 0.8999999999999999 is still near.
Status statusOf(bool met, double ratio, const AchievementSettings& settings)
{
    if (met) {
        return Status::Met;
    }
    return atLeast(ratio, settings.nearThreshold) ? Status::Near : Status::NotMet;
}

bool measuredIn(PeriodBasis basis, PeriodKind period)
{
    return !(basis == PeriodBasis::YearEnd && period == PeriodKind::HalfYear);
}

double effectiveTargetOf(const Indicator& indicator, double target, PeriodKind period)
{
    if (indicator.basis == PeriodBasis::Cumulative && period == PeriodKind::HalfYear) {
        return target * indicator.midYearShare.value_or(kDefaultMidYearShare);
    }
    return target;
}

// How an all_of's children came out; the children that are n/a are not counted at all.
struct ChildTally
{
    int applicable = 0;
    int met = 0;
    bool missing = false; // a child has no data

    void add(Status status)
    {
        if (status == Status::NotApplicable) {
            return;
        }
        ++applicable;
        missing = missing || status == Status::NoData;
        met += status == Status::Met ? 1 : 0;
    }
};

// all_of: r is the share of applicable children met, so two of three traffic-accident counts down
// gives 2/3 of a proportional criterion's points.
Achievement assessAllOf(const Indicator& indicator, bool applies, const ChildTally& children, PeriodKind period,
                        const AchievementSettings& settings)
{
    Achievement result;
    result.indicatorCode = indicator.code;
    if (!applies || !measuredIn(indicator.basis, period) || children.applicable == 0) {
        return result;
    }
    if (children.missing) {
        result.status = Status::NoData;
        return result;
    }
    const double ratio = static_cast<double>(children.met) / children.applicable;
    result.ratio = ratio;
    result.status = statusOf(children.met == children.applicable, ratio, settings);
    return result;
}

} // namespace

std::string_view toCode(Status status)
{
    for (const auto& [value, code] : kStatusCodes) {
        if (value == status) {
            return code;
        }
    }
    return {};
}

std::optional<Status> statusFromCode(std::string_view code)
{
    for (const auto& [value, name] : kStatusCodes) {
        if (name == code) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<PeriodCode> PeriodCode::parse(std::string_view code)
{
    if (code.size() < 6 || code[4] != '-') {
        return std::nullopt;
    }
    int year = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        if (code[i] < '0' || code[i] > '9') {
            return std::nullopt;
        }
        year = year * 10 + (code[i] - '0');
    }
    const std::string_view suffix = code.substr(5);
    if (suffix == "H1") {
        return PeriodCode{year, PeriodKind::HalfYear};
    }
    if (suffix == "Y") {
        return PeriodCode{year, PeriodKind::YearEnd};
    }
    return std::nullopt;
}

std::string PeriodCode::toString() const
{
    return fmt::format("{:04}-{}", year, kind == PeriodKind::HalfYear ? "H1" : "Y");
}

Achievement assessIndicator(const Indicator& indicator, bool applies, std::optional<double> target,
                            const Measurement& value, PeriodKind period, const AchievementSettings& settings)
{
    Achievement result;
    result.indicatorCode = indicator.code;
    result.actual = value.actual;
    result.baseline = value.baseline;
    const bool hasTargetValue = takesTargetValue(indicator.kind);
    if (hasTargetValue) {
        result.target = target;
    }
    // all_of is assessed from its children (assessUnit); alone it has no applicable child. A kind that
    // takes a target value but was given none has no target to measure against: n/a, like no row.
    if (!applies || indicator.kind == IndicatorKind::AllOf || (hasTargetValue && !target)) {
        return result;
    }
    if (!measuredIn(indicator.basis, period)) {
        return result;
    }
    const double effective = hasTargetValue ? effectiveTargetOf(indicator, *target, period) : 0;
    if (hasTargetValue) {
        result.effectiveTarget = effective;
    }
    if (!value.actual || (needsBaseline(indicator.kind) && !value.baseline)) {
        result.status = Status::NoData;
        return result;
    }
    Outcome outcome = outcomeOf(indicator.kind, *value.actual, value.baseline, effective);
    // Floored at 0: a figure far on the wrong side earns no points, never negative ones. A figure met
    // within the tolerance counts as exactly reached, so its points are the full maximum.
    outcome.ratio = std::max(outcome.ratio, 0.0);
    if (outcome.met) {
        outcome.ratio = std::max(outcome.ratio, 1.0);
    }
    result.ratio = outcome.ratio;
    result.status = statusOf(outcome.met, outcome.ratio, settings);
    return result;
}

std::vector<Achievement> assessUnit(const std::vector<Indicator>& plan, const TargetMap& targets,
                                    const MeasurementMap& values, PeriodKind period,
                                    const AchievementSettings& settings)
{
    enum class State
    {
        Pending,
        InProgress,
        Done
    };
    std::vector<Achievement> results(plan.size());
    std::vector<State> state(plan.size(), State::Pending);

    // Everything but all_of first: it depends on nothing else. This is the whole work for most plans,
    // and it runs once per unit per period, so it builds no index.
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const Indicator& indicator = plan[i];
        if (indicator.kind == IndicatorKind::AllOf) {
            continue;
        }
        const auto target = targets.find(indicator.code);
        const auto value = values.find(indicator.code);
        const bool applies = target != targets.end();
        results[i] = assessIndicator(indicator, applies, applies ? target->second : std::nullopt,
                                     value != values.end() ? value->second : Measurement{}, period, settings);
        state[i] = State::Done;
    }

    // Then each all_of, depth first, so children that are themselves all_of are known before their
    // parent. Children are found by scanning the plan: a plan has a handful of all_of among a few
    // dozen indicators. A cycle of parents in bad data ends at the all_of met again, taken as n/a.
    auto assess = [&](auto& self, std::size_t i) -> Status {
        if (state[i] == State::Done) {
            return results[i].status;
        }
        const Indicator& indicator = plan[i];
        if (state[i] == State::InProgress) {
            return Status::NotApplicable;
        }
        state[i] = State::InProgress;
        ChildTally children;
        for (std::size_t j = 0; j < plan.size(); ++j) {
            if (j != i && plan[j].parentCode == indicator.code) {
                children.add(self(self, j));
            }
        }
        const bool applies = targets.find(indicator.code) != targets.end();
        results[i] = assessAllOf(indicator, applies, children, period, settings);
        state[i] = State::Done;
        return results[i].status;
    };
    for (std::size_t i = 0; i < plan.size(); ++i) {
        assess(assess, i);
    }
    return results;
}

} // namespace thidua
