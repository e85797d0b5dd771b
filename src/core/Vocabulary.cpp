#include "Vocabulary.h"

#include <array>
#include <utility>

namespace thidua {
namespace {

template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, std::string_view>, N>;

constexpr CodeTable<IndicatorKind, 11> kIndicatorKinds{{
    {IndicatorKind::AtLeast, "at_least"},
    {IndicatorKind::AtMost, "at_most"},
    {IndicatorKind::ReduceBy, "reduce_by"},
    {IndicatorKind::IncreaseBy, "increase_by"},
    {IndicatorKind::Maintain, "maintain"},
    {IndicatorKind::Boolean, "boolean"},
    {IndicatorKind::ZeroEvents, "zero_events"},
    {IndicatorKind::BelowBaseline, "below_baseline"},
    {IndicatorKind::NotAboveBaseline, "not_above_baseline"},
    {IndicatorKind::AllOf, "all_of"},
    {IndicatorKind::NamedSet, "named_set"},
}};

constexpr CodeTable<PeriodBasis, 3> kPeriodBases{{
    {PeriodBasis::Level, "level"},
    {PeriodBasis::Cumulative, "cumulative"},
    {PeriodBasis::YearEnd, "year_end"},
}};

constexpr CodeTable<UnitKind, 7> kUnitKinds{{
    {UnitKind::District, "district"},
    {UnitKind::Town, "town"},
    {UnitKind::Commune, "commune"},
    {UnitKind::Agency, "agency"},
    {UnitKind::Enterprise, "enterprise"},
    {UnitKind::Association, "association"},
    {UnitKind::Other, "other"},
}};

constexpr CodeTable<GroupKind, 2> kGroupKinds{{
    {GroupKind::Cluster, "cluster"},
    {GroupKind::Block, "block"},
}};

constexpr CodeTable<ScoringMethod, 3> kScoringMethods{{
    {ScoringMethod::Proportional, "proportional"},
    {ScoringMethod::PassFail, "pass_fail"},
    {ScoringMethod::Banded, "banded"},
}};

constexpr CodeTable<ReportStatus, 3> kReportStatuses{{
    {ReportStatus::Draft, "draft"},
    {ReportStatus::Submitted, "submitted"},
    {ReportStatus::Approved, "approved"},
}};

constexpr CodeTable<ScoreLevel, 3> kScoreLevels{{
    {ScoreLevel::Self, "self"},
    {ScoreLevel::Cluster, "cluster"},
    {ScoreLevel::Final, "final"},
}};

constexpr CodeTable<AdjustmentType, 2> kAdjustmentTypes{{
    {AdjustmentType::Bonus, "bonus"},
    {AdjustmentType::Deduction, "deduction"},
}};

template <typename Enum, std::size_t N>
std::string_view codeOf(const CodeTable<Enum, N>& table, Enum value)
{
    for (const auto& [entry, code] : table) {
        if (entry == value) {
            return code;
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const CodeTable<Enum, N>& table, std::string_view code)
{
    for (const auto& [entry, name] : table) {
        if (name == code) {
            return entry;
        }
    }
    return std::nullopt;
}

} // namespace

std::string_view toCode(IndicatorKind kind)
{
    return codeOf(kIndicatorKinds, kind);
}
std::string_view toCode(PeriodBasis basis)
{
    return codeOf(kPeriodBases, basis);
}
std::string_view toCode(UnitKind kind)
{
    return codeOf(kUnitKinds, kind);
}
std::string_view toCode(GroupKind kind)
{
    return codeOf(kGroupKinds, kind);
}
std::string_view toCode(ScoringMethod method)
{
    return codeOf(kScoringMethods, method);
}
std::string_view toCode(ReportStatus status)
{
    return codeOf(kReportStatuses, status);
}
std::string_view toCode(ScoreLevel level)
{
    return codeOf(kScoreLevels, level);
}
std::string_view toCode(AdjustmentType type)
{
    return codeOf(kAdjustmentTypes, type);
}

std::optional<IndicatorKind> indicatorKindFromCode(std::string_view code)
{
    return valueOf(kIndicatorKinds, code);
}
std::optional<PeriodBasis> periodBasisFromCode(std::string_view code)
{
    return valueOf(kPeriodBases, code);
}
std::optional<UnitKind> unitKindFromCode(std::string_view code)
{
    return valueOf(kUnitKinds, code);
}
std::optional<GroupKind> groupKindFromCode(std::string_view code)
{
    return valueOf(kGroupKinds, code);
}
std::optional<ScoringMethod> scoringMethodFromCode(std::string_view code)
{
    return valueOf(kScoringMethods, code);
}
std::optional<ReportStatus> reportStatusFromCode(std::string_view code)
{
    return valueOf(kReportStatuses, code);
}
std::optional<ScoreLevel> scoreLevelFromCode(std::string_view code)
{
    return valueOf(kScoreLevels, code);
}
std::optional<AdjustmentType> adjustmentTypeFromCode(std::string_view code)
{
    return valueOf(kAdjustmentTypes, code);
}

bool needsBaseline(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::ReduceBy:
    case IndicatorKind::IncreaseBy:
    case IndicatorKind::BelowBaseline:
    case IndicatorKind::NotAboveBaseline:
        return true;
    default:
        return false;
    }
}

bool takesTargetValue(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::ZeroEvents:
    case IndicatorKind::BelowBaseline:
    case IndicatorKind::NotAboveBaseline:
    case IndicatorKind::AllOf:
        return false;
    default:
        return true;
    }
}

} // namespace thidua
