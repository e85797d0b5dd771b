#include "Scoring.h"

#include "NumberFormat.h"

#include "Tolerance.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace thidua {
namespace {

using detail::atLeast;
using detail::nearlyEqual;

// computation.md's defaults, as shares of the scale S.
constexpr double kDefaultBonusCapShare = 0.1;
constexpr double kDefaultFlagThresholdShare = 0.9;

// Points from r (never negative: assessIndicator floors it at 0).
double proportionalPoints(const Criterion& criterion, double ratio)
{
    const double max = criterion.maxPoints;
    if (ratio <= 1) {
        return max * ratio;
    }
    return max + max * criterion.bonusRate * (std::min(ratio, 1 + criterion.excessCap) - 1);
}

// Bands are tried from the highest minimum down, whatever order the scheme file lists them in: the
// band used is the one with the highest minimum reached (the first listed among equal minima). The
// minimum is compared with the same tolerance as the targets, so r = 0.9 reaches a 0.9 band.
double bandedPoints(const Criterion& criterion, double ratio)
{
    const Band* used = nullptr;
    for (const Band& band : criterion.bands) {
        if (atLeast(ratio, band.minRatio) && (used == nullptr || band.minRatio > used->minRatio)) {
            used = &band;
        }
    }
    return used != nullptr ? criterion.maxPoints * used->share : 0;
}

CriterionScore scoreIndicatorCriterion(const Criterion& criterion, const UnitScoreInput& input)
{
    CriterionScore score;
    score.criterionCode = criterion.code;
    score.maxPoints = criterion.maxPoints;
    // An indicator the unit was not assessed on (not in the plan, or no achievement passed in) is
    // treated as "no target for the unit": n/a, out of both sums, rather than silently costing points.
    const auto found = input.achievements.find(criterion.indicatorCode);
    score.status = found != input.achievements.end() ? found->second.status : Status::NotApplicable;
    if (found != input.achievements.end()) {
        score.ratio = found->second.ratio;
    }
    switch (score.status) {
    case Status::NotApplicable:
        score.applicable = false;
        return score;
    case Status::NoData:
        // Missing data costs the points (computation.md), and fails a veto.
        score.vetoFailed = criterion.veto;
        return score;
    case Status::Met:
    case Status::Near:
    case Status::NotMet:
        break;
    }
    const double ratio = score.ratio.value_or(0);
    switch (criterion.method) {
    case ScoringMethod::Proportional:
        score.points = proportionalPoints(criterion, ratio);
        break;
    case ScoringMethod::PassFail:
        score.points = score.status == Status::Met ? criterion.maxPoints : 0;
        break;
    case ScoringMethod::Banded:
        score.points = bandedPoints(criterion, ratio);
        break;
    }
    score.bonus = std::max(score.points - criterion.maxPoints, 0.0);
    score.vetoFailed = criterion.veto && score.status != Status::Met;
    return score;
}

CriterionScore scoreManualCriterion(const Criterion& criterion, const UnitScoreInput& input)
{
    CriterionScore score;
    score.criterionCode = criterion.code;
    score.manual = true;
    score.maxPoints = criterion.maxPoints;
    const auto found = input.manual.find(criterion.code);
    if (found != input.manual.end()) {
        const ManualPoints& entered = found->second;
        // Phòng Nội vụ's final score overrides the cluster head's review, which overrides the self-score.
        const std::pair<ScoreLevel, std::optional<double>> levels[] = {
            {ScoreLevel::Final, entered.final},
            {ScoreLevel::Cluster, entered.cluster},
            {ScoreLevel::Self, entered.self},
        };
        for (const auto& [level, points] : levels) {
            if (points) {
                score.levelUsed = level;
                score.points = std::clamp(*points, 0.0, std::max(criterion.maxPoints, 0.0));
                break;
            }
        }
    }
    // Nothing entered: 0 points, still applicable (computation.md).
    if (!score.levelUsed) {
        score.status = Status::NoData;
    } else {
        score.status = nearlyEqual(score.points, criterion.maxPoints) ? Status::Met : Status::NotMet;
    }
    score.vetoFailed = criterion.veto && score.status != Status::Met;
    return score;
}

} // namespace

double schemeScale(const Scheme& scheme)
{
    if (scheme.scale) {
        return *scheme.scale;
    }
    double sum = 0;
    for (const Criterion& criterion : scheme.criteria) {
        sum += criterion.maxPoints;
    }
    return sum;
}

double schemeBonusCap(const Scheme& scheme)
{
    return scheme.bonusCap ? *scheme.bonusCap : kDefaultBonusCapShare * schemeScale(scheme);
}

double schemeFlagThreshold(const Scheme& scheme)
{
    return scheme.flagThreshold ? *scheme.flagThreshold : kDefaultFlagThresholdShare * schemeScale(scheme);
}

double round2(double value)
{
    return roundHalfAwayFromZero(value, 2);
}

UnitScore scoreUnit(const Scheme& scheme, const UnitScoreInput& input)
{
    UnitScore result;
    result.unitCode = input.unitCode;
    result.unitName = input.unitName;
    result.criteria.reserve(scheme.criteria.size());
    for (const Criterion& criterion : scheme.criteria) {
        CriterionScore score = criterion.indicatorCode.empty() ? scoreManualCriterion(criterion, input)
                                                               : scoreIndicatorCriterion(criterion, input);
        if (score.applicable) {
            result.applicableMax += score.maxPoints;
            result.points += score.points;
        }
        if (score.vetoFailed) {
            result.eligible = false;
            result.vetoedBy.push_back(score.criterionCode);
        }
        result.criteria.push_back(std::move(score));
    }

    // Rescaled over the applicable criteria so a unit is not punished for a criterion that does not
    // apply to it. When nothing was taken out and S is the sum of maxima the factor is exactly 1: the
    // base is then the plain sum of points, as on the official paper table, with no division noise.
    const double scale = schemeScale(scheme);
    if (result.applicableMax > 0) {
        result.base =
            nearlyEqual(result.applicableMax, scale) ? result.points : result.points * scale / result.applicableMax;
    }

    for (const Adjustment& adjustment : input.adjustments) {
        if (adjustment.type == AdjustmentType::Bonus) {
            result.bonusItems += adjustment.points;
        } else {
            result.deductions += adjustment.points;
        }
    }
    result.bonusApplied = std::min(result.bonusItems, schemeBonusCap(scheme));
    result.adjustments = input.adjustments;
    result.total = round2(result.base + result.bonusApplied - result.deductions);
    return result;
}

} // namespace thidua
