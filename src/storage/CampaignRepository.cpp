#include "CampaignRepository.h"

#include "Database.h"
#include "PlanRepository.h"
#include "ScoreRepository.h"
#include "SqlHelpers.h"
#include "StorageText.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

// The reported values of one period for every unit in one query: a district of hundreds of units
// is loaded as fast as one. A named set's value is its stored actual (the count of members ticked).
std::map<std::string, MeasurementMap> periodValues(const QSqlDatabase& db, const std::string& periodCode)
{
    QSqlQuery query = sql::prepare(db, uR"(SELECT u.code, i.code, v.actual, v.baseline
        FROM report_values v JOIN reports r ON r.id = v.report_id JOIN units u ON u.id = r.unit_id
            JOIN periods p ON p.id = r.period_id JOIN indicators i ON i.id = v.indicator_id
        WHERE p.code = ?)"_s);
    query.addBindValue(sql::toVariant(periodCode));
    sql::exec(query);
    std::map<std::string, MeasurementMap> result;
    while (query.next()) {
        result[sql::toStdString(query.value(0))][sql::toStdString(query.value(1))] = {
            sql::toOptionalDouble(query.value(2)), sql::toOptionalDouble(query.value(3))};
    }
    return result;
}

} // namespace

CampaignData CampaignRepository::load(const std::string& periodCode) const
{
    const QSqlDatabase db = m_db.connection();
    const auto period = PeriodCode::parse(periodCode);
    if (!period || !sql::idOf(db, u"periods"_s, periodCode)) {
        throw StorageError(StorageError::Kind::Invalid,
                           StorageText::tr("Unknown %1 code '%2'.")
                               .arg(StorageText::tr("period"), QString::fromStdString(periodCode)));
    }

    // The plan's own tables are small (tens of indicators and criteria): read through
    // PlanRepository so there is one mapping of them. What grows with the number of units is
    // read in one query each.
    const PlanRepository plan(m_db);
    const ScoreRepository scores(m_db);
    CampaignData data;
    data.period = *period;
    data.indicators = plan.indicators();
    data.units = plan.units();
    data.groups = plan.groups();
    data.schemes = plan.schemes();
    for (Target& target : plan.targets(period->year)) {
        data.targets[target.unitCode][target.indicatorCode] = target.value;
    }
    data.values = periodValues(db, periodCode);
    data.manualPoints = scores.manualPoints(periodCode);
    data.adjustments = scores.adjustments(periodCode);
    return data;
}

} // namespace thidua::storage
