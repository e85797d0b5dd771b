// Reading one CSV file of a kind of spec/interchange.md into typed rows, with every fault found in
// the file itself: missing or unknown columns, numbers that are not numbers, booleans other than
// 0/1, codes of a closed vocabulary, duplicate keys. Faults that need the database (unknown unit,
// a value outside the indicator's range) are found by storage when the rows are applied. Problems
// are codes with their details, not sentences: the GUI and the CLI word them in the user's language.
#pragma once

#include "Plan.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace thidua {

enum class ImportKind
{
    Indicators,
    Units,
    Groups,
    Schemes,
    Targets,
    Reports,
    Scores,
    Adjustments,
};

std::string_view toCode(ImportKind kind); // "indicators", "units", …
std::optional<ImportKind> importKindFromCode(std::string_view code);

enum class ImportProblem
{
    NotCsv,             // the text cannot be read as CSV (detail: the parser's words)
    MissingColumn,      // a required column is absent (column: its name)
    UnknownColumn,      // a column the kind does not have (detail: the kind's columns); with no column: a value
                        // under a header cell left empty
    DuplicateColumn,    // a column named twice
    WrongFieldCount,    // the row has more fields than the header (detail: "5 > 4", row's and header's counts)
    Required,           // an empty value where one is required
    NotANumber,         // value is not a number (detail: "year" for a year, "min:share" for a score band)
    ThousandsSeparator, // value like 2.000: thousands separators are refused
    NotBoolean,         // value other than 0/1
    UnknownCode,        // value is not one of the closed vocabulary (detail: the allowed codes)
    BadPeriod,          // value is not YYYY-H1 / YYYY-Y
    Negative,           // below zero where only ≥ 0 makes sense (points, rates, caps, band shares)
    DuplicateKey,       // the same key as an earlier row (detail: that row's line; value: the key's parts)
    SchemeMismatch,     // a scheme-level column disagrees with an earlier row of the same scheme (detail: its line)
    OutOfRange,         // outside the valid range (detail: the range as "[0, 100]", "(0, +inf)")
    UnknownReference,   // storage: a unit, indicator, period, group, scheme, criterion, parent, heading or member
                        // that does not exist (detail, criterion only: the unit's scheme; empty when none)
};

struct ImportError
{
    std::string file;
    int line = 0;
    std::string column; // empty for faults of the whole file or row
    ImportProblem problem = ImportProblem::NotCsv;
    std::string value;  // the offending value as written
    std::string detail; // what the problem needs to be explained (allowed codes, range, line…)
};

// `FILE:LINE: column 'NAME': <english description> (VALUE)`, the form of spec/interchange.md; the
// front ends replace the description by a translated one.
std::string describeInEnglish(const ImportError& error);

struct ReportRow
{
    std::string unitCode;
    std::string periodCode;
    std::string indicatorCode;
    std::optional<double> actual; // empty clears the stored value
    std::optional<double> baseline;
    std::string note;
};

struct ScoreRow
{
    std::string unitCode;
    std::string periodCode;
    std::string criterionCode;
    ScoreLevel level = ScoreLevel::Self;
    double points = 0;
};

struct AdjustmentRow
{
    std::string unitCode;
    std::string periodCode;
    AdjustmentType type = AdjustmentType::Bonus;
    std::string reason;
    double points = 0;
};

// A scheme spans one row per criterion; the lines are kept so a fault of a criterion found later
// (an unknown indicator) names its own row.
struct SchemeImport
{
    Scheme scheme;
    std::vector<int> criterionLines;
};

template <typename T>
struct Row
{
    int line = 0;
    T value;
};

using ImportRows = std::variant<std::vector<Row<Indicator>>, std::vector<Row<Unit>>, std::vector<Row<Group>>,
                                std::vector<Row<SchemeImport>>, // line: the scheme's first row
                                std::vector<Row<Target>>, std::vector<Row<ReportRow>>, std::vector<Row<ScoreRow>>,
                                std::vector<Row<AdjustmentRow>>>;

struct ImportFile
{
    ImportKind kind = ImportKind::Reports;
    std::string fileName;
    char delimiter = ',';
    ImportRows rows;
    std::vector<ImportError> errors; // every fault, in line order; rows are only to be applied when empty
    // The kind's columns the header names, lower-case, in file order. An optional column the file
    // leaves out keeps what is stored (a reports file without `baseline` must not clear baselines),
    // while a column that is present but empty clears it.
    std::vector<std::string> columns;

    bool hasColumn(std::string_view name) const;
};

// Reads `content` (the bytes of the file, UTF-8 with or without BOM) as a file of `kind`.
ImportFile readImportFile(ImportKind kind, std::string_view fileName, std::string_view content);

} // namespace thidua
