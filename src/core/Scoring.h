// Scores of one unit on its group's scheme (spec/computation.md, "Scoring schemes"): points per
// criterion, veto, adjustments and the total. The result keeps every step, because screens and
// printouts show how a score was built: it is the explanation, not a debug aid.
#pragma once

#include "Achievement.h"
#include "Plan.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace thidua {

// Manual points entered at the three levels; the highest level present is used.
struct ManualPoints
{
    std::optional<double> self;
    std::optional<double> cluster;
    std::optional<double> final;
};

struct Adjustment
{
    AdjustmentType type = AdjustmentType::Bonus;
    std::string reason;
    double points = 0;
};

struct UnitScoreInput
{
    std::string unitCode;
    std::string unitName;
    std::map<std::string, Achievement> achievements; // by indicator code (from assessUnit)
    std::map<std::string, ManualPoints> manual;      // by criterion code
    std::vector<Adjustment> adjustments;
};

struct CriterionScore
{
    std::string criterionCode;
    bool manual = false;
    bool applicable = true;
    // Indicator criteria: the linked indicator's status. Manual criteria: no_data when nobody entered
    // points, met at the full maximum, else not_met (the manual veto passes only when met).
    Status status = Status::NoData;
    std::optional<double> ratio;         // indicator criteria: r
    std::optional<ScoreLevel> levelUsed; // manual criteria: which level's points were used
    double maxPoints = 0;
    double points = 0; // p, bonus included, before rescaling
    double bonus = 0;  // the part of p above M (proportional method, r > 1)
    bool vetoFailed = false;
};

struct UnitScore
{
    std::string unitCode;
    std::string unitName;
    std::vector<CriterionScore> criteria; // in scheme order
    double applicableMax = 0;             // Σ M over applicable criteria
    double points = 0;                    // Σ p over applicable criteria
    double base = 0;                      // rescaled to the scale S
    double bonusItems = 0;                // Σ bonus items as entered
    double bonusApplied = 0;              // min(Σ bonus items, bonus cap)
    double deductions = 0;
    double total = 0; // round2(base + bonusApplied - deductions)
    bool eligible = true;
    std::vector<std::string> vetoedBy; // criterion codes that make the unit ineligible
    std::vector<Adjustment> adjustments;
};

// The scheme's numbers with their defaults applied.
double schemeScale(const Scheme& scheme);         // S: given, or Σ M
double schemeBonusCap(const Scheme& scheme);      // given, or 10% of S
double schemeFlagThreshold(const Scheme& scheme); // given, or 90% of S

// Half away from zero to 2 decimals, as the paper tables round.
double round2(double value);

UnitScore scoreUnit(const Scheme& scheme, const UnitScoreInput& input);

} // namespace thidua
