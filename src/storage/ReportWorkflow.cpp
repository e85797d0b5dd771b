// ReportRepository's workflow (draft → submitted → approved, reopened with a reason) and the
// completeness of a period: kept apart from the value writes in ReportRepository.cpp.
#include "ReportWorkflow.h"

#include "Database.h"
#include "PlanRepository.h"
#include "ReportRepository.h"
#include "SqlHelpers.h"
#include "StorageText.h"
#include "core/Achievement.h"
#include "core/Clock.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>

#include <chrono>
#include <map>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

[[noreturn]] void invalid(const QString& message)
{
    throw StorageError(StorageError::Kind::Invalid, message);
}

QString codeOf(ReportStatus status)
{
    return QString::fromUtf8(toCode(status));
}

ReportStatus statusOf(const QVariant& code)
{
    return reportStatusFromCode(sql::toStdString(code)).value_or(ReportStatus::Draft);
}

// A status inside a sentence: "… it is %1."
QString statusWords(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft:
        return StorageText::tr("still a draft");
    case ReportStatus::Submitted:
        return StorageText::tr("submitted");
    case ReportStatus::Approved:
        return StorageText::tr("approved");
    }
    return {};
}

// The report of (unit, period) as the workflow sees it: names for the messages, and its row if it
// has one (a unit that has entered nothing has none, and counts as a draft).
struct ReportRow
{
    qint64 unitId = 0;
    qint64 periodId = 0;
    QString unitName;
    QString periodName;
    std::optional<qint64> reportId;
    ReportStatus status = ReportStatus::Draft;
    QString submittedAt;
};

ReportRow findReport(const QSqlDatabase& db, const std::string& unitCode, const std::string& periodCode)
{
    QSqlQuery query = sql::prepare(db, uR"(SELECT u.id, u.name, p.id, p.name, r.id, r.status, r.submitted_at
        FROM units u CROSS JOIN periods p LEFT JOIN reports r ON r.unit_id = u.id AND r.period_id = p.id
        WHERE u.code = ? AND p.code = ?)"_s);
    query.addBindValue(sql::toVariant(unitCode));
    query.addBindValue(sql::toVariant(periodCode));
    sql::exec(query);
    if (!query.next()) {
        // One of the codes is unknown: requireId names it.
        sql::requireId(db, u"units"_s, StorageText::tr("unit"), unitCode);
        sql::requireId(db, u"periods"_s, StorageText::tr("period"), periodCode);
        invalid(StorageText::tr("Unknown %1 code '%2'.")
                    .arg(StorageText::tr("report"), QString::fromStdString(unitCode + '|' + periodCode)));
    }
    ReportRow row{query.value(0).toLongLong(),
                  query.value(2).toLongLong(),
                  query.value(1).toString(),
                  query.value(3).toString(),
                  std::nullopt,
                  ReportStatus::Draft,
                  query.value(6).toString()};
    if (!query.value(4).isNull()) {
        row.reportId = query.value(4).toLongLong();
        row.status = statusOf(query.value(5));
    }
    return row;
}

// Status changes go to the same audit log as the values, under entity 'report' and the key
// UNIT|PERIOD, so one query over the log tells a report's whole story.
class ReportAudit
{
public:
    ReportAudit(const QSqlDatabase& db, const std::string& unitCode, const std::string& periodCode, QString user,
                QString at)
        : m_query(sql::prepare(db, uR"(INSERT INTO audit_log (at, user_name, entity, entity_key, field,
            old_value, new_value) VALUES (?, ?, 'report', ?, ?, ?, ?))"_s))
        , m_key(QString::fromStdString(unitCode + '|' + periodCode))
        , m_user(std::move(user))
        , m_at(std::move(at))
    {
    }

    void log(const QString& field, const QString& before, const QString& after)
    {
        if (before == after) {
            return;
        }
        m_query.addBindValue(m_at);
        m_query.addBindValue(m_user);
        m_query.addBindValue(m_key);
        m_query.addBindValue(field);
        m_query.addBindValue(before.isEmpty() ? QVariant() : before);
        m_query.addBindValue(after.isEmpty() ? QVariant() : after);
        sql::exec(m_query);
    }

private:
    QSqlQuery m_query;
    QString m_key;
    QString m_user;
    QString m_at;
};

ReportInfo infoOf(std::string unitCode, std::string periodCode, const QSqlQuery& row, int first,
                  const QString& deadline)
{
    ReportInfo info{std::move(unitCode),
                    std::move(periodCode),
                    statusOf(row.value(first)),
                    row.value(first + 1).toString(),
                    row.value(first + 2).toString(),
                    std::nullopt};
    info.onTime = workflow::onTime(info.status, info.submittedAt, deadline);
    return info;
}

} // namespace

namespace workflow {

QString nowIso()
{
    const auto since = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch());
    return QDateTime::fromMSecsSinceEpoch(since.count(), Qt::UTC).toString(Qt::ISODate);
}

std::optional<bool> onTime(ReportStatus status, const QString& submittedAt, const QString& deadline)
{
    const QDate lastDay = QDate::fromString(deadline, Qt::ISODate);
    const QDateTime at = QDateTime::fromString(submittedAt, Qt::ISODate);
    if (status == ReportStatus::Draft || !lastDay.isValid() || !at.isValid()) {
        return std::nullopt;
    }
    return at.toLocalTime().date() <= lastDay;
}

void refuseIfApproved(const QSqlDatabase& db, qint64 unitId, qint64 periodId)
{
    QSqlQuery query = sql::prepare(db, uR"(SELECT u.name, p.name FROM reports r JOIN units u ON u.id = r.unit_id
        JOIN periods p ON p.id = r.period_id WHERE r.unit_id = ? AND r.period_id = ? AND r.status = 'approved')"_s);
    query.addBindValue(unitId);
    query.addBindValue(periodId);
    sql::exec(query);
    if (query.next()) {
        throw StorageError(StorageError::Kind::Locked,
                           StorageText::tr("The report of %1 for %2 has been approved, so its values are locked. "
                                           "Reopen the report to change them.")
                               .arg(query.value(0).toString(), query.value(1).toString()));
    }
}

} // namespace workflow

void ReportRepository::submit(const std::string& unitCode, const std::string& periodCode, const QString& user)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const ReportRow row = findReport(db, unitCode, periodCode);
        if (row.status == ReportStatus::Approved) {
            invalid(
                StorageText::tr("The report of %1 for %2 is already approved. Reopen it before submitting it again.")
                    .arg(row.unitName, row.periodName));
        }
        const QString at = workflow::nowIso();
        // Submitting a unit's report before anything is entered is allowed: the completeness screen
        // shows what is missing, and the office decides whether to approve it.
        QSqlQuery write = sql::prepare(db, uR"(INSERT INTO reports (unit_id, period_id, status, submitted_at)
            VALUES (?, ?, 'submitted', ?) ON CONFLICT (unit_id, period_id) DO UPDATE SET status = 'submitted',
            submitted_at = excluded.submitted_at)"_s);
        write.addBindValue(row.unitId);
        write.addBindValue(row.periodId);
        write.addBindValue(at);
        sql::exec(write);

        ReportAudit audit(db, unitCode, periodCode, user, at);
        audit.log(u"status"_s, codeOf(row.status), codeOf(ReportStatus::Submitted));
        audit.log(u"submitted_at"_s, row.submittedAt, at);
    });
}

void ReportRepository::approve(const std::string& unitCode, const std::string& periodCode, const QString& user)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const ReportRow row = findReport(db, unitCode, periodCode);
        if (row.status != ReportStatus::Submitted) {
            invalid(
                row.status == ReportStatus::Approved
                    ? StorageText::tr("The report of %1 for %2 is already approved.").arg(row.unitName, row.periodName)
                    : StorageText::tr("The report of %1 for %2 cannot be approved: it has not been submitted.")
                          .arg(row.unitName, row.periodName));
        }
        const QString at = workflow::nowIso();
        QSqlQuery write = sql::prepare(db, u"UPDATE reports SET status = 'approved', approved_at = ? WHERE id = ?"_s);
        write.addBindValue(at);
        write.addBindValue(*row.reportId);
        sql::exec(write);

        ReportAudit(db, unitCode, periodCode, user, at)
            .log(u"status"_s, codeOf(row.status), codeOf(ReportStatus::Approved));
    });
}

void ReportRepository::reopen(const std::string& unitCode, const std::string& periodCode, const QString& user,
                              const QString& reason)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const ReportRow row = findReport(db, unitCode, periodCode);
        if (row.status != ReportStatus::Approved) {
            invalid(StorageText::tr("The report of %1 for %2 cannot be reopened: only an approved report can be, and "
                                    "this one is %3.")
                        .arg(row.unitName, row.periodName, statusWords(row.status)));
        }
        if (reason.trimmed().isEmpty()) {
            invalid(StorageText::tr("The report of %1 for %2 can be reopened only with a reason: say why it must "
                                    "be changed.")
                        .arg(row.unitName, row.periodName));
        }
        // Back to a draft: the unit corrects it and submits again (a new submission time). The last
        // submission time is kept until then; the approval time goes, as the report is no longer approved.
        QSqlQuery write = sql::prepare(db, u"UPDATE reports SET status = 'draft', approved_at = NULL WHERE id = ?"_s);
        write.addBindValue(*row.reportId);
        sql::exec(write);

        ReportAudit audit(db, unitCode, periodCode, user, workflow::nowIso());
        audit.log(u"status"_s, codeOf(row.status), codeOf(ReportStatus::Draft));
        audit.log(u"reopen_reason"_s, QString(), reason.trimmed());
    });
}

std::optional<ReportInfo> ReportRepository::report(const std::string& unitCode, const std::string& periodCode) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(SELECT r.status, r.submitted_at, r.approved_at, p.deadline
        FROM reports r JOIN units u ON u.id = r.unit_id JOIN periods p ON p.id = r.period_id
        WHERE u.code = ? AND p.code = ?)"_s);
    query.addBindValue(sql::toVariant(unitCode));
    query.addBindValue(sql::toVariant(periodCode));
    sql::exec(query);
    if (!query.next()) {
        return std::nullopt;
    }
    return infoOf(unitCode, periodCode, query, 0, query.value(3).toString());
}

std::vector<ReportProgress> ReportRepository::completeness(const std::string& periodCode) const
{
    const QSqlDatabase db = m_db.connection();
    const auto period = PeriodCode::parse(periodCode);
    QSqlQuery periodRow = sql::prepare(db, u"SELECT deadline FROM periods WHERE code = ?"_s);
    periodRow.addBindValue(sql::toVariant(periodCode));
    sql::exec(periodRow);
    if (!period || !periodRow.next()) {
        invalid(StorageText::tr("Unknown %1 code '%2'.")
                    .arg(StorageText::tr("period"), QString::fromStdString(periodCode)));
    }
    const QString deadline = periodRow.value(0).toString();

    // A handful of queries whatever the number of units: the plan, the year's targets, then the
    // period's values and reports, each read once.
    const PlanRepository plan(m_db);
    const std::vector<Indicator> indicators = plan.indicators();
    std::map<std::string, TargetMap> targets;
    for (const Target& target : plan.targets(period->year)) {
        targets[target.unitCode][target.indicatorCode] = target.value;
    }

    QSqlQuery valueRows = sql::prepare(db, uR"(SELECT u.code, i.code, v.actual, v.baseline
        FROM report_values v JOIN reports r ON r.id = v.report_id JOIN units u ON u.id = r.unit_id
            JOIN periods p ON p.id = r.period_id JOIN indicators i ON i.id = v.indicator_id
        WHERE p.code = ?)"_s);
    valueRows.addBindValue(sql::toVariant(periodCode));
    sql::exec(valueRows);
    std::map<std::string, MeasurementMap> values;
    while (valueRows.next()) {
        values[sql::toStdString(valueRows.value(0))][sql::toStdString(valueRows.value(1))] = {
            sql::toOptionalDouble(valueRows.value(2)), sql::toOptionalDouble(valueRows.value(3))};
    }

    QSqlQuery reportRows = sql::prepare(db, uR"(SELECT u.code, r.status, r.submitted_at, r.approved_at
        FROM reports r JOIN units u ON u.id = r.unit_id JOIN periods p ON p.id = r.period_id WHERE p.code = ?)"_s);
    reportRows.addBindValue(sql::toVariant(periodCode));
    sql::exec(reportRows);
    std::map<std::string, ReportInfo> reports;
    while (reportRows.next()) {
        std::string unitCode = sql::toStdString(reportRows.value(0));
        reports.emplace(unitCode, infoOf(unitCode, periodCode, reportRows, 1, deadline));
    }

    std::vector<ReportProgress> result;
    for (const Unit& unit : plan.units()) {
        const auto unitTargets = targets.find(unit.code);
        if (unit.archived || unitTargets == targets.end()) {
            continue;
        }
        // The core decides what is assessed in the period (period bases, kinds without a target
        // value) and what has no data; an all_of is not counted itself, as nothing is entered for it:
        // its children are.
        const auto found = values.find(unit.code);
        const std::vector<Achievement> achievements = assessUnit(
            indicators, unitTargets->second, found != values.end() ? found->second : MeasurementMap{}, period->kind);
        ReportProgress progress{unit.code, std::nullopt, 0, 0};
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            if (indicators[i].kind == IndicatorKind::AllOf || achievements[i].status == Status::NotApplicable) {
                continue;
            }
            ++progress.expectedValues;
            progress.missingValues += achievements[i].status == Status::NoData ? 1 : 0;
        }
        if (progress.expectedValues == 0) {
            continue;
        }
        if (const auto report = reports.find(unit.code); report != reports.end()) {
            progress.report = report->second;
        }
        result.push_back(std::move(progress));
    }
    return result;
}

} // namespace thidua::storage
