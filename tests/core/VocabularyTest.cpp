// The codes of the closed vocabularies are written into files, databases and command lines, so each
// must be spelled as spec/computation.md and spec/interchange.md spell it, and read back to the same
// value. The expected spellings are written out here, not taken from the code under test.
#include "core/Vocabulary.h"

#include <catch2/catch.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace thidua;

namespace {

template <typename Enum>
using Spelling = std::vector<std::pair<Enum, std::string_view>>;

// Every value spells its code as the spec does, the code reads back to the value, and no two values
// share a code.
template <typename Enum, typename FromCode>
void checkRoundTrip(const Spelling<Enum>& spelling, FromCode fromCode)
{
    std::set<std::string_view> seen;
    for (const auto& [value, code] : spelling) {
        INFO("code " << code);
        CHECK(toCode(value) == code);
        const std::optional<Enum> back = fromCode(code);
        REQUIRE(back.has_value());
        CHECK(*back == value);
        CHECK(seen.insert(code).second);
    }
}

// What a person may type by mistake is refused rather than taken for a near value.
template <typename FromCode>
void checkRefused(FromCode fromCode, std::string_view sample)
{
    INFO("sample " << sample);
    CHECK_FALSE(fromCode(std::string_view{}).has_value());
    CHECK_FALSE(fromCode(std::string_view{"unknown"}).has_value());
    const std::string padded = " " + std::string(sample);
    CHECK_FALSE(fromCode(std::string_view{padded}).has_value());
    const std::string truncated(sample.substr(0, sample.size() - 1));
    CHECK_FALSE(fromCode(std::string_view{truncated}).has_value());
}

const Spelling<IndicatorKind> kIndicatorKinds{
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
};

} // namespace

TEST_CASE("indicator kinds", "[vocabulary]")
{
    checkRoundTrip(kIndicatorKinds, indicatorKindFromCode);
    checkRefused(indicatorKindFromCode, "at_least");
}

TEST_CASE("period bases", "[vocabulary]")
{
    checkRoundTrip(Spelling<PeriodBasis>{{PeriodBasis::Level, "level"},
                                         {PeriodBasis::Cumulative, "cumulative"},
                                         {PeriodBasis::YearEnd, "year_end"}},
                   periodBasisFromCode);
    checkRefused(periodBasisFromCode, "year_end");
}

TEST_CASE("unit kinds", "[vocabulary]")
{
    checkRoundTrip(Spelling<UnitKind>{{UnitKind::District, "district"},
                                      {UnitKind::Town, "town"},
                                      {UnitKind::Commune, "commune"},
                                      {UnitKind::Agency, "agency"},
                                      {UnitKind::Enterprise, "enterprise"},
                                      {UnitKind::Association, "association"},
                                      {UnitKind::Other, "other"}},
                   unitKindFromCode);
    checkRefused(unitKindFromCode, "commune");
}

TEST_CASE("group kinds", "[vocabulary]")
{
    checkRoundTrip(Spelling<GroupKind>{{GroupKind::Cluster, "cluster"}, {GroupKind::Block, "block"}},
                   groupKindFromCode);
    checkRefused(groupKindFromCode, "cluster");
}

TEST_CASE("scoring methods", "[vocabulary]")
{
    checkRoundTrip(Spelling<ScoringMethod>{{ScoringMethod::Proportional, "proportional"},
                                           {ScoringMethod::PassFail, "pass_fail"},
                                           {ScoringMethod::Banded, "banded"}},
                   scoringMethodFromCode);
    checkRefused(scoringMethodFromCode, "pass_fail");
}

TEST_CASE("report statuses", "[vocabulary]")
{
    checkRoundTrip(Spelling<ReportStatus>{{ReportStatus::Draft, "draft"},
                                          {ReportStatus::Submitted, "submitted"},
                                          {ReportStatus::Approved, "approved"}},
                   reportStatusFromCode);
    checkRefused(reportStatusFromCode, "approved");
}

TEST_CASE("score levels", "[vocabulary]")
{
    checkRoundTrip(Spelling<ScoreLevel>{{ScoreLevel::Self, "self"},
                                        {ScoreLevel::Cluster, "cluster"},
                                        {ScoreLevel::Final, "final"}},
                   scoreLevelFromCode);
    checkRefused(scoreLevelFromCode, "final");
}

TEST_CASE("adjustment types", "[vocabulary]")
{
    checkRoundTrip(Spelling<AdjustmentType>{{AdjustmentType::Bonus, "bonus"}, {AdjustmentType::Deduction, "deduction"}},
                   adjustmentTypeFromCode);
    checkRefused(adjustmentTypeFromCode, "bonus");
}

TEST_CASE("the kinds that compare with a baseline", "[vocabulary]")
{
    // spec/computation.md, status rule 2: B missing gives no_data for exactly these kinds.
    const std::set<IndicatorKind> withBaseline{IndicatorKind::ReduceBy, IndicatorKind::IncreaseBy,
                                               IndicatorKind::BelowBaseline, IndicatorKind::NotAboveBaseline};
    for (const auto& [kind, code] : kIndicatorKinds) {
        INFO(code);
        CHECK(needsBaseline(kind) == (withBaseline.count(kind) == 1));
    }
}

TEST_CASE("the kinds that take no target value", "[vocabulary]")
{
    // spec/computation.md, Inputs: a target row of these kinds only says the indicator applies.
    const std::set<IndicatorKind> withoutValue{IndicatorKind::ZeroEvents, IndicatorKind::BelowBaseline,
                                               IndicatorKind::NotAboveBaseline, IndicatorKind::AllOf};
    for (const auto& [kind, code] : kIndicatorKinds) {
        INFO(code);
        CHECK(takesTargetValue(kind) == (withoutValue.count(kind) == 0));
    }
}
