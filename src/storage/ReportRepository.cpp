#include "ReportRepository.h"

#include "Database.h"
#include "ReportWorkflow.h"
#include "SqlHelpers.h"
#include "StorageText.h"
#include "core/NumberFormat.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

// The members that reached the standard, in the order the indicator names them.
const QString kMembersQuery = uR"(SELECT u.code FROM report_members m JOIN units u ON u.id = m.unit_id
    LEFT JOIN indicator_members im ON im.indicator_id = m.indicator_id AND im.unit_id = m.unit_id
    WHERE m.report_id = ? AND m.indicator_id = ? ORDER BY im.position, u.position)"_s;

[[noreturn]] void invalid(const QString& message)
{
    throw StorageError(StorageError::Kind::Invalid, message);
}

QString text(const std::optional<double>& value)
{
    return value ? QString::fromStdString(formatNumber(*value, 6, NumberStyle::Plain)) : QString();
}

// A value outside the indicator's valid range is refused before anything is written.
void checkRange(const QSqlDatabase& db, qint64 indicatorId, const std::string& indicatorCode, const QString& field,
                const std::optional<double>& value)
{
    if (!value) {
        return;
    }
    QSqlQuery query = sql::prepare(db, u"SELECT min_value, max_value FROM indicators WHERE id = ?"_s);
    query.addBindValue(indicatorId);
    sql::exec(query);
    query.next();
    const auto min = sql::toOptionalDouble(query.value(0));
    const auto max = sql::toOptionalDouble(query.value(1));
    if ((min && *value < *min) || (max && *value > *max)) {
        const QString range = u"%1 – %2"_s.arg(min ? text(min) : u"−∞"_s, max ? text(max) : u"+∞"_s);
        invalid(StorageText::tr("The %1 of indicator %2 must lie within %3 (the value given was %4).")
                    .arg(field, QString::fromStdString(indicatorCode), range, text(value)));
    }
}

} // namespace

void ReportRepository::saveValue(const ReportValue& value, const QString& user)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const qint64 unitId = sql::requireId(db, u"units"_s, StorageText::tr("unit"), value.unitCode);
        const qint64 periodId = sql::requireId(db, u"periods"_s, StorageText::tr("period"), value.periodCode);
        const qint64 indicatorId =
            sql::requireId(db, u"indicators"_s, StorageText::tr("indicator"), value.indicatorCode);
        workflow::refuseIfApproved(db, unitId, periodId);
        checkRange(db, indicatorId, value.indicatorCode, StorageText::tr("actual value"), value.actual);
        checkRange(db, indicatorId, value.indicatorCode, StorageText::tr("baseline"), value.baseline);

        QSqlQuery report = sql::prepare(db, uR"(INSERT INTO reports (unit_id, period_id) VALUES (?, ?)
            ON CONFLICT (unit_id, period_id) DO NOTHING)"_s);
        report.addBindValue(unitId);
        report.addBindValue(periodId);
        sql::exec(report);
        QSqlQuery reportId = sql::prepare(db, u"SELECT id FROM reports WHERE unit_id = ? AND period_id = ?"_s);
        reportId.addBindValue(unitId);
        reportId.addBindValue(periodId);
        sql::exec(reportId);
        reportId.next();
        const qint64 id = reportId.value(0).toLongLong();

        QSqlQuery old = sql::prepare(
            db, u"SELECT actual, baseline, note FROM report_values WHERE report_id = ? AND indicator_id = ?"_s);
        old.addBindValue(id);
        old.addBindValue(indicatorId);
        sql::exec(old);
        const bool existed = old.next();
        const QString oldActual = existed ? text(sql::toOptionalDouble(old.value(0))) : QString();
        const QString oldBaseline = existed ? text(sql::toOptionalDouble(old.value(1))) : QString();
        const QString oldNote = existed ? old.value(2).toString() : QString();

        QSqlQuery members = sql::prepare(db, kMembersQuery);
        members.addBindValue(id);
        members.addBindValue(indicatorId);
        sql::exec(members);
        QStringList oldMembers;
        while (members.next()) {
            oldMembers << members.value(0).toString();
        }

        QSqlQuery upsert = sql::prepare(db, uR"(INSERT INTO report_values (report_id, indicator_id, actual, baseline,
                note) VALUES (?, ?, ?, ?, ?) ON CONFLICT (report_id, indicator_id) DO UPDATE SET
                actual = excluded.actual, baseline = excluded.baseline, note = excluded.note)"_s);
        upsert.addBindValue(id);
        upsert.addBindValue(indicatorId);
        upsert.addBindValue(sql::toVariant(value.actual));
        upsert.addBindValue(sql::toVariant(value.baseline));
        upsert.addBindValue(sql::toVariant(value.note));
        sql::exec(upsert);

        QSqlQuery clear = sql::prepare(db, u"DELETE FROM report_members WHERE report_id = ? AND indicator_id = ?"_s);
        clear.addBindValue(id);
        clear.addBindValue(indicatorId);
        sql::exec(clear);
        QSqlQuery member =
            sql::prepare(db, u"INSERT INTO report_members (report_id, indicator_id, unit_id) VALUES (?, ?, ?)"_s);
        QStringList newMembers;
        for (const std::string& code : value.reachedMembers) {
            member.addBindValue(id);
            member.addBindValue(indicatorId);
            member.addBindValue(sql::requireId(db, u"units"_s, StorageText::tr("unit"), code));
            sql::exec(member);
            newMembers << QString::fromStdString(code);
        }

        const QString key = QString::fromStdString(value.unitCode + '|' + value.periodCode + '|' + value.indicatorCode);
        const QString at = workflow::nowIso();
        QSqlQuery audit = sql::prepare(db, uR"(INSERT INTO audit_log (at, user_name, entity, entity_key, field,
            old_value, new_value) VALUES (?, ?, 'report_value', ?, ?, ?, ?))"_s);
        const auto log = [&](const QString& field, const QString& before, const QString& after) {
            if (before == after) {
                return;
            }
            audit.addBindValue(at);
            audit.addBindValue(user);
            audit.addBindValue(key);
            audit.addBindValue(field);
            audit.addBindValue(before.isEmpty() ? QVariant() : before);
            audit.addBindValue(after.isEmpty() ? QVariant() : after);
            sql::exec(audit);
        };
        log(u"actual"_s, oldActual, text(value.actual));
        log(u"baseline"_s, oldBaseline, text(value.baseline));
        log(u"note"_s, oldNote, QString::fromStdString(value.note));
        log(u"members"_s, oldMembers.join(u'|'), newMembers.join(u'|'));
    });
}

std::vector<ReportValue> ReportRepository::values(const std::string& periodCode, const std::string& unitCode) const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery query = sql::prepare(db, uR"(SELECT r.id, v.indicator_id, u.code, i.code, v.actual, v.baseline, v.note
        FROM report_values v JOIN reports r ON r.id = v.report_id JOIN units u ON u.id = r.unit_id
            JOIN periods p ON p.id = r.period_id JOIN indicators i ON i.id = v.indicator_id
        WHERE p.code = ? AND (? = '' OR u.code = ?) ORDER BY u.position, i.position)"_s);
    query.addBindValue(sql::toVariant(periodCode));
    query.addBindValue(sql::toVariant(unitCode));
    query.addBindValue(sql::toVariant(unitCode));
    sql::exec(query);
    QSqlQuery members = sql::prepare(db, kMembersQuery);
    std::vector<ReportValue> result;
    while (query.next()) {
        ReportValue value{sql::toStdString(query.value(2)),
                          periodCode,
                          sql::toStdString(query.value(3)),
                          sql::toOptionalDouble(query.value(4)),
                          sql::toOptionalDouble(query.value(5)),
                          sql::toStdString(query.value(6)),
                          {}};
        members.bindValue(0, query.value(0));
        members.bindValue(1, query.value(1));
        sql::exec(members);
        while (members.next()) {
            value.reachedMembers.push_back(sql::toStdString(members.value(0)));
        }
        result.push_back(std::move(value));
    }
    return result;
}

std::optional<ReportStatus> ReportRepository::status(const std::string& unitCode, const std::string& periodCode) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(SELECT r.status FROM reports r
        JOIN units u ON u.id = r.unit_id JOIN periods p ON p.id = r.period_id WHERE u.code = ? AND p.code = ?)"_s);
    query.addBindValue(sql::toVariant(unitCode));
    query.addBindValue(sql::toVariant(periodCode));
    sql::exec(query);
    if (!query.next()) {
        return std::nullopt;
    }
    return reportStatusFromCode(sql::toStdString(query.value(0)));
}

std::vector<AuditEntry> ReportRepository::history(const std::string& unitCode, const std::string& periodCode,
                                                  const std::string& indicatorCode) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(SELECT at, user_name, field, old_value, new_value
        FROM audit_log WHERE entity = 'report_value' AND entity_key = ? ORDER BY id)"_s);
    query.addBindValue(QString::fromStdString(unitCode + '|' + periodCode + '|' + indicatorCode));
    sql::exec(query);
    std::vector<AuditEntry> result;
    while (query.next()) {
        result.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString()});
    }
    return result;
}

} // namespace thidua::storage
