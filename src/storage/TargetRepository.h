// The targets grid's writes (giao chỉ tiêu): one cell, a pasted block, a column filled with the
// district's figure, and a new year's plan copied from an earlier one. Every write checks what it
// stores against the indicator (kind and valid range) and is all or nothing.
#pragma once

#include "core/Plan.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace thidua::storage {

class Database;

// One cell of the grid as it should become.
struct TargetChange
{
    std::string unitCode;
    std::string indicatorCode;
    int year = 0;
    bool applies = true;         // false: the indicator no longer applies to the unit (no target row)
    std::optional<double> value; // the target; empty for kinds that take no target value
};

class TargetRepository
{
public:
    explicit TargetRepository(Database& db)
        : m_db(db)
    {
    }

    // The years for which some unit has a target, ascending (a year may have targets, imported,
    // before it has a plan).
    std::vector<int> yearsWithTargets() const;

    // Why `value` cannot be the target of `unitName` for `indicator`, as a translated sentence naming
    // the indicator, the unit and the value; empty when it can. Kinds that take a target value need
    // one; a value must lie within the indicator's valid range. Pure: the grid checks a cell with it
    // before anything is written, and the writes below check again.
    static QString problem(const Indicator& indicator, const QString& unitName, const std::optional<double>& value);

    // Stores or removes one target. Throws StorageError::Invalid (unknown code, refused value).
    void saveTarget(const Target& target);
    // The indicator no longer applies to the unit in that year. Nothing to remove is not an error.
    void removeTarget(const std::string& unitCode, const std::string& indicatorCode, int year);

    // Every change in one transaction, or none: the refusal names every refused cell, one a line.
    void apply(const std::vector<TargetChange>& changes);

    // Gives the district's target for `indicatorCode` to every member of the group (archived units
    // excepted) that has no target for it in `year`, in one transaction. Returns the codes of the
    // units filled. Throws StorageError::Invalid when the district has no target for the indicator.
    std::vector<std::string> fillFromDistrict(const std::string& indicatorCode, int year, const std::string& groupCode);

    // A new year's plan from an earlier one: PlanRepository::addYear(to), then every target of
    // `from` (archived units excepted: they take part no more) copied to `to`, and the periods'
    // deadlines moved to the same day of the new year, in one transaction. Refuses
    // (StorageError::Invalid) when `from` has no plan, or when `to` already has targets: copying
    // over them would mix two plans. Returns how many targets were copied.
    int copyYear(int from, int to);

private:
    Database& m_db;
};

} // namespace thidua::storage
