// Reading a filled workbook: the sheet is turned into the text of an equivalent reports.csv, one
// CSV line per sheet row, and read by core's readImportFile, so every rule, fault and row of the CSV
// import holds for workbooks without a second implementation; only the places in the faults are
// renamed to what the person sees in the spreadsheet (sheet, row, column header).
#include "ReportWorkbook.h"

#include "ReportWorkbookLayout.h"
#include "XlsxReader.h"
#include "core/NumberFormat.h"

#include <QDate>

#include <charconv>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

using namespace Qt::StringLiterals;

namespace thidua::documents {
namespace {

using xlsx::Cell;
using xlsx::Sheet;
using xlsx::Workbook;

// A line break inside a note would start a new CSV line and shift every later row's number, so it
// travels as a private-use character and is put back after reading.
constexpr char16_t kLineBreak = u'\uE000';

QString normalized(const QString& text)
{
    QString words = text.simplified().toLower();
    while (words.endsWith(u':')) {
        words.chop(1);
        words = words.trimmed();
    }
    return words;
}

// The reports.csv column a header names: the code itself, the template's label, its Vietnamese part,
// or any text ending in "(code)". Empty when it names none of them.
QString columnCode(const QString& header)
{
    const QString text = normalized(header);
    for (const layout::ColumnLabel& column : layout::kColumns) {
        const QString code = QString::fromUtf8(column.code.data(), static_cast<qsizetype>(column.code.size()));
        const QString label =
            normalized(QString::fromUtf8(column.label.data(), static_cast<qsizetype>(column.label.size())));
        const QString vietnamese = label.section(u" ("_s, 0, 0);
        if (text == code || text == label || text == vietnamese || text.endsWith(u'(' + code + u')')) {
            return code;
        }
    }
    return {};
}

QString cellText(const Cell* cell)
{
    if (cell == nullptr) {
        return {};
    }
    if (cell->type == Cell::Type::Number || cell->type == Cell::Type::Boolean) {
        return QString::number(cell->number, 'g', 17);
    }
    return cell->text.trimmed();
}

bool isPercentUnit(const QString& unitOfMeasure)
{
    const QString unit = normalized(unitOfMeasure);
    return unit.contains(u'%') || unit == u"phần trăm" || unit == u"percent";
}

// Numbers go into the CSV with a decimal comma (the file is `;`-separated): written with a point,
// 2.125 would read as the refused thousands form 2.125.
QString numberText(double value)
{
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    QString text = QString::fromLatin1(buffer, ec == std::errc() ? end - buffer : 0);
    return text.replace(u'.', u',');
}

QString csvField(QString text)
{
    text.replace(u"\r\n"_s, QString(kLineBreak)).replace(u'\n', kLineBreak).replace(u'\r', kLineBreak);
    if (text.contains(u';') || text.contains(u'"')) {
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    }
    return text;
}

struct Layout
{
    int headerRow = 0;
    int firstDataRow = 0;
    bool isTemplate = false;
    std::map<int, QString> columns;   // sheet column → reports.csv column (or a shown-only one)
    std::map<QString, QString> names; // reports.csv column → the header as the sheet writes it
    QString unitCode;                 // template: from the fixed cells
    QString periodCode;
};

// The value right of a label in the same row: the unit and period code cells of the template.
std::optional<std::pair<int, QString>> labelledValue(const Sheet& sheet, std::string_view label)
{
    const QString wanted = normalized(QString::fromUtf8(label.data(), static_cast<qsizetype>(label.size())));
    for (auto it = sheet.cells.begin(); it != sheet.cells.end(); ++it) {
        if (it->second.type != Cell::Type::Text || normalized(it->second.text) != wanted) {
            continue;
        }
        const int row = it->first.first;
        for (auto next = std::next(it); next != sheet.cells.end() && next->first.first == row; ++next) {
            const QString value = cellText(&next->second);
            if (!value.isEmpty()) {
                return std::pair{row, value};
            }
        }
        return std::pair{row, QString()};
    }
    return std::nullopt;
}

// The header of each column: the top-most text in the header's rows (a header may be merged over
// several rows; a column covered by another's horizontal merge has none).
void readHeader(const Sheet& sheet, Layout& layout)
{
    int bottom = layout.headerRow;
    for (const xlsx::Range& range : sheet.merged) {
        if (range.firstRow <= layout.headerRow && range.lastRow >= layout.headerRow) {
            bottom = std::max(bottom, std::min(range.lastRow, layout.headerRow + 10));
        }
    }
    layout.firstDataRow = bottom + 1;
    for (auto it = sheet.cells.lower_bound({layout.headerRow, 0}); it != sheet.cells.end() && it->first.first <= bottom;
         ++it) {
        const QString text = cellText(&it->second);
        const int column = it->first.second;
        if (text.isEmpty() || layout.columns.count(column) != 0) {
            continue;
        }
        const QString code = columnCode(text);
        if (layout.isTemplate && code.isEmpty()) {
            continue; // the template's own shown-only columns, or one a person added
        }
        const QString name = code.isEmpty() ? normalized(text) : code;
        layout.columns[column] = name;
        layout.names.emplace(name, text.simplified());
    }
}

std::optional<Layout> findLayout(const Sheet& sheet)
{
    Layout layout;
    const auto unit = labelledValue(sheet, layout::kUnitCodeLabel);
    const auto period = labelledValue(sheet, layout::kPeriodCodeLabel);
    if (unit && period) {
        layout.isTemplate = true;
        layout.unitCode = unit->second;
        layout.periodCode = period->second;
        // The header is the first row naming both the indicator and the actual: rows inserted above
        // it (a logo, a second title) move it down, and it is still found.
        for (auto it = sheet.cells.begin(); it != sheet.cells.end() && layout.headerRow == 0; ++it) {
            if (columnCode(cellText(&it->second)) != u"indicator") {
                continue;
            }
            const int row = it->first.first;
            for (auto other = sheet.cells.lower_bound({row, 0});
                 other != sheet.cells.end() && other->first.first == row; ++other) {
                if (columnCode(cellText(&other->second)) == u"actual") {
                    layout.headerRow = row;
                }
            }
        }
        if (layout.headerRow == 0) {
            return std::nullopt;
        }
    } else {
        for (const auto& [place, cell] : sheet.cells) {
            if (!cellText(&cell).isEmpty()) {
                layout.headerRow = place.first;
                break;
            }
        }
        if (layout.headerRow == 0) {
            return std::nullopt;
        }
    }
    readHeader(sheet, layout);
    return layout;
}

// One field of a data row as the CSV would hold it. Percentages: a cell formatted as a percentage
// holds a fraction (93,5% is stored as 0.935); it is read as the figure the person sees, 93.5,
// unless the row's unit of measure says the indicator is not counted in per cent.
QString fieldText(const Workbook& workbook, const Cell* cell, const QString& column, const QString& unitOfMeasure)
{
    if (cell == nullptr) {
        return {};
    }
    const bool value = column == u"actual" || column == u"baseline";
    const bool percentUnit = unitOfMeasure.isNull() || isPercentUnit(unitOfMeasure);
    if (cell->type == Cell::Type::Number) {
        const xlsx::Style& style = workbook.style(cell->style);
        if (value && style.date) {
            // A figure the spreadsheet took for a date (12.5 typed as 12 May): refused as not a
            // number, showing the date the person sees.
            return QDate(1899, 12, 30).addDays(static_cast<qint64>(cell->number)).toString(Qt::ISODate);
        }
        if (value && style.percent && percentUnit) {
            return numberText(roundHalfAwayFromZero(cell->number * 100, 9));
        }
        return numberText(cell->number);
    }
    if (cell->type == Cell::Type::Boolean) {
        return cell->number != 0 ? u"1"_s : u"0"_s;
    }
    QString text = cell->text.trimmed();
    if (value && percentUnit && text.endsWith(u'%')) {
        text.chop(1); // "93,5%" typed as text
    }
    return text;
}

void rename(ImportError& error, const Layout& layout)
{
    const QString column = QString::fromStdString(error.column);
    const auto name = layout.names.find(column);
    if (name != layout.names.end()) {
        error.column = name->second.toStdString();
    } else if (layout.isTemplate && column == u"unit") {
        error.column = std::string(layout::kUnitCodeLabel);
    } else if (layout.isTemplate && column == u"period") {
        error.column = std::string(layout::kPeriodCodeLabel);
    }
}

ImportFile readSheet(const Workbook& workbook, const Sheet& sheet, const Layout& layout, const std::string& place)
{
    std::vector<std::pair<int, QString>> fields; // sheet column (0: from the fixed cells), CSV column
    if (layout.isTemplate) {
        fields = {{0, u"unit"_s}, {0, u"period"_s}};
    }
    int unitColumn = 0;
    for (const auto& [column, code] : layout.columns) {
        if (code == u"unit_of_measure") {
            unitColumn = column;
        }
        const bool shownOnly = code == u"number" || code == u"name" || code == u"unit_of_measure" ||
                               code == u"target" || code == u"effective_target";
        if (!(layout.isTemplate && shownOnly)) {
            fields.emplace_back(column, code);
        }
    }
    QStringList lines;
    QStringList header;
    for (const auto& field : fields) {
        header.append(csvField(field.second));
    }
    lines.append(header.join(u';'));
    for (int row = layout.headerRow + 1; row <= sheet.lastRow; ++row) {
        QStringList values;
        bool filled = false;
        const QString unitOfMeasure = unitColumn != 0 ? cellText(sheet.cell(row, unitColumn)) : QString();
        for (const auto& [column, code] : fields) {
            QString text;
            if (column == 0) {
                text = code == u"unit" ? layout.unitCode : layout.periodCode;
            } else {
                text = fieldText(workbook, sheet.cell(row, column), code, unitOfMeasure);
                // In the template a row is what the person filled in: an indicator's row left empty
                // reports nothing and clears nothing.
                const bool counts = !layout.isTemplate || code == u"actual" || code == u"baseline" || code == u"note";
                filled = filled || (counts && !text.isEmpty());
            }
            values.append(csvField(text));
        }
        lines.append(row >= layout.firstDataRow && filled ? values.join(u';') : QString());
    }
    const QByteArray csv = lines.join(u'\n').toUtf8();
    ImportFile file = readImportFile(ImportKind::Reports, place, std::string_view(csv.constData(), csv.size()));
    // The CSV's first line is the header (its delimiter is detected there), so lines are counted
    // from the header's row.
    const int offset = layout.headerRow - 1;
    for (ImportError& error : file.errors) {
        rename(error, layout);
        error.line += error.line > 0 ? offset : 0;
        if (error.problem == ImportProblem::DuplicateKey) {
            error.detail = std::to_string(std::atoi(error.detail.c_str()) + offset);
        }
    }
    const std::string lineBreak = QString(kLineBreak).toStdString();
    auto* rows = std::get_if<std::vector<Row<ReportRow>>>(&file.rows);
    if (rows == nullptr) {
        file.rows = std::vector<Row<ReportRow>>{}; // a file refused before any row keeps the kind's rows
        return file;
    }
    for (auto& row : *rows) {
        row.line += offset;
        for (std::size_t at = 0; (at = row.value.note.find(lineBreak, at)) != std::string::npos;) {
            row.value.note.replace(at, lineBreak.size(), "\n");
        }
    }
    return file;
}

} // namespace

ImportFile readReportWorkbook(std::string_view fileName, const QByteArray& bytes)
{
    const xlsx::ReadResult result = xlsx::readWorkbook(bytes);
    if (!result.workbook) {
        ImportFile file;
        file.kind = ImportKind::Reports;
        file.fileName = std::string(fileName);
        file.rows = std::vector<Row<ReportRow>>{};
        file.errors.push_back({std::string(fileName), 0, {}, ImportProblem::NotCsv, {}, result.error.toStdString()});
        return file;
    }
    const Workbook& workbook = *result.workbook;
    // Our template's sheet wherever it is, else the first sheet whose first row names the columns.
    const Sheet* chosen = nullptr;
    std::optional<Layout> layout;
    for (const Sheet& sheet : workbook.sheets) {
        auto found = findLayout(sheet);
        if (found && (found->isTemplate || found->names.count(u"indicator"_s) != 0) &&
            (!chosen || (found->isTemplate && !layout->isTemplate))) {
            chosen = &sheet;
            layout = std::move(found);
        }
    }
    if (chosen == nullptr) {
        chosen = &workbook.sheets.front();
        layout = findLayout(*chosen);
        if (!layout) {
            layout = Layout{};
            layout->headerRow = 1;
            layout->firstDataRow = 2;
        }
    }
    const std::string place = std::string(fileName) + " › " + chosen->name.toStdString();
    return readSheet(workbook, *chosen, *layout, place);
}

} // namespace thidua::documents
