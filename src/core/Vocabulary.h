// The closed vocabularies of the domain (kinds, bases, methods, statuses) and their stable codes.
// The codes are the ones of spec/computation.md and spec/interchange.md: files, the database and the
// command line all spell them this way, so they never change once released.
#pragma once

#include <optional>
#include <string_view>

namespace thidua {

enum class IndicatorKind
{
    AtLeast,
    AtMost,
    ReduceBy,
    IncreaseBy,
    Maintain,
    Boolean,
    ZeroEvents,
    BelowBaseline,
    NotAboveBaseline,
    AllOf,
    NamedSet,
};

enum class PeriodBasis
{
    Level,
    Cumulative,
    YearEnd,
};

enum class UnitKind
{
    District,
    Town,
    Commune,
    Agency,
    Enterprise,
    Association,
    Other,
};

enum class GroupKind
{
    Cluster, // cụm thi đua: communes and town
    Block,   // khối thi đua: agencies
};

enum class ScoringMethod
{
    Proportional,
    PassFail,
    Banded,
};

enum class ReportStatus
{
    Draft,
    Submitted,
    Approved,
};

enum class ScoreLevel
{
    Self,
    Cluster,
    Final,
};

enum class AdjustmentType
{
    Bonus,
    Deduction,
};

std::string_view toCode(IndicatorKind kind);
std::string_view toCode(PeriodBasis basis);
std::string_view toCode(UnitKind kind);
std::string_view toCode(GroupKind kind);
std::string_view toCode(ScoringMethod method);
std::string_view toCode(ReportStatus status);
std::string_view toCode(ScoreLevel level);
std::string_view toCode(AdjustmentType type);

std::optional<IndicatorKind> indicatorKindFromCode(std::string_view code);
std::optional<PeriodBasis> periodBasisFromCode(std::string_view code);
std::optional<UnitKind> unitKindFromCode(std::string_view code);
std::optional<GroupKind> groupKindFromCode(std::string_view code);
std::optional<ScoringMethod> scoringMethodFromCode(std::string_view code);
std::optional<ReportStatus> reportStatusFromCode(std::string_view code);
std::optional<ScoreLevel> scoreLevelFromCode(std::string_view code);
std::optional<AdjustmentType> adjustmentTypeFromCode(std::string_view code);

// Kinds whose "met" compares the actual with a baseline (last year's figure, or the same period of
// the previous year): their reports carry the baseline beside the actual.
bool needsBaseline(IndicatorKind kind);

// Kinds that take no target value: a target row only says that the indicator applies to the unit.
bool takesTargetValue(IndicatorKind kind);

} // namespace thidua
