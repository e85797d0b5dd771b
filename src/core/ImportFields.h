// Reading the fields of one import row by column name, with the checks every kind shares: numbers
// (decimal comma only in `;` files, thousands separators refused), booleans 0/1, codes of a closed
// vocabulary, periods, years, lists joined by `|` and score bands. A fault is recorded with the
// row's line and the column, and reading goes on, so one pass over a file finds all its faults.
#pragma once

#include "Csv.h"
#include "ImportFile.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua {

class FieldReader
{
public:
    // `columns`: the index of each known column of the header, by lower-case name.
    FieldReader(const std::string& fileName, std::map<std::string, std::size_t, std::less<>> columns, bool decimalComma,
                std::vector<ImportError>& errors);

    void setRecord(const CsvRecord& record) { m_record = &record; }
    int line() const { return m_record ? m_record->line : 0; }
    bool has(std::string_view column) const { return m_columns.find(column) != m_columns.end(); }

    // The field, trimmed; empty when the column is absent or the row is short.
    std::string text(std::string_view column) const;
    // As text(); a present column left empty is a fault.
    std::string required(std::string_view column);

    std::optional<double> number(std::string_view column);
    std::optional<double> nonNegative(std::string_view column);
    // A number in the interval given by its bounds, written as "(0, 1]" in the fault's detail.
    std::optional<double> inInterval(std::string_view column, double low, bool lowOpen, std::optional<double> high);
    bool boolean(std::string_view column);
    std::optional<int> year(std::string_view column);
    std::string period(std::string_view column);
    std::vector<std::string> list(std::string_view column) const;
    std::vector<Band> bands(std::string_view column);

    // A code of a closed vocabulary: `fromCode` is one of Vocabulary.h's parsers; an empty field
    // gives nothing (and a fault when `filled`), an unknown code a fault naming the allowed codes.
    template <typename Enum>
    std::optional<Enum> code(std::string_view column, std::optional<Enum> (*fromCode)(std::string_view), bool filled)
    {
        const std::string value = filled ? required(column) : text(column);
        if (value.empty()) {
            return std::nullopt;
        }
        const auto parsed = fromCode(value);
        if (!parsed) {
            std::string allowed;
            for (int i = 0; !toCode(static_cast<Enum>(i)).empty(); ++i) {
                allowed += (allowed.empty() ? "" : ", ") + std::string(toCode(static_cast<Enum>(i)));
            }
            fail(column, ImportProblem::UnknownCode, value, allowed);
        }
        return parsed;
    }

    void fail(std::string_view column, ImportProblem problem, std::string value, std::string detail = {});

private:
    std::optional<double> parse(std::string_view column, const std::string& value);

    std::string m_fileName;
    std::map<std::string, std::size_t, std::less<>> m_columns;
    bool m_decimalComma;
    std::vector<ImportError>& m_errors;
    const CsvRecord* m_record = nullptr;
};

// Without surrounding white space: the spec trims every field and every column name.
std::string_view trimmedField(std::string_view text);

// "[0, 100]", "(0, +inf)": the detail of OutOfRange faults, in storage's as in core's.
std::string describeInterval(std::optional<double> low, bool lowOpen, std::optional<double> high, bool highOpen);

} // namespace thidua
