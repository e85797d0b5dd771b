// What an import of report values would change, before anything is written (issue 7): every value
// of the file as new, changed or unchanged against what is stored, and every problem the import
// would refuse (the file's own faults and the database checks), so the official decides with the
// whole picture; Importer::apply then stores all of it in one transaction, or nothing.
#pragma once

#include "core/ImportFile.h"

#include <optional>
#include <string>
#include <vector>

namespace thidua::storage {

class Database;

struct PreviewValue
{
    enum class Change
    {
        New,       // nothing stored for (unit, period, indicator) yet
        Changed,   // the actual, the baseline or the note differs from the stored one
        Unchanged, // the same as stored
    };
    int line = 0; // the file's line / the sheet's row
    std::string unitCode;
    std::string periodCode;
    std::string indicatorCode;
    Change change = Change::New;
    std::optional<double> oldActual;
    std::optional<double> newActual;
    std::optional<double> oldBaseline;
    std::optional<double> newBaseline;
};

// A report the file has values for that is approved: its values are locked until it is reopened
// (ReportRepository::reopen), so the import would be refused as a whole.
struct LockedReport
{
    std::string unitCode;
    std::string periodCode;
};

struct ImportPreview
{
    std::vector<PreviewValue> values;  // in file order
    std::vector<ImportError> problems; // file faults, then database faults; empty: it may be applied
    int newCount = 0;
    int changedCount = 0;
    int unchangedCount = 0;
    std::vector<LockedReport> locked; // in file order, each once
    bool canApply() const { return problems.empty() && locked.empty(); }
};

// `file` of kind Reports (from a CSV file or a workbook). Reads only.
ImportPreview previewReportImport(Database& db, const ImportFile& file);

} // namespace thidua::storage
