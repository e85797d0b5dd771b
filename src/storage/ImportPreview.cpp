#include "ImportPreview.h"

#include "Database.h"
#include "ImportCatalog.h"
#include "ImportChecks.h"
#include "ReportRepository.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace thidua::storage {
namespace {

bool same(const std::optional<double>& a, const std::optional<double>& b)
{
    // A figure stored and read back through SQLite's REAL is the same double; the tolerance only
    // keeps 0.1 + 0.2 typed one way and 0.3 the other from showing as a change.
    return a.has_value() == b.has_value() && (!a || std::fabs(*a - *b) <= 1e-9 * std::max(1.0, std::fabs(*a)));
}

using Key = std::tuple<std::string, std::string, std::string>; // unit, period, indicator

} // namespace

ImportPreview previewReportImport(Database& db, const ImportFile& file)
{
    ImportPreview preview;
    preview.problems = file.errors;
    // The database checks need rows that read; a file with faults of its own may still show them
    // for the rows that did, so the official sees every problem at once.
    const auto rows = std::get_if<std::vector<Row<ReportRow>>>(&file.rows);
    if (file.kind != ImportKind::Reports || rows == nullptr) {
        return preview;
    }
    const std::vector<ImportError> checks = checkAgainstDatabase(file, ImportCatalog(db.connection()));
    preview.problems.insert(preview.problems.end(), checks.begin(), checks.end());

    // One query per period of the file, not one per row: a file holds one or two periods.
    std::set<std::string> periods;
    for (const auto& row : *rows) {
        periods.insert(row.value.periodCode);
    }
    const ReportRepository reports(db);
    std::set<std::pair<std::string, std::string>> reportsSeen;
    for (const auto& row : *rows) {
        const auto& [unit, period] = *reportsSeen.emplace(row.value.unitCode, row.value.periodCode).first;
        if (reports.status(unit, period) == ReportStatus::Approved &&
            std::none_of(preview.locked.begin(), preview.locked.end(),
                         [&](const LockedReport& l) { return l.unitCode == unit && l.periodCode == period; })) {
            preview.locked.push_back({unit, period});
        }
    }
    std::map<Key, ReportValue> stored;
    for (const std::string& period : periods) {
        for (ReportValue& value : reports.values(period)) {
            Key key{value.unitCode, value.periodCode, value.indicatorCode};
            stored.emplace(std::move(key), std::move(value));
        }
    }

    // A column the file leaves out keeps what is stored (ImportFile::columns), so it changes nothing.
    const bool hasActual = file.hasColumn("actual");
    const bool hasBaseline = file.hasColumn("baseline");
    const bool hasNote = file.hasColumn("note");
    for (const auto& [line, row] : *rows) {
        PreviewValue value;
        value.line = line;
        value.unitCode = row.unitCode;
        value.periodCode = row.periodCode;
        value.indicatorCode = row.indicatorCode;
        const auto old = stored.find(Key{row.unitCode, row.periodCode, row.indicatorCode});
        if (old == stored.end()) {
            value.change = PreviewValue::Change::New;
            value.newActual = hasActual ? row.actual : std::nullopt;
            value.newBaseline = hasBaseline ? row.baseline : std::nullopt;
            ++preview.newCount;
        } else {
            value.oldActual = old->second.actual;
            value.oldBaseline = old->second.baseline;
            value.newActual = hasActual ? row.actual : old->second.actual;
            value.newBaseline = hasBaseline ? row.baseline : old->second.baseline;
            // A changed note is a change too: it is written and logged like a figure.
            const bool changed = !same(value.oldActual, value.newActual) ||
                                 !same(value.oldBaseline, value.newBaseline) ||
                                 (hasNote && row.note != old->second.note);
            value.change = changed ? PreviewValue::Change::Changed : PreviewValue::Change::Unchanged;
            ++(changed ? preview.changedCount : preview.unchangedCount);
        }
        preview.values.push_back(std::move(value));
    }
    return preview;
}

} // namespace thidua::storage
