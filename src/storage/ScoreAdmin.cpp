#include "ScoreAdmin.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "StorageText.h"

#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

// Criterion codes repeat across schemes: the unit's group decides which criterion is meant.
qint64 criterionOfUnit(const QSqlDatabase& db, qint64 unitId, const std::string& unitCode,
                       const std::string& criterionCode)
{
    QSqlQuery query = sql::prepare(db, uR"(SELECT c.id FROM units u JOIN unit_groups g ON g.id = u.group_id
        JOIN criteria c ON c.scheme_id = g.scheme_id WHERE u.id = ? AND c.code = ?)"_s);
    query.addBindValue(unitId);
    query.addBindValue(sql::toVariant(criterionCode));
    sql::exec(query);
    if (!query.next()) {
        throw StorageError(
            StorageError::Kind::Invalid,
            StorageText::tr("The scheme of unit %1 has no criterion '%2'.").arg(text(unitCode), text(criterionCode)));
    }
    return query.value(0).toLongLong();
}

// The id of the adjustment with that key, if any.
std::optional<qint64> adjustmentId(const QSqlDatabase& db, qint64 unitId, qint64 periodId, AdjustmentType type,
                                   const std::string& reason)
{
    QSqlQuery query = sql::prepare(
        db, u"SELECT id FROM adjustments WHERE unit_id = ? AND period_id = ? AND type = ? AND reason = ?"_s);
    query.addBindValue(unitId);
    query.addBindValue(periodId);
    query.addBindValue(QString::fromUtf8(toCode(type)));
    query.addBindValue(sql::toVariant(reason));
    sql::exec(query);
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

} // namespace

void ScoreAdmin::removeManualScore(const std::string& unitCode, const std::string& periodCode,
                                   const std::string& criterionCode, ScoreLevel level)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const qint64 unitId = sql::requireId(db, u"units"_s, StorageText::tr("unit"), unitCode);
        const qint64 periodId = sql::requireId(db, u"periods"_s, StorageText::tr("period"), periodCode);
        const qint64 criterionId = criterionOfUnit(db, unitId, unitCode, criterionCode);
        QSqlQuery remove = sql::prepare(
            db, u"DELETE FROM manual_scores WHERE unit_id = ? AND period_id = ? AND criterion_id = ? AND level = ?"_s);
        remove.addBindValue(unitId);
        remove.addBindValue(periodId);
        remove.addBindValue(criterionId);
        remove.addBindValue(QString::fromUtf8(toCode(level)));
        sql::exec(remove);
    });
}

void ScoreAdmin::removeAdjustment(const std::string& unitCode, const std::string& periodCode, AdjustmentType type,
                                  const std::string& reason)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const qint64 unitId = sql::requireId(db, u"units"_s, StorageText::tr("unit"), unitCode);
        const qint64 periodId = sql::requireId(db, u"periods"_s, StorageText::tr("period"), periodCode);
        if (const auto id = adjustmentId(db, unitId, periodId, type, reason)) {
            QSqlQuery remove = sql::prepare(db, u"DELETE FROM adjustments WHERE id = ?"_s);
            remove.addBindValue(*id);
            sql::exec(remove);
        }
    });
}

void ScoreAdmin::updateAdjustment(const std::string& unitCode, const std::string& periodCode, const Adjustment& current,
                                  const Adjustment& updated)
{
    if (QString::fromStdString(updated.reason).trimmed().isEmpty()) {
        throw StorageError(StorageError::Kind::Invalid, StorageText::tr("A bonus item or deduction needs a reason."));
    }
    if (!(updated.points >= 0)) {
        throw StorageError(StorageError::Kind::Invalid,
                           StorageText::tr("The points of '%1' must be 0 or more.").arg(text(updated.reason)));
    }
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const qint64 unitId = sql::requireId(db, u"units"_s, StorageText::tr("unit"), unitCode);
        const qint64 periodId = sql::requireId(db, u"periods"_s, StorageText::tr("period"), periodCode);
        const auto id = adjustmentId(db, unitId, periodId, current.type, current.reason);
        if (!id) {
            throw StorageError(StorageError::Kind::Invalid,
                               StorageText::tr("Unit %1 has no item '%2' in period %3.")
                                   .arg(text(unitCode), text(current.reason), text(periodCode)));
        }
        const auto other = adjustmentId(db, unitId, periodId, updated.type, updated.reason);
        if (other && *other != *id) {
            throw StorageError(StorageError::Kind::Invalid,
                               StorageText::tr("Unit %1 already has an item '%2' of that kind in period %3.")
                                   .arg(text(unitCode), text(updated.reason), text(periodCode)));
        }
        QSqlQuery update = sql::prepare(db, u"UPDATE adjustments SET type = ?, reason = ?, points = ? WHERE id = ?"_s);
        update.addBindValue(QString::fromUtf8(toCode(updated.type)));
        update.addBindValue(sql::toVariant(updated.reason));
        update.addBindValue(updated.points);
        update.addBindValue(*id);
        sql::exec(update);
    });
}

std::map<std::string, int> ScoreAdmin::manualScoreCounts(const std::string& schemeCode) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(SELECT c.code, COUNT(*) FROM manual_scores m
        JOIN criteria c ON c.id = m.criterion_id JOIN schemes s ON s.id = c.scheme_id
        WHERE s.code = ? GROUP BY c.code)"_s);
    query.addBindValue(sql::toVariant(schemeCode));
    sql::exec(query);
    std::map<std::string, int> counts;
    while (query.next()) {
        counts[sql::toStdString(query.value(0))] = query.value(1).toInt();
    }
    return counts;
}

void ScoreAdmin::renameCriterion(const std::string& schemeCode, const std::string& oldCode, const std::string& newCode)
{
    if (QString::fromStdString(newCode).trimmed().isEmpty()) {
        throw StorageError(StorageError::Kind::Invalid, StorageText::tr("A criterion needs a code."));
    }
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const qint64 schemeId = sql::requireId(db, u"schemes"_s, StorageText::tr("scheme"), schemeCode);
        QSqlQuery find = sql::prepare(db, u"SELECT code FROM criteria WHERE scheme_id = ? AND code IN (?, ?)"_s);
        find.addBindValue(schemeId);
        find.addBindValue(sql::toVariant(oldCode));
        find.addBindValue(sql::toVariant(newCode));
        sql::exec(find);
        bool oldFound = false;
        bool newFound = false;
        while (find.next()) {
            const std::string code = sql::toStdString(find.value(0));
            oldFound = oldFound || code == oldCode;
            newFound = newFound || code == newCode;
        }
        if (!oldFound) {
            throw StorageError(
                StorageError::Kind::Invalid,
                StorageText::tr("Scheme %1 has no criterion '%2'.").arg(text(schemeCode), text(oldCode)));
        }
        if (oldCode == newCode) {
            return;
        }
        if (newFound) {
            throw StorageError(
                StorageError::Kind::Invalid,
                StorageText::tr("Scheme %1 already has a criterion '%2'.").arg(text(schemeCode), text(newCode)));
        }
        QSqlQuery rename = sql::prepare(db, u"UPDATE criteria SET code = ? WHERE scheme_id = ? AND code = ?"_s);
        rename.addBindValue(sql::toVariant(newCode));
        rename.addBindValue(schemeId);
        rename.addBindValue(sql::toVariant(oldCode));
        sql::exec(rename);
    });
}

} // namespace thidua::storage
