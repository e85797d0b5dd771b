// Reading CSV as spreadsheet programs write it (spec/interchange.md): UTF-8 with or without a
// byte-order mark, `,` or `;` detected from the header row, RFC 4180 quoting, blank lines skipped,
// fields trimmed. Line numbers are kept so every message can name the row a person must fix.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace thidua {

struct CsvRecord
{
    int line = 0; // 1-based line of the file where the record starts
    std::vector<std::string> fields;
};

struct CsvTable
{
    char delimiter = ',';
    CsvRecord header;
    std::vector<CsvRecord> records;
};

class CsvError : public std::runtime_error
{
public:
    CsvError(int line, const std::string& what)
        : std::runtime_error(what)
        , m_line(line)
    {
    }
    int line() const { return m_line; }

private:
    int m_line;
};

// Throws CsvError for text that is not CSV at all (an unterminated quote, no header row).
CsvTable parseCsv(std::string_view text);

// Writes one field, quoted when it holds the delimiter, a quote or a line break.
std::string csvField(std::string_view value, char delimiter = ',');

} // namespace thidua
