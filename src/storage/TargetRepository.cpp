#include "TargetRepository.h"

#include "Database.h"
#include "PlanRepository.h"
#include "SqlHelpers.h"
#include "StorageText.h"

#include <QDate>
#include <QLocale>
#include <QSqlQuery>
#include <QStringList>

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

// In the interface's number format (13,2 in Vietnamese), as the official typed it.
QString number(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString validRange(const std::optional<double>& min, const std::optional<double>& max)
{
    if (min && max) {
        return u"%1 – %2"_s.arg(number(*min), number(*max));
    }
    return min ? u"≥ %1"_s.arg(number(*min)) : u"≤ %1"_s.arg(number(*max));
}

QString unknown(const QString& what, const std::string& code)
{
    return StorageText::tr("Unknown %1 code '%2'.").arg(what, QString::fromStdString(code));
}

// The plan's indicators and units by code, read once for a batch of checks.
struct Catalogue
{
    explicit Catalogue(const PlanRepository& plan)
    {
        for (Indicator& indicator : plan.indicators()) {
            indicators.emplace(indicator.code, std::move(indicator));
        }
        for (Unit& unit : plan.units()) {
            units.emplace(unit.code, std::move(unit));
        }
    }

    QString problem(const TargetChange& change) const
    {
        const auto unit = units.find(change.unitCode);
        if (unit == units.end()) {
            return unknown(StorageText::tr("unit"), change.unitCode);
        }
        const auto indicator = indicators.find(change.indicatorCode);
        if (indicator == indicators.end()) {
            return unknown(StorageText::tr("indicator"), change.indicatorCode);
        }
        return change.applies ? TargetRepository::problem(indicator->second, QString::fromStdString(unit->second.name),
                                                          change.value)
                              : QString();
    }

    std::map<std::string, Indicator> indicators;
    std::map<std::string, Unit> units;
};

[[noreturn]] void invalid(const QString& message)
{
    throw StorageError(StorageError::Kind::Invalid, message);
}

int targetCount(const QSqlDatabase& db, int year)
{
    QSqlQuery query = sql::prepare(db, u"SELECT COUNT(*) FROM targets WHERE year = ?"_s);
    query.addBindValue(year);
    sql::exec(query);
    query.next();
    return query.value(0).toInt();
}

// YYYY-H1 of one year is YYYY-H1 of another: the periods addYear makes.
std::string periodOfYear(const std::string& code, int year)
{
    const auto dash = code.find('-');
    return dash == std::string::npos ? std::string() : std::to_string(year) + code.substr(dash);
}

} // namespace

QString TargetRepository::problem(const Indicator& indicator, const QString& unitName,
                                  const std::optional<double>& value)
{
    const QString code = QString::fromStdString(indicator.code);
    if (!value) {
        return takesTargetValue(indicator.kind)
                   ? StorageText::tr("Indicator %1 needs a target value for %2.").arg(code, unitName)
                   : QString();
    }
    if ((indicator.minValue && *value < *indicator.minValue) || (indicator.maxValue && *value > *indicator.maxValue)) {
        return StorageText::tr("The target %1 for %2 on indicator %3 is outside the valid range %4.")
            .arg(number(*value), unitName, code, validRange(indicator.minValue, indicator.maxValue));
    }
    return {};
}

std::vector<int> TargetRepository::yearsWithTargets() const
{
    QSqlQuery query = sql::prepare(m_db.connection(), u"SELECT DISTINCT year FROM targets ORDER BY year"_s);
    sql::exec(query);
    std::vector<int> years;
    while (query.next()) {
        years.push_back(query.value(0).toInt());
    }
    return years;
}

void TargetRepository::saveTarget(const Target& target)
{
    apply({{target.unitCode, target.indicatorCode, target.year, true, target.value}});
}

void TargetRepository::removeTarget(const std::string& unitCode, const std::string& indicatorCode, int year)
{
    apply({{unitCode, indicatorCode, year, false, std::nullopt}});
}

void TargetRepository::apply(const std::vector<TargetChange>& changes)
{
    PlanRepository plan(m_db);
    const Catalogue catalogue(plan);
    QStringList problems;
    for (const TargetChange& change : changes) {
        if (const QString problem = catalogue.problem(change); !problem.isEmpty()) {
            problems << problem;
        }
    }
    if (!problems.isEmpty()) {
        invalid(problems.join(u'\n'));
    }
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        QSqlQuery remove = sql::prepare(db, uR"(DELETE FROM targets WHERE year = ?
            AND unit_id = (SELECT id FROM units WHERE code = ?) AND indicator_id = (SELECT id FROM indicators WHERE code = ?))"_s);
        for (const TargetChange& change : changes) {
            if (change.applies) {
                plan.saveTarget({change.unitCode, change.indicatorCode, change.year, change.value});
                continue;
            }
            remove.addBindValue(change.year);
            remove.addBindValue(sql::toVariant(change.unitCode));
            remove.addBindValue(sql::toVariant(change.indicatorCode));
            sql::exec(remove);
        }
    });
}

std::vector<std::string> TargetRepository::fillFromDistrict(const std::string& indicatorCode, int year,
                                                            const std::string& groupCode)
{
    const QSqlDatabase db = m_db.connection();
    sql::requireId(db, u"unit_groups"_s, StorageText::tr("group"), groupCode);
    sql::requireId(db, u"indicators"_s, StorageText::tr("indicator"), indicatorCode);
    PlanRepository plan(m_db);
    std::optional<Target> district;
    std::set<std::string> assigned;
    for (const Target& target : plan.targets(year)) {
        if (target.indicatorCode != indicatorCode) {
            continue;
        }
        assigned.insert(target.unitCode);
        if (target.unitCode == kDistrictUnitCode) {
            district = target;
        }
    }
    if (!district) {
        invalid(StorageText::tr("The district has no target for indicator %1 in %2: there is nothing to fill with.")
                    .arg(QString::fromStdString(indicatorCode))
                    .arg(year));
    }
    std::vector<std::string> filled;
    m_db.transaction([&] {
        for (const Unit& unit : plan.units()) {
            if (unit.groupCode == groupCode && !unit.archived && !assigned.contains(unit.code)) {
                plan.saveTarget({unit.code, indicatorCode, year, district->value});
                filled.push_back(unit.code);
            }
        }
    });
    return filled;
}

int TargetRepository::copyYear(int from, int to)
{
    PlanRepository plan(m_db);
    if (from == to) {
        invalid(StorageText::tr("The plan of %1 cannot be copied onto the same year.").arg(from));
    }
    if (!plan.plan(from)) {
        invalid(StorageText::tr("There is no plan for %1 to copy.").arg(from));
    }
    if (targetCount(m_db.connection(), to) > 0) {
        invalid(StorageText::tr("The plan of %1 already has targets: copying the plan of %2 over them would mix two "
                                "plans. Change the targets of %1 in the grid instead.")
                    .arg(to)
                    .arg(from));
    }
    int copied = 0;
    m_db.transaction([&] {
        plan.addYear(to);
        QSqlQuery copy = sql::prepare(m_db.connection(), uR"(INSERT INTO targets (unit_id, indicator_id, year, value)
            SELECT t.unit_id, t.indicator_id, ?, t.value FROM targets t JOIN units u ON u.id = t.unit_id
            WHERE t.year = ? AND u.archived = 0)"_s);
        copy.addBindValue(to);
        copy.addBindValue(from);
        sql::exec(copy);
        copied = copy.numRowsAffected();

        // Deadlines are usually the same day every year; a deadline already set for `to` is kept.
        std::map<std::string, std::string> deadlines;
        for (const Period& period : plan.periods(from)) {
            const QDate deadline = QDate::fromString(QString::fromStdString(period.deadline), Qt::ISODate);
            if (deadline.isValid()) {
                deadlines[periodOfYear(period.code, to)] =
                    deadline.addYears(to - from).toString(Qt::ISODate).toStdString();
            }
        }
        for (Period period : plan.periods(to)) {
            if (const auto found = deadlines.find(period.code); found != deadlines.end() && period.deadline.empty()) {
                period.deadline = found->second;
                plan.savePeriod(period);
            }
        }
    });
    return copied;
}

} // namespace thidua::storage
