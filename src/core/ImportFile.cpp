#include "ImportFile.h"

#include "Csv.h"
#include "ImportColumns.h"
#include "ImportFields.h"
#include "ImportRows.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace thidua {
namespace {

constexpr std::array<std::pair<ImportKind, std::string_view>, 8> kKinds{{
    {ImportKind::Indicators, "indicators"},
    {ImportKind::Units, "units"},
    {ImportKind::Groups, "groups"},
    {ImportKind::Schemes, "schemes"},
    {ImportKind::Targets, "targets"},
    {ImportKind::Reports, "reports"},
    {ImportKind::Scores, "scores"},
    {ImportKind::Adjustments, "adjustments"},
}};

std::string lowerTrimmed(std::string_view text)
{
    std::string lower(trimmedField(text));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

// The line of the first byte that is not UTF-8, or 0. A spreadsheet saving "CSV" in the Windows
// code page would otherwise put mangled Vietnamese names into the database.
int firstNonUtf8Line(std::string_view text)
{
    int line = 1;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
        }
        std::size_t length = 1;
        if (byte >= 0xF0 && byte <= 0xF4) {
            length = 4;
        } else if (byte >= 0xE0) {
            length = byte <= 0xEF ? 3 : 0;
        } else if (byte >= 0xC2) {
            length = 2;
        } else if (byte >= 0x80) {
            length = 0;
        }
        if (length == 0 || i + length > text.size()) {
            return line;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
                return line;
            }
        }
        i += length;
    }
    return 0;
}

ImportRows emptyRows(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Indicators:
        return std::vector<Row<Indicator>>{};
    case ImportKind::Units:
        return std::vector<Row<Unit>>{};
    case ImportKind::Groups:
        return std::vector<Row<Group>>{};
    case ImportKind::Schemes:
        return std::vector<Row<SchemeImport>>{};
    case ImportKind::Targets:
        return std::vector<Row<Target>>{};
    case ImportKind::Reports:
        return std::vector<Row<ReportRow>>{};
    case ImportKind::Scores:
        return std::vector<Row<ScoreRow>>{};
    case ImportKind::Adjustments:
        return std::vector<Row<AdjustmentRow>>{};
    }
    return std::vector<Row<ReportRow>>{};
}

using ColumnIndex = std::map<std::string, std::size_t, std::less<>>;

// Maps the header's names (any order, any case) to the kind's columns; records unknown, doubled
// and missing columns. Fields under a header cell left empty are kept apart: see readImportFile.
ColumnIndex readHeader(ImportFile& file, const CsvRecord& header, std::vector<std::size_t>& unnamed)
{
    const auto& known = importColumns(file.kind);
    ColumnIndex index;
    const auto fail = [&](std::string column, ImportProblem problem, std::string detail) {
        file.errors.push_back({file.fileName, header.line, std::move(column), problem, {}, std::move(detail)});
    };
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string name = lowerTrimmed(header.fields[i]);
        if (name.empty()) {
            unnamed.push_back(i);
        } else if (std::none_of(known.begin(), known.end(), [&](const ImportColumn& c) { return c.name == name; })) {
            fail(header.fields[i], ImportProblem::UnknownColumn, importColumnList(file.kind));
        } else if (!index.try_emplace(name, i).second) {
            fail(name, ImportProblem::DuplicateColumn, {});
        } else {
            file.columns.push_back(name);
        }
    }
    for (const ImportColumn& column : known) {
        if (column.required && index.find(column.name) == index.end()) {
            fail(std::string(column.name), ImportProblem::MissingColumn, {});
        }
    }
    return index;
}

// The first row with the same key, by the key's values joined; rows with a key part missing are
// already at fault and take no part.
class KeyRegister
{
public:
    explicit KeyRegister(ImportKind kind)
    {
        for (const ImportColumn& column : importColumns(kind)) {
            if (column.key) {
                m_columns.push_back(column.name);
            }
        }
    }

    void check(FieldReader& reader)
    {
        std::string key;
        std::string shown;
        for (std::string_view column : m_columns) {
            const std::string part = reader.text(column);
            if (part.empty()) {
                return;
            }
            key += part + '\x1f';
            shown += (shown.empty() ? "" : ", ") + part;
        }
        const auto [first, added] = m_lines.try_emplace(key, reader.line());
        if (!added) {
            reader.fail(m_columns.front(), ImportProblem::DuplicateKey, shown, std::to_string(first->second));
        }
    }

private:
    std::vector<std::string_view> m_columns;
    std::map<std::string, int> m_lines;
};

std::string problemInEnglish(const ImportError& error)
{
    switch (error.problem) {
    case ImportProblem::NotCsv:
        return "the file cannot be read as CSV: " + error.detail;
    case ImportProblem::MissingColumn:
        return "this required column is missing";
    case ImportProblem::UnknownColumn:
        return error.column.empty() ? "a value under a column without a name"
                                    : "unknown column; the columns of this kind are: " + error.detail;
    case ImportProblem::DuplicateColumn:
        return "the column is named twice";
    case ImportProblem::WrongFieldCount:
        return "the row has more fields than the header (" + error.detail + ")";
    case ImportProblem::Required:
        return "a value is required";
    case ImportProblem::NotANumber:
        if (error.detail == "year") {
            return "not a year: write it with four digits, e.g. 2021";
        }
        if (error.detail == "min:share") {
            return "not a band: write minimum ratio:share, e.g. 1.15:1|1:0.9|0.8:0.5";
        }
        return "not a number";
    case ImportProblem::ThousandsSeparator:
        return "thousands separators are not accepted: write the plain figure, e.g. 2000";
    case ImportProblem::NotBoolean:
        return "must be 0 or 1";
    case ImportProblem::UnknownCode:
        return "unknown code; write one of: " + error.detail;
    case ImportProblem::BadPeriod:
        return "not a period: write YYYY-H1 or YYYY-Y, e.g. 2021-H1";
    case ImportProblem::Negative:
        return "must not be negative";
    case ImportProblem::DuplicateKey:
        return "the same key as line " + error.detail;
    case ImportProblem::SchemeMismatch:
        return "differs from the value given for the same scheme on line " + error.detail;
    case ImportProblem::OutOfRange:
        return "outside the valid range " + error.detail;
    case ImportProblem::UnknownReference:
        if (error.column == "criterion") {
            return error.detail.empty() ? "the unit is in no group with a scheme, so it has no criteria"
                                        : "no such criterion in scheme " + error.detail;
        }
        return "no such code";
    }
    return {};
}

} // namespace

std::string_view toCode(ImportKind kind)
{
    for (const auto& [entry, code] : kKinds) {
        if (entry == kind) {
            return code;
        }
    }
    return {};
}

std::optional<ImportKind> importKindFromCode(std::string_view code)
{
    for (const auto& [entry, name] : kKinds) {
        if (name == code) {
            return entry;
        }
    }
    return std::nullopt;
}

bool ImportFile::hasColumn(std::string_view name) const
{
    return std::find(columns.begin(), columns.end(), name) != columns.end();
}

std::string describeInEnglish(const ImportError& error)
{
    std::string text = fmt::format("{}:{}: ", error.file, error.line);
    if (!error.column.empty() || error.problem == ImportProblem::UnknownColumn) {
        text += fmt::format("column '{}': ", error.column);
    }
    text += problemInEnglish(error);
    if (!error.value.empty()) {
        text += fmt::format(" ({})", error.value);
    }
    return text;
}

ImportFile readImportFile(ImportKind kind, std::string_view fileName, std::string_view content)
{
    ImportFile file;
    file.kind = kind;
    file.fileName = fileName;
    file.rows = emptyRows(kind);
    if (const int line = firstNonUtf8Line(content); line != 0) {
        file.errors.push_back({file.fileName, line, {}, ImportProblem::NotCsv, {}, "the text is not UTF-8"});
        return file;
    }
    CsvTable table;
    try {
        table = parseCsv(content);
    } catch (const CsvError& error) {
        file.errors.push_back({file.fileName, error.line(), {}, ImportProblem::NotCsv, {}, error.what()});
        return file;
    }
    file.delimiter = table.delimiter;

    std::vector<std::size_t> unnamed;
    ColumnIndex columns = readHeader(file, table.header, unnamed);
    // Only a `;` file may use the decimal comma: in a `,` file the comma already ends the field.
    FieldReader reader(file.fileName, std::move(columns), table.delimiter == ';', file.errors);
    KeyRegister keys(kind);
    SchemeGatherer schemes;
    for (const CsvRecord& record : table.records) {
        reader.setRecord(record);
        if (record.fields.size() > table.header.fields.size()) {
            reader.fail({}, ImportProblem::WrongFieldCount, {},
                        fmt::format("{} > {}", record.fields.size(), table.header.fields.size()));
            continue;
        }
        // `unnamed` is in column order: the row's own fields end the loop, so a header with many
        // empty cells costs each row no more than its own width.
        for (std::size_t i : unnamed) {
            if (i >= record.fields.size()) {
                break;
            }
            if (!trimmedField(record.fields[i]).empty()) {
                reader.fail({}, ImportProblem::UnknownColumn, record.fields[i]);
            }
        }
        keys.check(reader);
        switch (kind) {
        case ImportKind::Indicators:
            readIndicatorRow(reader, std::get<std::vector<Row<Indicator>>>(file.rows));
            break;
        case ImportKind::Units:
            readUnitRow(reader, std::get<std::vector<Row<Unit>>>(file.rows));
            break;
        case ImportKind::Groups:
            readGroupRow(reader, std::get<std::vector<Row<Group>>>(file.rows));
            break;
        case ImportKind::Schemes:
            schemes.read(reader);
            break;
        case ImportKind::Targets:
            readTargetRow(reader, std::get<std::vector<Row<Target>>>(file.rows));
            break;
        case ImportKind::Reports:
            readReportRow(reader, std::get<std::vector<Row<ReportRow>>>(file.rows));
            break;
        case ImportKind::Scores:
            readScoreRow(reader, std::get<std::vector<Row<ScoreRow>>>(file.rows));
            break;
        case ImportKind::Adjustments:
            readAdjustmentRow(reader, std::get<std::vector<Row<AdjustmentRow>>>(file.rows));
            break;
        }
    }
    if (kind == ImportKind::Schemes) {
        file.rows = schemes.take();
    }
    std::stable_sort(file.errors.begin(), file.errors.end(),
                     [](const ImportError& a, const ImportError& b) { return a.line < b.line; });
    return file;
}

} // namespace thidua
