#include "ShortlistRepository.h"

#include "Database.h"
#include "ShortlistAudit.h"
#include "SqlHelpers.h"
#include "StorageText.h"

#include <QCollator>
#include <QDate>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

const QString kSelect = uR"(SELECT e.id, p.code, u.code, e.award, e.person_name, e.position, e.initiative,
    e.reached_ldtt, e.members, e.completing_tasks, e.advanced_workers, e.emulation_soldiers, e.disciplined,
    e.from_ranking, e.achievement, e.included, e.exclusion_reason, e.status, e.decision_number, e.decision_date,
    e.decision_signer, e.note, u.name, u.position, g.id, e.ranking_rank
    FROM shortlist_entries e JOIN periods p ON p.id = e.period_id JOIN units u ON u.id = e.unit_id
    LEFT JOIN unit_groups g ON g.id = u.group_id)"_s;

[[noreturn]] void invalid(const QString& message)
{
    throw StorageError(StorageError::Kind::Invalid, message);
}

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

QString text(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

std::optional<int> toOptionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant toVariant(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

// What the printed list is sorted by, read with the entry.
struct Row
{
    ShortlistEntry entry;
    QString unitName;
    int unitPosition = 0;
    qint64 groupOrder = std::numeric_limits<qint64>::max(); // units outside any group come last
    int rank = std::numeric_limits<int>::max();             // entries the ranking did not propose last
};

Row readRow(const QSqlQuery& q)
{
    Row row;
    ShortlistEntry& e = row.entry;
    e.id = q.value(0).toLongLong();
    e.periodCode = sql::toStdString(q.value(1));
    e.unitCode = sql::toStdString(q.value(2));
    e.award = awardFromCode(sql::toStdString(q.value(3))).value_or(Award::AdvancedWorker);
    e.personName = sql::toStdString(q.value(4));
    e.position = sql::toStdString(q.value(5));
    e.initiative = sql::toStdString(q.value(6));
    e.reachedAdvancedWorker = q.value(7).toInt() != 0;
    e.facts = {toOptionalInt(q.value(8)), toOptionalInt(q.value(9)), toOptionalInt(q.value(10)),
               toOptionalInt(q.value(11)), toOptionalInt(q.value(12))};
    e.fromRanking = q.value(13).toInt() != 0;
    e.achievement = sql::toStdString(q.value(14));
    e.included = q.value(15).toInt() != 0;
    e.exclusionReason = sql::toStdString(q.value(16));
    e.status = entryStatusFromCode(sql::toStdString(q.value(17))).value_or(EntryStatus::Proposed);
    e.decisionNumber = sql::toStdString(q.value(18));
    e.decisionDate = sql::toStdString(q.value(19));
    e.decisionSigner = sql::toStdString(q.value(20));
    e.note = sql::toStdString(q.value(21));
    row.unitName = q.value(22).toString();
    row.unitPosition = q.value(23).toInt();
    if (!q.value(24).isNull()) {
        row.groupOrder = q.value(24).toLongLong();
    }
    if (!q.value(25).isNull()) {
        row.rank = q.value(25).toInt();
    }
    return row;
}

int awardOrder(Award award)
{
    const auto& awards = allAwards();
    return static_cast<int>(std::find(awards.begin(), awards.end(), award) - awards.begin());
}

// The order of the printed list (see the header). Names compare in Vietnamese collation, so "Đ"
// follows "D" as on paper and not after "Z" as in code points.
void sortForPrinting(std::vector<Row>& rows)
{
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const bool ca = isCollective(a.entry);
        const bool cb = isCollective(b.entry);
        if (ca != cb) {
            return ca;
        }
        if (ca) {
            if (a.groupOrder != b.groupOrder) {
                return a.groupOrder < b.groupOrder;
            }
            if (a.rank != b.rank) {
                return a.rank < b.rank;
            }
            if (const int c = collator.compare(a.unitName, b.unitName); c != 0) {
                return c < 0;
            }
        } else {
            if (a.unitPosition != b.unitPosition) {
                return a.unitPosition < b.unitPosition;
            }
            if (const int c = collator.compare(text(a.entry.personName), text(b.entry.personName)); c != 0) {
                return c < 0;
            }
        }
        return awardOrder(a.entry.award) < awardOrder(b.entry.award);
    });
}

// The entry as the audit log records it: every field a person can change.
shortlist::Fields fieldsOf(const ShortlistEntry& e)
{
    const auto flag = [](bool value) {
        return value ? u"1"_s : u"0"_s;
    };
    return {
        {u"period"_s, text(e.periodCode)},
        {u"unit"_s, text(e.unitCode)},
        {u"award"_s, text(toCode(e.award))},
        {u"person_name"_s, text(e.personName)},
        {u"position"_s, text(e.position)},
        {u"initiative"_s, text(e.initiative)},
        {u"reached_ldtt"_s, flag(e.reachedAdvancedWorker)},
        {u"members"_s, text(e.facts.members)},
        {u"completing_tasks"_s, text(e.facts.completingTasks)},
        {u"advanced_workers"_s, text(e.facts.advancedWorkers)},
        {u"emulation_soldiers"_s, text(e.facts.emulationSoldiers)},
        {u"disciplined"_s, text(e.facts.disciplined)},
        {u"from_ranking"_s, flag(e.fromRanking)},
        {u"achievement"_s, text(e.achievement)},
        {u"included"_s, flag(e.included)},
        {u"exclusion_reason"_s, text(e.exclusionReason)},
        {u"status"_s, text(toCode(e.status))},
        {u"decision_number"_s, text(e.decisionNumber)},
        {u"decision_date"_s, text(e.decisionDate)},
        {u"decision_signer"_s, text(e.decisionSigner)},
        {u"note"_s, text(e.note)},
    };
}

// Codes, not ids, as for report values: PERIOD|UNIT|AWARD|PERSON.
QString auditKey(const ShortlistEntry& e)
{
    return text(e.periodCode + '|' + e.unitCode + '|' + std::string(toCode(e.award)) + '|' + e.personName);
}

void checkCount(const QString& field, const std::optional<int>& value, const std::optional<int>& members)
{
    if (value && *value < 0) {
        invalid(StorageText::tr("The number of %1 must be 0 or more (the value given was %2).").arg(field).arg(*value));
    }
    if (value && members && *value > *members) {
        invalid(StorageText::tr("The number of %1 (%2) cannot be more than the number of members (%3).")
                    .arg(field)
                    .arg(*value)
                    .arg(*members));
    }
}

// The rules that need no database, checked before anything is written.
void validate(const ShortlistEntry& e)
{
    const QString award = text(awardName(e.award));
    const QString name = text(e.personName).trimmed();
    if (isCollective(e.award)) {
        if (!name.isEmpty()) {
            invalid(StorageText::tr("%1 is awarded to a collective, so the person's name must be empty (the value "
                                    "given was '%2').")
                        .arg(award, name));
        }
    } else {
        if (name.isEmpty()) {
            invalid(StorageText::tr("An entry for %1 needs the person's name.").arg(award));
        }
        const CollectiveFacts& f = e.facts;
        if (f.members || f.completingTasks || f.advancedWorkers || f.emulationSoldiers || f.disciplined) {
            invalid(StorageText::tr("%1 is awarded to a person; counts of members belong to a collective's entry.")
                        .arg(award));
        }
    }
    const std::optional<int> members = e.facts.members;
    checkCount(StorageText::tr("members"), members, std::nullopt);
    checkCount(StorageText::tr("members who completed their tasks"), e.facts.completingTasks, members);
    checkCount(StorageText::tr("advanced workers"), e.facts.advancedWorkers, members);
    checkCount(StorageText::tr("grassroots emulation soldiers"), e.facts.emulationSoldiers, members);
    checkCount(StorageText::tr("members disciplined"), e.facts.disciplined, members);
    if (!e.included && text(e.exclusionReason).trimmed().isEmpty()) {
        invalid(StorageText::tr("An entry left out of the list needs a reason for the exclusion."));
    }
    if (!e.decisionDate.empty() && !QDate::fromString(text(e.decisionDate), Qt::ISODate).isValid()) {
        invalid(StorageText::tr("The decision date must be a date written yyyy-mm-dd (the value given was '%1').")
                    .arg(text(e.decisionDate)));
    }
    if (e.status == EntryStatus::Approved && text(e.decisionNumber).trimmed().isEmpty()) {
        invalid(StorageText::tr("An approved entry needs the number of the decision."));
    }
}

} // namespace

std::vector<ShortlistEntry> ShortlistRepository::entries(const std::string& periodCode) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), kSelect + u" WHERE p.code = ?"_s);
    query.addBindValue(sql::toVariant(periodCode));
    sql::exec(query);
    std::vector<Row> rows;
    while (query.next()) {
        rows.push_back(readRow(query));
    }
    sortForPrinting(rows);
    std::vector<ShortlistEntry> result;
    result.reserve(rows.size());
    for (Row& row : rows) {
        result.push_back(std::move(row.entry));
    }
    return result;
}

std::optional<ShortlistEntry> ShortlistRepository::entry(std::int64_t id) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), kSelect + u" WHERE e.id = ?"_s);
    query.addBindValue(static_cast<qint64>(id));
    sql::exec(query);
    if (!query.next()) {
        return std::nullopt;
    }
    return readRow(query).entry;
}

std::int64_t ShortlistRepository::save(const ShortlistEntry& given, const QString& user)
{
    ShortlistEntry e = given;
    // Names are compared for duplicates; stray spaces typed around one must not make a second person.
    e.personName = text(e.personName).trimmed().toStdString();
    validate(e);
    std::int64_t id = e.id;
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const qint64 periodId = sql::requireId(db, u"periods"_s, StorageText::tr("period"), e.periodCode);
        const qint64 unitId = sql::requireId(db, u"units"_s, StorageText::tr("unit"), e.unitCode);
        std::optional<ShortlistEntry> old;
        if (e.id != 0) {
            old = entry(e.id);
            if (!old) {
                invalid(StorageText::tr("There is no shortlist entry %1.").arg(e.id));
            }
            // The ranking's proposal is matched on its unit and award when the ranking is synced again.
            if (old->fromRanking &&
                (old->unitCode != e.unitCode || old->award != e.award || old->periodCode != e.periodCode)) {
                invalid(StorageText::tr("An entry proposed by the ranking keeps its period, unit and award; exclude "
                                        "it and add a new entry instead."));
            }
            e.fromRanking = old->fromRanking;
        }
        QSqlQuery duplicate = sql::prepare(db, uR"(SELECT id FROM shortlist_entries WHERE period_id = ? AND unit_id = ?
            AND award = ? AND person_name = ? AND id <> ?)"_s);
        duplicate.addBindValue(periodId);
        duplicate.addBindValue(unitId);
        duplicate.addBindValue(text(toCode(e.award)));
        duplicate.addBindValue(text(e.personName));
        duplicate.addBindValue(static_cast<qint64>(e.id));
        sql::exec(duplicate);
        if (duplicate.next()) {
            const QString who =
                e.personName.empty() ? text(e.unitCode) : text(e.personName) + u" ("_s + text(e.unitCode) + u')';
            invalid(StorageText::tr("%1 is already on the list of period %2 for %3.")
                        .arg(who, text(e.periodCode), text(awardName(e.award))));
        }

        QSqlQuery write = sql::prepare(
            db, e.id == 0 ? uR"(INSERT INTO shortlist_entries (period_id, unit_id, award, person_name, position,
                initiative, reached_ldtt, members, completing_tasks, advanced_workers, emulation_soldiers, disciplined,
                from_ranking, achievement, included, exclusion_reason, status, decision_number, decision_date,
                decision_signer, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s
                          : uR"(UPDATE shortlist_entries SET period_id = ?, unit_id = ?, award = ?, person_name = ?,
                position = ?, initiative = ?, reached_ldtt = ?, members = ?, completing_tasks = ?, advanced_workers = ?,
                emulation_soldiers = ?, disciplined = ?, from_ranking = ?, achievement = ?, included = ?,
                exclusion_reason = ?, status = ?, decision_number = ?, decision_date = ?, decision_signer = ?, note = ?
                WHERE id = ?)"_s);
        for (const QVariant& value : {QVariant(periodId),
                                      QVariant(unitId),
                                      QVariant(text(toCode(e.award))),
                                      sql::toVariant(e.personName),
                                      sql::toVariant(e.position),
                                      sql::toVariant(e.initiative),
                                      QVariant(e.reachedAdvancedWorker ? 1 : 0),
                                      toVariant(e.facts.members),
                                      toVariant(e.facts.completingTasks),
                                      toVariant(e.facts.advancedWorkers),
                                      toVariant(e.facts.emulationSoldiers),
                                      toVariant(e.facts.disciplined),
                                      QVariant(e.fromRanking ? 1 : 0),
                                      sql::toVariant(e.achievement),
                                      QVariant(e.included ? 1 : 0),
                                      sql::toVariant(e.exclusionReason),
                                      QVariant(text(toCode(e.status))),
                                      sql::toVariant(e.decisionNumber),
                                      sql::nullIfEmpty(e.decisionDate),
                                      sql::toVariant(e.decisionSigner),
                                      sql::toVariant(e.note)}) {
            write.addBindValue(value);
        }
        if (e.id != 0) {
            write.addBindValue(static_cast<qint64>(e.id));
        }
        sql::exec(write);
        if (e.id == 0) {
            id = write.lastInsertId().toLongLong();
        }
        shortlist::AuditWriter(db, user, u"shortlist_entry"_s)
            .log(auditKey(e), old ? fieldsOf(*old) : shortlist::Fields{}, fieldsOf(e));
    });
    return id;
}

void ShortlistRepository::remove(std::int64_t id, const QString& user)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const std::optional<ShortlistEntry> old = entry(id);
        if (!old) {
            invalid(StorageText::tr("There is no shortlist entry %1.").arg(id));
        }
        if (old->fromRanking) {
            invalid(StorageText::tr("The entry for %1 was proposed by the ranking and cannot be removed; exclude it "
                                    "with a reason instead.")
                        .arg(text(old->unitCode)));
        }
        QSqlQuery remove = sql::prepare(db, u"DELETE FROM shortlist_entries WHERE id = ?"_s);
        remove.addBindValue(static_cast<qint64>(id));
        sql::exec(remove);
        shortlist::AuditWriter(db, user, u"shortlist_entry"_s).log(auditKey(*old), fieldsOf(*old), {});
    });
}

} // namespace thidua::storage
