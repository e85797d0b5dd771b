// Everything computed for one reporting period: each unit's achievements and each group's ranking.
// Fed by value types (storage fills them from the database, tests from CSV files), so the whole
// computation runs without Qt or SQL, and fast enough that a dashboard never waits for it.
#pragma once

#include "Achievement.h"
#include "Plan.h"
#include "Ranking.h"
#include "Scoring.h"

#include <map>
#include <string>
#include <vector>

namespace thidua {

struct CampaignData
{
    PeriodCode period;
    std::vector<Indicator> indicators; // plan order
    std::vector<Unit> units;           // archived units are neither assessed nor ranked
    std::vector<Group> groups;
    std::vector<Scheme> schemes;
    std::map<std::string, TargetMap> targets;                                // by unit code, for period.year
    std::map<std::string, MeasurementMap> values;                            // by unit code
    std::map<std::string, std::map<std::string, ManualPoints>> manualPoints; // by unit, then criterion code
    std::map<std::string, std::vector<Adjustment>> adjustments;              // by unit code
    AchievementSettings settings;
};

struct PeriodResults
{
    // Every unit that has at least one target, by unit code; indicators in plan order.
    std::map<std::string, std::vector<Achievement>> achievements;
    // One per group that has a scheme, by group code; the district (no group) is never ranked.
    std::vector<GroupRanking> rankings;
};

PeriodResults computePeriod(const CampaignData& data);

// Re-scores one unit after an edit (the report form, as a user types), without the others. Equal to
// the unit's score in computePeriod. Throws std::invalid_argument for a unit that computePeriod does
// not score: unknown, archived, the district, in no group, or in a group without a scheme.
UnitScore scoreOneUnit(const CampaignData& data, const std::string& unitCode);

} // namespace thidua
