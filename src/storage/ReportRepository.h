// Reports per (unit, period) and their values. Every change of a value is written to the audit log
// (who, when, old, new) in the same transaction as the change itself.
#pragma once

#include "core/Vocabulary.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace thidua::storage {

class Database;

struct ReportValue
{
    std::string unitCode;
    std::string periodCode;
    std::string indicatorCode;
    std::optional<double> actual;
    std::optional<double> baseline;
    std::string note;
    std::vector<std::string> reachedMembers; // named_set: the named units that reached the standard
};

struct AuditEntry
{
    QString at;   // ISO date-time, UTC
    QString user; // who made the change
    QString field;
    QString oldValue;
    QString newValue;
};

class ReportRepository
{
public:
    explicit ReportRepository(Database& db)
        : m_db(db)
    {
    }

    // Stores one value, creating the (unit, period) report as a draft if needed. Refuses unknown
    // codes and values outside the indicator's valid range (StorageError::Invalid).
    void saveValue(const ReportValue& value, const QString& user);

    std::vector<ReportValue> values(const std::string& periodCode, const std::string& unitCode = {}) const;
    std::optional<ReportStatus> status(const std::string& unitCode, const std::string& periodCode) const;
    std::vector<AuditEntry> history(const std::string& unitCode, const std::string& periodCode,
                                    const std::string& indicatorCode) const;

private:
    Database& m_db;
};

} // namespace thidua::storage
