// The writing half of PlanRepository: upserts on each item's code.
#include "PlanRepository.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "StorageText.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

QVariant optionalId(const QSqlDatabase& db, const QString& table, const QString& what, const std::string& code)
{
    return code.empty() ? QVariant() : QVariant(sql::requireId(db, table, what, code));
}

// The next position at the end of a table's order, for items that arrive after the seed.
int nextPosition(const QSqlDatabase& db, const QString& table)
{
    return sql::scalar(db, u"SELECT COALESCE(MAX(position), 0) + 1 FROM "_s + table).toInt();
}

} // namespace

void PlanRepository::addYear(int year)
{
    if (plan(year)) {
        return;
    }
    m_db.transaction([&] {
        const std::string y = std::to_string(year);
        const auto utf8 = [year](const QString& text) {
            return text.arg(year).toStdString();
        };
        savePlan({year, utf8(StorageText::tr("Emulation plan for %1")), {}, {}, {}});
        savePhase({y + "-I", year, StorageText::tr("Phase I").toStdString(), y + "-01-01", y + "-06-30", {}});
        savePhase({y + "-II", year, StorageText::tr("Phase II").toStdString(), y + "-07-01", y + "-12-31", {}});
        // Year-end values cover the whole year, so the year-end period starts in January.
        savePeriod({y + "-H1", y + "-I", utf8(StorageText::tr("Six-month review %1")), y + "-01-01", y + "-06-30", {}});
        savePeriod({y + "-Y", y + "-II", utf8(StorageText::tr("Year-end review %1")), y + "-01-01", y + "-12-31", {}});
    });
}

void PlanRepository::savePlan(const PlanInfo& plan)
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(INSERT INTO plans (year, title, document_number, issued_on,
            issuer) VALUES (?, ?, ?, ?, ?) ON CONFLICT (year) DO UPDATE SET title = excluded.title,
            document_number = excluded.document_number, issued_on = excluded.issued_on, issuer = excluded.issuer)"_s);
    query.addBindValue(plan.year);
    query.addBindValue(sql::toVariant(plan.title));
    query.addBindValue(sql::toVariant(plan.documentNumber));
    query.addBindValue(sql::nullIfEmpty(plan.issuedOn));
    query.addBindValue(sql::toVariant(plan.issuer));
    sql::exec(query);
}

void PlanRepository::saveHeading(const Heading& heading)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery query = sql::prepare(db, uR"(INSERT INTO headings (code, name, position) VALUES (?, ?, ?)
        ON CONFLICT (code) DO UPDATE SET name = excluded.name)"_s);
    query.addBindValue(sql::toVariant(heading.code));
    query.addBindValue(sql::toVariant(heading.name));
    query.addBindValue(nextPosition(db, u"headings"_s));
    sql::exec(query);
}

void PlanRepository::saveIndicator(const Indicator& indicator)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery query = sql::prepare(db, uR"(INSERT INTO indicators (code, parent_id, heading_id, name,
            unit_of_measure, kind, period_basis, mid_year_share, min_value, max_value, position)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (code) DO UPDATE SET parent_id = excluded.parent_id, heading_id = excluded.heading_id,
            name = excluded.name, unit_of_measure = excluded.unit_of_measure, kind = excluded.kind,
            period_basis = excluded.period_basis, mid_year_share = excluded.mid_year_share,
            min_value = excluded.min_value, max_value = excluded.max_value)"_s);
    query.addBindValue(sql::toVariant(indicator.code));
    query.addBindValue(optionalId(db, u"indicators"_s, StorageText::tr("indicator"), indicator.parentCode));
    query.addBindValue(optionalId(db, u"headings"_s, StorageText::tr("heading"), indicator.headingCode));
    query.addBindValue(sql::toVariant(indicator.name));
    query.addBindValue(sql::toVariant(indicator.unitOfMeasure));
    query.addBindValue(QString::fromUtf8(toCode(indicator.kind)));
    query.addBindValue(QString::fromUtf8(toCode(indicator.basis)));
    query.addBindValue(sql::toVariant(indicator.midYearShare));
    query.addBindValue(sql::toVariant(indicator.minValue));
    query.addBindValue(sql::toVariant(indicator.maxValue));
    query.addBindValue(nextPosition(db, u"indicators"_s));
    sql::exec(query);

    const qint64 id = sql::requireId(db, u"indicators"_s, StorageText::tr("indicator"), indicator.code);
    QSqlQuery clear = sql::prepare(db, u"DELETE FROM indicator_members WHERE indicator_id = ?"_s);
    clear.addBindValue(id);
    sql::exec(clear);
    QSqlQuery member =
        sql::prepare(db, u"INSERT INTO indicator_members (indicator_id, unit_id, position) VALUES (?, ?, ?)"_s);
    int position = 0;
    for (const std::string& code : indicator.memberCodes) {
        member.addBindValue(id);
        member.addBindValue(sql::requireId(db, u"units"_s, StorageText::tr("unit"), code));
        member.addBindValue(++position);
        sql::exec(member);
    }
}

void PlanRepository::saveUnit(const Unit& unit)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery query = sql::prepare(db, uR"(INSERT INTO units (code, name, kind, group_id, archived, position)
        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
            group_id = excluded.group_id, archived = excluded.archived)"_s);
    query.addBindValue(sql::toVariant(unit.code));
    query.addBindValue(sql::toVariant(unit.name));
    query.addBindValue(QString::fromUtf8(toCode(unit.kind)));
    query.addBindValue(optionalId(db, u"unit_groups"_s, StorageText::tr("group"), unit.groupCode));
    query.addBindValue(unit.archived ? 1 : 0);
    query.addBindValue(nextPosition(db, u"units"_s));
    sql::exec(query);
}

void PlanRepository::saveGroup(const Group& group)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery query = sql::prepare(db, uR"(INSERT INTO unit_groups (code, name, kind, scheme_id) VALUES (?, ?, ?, ?)
        ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, scheme_id = excluded.scheme_id)"_s);
    query.addBindValue(sql::toVariant(group.code));
    query.addBindValue(sql::toVariant(group.name));
    query.addBindValue(QString::fromUtf8(toCode(group.kind)));
    query.addBindValue(optionalId(db, u"schemes"_s, StorageText::tr("scheme"), group.schemeCode));
    sql::exec(query);
}

void PlanRepository::saveScheme(const Scheme& scheme)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery query = sql::prepare(db, uR"(INSERT INTO schemes (code, name, scale, bonus_cap, flag_threshold)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, scale = excluded.scale,
            bonus_cap = excluded.bonus_cap, flag_threshold = excluded.flag_threshold)"_s);
    query.addBindValue(sql::toVariant(scheme.code));
    query.addBindValue(sql::toVariant(scheme.name));
    query.addBindValue(sql::toVariant(scheme.scale));
    query.addBindValue(sql::toVariant(scheme.bonusCap));
    query.addBindValue(sql::toVariant(scheme.flagThreshold));
    sql::exec(query);
    const qint64 schemeId = sql::requireId(db, u"schemes"_s, StorageText::tr("scheme"), scheme.code);

    QSqlQuery clearBands = sql::prepare(db, u"DELETE FROM scheme_title_bands WHERE scheme_id = ?"_s);
    clearBands.addBindValue(schemeId);
    sql::exec(clearBands);
    QSqlQuery band =
        sql::prepare(db, u"INSERT INTO scheme_title_bands (scheme_id, min_share, title) VALUES (?, ?, ?)"_s);
    for (const TitleBand& title : scheme.titleBands) {
        band.addBindValue(schemeId);
        band.addBindValue(title.minShare);
        band.addBindValue(sql::toVariant(title.title));
        sql::exec(band);
    }

    // Criteria are replaced as a whole: a scheme is edited and imported as one table. Codes that
    // stay keep their id so manual scores entered against them survive.
    QSqlQuery upsert = sql::prepare(db, uR"(INSERT INTO criteria (scheme_id, code, heading, name, max_points,
            indicator_id, method, bonus_rate, excess_cap, veto, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (scheme_id, code) DO UPDATE SET heading = excluded.heading, name = excluded.name,
            max_points = excluded.max_points, indicator_id = excluded.indicator_id, method = excluded.method,
            bonus_rate = excluded.bonus_rate, excess_cap = excluded.excess_cap, veto = excluded.veto,
            position = excluded.position)"_s);
    QSqlQuery criterionId = sql::prepare(db, u"SELECT id FROM criteria WHERE scheme_id = ? AND code = ?"_s);
    QSqlQuery clearCriterionBands = sql::prepare(db, u"DELETE FROM criterion_bands WHERE criterion_id = ?"_s);
    QSqlQuery criterionBand =
        sql::prepare(db, u"INSERT INTO criterion_bands (criterion_id, min_ratio, share) VALUES (?, ?, ?)"_s);
    QStringList kept;
    int position = 0;
    for (const Criterion& criterion : scheme.criteria) {
        upsert.addBindValue(schemeId);
        upsert.addBindValue(sql::toVariant(criterion.code));
        upsert.addBindValue(sql::toVariant(criterion.heading));
        upsert.addBindValue(sql::toVariant(criterion.name));
        upsert.addBindValue(criterion.maxPoints);
        upsert.addBindValue(optionalId(db, u"indicators"_s, StorageText::tr("indicator"), criterion.indicatorCode));
        upsert.addBindValue(QString::fromUtf8(toCode(criterion.method)));
        upsert.addBindValue(criterion.bonusRate);
        upsert.addBindValue(criterion.excessCap);
        upsert.addBindValue(criterion.veto ? 1 : 0);
        upsert.addBindValue(++position);
        sql::exec(upsert);
        criterionId.addBindValue(schemeId);
        criterionId.addBindValue(sql::toVariant(criterion.code));
        sql::exec(criterionId);
        criterionId.next();
        const qint64 id = criterionId.value(0).toLongLong();
        clearCriterionBands.addBindValue(id);
        sql::exec(clearCriterionBands);
        for (const Band& b : criterion.bands) {
            criterionBand.addBindValue(id);
            criterionBand.addBindValue(b.minRatio);
            criterionBand.addBindValue(b.share);
            sql::exec(criterionBand);
        }
        kept << QString::number(id);
    }
    QSqlQuery removeOthers =
        sql::prepare(db, u"DELETE FROM criteria WHERE scheme_id = ?"_s +
                             (kept.isEmpty() ? QString() : u" AND id NOT IN ("_s + kept.join(u',') + u')'));
    removeOthers.addBindValue(schemeId);
    sql::exec(removeOthers);
}

void PlanRepository::saveTarget(const Target& target)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery query = sql::prepare(db, uR"(INSERT INTO targets (unit_id, indicator_id, year, value) VALUES (?, ?, ?, ?)
        ON CONFLICT (unit_id, indicator_id, year) DO UPDATE SET value = excluded.value)"_s);
    query.addBindValue(sql::requireId(db, u"units"_s, StorageText::tr("unit"), target.unitCode));
    query.addBindValue(sql::requireId(db, u"indicators"_s, StorageText::tr("indicator"), target.indicatorCode));
    query.addBindValue(target.year);
    query.addBindValue(sql::toVariant(target.value));
    sql::exec(query);
}

void PlanRepository::savePhase(const Phase& phase)
{
    QSqlQuery query = sql::prepare(m_db.connection(), uR"(INSERT INTO phases (code, year, name, starts_on, ends_on,
            salutes) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET year = excluded.year,
            name = excluded.name, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
            salutes = excluded.salutes)"_s);
    query.addBindValue(sql::toVariant(phase.code));
    query.addBindValue(phase.year);
    query.addBindValue(sql::toVariant(phase.name));
    query.addBindValue(sql::toVariant(phase.startsOn));
    query.addBindValue(sql::toVariant(phase.endsOn));
    query.addBindValue(sql::toVariant(phase.salutes));
    sql::exec(query);
}

void PlanRepository::savePeriod(const Period& period)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery query = sql::prepare(db, uR"(INSERT INTO periods (code, phase_id, name, starts_on, ends_on, deadline)
        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET phase_id = excluded.phase_id, name = excluded.name,
            starts_on = excluded.starts_on, ends_on = excluded.ends_on, deadline = excluded.deadline)"_s);
    query.addBindValue(sql::toVariant(period.code));
    query.addBindValue(sql::requireId(db, u"phases"_s, StorageText::tr("phase"), period.phaseCode));
    query.addBindValue(sql::toVariant(period.name));
    query.addBindValue(sql::toVariant(period.startsOn));
    query.addBindValue(sql::toVariant(period.endsOn));
    query.addBindValue(sql::nullIfEmpty(period.deadline));
    sql::exec(query);
}

} // namespace thidua::storage
