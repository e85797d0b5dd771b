#include "ScoreRepository.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "StorageText.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

} // namespace

std::optional<std::string> ScoreRepository::schemeOfUnit(const std::string& unitCode) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(SELECT s.code FROM units u
        JOIN unit_groups g ON g.id = u.group_id JOIN schemes s ON s.id = g.scheme_id WHERE u.code = ?)"_s);
    query.addBindValue(sql::toVariant(unitCode));
    sql::exec(query);
    if (!query.next()) {
        return std::nullopt;
    }
    return sql::toStdString(query.value(0));
}

void ScoreRepository::saveManualScore(const std::string& unitCode, const std::string& periodCode,
                                      const std::string& criterionCode, ScoreLevel level, double points)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const qint64 unitId = sql::requireId(db, u"units"_s, StorageText::tr("unit"), unitCode);
        const qint64 periodId = sql::requireId(db, u"periods"_s, StorageText::tr("period"), periodCode);
        // Criterion codes repeat across schemes (C01 of the cluster, C01 of the block): the unit's
        // group decides which one is meant.
        QSqlQuery criterion = sql::prepare(db, uR"(SELECT c.id FROM units u JOIN unit_groups g ON g.id = u.group_id
            JOIN criteria c ON c.scheme_id = g.scheme_id WHERE u.id = ? AND c.code = ?)"_s);
        criterion.addBindValue(unitId);
        criterion.addBindValue(sql::toVariant(criterionCode));
        sql::exec(criterion);
        if (!criterion.next()) {
            throw StorageError(StorageError::Kind::Invalid,
                               StorageText::tr("The scheme of unit %1 has no criterion '%2'.")
                                   .arg(QString::fromStdString(unitCode), QString::fromStdString(criterionCode)));
        }
        QSqlQuery upsert = sql::prepare(db, uR"(INSERT INTO manual_scores (unit_id, period_id, criterion_id, level,
                points) VALUES (?, ?, ?, ?, ?) ON CONFLICT (unit_id, period_id, criterion_id, level)
            DO UPDATE SET points = excluded.points)"_s);
        upsert.addBindValue(unitId);
        upsert.addBindValue(periodId);
        upsert.addBindValue(criterion.value(0));
        upsert.addBindValue(QString::fromUtf8(toCode(level)));
        upsert.addBindValue(points);
        sql::exec(upsert);
    });
}

void ScoreRepository::saveAdjustment(const std::string& unitCode, const std::string& periodCode,
                                     const Adjustment& adjustment)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        QSqlQuery upsert = sql::prepare(db, uR"(INSERT INTO adjustments (unit_id, period_id, type, reason, points)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT (unit_id, period_id, type, reason) DO UPDATE SET points = excluded.points)"_s);
        upsert.addBindValue(sql::requireId(db, u"units"_s, StorageText::tr("unit"), unitCode));
        upsert.addBindValue(sql::requireId(db, u"periods"_s, StorageText::tr("period"), periodCode));
        upsert.addBindValue(QString::fromUtf8(toCode(adjustment.type)));
        upsert.addBindValue(sql::toVariant(adjustment.reason));
        upsert.addBindValue(adjustment.points);
        sql::exec(upsert);
    });
}

std::map<std::string, std::map<std::string, ManualPoints>>
ScoreRepository::manualPoints(const std::string& periodCode) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(SELECT u.code, c.code, m.level, m.points
        FROM manual_scores m JOIN units u ON u.id = m.unit_id JOIN periods p ON p.id = m.period_id
            JOIN criteria c ON c.id = m.criterion_id
        WHERE p.code = ?)"_s);
    query.addBindValue(sql::toVariant(periodCode));
    sql::exec(query);
    std::map<std::string, std::map<std::string, ManualPoints>> result;
    while (query.next()) {
        ManualPoints& points = result[sql::toStdString(query.value(0))][sql::toStdString(query.value(1))];
        const double value = query.value(3).toDouble();
        switch (scoreLevelFromCode(sql::toStdString(query.value(2))).value_or(ScoreLevel::Self)) {
        case ScoreLevel::Self:
            points.self = value;
            break;
        case ScoreLevel::Cluster:
            points.cluster = value;
            break;
        case ScoreLevel::Final:
            points.final = value;
            break;
        }
    }
    return result;
}

std::map<std::string, std::vector<Adjustment>> ScoreRepository::adjustments(const std::string& periodCode) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(SELECT u.code, a.type, a.reason, a.points
        FROM adjustments a JOIN units u ON u.id = a.unit_id JOIN periods p ON p.id = a.period_id
        WHERE p.code = ? ORDER BY a.id)"_s);
    query.addBindValue(sql::toVariant(periodCode));
    sql::exec(query);
    std::map<std::string, std::vector<Adjustment>> result;
    while (query.next()) {
        result[sql::toStdString(query.value(0))].push_back(
            {adjustmentTypeFromCode(sql::toStdString(query.value(1))).value_or(AdjustmentType::Bonus),
             sql::toStdString(query.value(2)), query.value(3).toDouble()});
    }
    return result;
}

} // namespace thidua::storage
