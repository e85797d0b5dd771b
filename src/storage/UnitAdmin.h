// Administration of units and groups by Phòng Nội vụ: adding, renaming, moving between clusters and
// blocks, archiving, and deleting what was never used. The rules a unit's history imposes live here,
// not in the dialogs: a unit that has reports, targets, manual scores or adjustments is part of the
// campaign's record and is never deleted (it is archived instead), and its code, which files, the
// command line and the audit log name it by, no longer changes.
#pragma once

#include "core/Plan.h"

#include <string>
#include <string_view>
#include <vector>

namespace thidua::storage {

class Database;

// What refers to a unit. Reports, targets, manual scores, adjustments and other reports' ticks of it
// as a named member are its record; being a named member of an indicator is not, but still keeps it
// from being deleted.
struct UnitUsage
{
    int reports = 0;
    int targets = 0;
    int manualScores = 0;
    int adjustments = 0;
    int memberTicks = 0;              // named_set values of reports that count this unit as reached
    std::vector<std::string> namedIn; // codes of the named_set indicators that name the unit

    bool hasData() const { return reports + targets + manualScores + adjustments + memberTicks > 0; }
};

// Codes are keys typed into files and on the command line: ASCII letters, digits, '_', '.' and '-',
// at most 32 characters (no spaces, and none of the separators of the interchange files).
bool isValidCode(std::string_view code);

class UnitAdmin
{
public:
    explicit UnitAdmin(Database& db)
        : m_db(db)
    {
    }

    // Throws StorageError::Invalid for an unknown code.
    UnitUsage usage(const std::string& unitCode) const;
    bool hasReports(const std::string& unitCode) const; // a report for any period, even empty
    bool hasData(const std::string& unitCode) const { return usage(unitCode).hasData(); }

    // Every write below runs in one transaction and throws StorageError::Invalid, naming the code,
    // when it breaks a rule; nothing is changed then.

    // Refuses a code already used, a code that is not valid, an empty name, an unknown group.
    void addUnit(const Unit& unit);
    // Stores `unit` over the unit `code`: name, kind, group, archived, and the code itself, which
    // may change only while the unit has no data (see UnitUsage) and to a code not in use.
    void updateUnit(const std::string& code, const Unit& unit);
    void setArchived(const std::string& unitCode, bool archived);
    // Deletes a unit that has no data and is named by no indicator; otherwise refuses with the
    // reason and, for data, the advice to archive it instead.
    void removeUnit(const std::string& unitCode);

    // Units in the group, archived ones included (they still belong to it for past years).
    int memberCount(const std::string& groupCode) const;
    // Manual scores entered by the group's units: they are against the criteria of the group's
    // scheme, so a change of scheme leaves them behind.
    int manualScoresInGroup(const std::string& groupCode) const;
    void addGroup(const Group& group);              // refuses a code in use, an invalid code, an empty name
    void updateGroup(const Group& group);           // name, kind and scheme of an existing group
    void removeGroup(const std::string& groupCode); // refused while the group has members

private:
    Database& m_db;
};

} // namespace thidua::storage
