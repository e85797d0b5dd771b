// The plan as stored: headings, indicators, units, groups, schemes, targets, phases and periods.
// Reads return core value types in plan order; writes are upserts on each item's code, so loading
// the same data twice changes nothing. Callers wrap several writes in Database::transaction().
#pragma once

#include "core/Plan.h"

#include <optional>
#include <string>
#include <vector>

namespace thidua::storage {

class Database;

class PlanRepository
{
public:
    explicit PlanRepository(Database& db)
        : m_db(db)
    {
    }

    std::vector<int> years() const; // years that have a plan, ascending
    std::optional<PlanInfo> plan(int year) const;
    std::vector<Heading> headings() const;
    std::vector<Indicator> indicators() const; // plan order
    std::vector<Unit> units() const;           // in the order they were added
    std::vector<Group> groups() const;
    std::vector<Scheme> schemes() const;
    // Targets of one year, of every unit or of one unit.
    std::vector<Target> targets(int year, const std::string& unitCode = {}) const;
    std::vector<Phase> phases(int year) const;
    std::vector<Period> periods(int year) const;

    // Creates the year's plan with its two phases and its two reporting periods, YYYY-H1 and
    // YYYY-Y, the only periods computation.md knows (a year's values are reported at six months and
    // at year end). Does nothing when the year already has a plan.
    void addYear(int year);

    void savePlan(const PlanInfo& plan);
    void saveHeading(const Heading& heading);
    void saveIndicator(const Indicator& indicator); // a new code goes to the end of plan order
    void saveUnit(const Unit& unit);
    void saveGroup(const Group& group);
    void saveScheme(const Scheme& scheme); // replaces the scheme's criteria and title bands
    void saveTarget(const Target& target);
    void savePhase(const Phase& phase);
    void savePeriod(const Period& period);

private:
    Database& m_db;
};

} // namespace thidua::storage
