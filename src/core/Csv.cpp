#include "Csv.h"

#include <algorithm>
#include <cctype>

namespace thidua {
namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

// The delimiter is whichever of `,` and `;` appears more often outside quotes in the first line.
char detectDelimiter(std::string_view text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted && c == ',') {
            ++commas;
        } else if (!quoted && c == ';') {
            ++semicolons;
        }
    }
    return semicolons > commas ? ';' : ',';
}

class Reader
{
public:
    Reader(std::string_view text, char delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    // One record; a record of one empty, unquoted field is a blank line.
    CsvRecord next(bool& blank)
    {
        CsvRecord record;
        record.line = m_line;
        bool anyQuoted = false;
        for (;;) {
            std::string field;
            bool quotedField = false;
            const std::size_t start = m_pos;
            skipSpaces();
            if (!atEnd() && m_text[m_pos] == '"') {
                quotedField = anyQuoted = true;
                readQuoted(field, record.line);
                skipSpaces();
            } else {
                m_pos = start;
                while (!atEnd() && m_text[m_pos] != m_delimiter && m_text[m_pos] != '\n' && m_text[m_pos] != '\r') {
                    field += m_text[m_pos++];
                }
            }
            record.fields.push_back(quotedField ? field : std::string(trimmed(field)));
            if (atEnd()) {
                break;
            }
            const char c = m_text[m_pos];
            if (c == m_delimiter) {
                ++m_pos;
                continue;
            }
            if (c == '\r' || c == '\n') {
                consumeLineBreak();
                break;
            }
            throw CsvError(m_line, "unexpected character after a closing quote");
        }
        // A row of empty cells is what a spreadsheet writes after cell contents are deleted.
        blank = !anyQuoted && std::all_of(record.fields.begin(), record.fields.end(),
                                          [](const std::string& field) { return field.empty(); });
        return record;
    }

private:
    void skipSpaces()
    {
        while (!atEnd() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t')) {
            ++m_pos;
        }
    }

    void consumeLineBreak()
    {
        if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') {
            ++m_pos;
        }
        ++m_pos;
        ++m_line;
    }

    void readQuoted(std::string& field, int startLine)
    {
        ++m_pos; // opening quote
        for (;;) {
            if (atEnd()) {
                throw CsvError(startLine, "a quoted field is not closed");
            }
            const char c = m_text[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return;
            }
            if (c == '\n' || (c == '\r' && !(m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n'))) {
                ++m_line;
            }
            field += c;
            ++m_pos;
        }
    }

    std::string_view m_text;
    char m_delimiter;
    std::size_t m_pos = 0;
    int m_line = 1;
};

} // namespace

CsvTable parseCsv(std::string_view text)
{
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (text.substr(0, bom.size()) == bom) {
        text.remove_prefix(bom.size());
    }
    CsvTable table;
    table.delimiter = detectDelimiter(text);
    Reader reader(text, table.delimiter);
    bool haveHeader = false;
    while (!reader.atEnd()) {
        bool blank = false;
        CsvRecord record = reader.next(blank);
        if (blank) {
            continue;
        }
        if (!haveHeader) {
            table.header = std::move(record);
            haveHeader = true;
        } else {
            table.records.push_back(std::move(record));
        }
    }
    if (!haveHeader) {
        throw CsvError(1, "the file is empty: the first row must name the columns");
    }
    return table;
}

std::string csvField(std::string_view value, char delimiter)
{
    if (value.find_first_of(std::string{delimiter, '"', '\n', '\r'}) == std::string_view::npos &&
        trimmed(value).size() == value.size()) {
        return std::string(value);
    }
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') {
            quoted += '"';
        }
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

} // namespace thidua
