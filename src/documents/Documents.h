// The three documents that leave the office on paper (issue 6), built as DocumentContent from what
// storage holds: the commendation shortlist, the period summary, and one unit's score sheet. Text
// is Vietnamese, as the documents are (data and the administrative formulas; not translated).
#pragma once

#include "DocumentPage.h"

#include <QString>

#include <string>

namespace thidua::storage {
class Database;
}

namespace thidua::documents {

enum class ShortlistGrouping
{
    CollectivesThenIndividuals, // "I. Tập thể", "II. Cá nhân"
    ByGroup,                    // one section per cluster/block (then individuals)
};

// Throws storage::StorageError (unknown period). Only included entries that are not "not passed"
// are listed; the header block, title "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", subtitle naming the period,
// a numbered table (TT, name, position and unit, form of commendation, achievement / decision),
// then "Nơi nhận" and the signature block from the document settings.
DocumentContent shortlistDocument(storage::Database& db, const std::string& periodCode,
                                  ShortlistGrouping grouping = ShortlistGrouping::CollectivesThenIndividuals);

// The period summary: the district's indicators (plan / actual / % / status, under their headings)
// and then the ranking of each group (rank, unit, total, proposal, title). Landscape.
DocumentContent summaryDocument(storage::Database& db, const std::string& periodCode);

// How one unit's score was built: each criterion (status, r, M, points, bonus), adjustments, totals,
// eligibility. Throws storage::StorageError for a unit the period does not score.
DocumentContent scoreSheetDocument(storage::Database& db, const std::string& periodCode, const std::string& unitCode);

} // namespace thidua::documents
