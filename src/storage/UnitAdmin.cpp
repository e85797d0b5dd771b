#include "UnitAdmin.h"

#include "Database.h"
#include "PlanRepository.h"
#include "SqlHelpers.h"
#include "StorageText.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw StorageError(StorageError::Kind::Invalid, message);
}

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

// "Xã Bình Hòa (BINH_HOA)": officials know units by name, files by code; messages give both.
QString label(const QSqlDatabase& db, const QString& table, const std::string& code)
{
    QSqlQuery query = sql::prepare(db, u"SELECT name FROM "_s + table + u" WHERE code = ?"_s);
    query.addBindValue(text(code));
    sql::exec(query);
    return query.next() ? u"%1 (%2)"_s.arg(query.value(0).toString(), text(code)) : text(code);
}

int count(const QSqlDatabase& db, const QString& statement, qint64 id)
{
    QSqlQuery query = sql::prepare(db, statement);
    query.addBindValue(id);
    sql::exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

void requireName(const std::string& name, const QString& what, const std::string& code)
{
    if (QString::fromStdString(name).trimmed().isEmpty()) {
        refuse(StorageText::tr("The %1 %2 needs a name.").arg(what, text(code)));
    }
}

void requireNewCode(const QSqlDatabase& db, const QString& table, const QString& what, const std::string& code)
{
    if (!isValidCode(code)) {
        refuse(StorageText::tr("'%1' cannot be a code: use 1 to 32 letters without accents, digits, '_', '.' or "
                               "'-', without spaces.")
                   .arg(text(code)));
    }
    if (sql::idOf(db, table, code)) {
        refuse(
            StorageText::tr("The code %1 is already used by the %2 %3.").arg(text(code), what, label(db, table, code)));
    }
}

// The kinds of data a unit has, in words: "2 reports, 32 targets".
QString describe(const UnitUsage& usage)
{
    QStringList parts;
    if (usage.reports > 0) {
        parts << StorageText::tr("%n report(s)", nullptr, usage.reports);
    }
    if (usage.targets > 0) {
        parts << StorageText::tr("%n target(s)", nullptr, usage.targets);
    }
    if (usage.manualScores > 0) {
        parts << StorageText::tr("%n manual score(s)", nullptr, usage.manualScores);
    }
    if (usage.adjustments > 0) {
        parts << StorageText::tr("%n bonus item(s) or deduction(s)", nullptr, usage.adjustments);
    }
    if (usage.memberTicks > 0) {
        parts << StorageText::tr("%n mention(s) as a named member in reports", nullptr, usage.memberTicks);
    }
    return parts.join(u", "_s);
}

} // namespace

bool isValidCode(std::string_view code)
{
    if (code.empty() || code.size() > 32) {
        return false;
    }
    for (const char c : code) {
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        const bool digit = c >= '0' && c <= '9';
        if (!letter && !digit && c != '_' && c != '.' && c != '-') {
            return false;
        }
    }
    return true;
}

UnitUsage UnitAdmin::usage(const std::string& unitCode) const
{
    const QSqlDatabase db = m_db.connection();
    const qint64 id = sql::requireId(db, u"units"_s, StorageText::tr("unit"), unitCode);
    UnitUsage usage;
    usage.reports = count(db, u"SELECT COUNT(*) FROM reports WHERE unit_id = ?"_s, id);
    usage.targets = count(db, u"SELECT COUNT(*) FROM targets WHERE unit_id = ?"_s, id);
    usage.manualScores = count(db, u"SELECT COUNT(*) FROM manual_scores WHERE unit_id = ?"_s, id);
    usage.adjustments = count(db, u"SELECT COUNT(*) FROM adjustments WHERE unit_id = ?"_s, id);
    usage.memberTicks = count(db, u"SELECT COUNT(*) FROM report_members WHERE unit_id = ?"_s, id);
    QSqlQuery named = sql::prepare(db, uR"(SELECT i.code FROM indicator_members m JOIN indicators i
        ON i.id = m.indicator_id WHERE m.unit_id = ? ORDER BY i.position)"_s);
    named.addBindValue(id);
    sql::exec(named);
    while (named.next()) {
        usage.namedIn.push_back(sql::toStdString(named.value(0)));
    }
    return usage;
}

bool UnitAdmin::hasReports(const std::string& unitCode) const
{
    return usage(unitCode).reports > 0;
}

void UnitAdmin::addUnit(const Unit& unit)
{
    m_db.transaction([&] {
        requireNewCode(m_db.connection(), u"units"_s, StorageText::tr("unit"), unit.code);
        requireName(unit.name, StorageText::tr("unit"), unit.code);
        PlanRepository(m_db).saveUnit(unit);
    });
}

void UnitAdmin::updateUnit(const std::string& code, const Unit& unit)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const qint64 id = sql::requireId(db, u"units"_s, StorageText::tr("unit"), code);
        requireName(unit.name, StorageText::tr("unit"), code);
        if (unit.code != code) {
            // Files, exports and the audit log name a unit by its code: once it has data the code
            // is part of the record.
            if (const UnitUsage used = usage(code); used.hasData()) {
                refuse(StorageText::tr("The code of %1 cannot change: the unit already has %2.")
                           .arg(label(db, u"units"_s, code), describe(used)));
            }
            requireNewCode(db, u"units"_s, StorageText::tr("unit"), unit.code);
            QSqlQuery rename = sql::prepare(db, u"UPDATE units SET code = ? WHERE id = ?"_s);
            rename.addBindValue(text(unit.code));
            rename.addBindValue(id);
            sql::exec(rename);
        }
        PlanRepository(m_db).saveUnit(unit);
    });
}

void UnitAdmin::setArchived(const std::string& unitCode, bool archived)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        QSqlQuery query = sql::prepare(db, u"UPDATE units SET archived = ? WHERE id = ?"_s);
        query.addBindValue(archived ? 1 : 0);
        query.addBindValue(sql::requireId(db, u"units"_s, StorageText::tr("unit"), unitCode));
        sql::exec(query);
    });
}

void UnitAdmin::removeUnit(const std::string& unitCode)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const UnitUsage used = usage(unitCode);
        if (used.hasData()) {
            refuse(StorageText::tr("%1 has %2, so it cannot be deleted; archive it instead: it then leaves the "
                                   "lists and the ranking, and its history is kept.")
                       .arg(label(db, u"units"_s, unitCode), describe(used)));
        }
        if (!used.namedIn.empty()) {
            QStringList codes;
            for (const std::string& code : used.namedIn) {
                codes << text(code);
            }
            refuse(StorageText::tr("%1 is a named member of the indicator(s) %2; remove it from their named members "
                                   "first.")
                       .arg(label(db, u"units"_s, unitCode), codes.join(u", "_s)));
        }
        QSqlQuery remove = sql::prepare(db, u"DELETE FROM units WHERE code = ?"_s);
        remove.addBindValue(text(unitCode));
        sql::exec(remove);
    });
}

int UnitAdmin::memberCount(const std::string& groupCode) const
{
    const QSqlDatabase db = m_db.connection();
    const qint64 id = sql::requireId(db, u"unit_groups"_s, StorageText::tr("group"), groupCode);
    return count(db, u"SELECT COUNT(*) FROM units WHERE group_id = ?"_s, id);
}

int UnitAdmin::manualScoresInGroup(const std::string& groupCode) const
{
    const QSqlDatabase db = m_db.connection();
    const qint64 id = sql::requireId(db, u"unit_groups"_s, StorageText::tr("group"), groupCode);
    return count(db, uR"(SELECT COUNT(*) FROM manual_scores s JOIN units u ON u.id = s.unit_id
        WHERE u.group_id = ?)"_s,
                 id);
}

void UnitAdmin::addGroup(const Group& group)
{
    m_db.transaction([&] {
        requireNewCode(m_db.connection(), u"unit_groups"_s, StorageText::tr("group"), group.code);
        requireName(group.name, StorageText::tr("group"), group.code);
        PlanRepository(m_db).saveGroup(group);
    });
}

void UnitAdmin::updateGroup(const Group& group)
{
    m_db.transaction([&] {
        sql::requireId(m_db.connection(), u"unit_groups"_s, StorageText::tr("group"), group.code);
        requireName(group.name, StorageText::tr("group"), group.code);
        PlanRepository(m_db).saveGroup(group);
    });
}

void UnitAdmin::removeGroup(const std::string& groupCode)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        if (const int members = memberCount(groupCode); members > 0) {
            refuse(StorageText::tr("%1 still has %n unit(s), archived ones included; move them to another group "
                                   "before deleting it.",
                                   nullptr, members)
                       .arg(label(db, u"unit_groups"_s, groupCode)));
        }
        QSqlQuery remove = sql::prepare(db, u"DELETE FROM unit_groups WHERE code = ?"_s);
        remove.addBindValue(text(groupCode));
        sql::exec(remove);
    });
}

} // namespace thidua::storage
