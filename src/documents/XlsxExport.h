// Spreadsheets for those who must forward one (issue 6): the shortlist and the rankings of a period
// as XLSX workbooks (libxlsxwriter), with the same rows as the printed documents, numbers as numbers
// (not text), a bold header row and sensible column widths.
#pragma once

#include <QString>

#include <string>

namespace thidua::storage {
class Database;
}

namespace thidua::documents {

// Each returns an empty string on success, else the reason in words; nothing is left at `path` on
// failure. Throw storage::StorageError for an unknown period.
QString writeShortlistXlsx(storage::Database& db, const std::string& periodCode, const QString& path);
// One sheet per group (cluster/block), named after the group's code.
QString writeRankingsXlsx(storage::Database& db, const std::string& periodCode, const QString& path);

} // namespace thidua::documents
