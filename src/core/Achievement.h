// Achievement of one (unit, period, indicator): effective target, ratio r and status, exactly as
// spec/computation.md defines them. The status is what screens colour and printouts name.
#pragma once

#include "Plan.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua {

// In the order of computation.md: the first that applies wins.
enum class Status
{
    NotApplicable, // n/a: no target for the unit, or the period basis excludes the period
    NoData,        // no_data: the actual (or a needed baseline, or an all_of child's data) is missing
    Met,
    Near, // not met, r >= the near threshold (0.9 by default)
    NotMet,
};

std::string_view toCode(Status status); // n/a, no_data, met, near, not_met
std::optional<Status> statusFromCode(std::string_view code);

enum class PeriodKind
{
    HalfYear, // YYYY-H1: six-month report, phase I
    YearEnd,  // YYYY-Y: year-end report, values cover the whole year
};

struct PeriodCode
{
    int year = 0;
    PeriodKind kind = PeriodKind::YearEnd;

    static std::optional<PeriodCode> parse(std::string_view code); // "2021-H1", "2021-Y"
    std::string toString() const;
    friend bool operator==(const PeriodCode&, const PeriodCode&) = default;
};

// What a unit reported for one indicator in one period.
struct Measurement
{
    std::optional<double> actual;
    std::optional<double> baseline;
};

struct Achievement
{
    std::string indicatorCode;
    Status status = Status::NotApplicable;
    std::optional<double> target;          // T as assigned; empty for kinds without a target value
    std::optional<double> effectiveTarget; // T' for the period
    std::optional<double> ratio;           // r; empty when there is none (n/a, no_data)
    std::optional<double> actual;
    std::optional<double> baseline;
};

struct AchievementSettings
{
    double nearThreshold = 0.9;
};

// Targets of one unit for one year, by indicator code: presence means the indicator applies to the
// unit; the value may be empty for kinds that take none.
using TargetMap = std::map<std::string, std::optional<double>>;
using MeasurementMap = std::map<std::string, Measurement>;

// The achievement of every indicator of the plan for one unit, in plan order. `all_of` indicators
// are computed from their children.
std::vector<Achievement> assessUnit(const std::vector<Indicator>& plan, const TargetMap& targets,
                                    const MeasurementMap& values, PeriodKind period,
                                    const AchievementSettings& settings = {});

// One indicator that is not all_of; exposed for tests and for the report form as a user types.
Achievement assessIndicator(const Indicator& indicator, bool applies, std::optional<double> target,
                            const Measurement& value, PeriodKind period, const AchievementSettings& settings = {});

} // namespace thidua
