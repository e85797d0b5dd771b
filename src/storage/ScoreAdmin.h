// What the score screens need beside ScoreRepository's upserts: clearing one level of a manual
// score, removing or changing an adjustment (its reason is part of its key, so a change of reason
// is not an upsert), and the scheme editor's two protections of entered scores: how many scores
// each criterion holds (saveScheme deletes a criterion's scores with it, so the editor asks first)
// and renaming a criterion in place, so a corrected code keeps its scores.
#pragma once

#include "core/Scoring.h"

#include <map>
#include <string>

namespace thidua::storage {

class Database;

class ScoreAdmin
{
public:
    explicit ScoreAdmin(Database& db)
        : m_db(db)
    {
    }

    // Clears one level of a unit's manual score for a period; nothing entered at that level is not
    // an error. Throws StorageError::Invalid for unknown codes, as ScoreRepository::saveManualScore.
    void removeManualScore(const std::string& unitCode, const std::string& periodCode, const std::string& criterionCode,
                           ScoreLevel level);

    // Removes the adjustment of that type and reason; nothing to remove is not an error.
    void removeAdjustment(const std::string& unitCode, const std::string& periodCode, AdjustmentType type,
                          const std::string& reason);

    // Changes one adjustment in place (type, reason, points), keeping its place in the order of
    // entry. Throws StorageError::Invalid when `current` does not exist, when `updated` has an empty
    // reason or negative points, or would take the type and reason of another item of the unit.
    void updateAdjustment(const std::string& unitCode, const std::string& periodCode, const Adjustment& current,
                          const Adjustment& updated);

    // Manual scores entered against the scheme's criteria, over every unit, period and level, by
    // criterion code; criteria without any are absent.
    std::map<std::string, int> manualScoreCounts(const std::string& schemeCode) const;

    // Gives a criterion a new code, keeping its row and so its manual scores. Throws
    // StorageError::Invalid for an unknown scheme or criterion, an empty code, or a code the scheme
    // already has.
    void renameCriterion(const std::string& schemeCode, const std::string& oldCode, const std::string& newCode);

private:
    Database& m_db;
};

} // namespace thidua::storage
