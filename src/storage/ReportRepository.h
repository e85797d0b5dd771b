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

// A report's state in the workflow draft → submitted → approved (approval locks its values).
struct ReportInfo
{
    std::string unitCode;
    std::string periodCode;
    ReportStatus status = ReportStatus::Draft;
    QString submittedAt; // ISO date-time (UTC) of the last submission, empty if never submitted
    QString approvedAt;
    std::optional<bool> onTime; // submitted by the period's deadline; empty: not submitted or no deadline
};

// Per unit expected to report in a period (every non-archived unit with at least one target for the
// period's year that applies in the period): what the completeness screen shows.
struct ReportProgress
{
    std::string unitCode;
    std::optional<ReportInfo> report; // empty: nothing entered yet
    int expectedValues = 0;           // indicators with a target that are assessed in the period
    int missingValues = 0;            // of those, without an actual (or a needed baseline)
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
    // codes and values outside the indicator's valid range (StorageError::Invalid), and any change
    // to an approved report (StorageError::Locked).
    void saveValue(const ReportValue& value, const QString& user);

    std::vector<ReportValue> values(const std::string& periodCode, const std::string& unitCode = {}) const;

    // Workflow. Each change of status is written to the audit log (field "status", with the reason
    // for a reopening) in the same transaction. Times come from thidua::Clock.
    //  - submit: draft → submitted (a submitted report may be submitted again: the time is updated);
    //  - approve: submitted → approved; from then on saveValue refuses (StorageError::Locked) until
    //  - reopen: approved → draft, with a reason that must not be empty.
    // A transition that is not allowed throws StorageError::Invalid naming the report and its status.
    void submit(const std::string& unitCode, const std::string& periodCode, const QString& user);
    void approve(const std::string& unitCode, const std::string& periodCode, const QString& user);
    void reopen(const std::string& unitCode, const std::string& periodCode, const QString& user, const QString& reason);

    std::optional<ReportInfo> report(const std::string& unitCode, const std::string& periodCode) const;
    // Every unit expected to report in the period, in unit order.
    std::vector<ReportProgress> completeness(const std::string& periodCode) const;
    std::optional<ReportStatus> status(const std::string& unitCode, const std::string& periodCode) const;
    std::vector<AuditEntry> history(const std::string& unitCode, const std::string& periodCode,
                                    const std::string& indicatorCode) const;

private:
    Database& m_db;
};

} // namespace thidua::storage
