// The commendation shortlist of each period (schema v2: shortlist_entries) and the settings the
// printed documents and the checks need (document_settings). Every change is written to the audit
// log with the user, in the same transaction.
#pragma once

#include "core/Commendation.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace thidua::storage {

class Database;

// Who issues and signs the printed documents (spec/printing.md). Stored per database.
struct DocumentSettings
{
    std::string parentAgency;  // "UBND TỈNH BÌNH ĐỊNH"
    std::string issuingAgency; // "UBND HUYỆN TÂY SƠN"
    std::string place;         // "Tây Sơn", for "Tây Sơn, ngày … tháng … năm …"
    std::string signingOnBehalf = "TM. ỦY BAN NHÂN DÂN";
    std::string signingFor = "KT. CHỦ TỊCH"; // empty when the chairman signs himself
    std::string signerTitle = "PHÓ CHỦ TỊCH";
    std::string signerName;
    std::vector<std::string> recipients; // "Nơi nhận", one per line
    double emulationSoldierQuota = 0.15;
};

class ShortlistRepository
{
public:
    explicit ShortlistRepository(Database& db)
        : m_db(db)
    {
    }

    // In the order of the printed list: collectives first (by group, then rank where from the
    // ranking, then unit name), then individuals (by unit, then name).
    std::vector<ShortlistEntry> entries(const std::string& periodCode) const;
    std::optional<ShortlistEntry> entry(std::int64_t id) const;

    // Inserts (id 0; returns the new id) or updates an entry. Refuses (StorageError::Invalid, naming
    // the field): unknown unit or period, an individual without a name, a collective award for a
    // person or the other way round, an exclusion without a reason, negative counts, a decision date
    // that is not a date, status approved without a decision number.
    std::int64_t save(const ShortlistEntry& entry, const QString& user);
    // Removes an entry typed in; entries from the ranking are excluded instead (StorageError::Invalid).
    void remove(std::int64_t id, const QString& user);

    // Adds the ranking's proposals (proposalsFromRankings) that are not in the list yet; a proposal
    // already there keeps what people entered (facts, status, decision). Entries from the ranking
    // that it no longer proposes are excluded with the reason "no longer proposed by the ranking",
    // unless their status is beyond proposed. Returns how many entries were added.
    int syncFromRankings(const std::string& periodCode, const std::vector<GroupRanking>& rankings, const QString& user);

    // Settings: what was stored, else defaults from the plan (issuing agency = the plan's issuer in
    // capitals; place = the issuer without "UBND huyện").
    DocumentSettings documentSettings() const;
    void saveDocumentSettings(const DocumentSettings& settings, const QString& user);
    // A new database's seed: stores the agencies and the place only (the signer is the office's to
    // enter), without an audit entry, as the seeded plan itself has none.
    void seedDocumentSettings(const DocumentSettings& settings);

private:
    Database& m_db;
};

} // namespace thidua::storage
