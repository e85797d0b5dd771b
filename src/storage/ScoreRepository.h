// Manual scores (self, cluster and final levels) and adjustments (bonus items and deductions) per
// unit and period: what people enter beside the reported figures. Writes are upserts on their key,
// so entering or importing the same points twice changes nothing.
#pragma once

#include "core/Scoring.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace thidua::storage {

class Database;

class ScoreRepository
{
public:
    explicit ScoreRepository(Database& db)
        : m_db(db)
    {
    }

    // The scheme a unit is scored on: its group's. Empty when the unit is in no group with a
    // scheme (the district), or does not exist.
    std::optional<std::string> schemeOfUnit(const std::string& unitCode) const;

    // The criterion is looked up in the scheme of the unit's group. Throws StorageError::Invalid
    // for unknown codes or a criterion the unit's scheme does not have.
    void saveManualScore(const std::string& unitCode, const std::string& periodCode, const std::string& criterionCode,
                         ScoreLevel level, double points);
    // Upsert on (unit, period, type, reason): the reason tells two items of one type apart.
    void saveAdjustment(const std::string& unitCode, const std::string& periodCode, const Adjustment& adjustment);

    // Of one period: by unit code, then criterion code.
    std::map<std::string, std::map<std::string, ManualPoints>> manualPoints(const std::string& periodCode) const;
    // Of one period: by unit code, in the order they were entered.
    std::map<std::string, std::vector<Adjustment>> adjustments(const std::string& periodCode) const;

private:
    Database& m_db;
};

} // namespace thidua::storage
