// Small builders of the scoring inputs, shared by the scoring test files so each case states only
// what matters to it.
#pragma once

#include "core/Scoring.h"

#include <optional>
#include <string>

namespace thidua::test {

inline Criterion indicatorCriterion(std::string code, std::string indicatorCode, double max,
                                    ScoringMethod method = ScoringMethod::Proportional)
{
    Criterion criterion;
    criterion.code = std::move(code);
    criterion.indicatorCode = std::move(indicatorCode);
    criterion.maxPoints = max;
    criterion.method = method;
    return criterion;
}

inline Criterion manualCriterion(std::string code, double max)
{
    Criterion criterion;
    criterion.code = std::move(code);
    criterion.maxPoints = max;
    return criterion;
}

inline Achievement achievement(std::string code, Status status, std::optional<double> ratio = std::nullopt)
{
    Achievement result;
    result.indicatorCode = std::move(code);
    result.status = status;
    result.ratio = ratio;
    return result;
}

} // namespace thidua::test
