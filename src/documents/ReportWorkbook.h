// Entry workbooks (issue 7): what units fill in and send back instead of retyped figures.
//  - writeEntryWorkbook: one unit, one period, as XLSX (libxlsxwriter): the unit's indicators with
//    targets (T and T′), units of measure and instructions in Vietnamese; the actual / baseline / note
//    cells unlocked, everything else protected; data validation from the indicators' valid ranges.
//  - readReportWorkbook: a filled workbook back into the rows of reports.csv (spec/interchange.md), so
//    the CSV import's checks, preview and transaction apply unchanged. It reads what real workbooks
//    hold: numbers stored as text, decimal commas, percentages stored as fractions under a % format
//    (0,935 shown as 93,5% is 93.5), merged header cells, empty trailing rows; both our template
//    layout and a plain sheet with the reports.csv columns.
// The zip inside an XLSX is read with minizip (Debian libminizip-dev), the library libxlsxwriter itself
// links: QuaZip carries a second copy of minizip's symbols that collides with libxlsxwriter's in one
// process.
#pragma once

#include "core/ImportFile.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>

namespace thidua::storage {
class Database;
}

namespace thidua::documents {

// Returns an empty string on success, else the reason in words; nothing is left at `path` on failure.
// Throws storage::StorageError for an unknown unit or period.
QString writeEntryWorkbook(storage::Database& db, const std::string& unitCode, const std::string& periodCode,
                           const QString& path);

// An ImportFile of kind Reports. Faults name the place a person must fix: `file` is
// "FILE › SHEET", `line` the sheet's row number (1-based, as the spreadsheet shows it), `column`
// the column's header (or its letter when it has none). A file that is not an XLSX workbook gives
// one NotCsv-like fault (problem NotCsv, detail in words). Never throws, never hangs on any input.
ImportFile readReportWorkbook(std::string_view fileName, const QByteArray& bytes);

} // namespace thidua::documents
