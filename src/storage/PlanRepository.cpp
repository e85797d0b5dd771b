#include "PlanRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

template <typename T, typename Parse>
T parseCode(const QVariant& value, Parse parse, T fallback)
{
    return parse(value.toString().toStdString()).value_or(fallback);
}

} // namespace

std::vector<int> PlanRepository::years() const
{
    QSqlQuery query = sql::prepare(m_db.connection(), u"SELECT year FROM plans ORDER BY year"_s);
    sql::exec(query);
    std::vector<int> result;
    while (query.next()) {
        result.push_back(query.value(0).toInt());
    }
    return result;
}

std::optional<PlanInfo> PlanRepository::plan(int year) const
{
    QSqlQuery query = sql::prepare(
        m_db.connection(), u"SELECT year, title, document_number, issued_on, issuer FROM plans WHERE year = ?"_s);
    query.addBindValue(year);
    sql::exec(query);
    if (!query.next()) {
        return std::nullopt;
    }
    return PlanInfo{query.value(0).toInt(), sql::toStdString(query.value(1)), sql::toStdString(query.value(2)),
                    sql::toStdString(query.value(3)), sql::toStdString(query.value(4))};
}

std::vector<Heading> PlanRepository::headings() const
{
    QSqlQuery query = sql::prepare(m_db.connection(), u"SELECT code, name FROM headings ORDER BY position"_s);
    sql::exec(query);
    std::vector<Heading> result;
    while (query.next()) {
        result.push_back({sql::toStdString(query.value(0)), sql::toStdString(query.value(1))});
    }
    return result;
}

std::vector<Indicator> PlanRepository::indicators() const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery query = sql::prepare(db, uR"(SELECT i.id, i.code, p.code, i.name, i.unit_of_measure, i.kind,
            i.period_basis, i.mid_year_share, i.min_value, i.max_value, h.code
        FROM indicators i LEFT JOIN indicators p ON p.id = i.parent_id LEFT JOIN headings h ON h.id = i.heading_id
        ORDER BY i.position)"_s);
    sql::exec(query);
    QSqlQuery members = sql::prepare(db, uR"(SELECT u.code FROM indicator_members m JOIN units u ON u.id = m.unit_id
        WHERE m.indicator_id = ? ORDER BY m.position)"_s);
    std::vector<Indicator> result;
    while (query.next()) {
        Indicator indicator;
        indicator.code = sql::toStdString(query.value(1));
        indicator.parentCode = sql::toStdString(query.value(2));
        indicator.name = sql::toStdString(query.value(3));
        indicator.unitOfMeasure = sql::toStdString(query.value(4));
        indicator.kind = parseCode(query.value(5), indicatorKindFromCode, IndicatorKind::AtLeast);
        indicator.basis = parseCode(query.value(6), periodBasisFromCode, PeriodBasis::Level);
        indicator.midYearShare = sql::toOptionalDouble(query.value(7));
        indicator.minValue = sql::toOptionalDouble(query.value(8));
        indicator.maxValue = sql::toOptionalDouble(query.value(9));
        indicator.headingCode = sql::toStdString(query.value(10));
        members.bindValue(0, query.value(0));
        sql::exec(members);
        while (members.next()) {
            indicator.memberCodes.push_back(sql::toStdString(members.value(0)));
        }
        result.push_back(std::move(indicator));
    }
    return result;
}

std::vector<Unit> PlanRepository::units() const
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(SELECT u.code, u.name, u.kind, g.code, u.archived
        FROM units u LEFT JOIN unit_groups g ON g.id = u.group_id ORDER BY u.position)"_s);
    sql::exec(query);
    std::vector<Unit> result;
    while (query.next()) {
        result.push_back({sql::toStdString(query.value(0)), sql::toStdString(query.value(1)),
                          parseCode(query.value(2), unitKindFromCode, UnitKind::Other),
                          sql::toStdString(query.value(3)), query.value(4).toBool()});
    }
    return result;
}

std::vector<Group> PlanRepository::groups() const
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(SELECT g.code, g.name, g.kind, s.code
        FROM unit_groups g LEFT JOIN schemes s ON s.id = g.scheme_id ORDER BY g.id)"_s);
    sql::exec(query);
    std::vector<Group> result;
    while (query.next()) {
        result.push_back({sql::toStdString(query.value(0)), sql::toStdString(query.value(1)),
                          parseCode(query.value(2), groupKindFromCode, GroupKind::Cluster),
                          sql::toStdString(query.value(3))});
    }
    return result;
}

std::vector<Target> PlanRepository::targets(int year, const std::string& unitCode) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(SELECT u.code, i.code, t.year, t.value
        FROM targets t JOIN units u ON u.id = t.unit_id JOIN indicators i ON i.id = t.indicator_id
        WHERE t.year = ? AND (? = '' OR u.code = ?) ORDER BY u.position, i.position)"_s);
    query.addBindValue(year);
    query.addBindValue(sql::toVariant(unitCode));
    query.addBindValue(sql::toVariant(unitCode));
    sql::exec(query);
    std::vector<Target> result;
    while (query.next()) {
        result.push_back({sql::toStdString(query.value(0)), sql::toStdString(query.value(1)), query.value(2).toInt(),
                          sql::toOptionalDouble(query.value(3))});
    }
    return result;
}

std::vector<Phase> PlanRepository::phases(int year) const
{
    QSqlQuery query = sql::prepare(
        m_db.connection(),
        u"SELECT code, year, name, starts_on, ends_on, salutes FROM phases WHERE year = ? ORDER BY starts_on, code"_s);
    query.addBindValue(year);
    sql::exec(query);
    std::vector<Phase> result;
    while (query.next()) {
        result.push_back({sql::toStdString(query.value(0)), query.value(1).toInt(), sql::toStdString(query.value(2)),
                          sql::toStdString(query.value(3)), sql::toStdString(query.value(4)),
                          sql::toStdString(query.value(5))});
    }
    return result;
}

std::vector<Period> PlanRepository::periods(int year) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(SELECT p.code, f.code, p.name, p.starts_on, p.ends_on,
            p.deadline FROM periods p JOIN phases f ON f.id = p.phase_id WHERE f.year = ? ORDER BY p.ends_on, p.code)"_s);
    query.addBindValue(year);
    sql::exec(query);
    std::vector<Period> result;
    while (query.next()) {
        result.push_back({sql::toStdString(query.value(0)), sql::toStdString(query.value(1)),
                          sql::toStdString(query.value(2)), sql::toStdString(query.value(3)),
                          sql::toStdString(query.value(4)), sql::toStdString(query.value(5))});
    }
    return result;
}

std::vector<Scheme> PlanRepository::schemes() const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery query =
        sql::prepare(db, u"SELECT id, code, name, scale, bonus_cap, flag_threshold FROM schemes ORDER BY id"_s);
    sql::exec(query);
    QSqlQuery titles = sql::prepare(
        db, u"SELECT min_share, title FROM scheme_title_bands WHERE scheme_id = ? ORDER BY min_share DESC"_s);
    QSqlQuery criteria = sql::prepare(db, uR"(SELECT c.id, c.code, c.heading, c.name, c.max_points, i.code, c.method,
            c.bonus_rate, c.excess_cap, c.veto FROM criteria c LEFT JOIN indicators i ON i.id = c.indicator_id
        WHERE c.scheme_id = ? ORDER BY c.position)"_s);
    QSqlQuery bands = sql::prepare(
        db, u"SELECT min_ratio, share FROM criterion_bands WHERE criterion_id = ? ORDER BY min_ratio DESC"_s);
    std::vector<Scheme> result;
    while (query.next()) {
        Scheme scheme;
        scheme.code = sql::toStdString(query.value(1));
        scheme.name = sql::toStdString(query.value(2));
        scheme.scale = sql::toOptionalDouble(query.value(3));
        scheme.bonusCap = sql::toOptionalDouble(query.value(4));
        scheme.flagThreshold = sql::toOptionalDouble(query.value(5));
        titles.bindValue(0, query.value(0));
        sql::exec(titles);
        while (titles.next()) {
            scheme.titleBands.push_back({titles.value(0).toDouble(), sql::toStdString(titles.value(1))});
        }
        criteria.bindValue(0, query.value(0));
        sql::exec(criteria);
        while (criteria.next()) {
            Criterion criterion;
            criterion.code = sql::toStdString(criteria.value(1));
            criterion.heading = sql::toStdString(criteria.value(2));
            criterion.name = sql::toStdString(criteria.value(3));
            criterion.maxPoints = criteria.value(4).toDouble();
            criterion.indicatorCode = sql::toStdString(criteria.value(5));
            criterion.method = parseCode(criteria.value(6), scoringMethodFromCode, ScoringMethod::Proportional);
            criterion.bonusRate = criteria.value(7).toDouble();
            criterion.excessCap = criteria.value(8).toDouble();
            criterion.veto = criteria.value(9).toBool();
            bands.bindValue(0, criteria.value(0));
            sql::exec(bands);
            while (bands.next()) {
                criterion.bands.push_back({bands.value(0).toDouble(), bands.value(1).toDouble()});
            }
            scheme.criteria.push_back(std::move(criterion));
        }
        result.push_back(std::move(scheme));
    }
    return result;
}

} // namespace thidua::storage
