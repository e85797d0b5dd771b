// What the fuzz targets check of every ImportFile a reader returns (docs/fuzzing.md). A reader must
// not crash or hang (libFuzzer and the sanitizers see to that), and:
//  - every rejection is a message: each fault names its file and a line of the input, carries what
//    its wording needs (the column, the value, the detail), and reads as a non-empty sentence both
//    in English (core's describeInEnglish) and through the interface's wording (i18n's
//    ImportErrorText), which names the value as written;
//  - an accepted file is consistent: its rows are of the file's kind, in line order, with finite
//    numbers, filled keys and no two rows with the same key.
// A violation prints the fault and aborts, which libFuzzer reports as a crash with its input.
#pragma once

#include "core/Achievement.h"
#include "core/ImportFile.h"
#include "i18n/ImportErrorText.h"

#include <QString>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>
#include <vector>

namespace thidua::fuzz {

[[noreturn]] inline void violated(const char* what, const ImportError* error = nullptr)
{
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    if (error != nullptr) {
        std::fprintf(stderr, "  fault: file '%s' line %d column '%s' problem %d value '%s' detail '%s'\n",
                     error->file.c_str(), error->line, error->column.c_str(), static_cast<int>(error->problem),
                     error->value.c_str(), error->detail.c_str());
        std::fprintf(stderr, "  English: %s\n", describeInEnglish(*error).c_str());
    }
    std::abort();
}

#define THIDUA_FUZZ_CHECK(condition, ...)                                                                              \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            ::thidua::fuzz::violated(#condition __VA_OPT__(, ) __VA_ARGS__);                                           \
        }                                                                                                              \
    } while (false)

// Where the faults of a file may point: `file` is the name given to the reader (or starts with it:
// the XLSX reader writes "FILE › SHEET"), `line` is in [minLine, maxLine] (0: the whole file).
struct Place
{
    std::string fileName;
    bool fileIsPrefix = false;
    int minLine = 1;
    int maxLine = 1;
};

// The number of lines of `text` as the CSV reader counts them: \n, \r\n and a lone \r each end one.
inline int lineCount(std::string_view text)
{
    int lines = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            ++lines;
        }
    }
    return lines;
}

inline bool needsColumn(ImportProblem problem)
{
    switch (problem) {
    case ImportProblem::NotCsv:
    case ImportProblem::UnknownColumn: // a value under a header cell left empty has none
    case ImportProblem::WrongFieldCount:
        return false;
    default:
        return true;
    }
}

// The problems whose wording is "… (VALUE)" about something a person wrote: without the value the
// sentence does not say what to correct.
inline bool needsValue(const ImportError& error)
{
    switch (error.problem) {
    case ImportProblem::NotANumber:
    case ImportProblem::ThousandsSeparator:
    case ImportProblem::NotBoolean:
    case ImportProblem::UnknownCode:
    case ImportProblem::BadPeriod:
    case ImportProblem::Negative:
    case ImportProblem::DuplicateKey:
    case ImportProblem::SchemeMismatch:
        return true;
    case ImportProblem::UnknownColumn:
        return error.column.empty();
    default:
        return false;
    }
}

// The problems worded with their detail: "the same key as line %1", "write one of: %1" …
inline bool needsDetail(const ImportError& error)
{
    switch (error.problem) {
    case ImportProblem::NotCsv:
    case ImportProblem::WrongFieldCount:
    case ImportProblem::UnknownCode:
    case ImportProblem::DuplicateKey:
    case ImportProblem::SchemeMismatch:
    case ImportProblem::OutOfRange:
        return true;
    case ImportProblem::UnknownColumn:
        return !error.column.empty();
    default:
        return false;
    }
}

inline void checkError(const ImportError& error, const Place& place)
{
    const bool fileOk = place.fileIsPrefix ? error.file.starts_with(place.fileName) : error.file == place.fileName;
    THIDUA_FUZZ_CHECK(fileOk, &error);
    THIDUA_FUZZ_CHECK(error.line >= place.minLine && error.line <= place.maxLine, &error);
    THIDUA_FUZZ_CHECK(static_cast<int>(error.problem) >= static_cast<int>(ImportProblem::NotCsv) &&
                          static_cast<int>(error.problem) <= static_cast<int>(ImportProblem::UnknownReference),
                      &error);
    THIDUA_FUZZ_CHECK(!needsColumn(error.problem) || !error.column.empty(), &error);
    THIDUA_FUZZ_CHECK(!needsValue(error) || !error.value.empty(), &error);
    THIDUA_FUZZ_CHECK(!needsDetail(error) || !error.detail.empty(), &error);

    // English: more than the place ("FILE:LINE: column 'X': ") — the problem is worded.
    const std::string english = describeInEnglish(error);
    const std::string place0 = error.file + ':' + std::to_string(error.line) + ": ";
    THIDUA_FUZZ_CHECK(english.starts_with(place0), &error);
    THIDUA_FUZZ_CHECK(english.size() > place0.size() + (error.column.empty() ? 0 : error.column.size() + 11), &error);

    // The interface's wording (English source text here: no translator is installed).
    const QString problem = ImportErrorText::problem(error);
    THIDUA_FUZZ_CHECK(!problem.trimmed().isEmpty(), &error);
    const QString sentence = ImportErrorText::describe(error);
    THIDUA_FUZZ_CHECK(sentence.contains(problem), &error);
    THIDUA_FUZZ_CHECK(error.value.empty() || sentence.contains(QString::fromStdString(error.value)), &error);
}

inline void checkErrors(const ImportFile& file, const Place& place)
{
    for (std::size_t i = 0; i < file.errors.size(); ++i) {
        checkError(file.errors[i], place);
        // "every fault, in line order" (within one file: a workbook's sheets each count their rows).
        if (i > 0 && file.errors[i - 1].file == file.errors[i].file) {
            THIDUA_FUZZ_CHECK(file.errors[i - 1].line <= file.errors[i].line, &file.errors[i]);
        }
    }
}

inline void finite(double value)
{
    THIDUA_FUZZ_CHECK(std::isfinite(value));
}

inline void finite(const std::optional<double>& value)
{
    THIDUA_FUZZ_CHECK(!value || std::isfinite(*value));
}

inline void filled(const std::string& text)
{
    THIDUA_FUZZ_CHECK(!text.empty());
}

inline void validPeriod(const std::string& code)
{
    THIDUA_FUZZ_CHECK(PeriodCode::parse(code).has_value());
}

template <typename Key>
void unique(std::set<Key>& keys, Key key)
{
    THIDUA_FUZZ_CHECK(keys.insert(std::move(key)).second);
}

inline void checkRow(const Indicator& row, std::set<std::string>& keys)
{
    filled(row.code);
    filled(row.name);
    unique(keys, row.code);
    finite(row.midYearShare);
    THIDUA_FUZZ_CHECK(!row.midYearShare || (*row.midYearShare > 0 && *row.midYearShare <= 1));
    finite(row.minValue);
    finite(row.maxValue);
    THIDUA_FUZZ_CHECK(!row.minValue || !row.maxValue || *row.minValue <= *row.maxValue);
}

inline void checkRow(const Unit& row, std::set<std::string>& keys)
{
    filled(row.code);
    filled(row.name);
    unique(keys, row.code);
}

inline void checkRow(const Group& row, std::set<std::string>& keys)
{
    filled(row.code);
    filled(row.name);
    unique(keys, row.code);
}

inline void checkRow(const SchemeImport& row, std::set<std::string>& keys)
{
    filled(row.scheme.code);
    unique(keys, row.scheme.code);
    THIDUA_FUZZ_CHECK(!row.scheme.criteria.empty());
    THIDUA_FUZZ_CHECK(row.scheme.criteria.size() == row.criterionLines.size());
    finite(row.scheme.scale);
    THIDUA_FUZZ_CHECK(!row.scheme.scale || *row.scheme.scale > 0);
    finite(row.scheme.bonusCap);
    finite(row.scheme.flagThreshold);
    std::set<std::string> criteria;
    for (const Criterion& criterion : row.scheme.criteria) {
        filled(criterion.code);
        filled(criterion.name);
        unique(criteria, criterion.code);
        finite(criterion.maxPoints);
        THIDUA_FUZZ_CHECK(criterion.maxPoints > 0);
        finite(criterion.bonusRate);
        finite(criterion.excessCap);
        THIDUA_FUZZ_CHECK(criterion.bonusRate >= 0 && criterion.excessCap >= 0);
        for (const Band& band : criterion.bands) {
            finite(band.minRatio);
            finite(band.share);
            THIDUA_FUZZ_CHECK(band.minRatio >= 0 && band.share >= 0);
        }
    }
}

inline void checkRow(const Target& row, std::set<std::string>& keys)
{
    filled(row.unitCode);
    filled(row.indicatorCode);
    THIDUA_FUZZ_CHECK(row.year >= 0 && row.year <= 9999);
    unique(keys, row.unitCode + '\x1f' + row.indicatorCode + '\x1f' + std::to_string(row.year));
    finite(row.value);
}

inline void checkRow(const ReportRow& row, std::set<std::string>& keys)
{
    filled(row.unitCode);
    filled(row.indicatorCode);
    validPeriod(row.periodCode);
    unique(keys, row.unitCode + '\x1f' + row.periodCode + '\x1f' + row.indicatorCode);
    finite(row.actual);
    finite(row.baseline);
}

inline void checkRow(const ScoreRow& row, std::set<std::string>& keys)
{
    filled(row.unitCode);
    filled(row.criterionCode);
    validPeriod(row.periodCode);
    unique(keys, row.unitCode + '\x1f' + row.periodCode + '\x1f' + row.criterionCode + '\x1f' +
                     std::to_string(static_cast<int>(row.level)));
    finite(row.points);
    THIDUA_FUZZ_CHECK(row.points >= 0);
}

inline void checkRow(const AdjustmentRow& row, std::set<std::string>& keys)
{
    filled(row.unitCode);
    filled(row.reason);
    validPeriod(row.periodCode);
    unique(keys, row.unitCode + '\x1f' + row.periodCode + '\x1f' + std::to_string(static_cast<int>(row.type)) + '\x1f' +
                     row.reason);
    finite(row.points);
    THIDUA_FUZZ_CHECK(row.points >= 0);
}

// An accepted file (no faults): rows of the file's kind, each on a line of the input after the
// header, in line order, and consistent.
inline void checkRows(const ImportFile& file, const Place& place)
{
    THIDUA_FUZZ_CHECK(file.rows.index() == static_cast<std::size_t>(file.kind));
    std::visit(
        [&](const auto& rows) {
            std::set<std::string> keys;
            int previous = 0;
            for (const auto& row : rows) {
                THIDUA_FUZZ_CHECK(row.line > previous && row.line >= 1 && row.line <= place.maxLine);
                previous = row.line;
                checkRow(row.value, keys);
            }
        },
        file.rows);
}

// THIDUA_FUZZ_VERBOSE=1 prints what the reader made of each input: to see a reproducer's faults.
inline void printIfVerbose(const ImportFile& file)
{
    static const bool verbose = std::getenv("THIDUA_FUZZ_VERBOSE") != nullptr;
    if (!verbose) {
        return;
    }
    const std::size_t rows = std::visit([](const auto& list) { return list.size(); }, file.rows);
    std::fprintf(stderr, "%s (kind %d): %zu rows, %zu faults\n", file.fileName.c_str(), static_cast<int>(file.kind),
                 rows, file.errors.size());
    for (const ImportError& error : file.errors) {
        std::fprintf(stderr, "  %s\n", ImportErrorText::describe(error).toStdString().c_str());
    }
}

inline void checkImportFile(const ImportFile& file, const Place& place)
{
    printIfVerbose(file);
    if (!file.errors.empty()) {
        checkErrors(file, place);
    } else {
        checkRows(file, place);
    }
}

} // namespace thidua::fuzz
