// The ranking's proposals brought into the shortlist, the document settings, and the audit writer
// both share.
#include "Database.h"
#include "ReportWorkflow.h"
#include "ShortlistAudit.h"
#include "ShortlistRepository.h"
#include "SqlHelpers.h"
#include "StorageText.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace shortlist {

AuditWriter::AuditWriter(const QSqlDatabase& db, QString user, QString entity)
    : m_query(sql::prepare(db, uR"(INSERT INTO audit_log (at, user_name, entity, entity_key, field, old_value,
        new_value) VALUES (?, ?, ?, ?, ?, ?, ?))"_s))
    , m_user(std::move(user))
    , m_entity(std::move(entity))
    , m_at(workflow::nowIso())
{
}

void AuditWriter::log(const QString& key, const Fields& before, const Fields& after)
{
    const auto valueIn = [](const Fields& fields, const QString& field) {
        for (const auto& [name, value] : fields) {
            if (name == field) {
                return value;
            }
        }
        return QString();
    };
    const auto write = [&](const QString& field, const QString& old, const QString& now) {
        if (old == now) {
            return;
        }
        for (const QVariant& value :
             {QVariant(m_at), QVariant(m_user), QVariant(m_entity), QVariant(key), QVariant(field),
              old.isEmpty() ? QVariant() : QVariant(old), now.isEmpty() ? QVariant() : QVariant(now)}) {
            m_query.addBindValue(value);
        }
        sql::exec(m_query);
    };
    for (const auto& [field, value] : after) {
        write(field, valueIn(before, field), value);
    }
    for (const auto& [field, value] : before) {
        if (std::none_of(after.begin(), after.end(), [&](const auto& item) { return item.first == field; })) {
            write(field, value, QString());
        }
    }
}

} // namespace shortlist

namespace {

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

// The reason written when the ranking stops proposing an entry. Compared in both languages so that
// an entry excluded under one interface language is recognised, and taken back, under the other.
QString noLongerProposed()
{
    return StorageText::tr("No longer proposed by the ranking.");
}

bool isNoLongerProposed(const std::string& reason)
{
    return text(reason) == noLongerProposed() || reason == "No longer proposed by the ranking.";
}

using Key = std::tuple<std::string, Award>; // unit, award: a collective's entry in one period

void setRank(const QSqlDatabase& db, std::int64_t id, std::optional<int> rank)
{
    QSqlQuery update = sql::prepare(db, u"UPDATE shortlist_entries SET ranking_rank = ? WHERE id = ?"_s);
    update.addBindValue(rank ? QVariant(*rank) : QVariant());
    update.addBindValue(static_cast<qint64>(id));
    sql::exec(update);
}

} // namespace

int ShortlistRepository::syncFromRankings(const std::string& periodCode, const std::vector<GroupRanking>& rankings,
                                          const QString& user)
{
    std::map<std::string, int> ranks;
    for (const GroupRanking& ranking : rankings) {
        for (const RankedUnit& unit : ranking.units) {
            ranks[unit.score.unitCode] = unit.rank;
        }
    }
    const std::vector<ShortlistEntry> proposals = proposalsFromRankings(periodCode, rankings);
    int added = 0;
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        sql::requireId(db, u"periods"_s, StorageText::tr("period"), periodCode);
        std::map<Key, ShortlistEntry> existing;
        for (ShortlistEntry& entry : entries(periodCode)) {
            if (isCollective(entry)) {
                existing.emplace(Key{entry.unitCode, entry.award}, std::move(entry));
            }
        }
        std::map<Key, bool> proposed;
        for (const ShortlistEntry& proposal : proposals) {
            const Key key{proposal.unitCode, proposal.award};
            proposed[key] = true;
            const auto found = existing.find(key);
            if (found == existing.end()) {
                setRank(db, save(proposal, user), ranks[proposal.unitCode]);
                ++added;
                continue;
            }
            // Already there: what people entered stays. Only an entry this sync itself set aside comes
            // back, and the rank follows the ranking (it is computed, nobody types it).
            ShortlistEntry& entry = found->second;
            if (entry.fromRanking && !entry.included && entry.status == EntryStatus::Proposed &&
                isNoLongerProposed(entry.exclusionReason)) {
                entry.included = true;
                entry.exclusionReason.clear();
                save(entry, user);
            }
            if (entry.fromRanking) {
                setRank(db, entry.id, ranks[proposal.unitCode]);
            }
        }
        for (auto& [key, entry] : existing) {
            if (!entry.fromRanking || proposed.count(key) != 0) {
                continue;
            }
            // Beyond "proposed" a person has acted on the entry: the ranking does not overrule them.
            if (entry.included && entry.status == EntryStatus::Proposed) {
                entry.included = false;
                entry.exclusionReason = noLongerProposed().toStdString();
                save(entry, user);
            }
            const auto rank = ranks.find(entry.unitCode);
            setRank(db, entry.id, rank == ranks.end() ? std::nullopt : std::optional<int>(rank->second));
        }
    });
    return added;
}

namespace {

const QString kParentAgency = u"parent_agency"_s;
const QString kIssuingAgency = u"issuing_agency"_s;
const QString kPlace = u"place"_s;
const QString kOnBehalf = u"signing_on_behalf"_s;
const QString kFor = u"signing_for"_s;
const QString kSignerTitle = u"signer_title"_s;
const QString kSignerName = u"signer_name"_s;
const QString kRecipients = u"recipients"_s;
const QString kQuota = u"emulation_soldier_quota"_s;

shortlist::Fields settingsFields(const DocumentSettings& s)
{
    QStringList recipients;
    for (const std::string& recipient : s.recipients) {
        recipients << text(recipient);
    }
    return {{kParentAgency, text(s.parentAgency)},
            {kIssuingAgency, text(s.issuingAgency)},
            {kPlace, text(s.place)},
            {kOnBehalf, text(s.signingOnBehalf)},
            {kFor, text(s.signingFor)},
            {kSignerTitle, text(s.signerTitle)},
            {kSignerName, text(s.signerName)},
            {kRecipients, recipients.join(u'\n')},
            {kQuota, QString::number(s.emulationSoldierQuota)}};
}

void writeSettings(const QSqlDatabase& db, const shortlist::Fields& fields)
{
    QSqlQuery upsert = sql::prepare(db, uR"(INSERT INTO document_settings (key, value) VALUES (?, ?)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value)"_s);
    for (const auto& [key, value] : fields) {
        upsert.addBindValue(key);
        upsert.addBindValue(value);
        sql::exec(upsert);
    }
}

} // namespace

DocumentSettings ShortlistRepository::documentSettings() const
{
    const QSqlDatabase db = m_db.connection();
    DocumentSettings settings;
    // Defaults from the latest plan's issuer, "UBND huyện Tây Sơn": the agency in capitals as
    // Nghị định 30 prints it (QString knows ơ → Ơ, std::toupper does not), the place without the title.
    QSqlQuery plan = sql::prepare(db, u"SELECT issuer FROM plans ORDER BY year DESC LIMIT 1"_s);
    sql::exec(plan);
    if (plan.next()) {
        const QString issuer = plan.value(0).toString().trimmed();
        settings.issuingAgency = issuer.toUpper().toStdString();
        static const QRegularExpression title(
            u"^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+(huyện|thị xã|thành phố|quận)\\s+"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        settings.place = QString(issuer).remove(title).toStdString();
    }
    QSqlQuery query = sql::prepare(db, u"SELECT key, value FROM document_settings"_s);
    sql::exec(query);
    while (query.next()) {
        const QString key = query.value(0).toString();
        const std::string value = sql::toStdString(query.value(1));
        if (key == kParentAgency) {
            settings.parentAgency = value;
        } else if (key == kIssuingAgency) {
            settings.issuingAgency = value;
        } else if (key == kPlace) {
            settings.place = value;
        } else if (key == kOnBehalf) {
            settings.signingOnBehalf = value;
        } else if (key == kFor) {
            settings.signingFor = value;
        } else if (key == kSignerTitle) {
            settings.signerTitle = value;
        } else if (key == kSignerName) {
            settings.signerName = value;
        } else if (key == kRecipients) {
            settings.recipients.clear();
            for (const QString& line : query.value(1).toString().split(u'\n', Qt::SkipEmptyParts)) {
                settings.recipients.push_back(line.toStdString());
            }
        } else if (key == kQuota) {
            bool ok = false;
            const double quota = query.value(1).toString().toDouble(&ok);
            if (ok) {
                settings.emulationSoldierQuota = quota;
            }
        }
    }
    return settings;
}

void ShortlistRepository::saveDocumentSettings(const DocumentSettings& settings, const QString& user)
{
    if (!(settings.emulationSoldierQuota >= 0 && settings.emulationSoldierQuota <= 1)) {
        throw StorageError(StorageError::Kind::Invalid,
                           StorageText::tr("The quota of grassroots emulation soldiers must lie between 0% and 100% "
                                           "(the value given was %1%).")
                               .arg(settings.emulationSoldierQuota * 100));
    }
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const shortlist::Fields before = settingsFields(documentSettings());
        const shortlist::Fields after = settingsFields(settings);
        writeSettings(db, after);
        shortlist::AuditWriter(db, user, u"document_settings"_s).log(u"settings"_s, before, after);
    });
}

void ShortlistRepository::seedDocumentSettings(const DocumentSettings& settings)
{
    m_db.transaction([&] {
        writeSettings(m_db.connection(), {{kParentAgency, text(settings.parentAgency)},
                                          {kIssuingAgency, text(settings.issuingAgency)},
                                          {kPlace, text(settings.place)}});
    });
}

} // namespace thidua::storage
