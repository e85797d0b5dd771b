// Reading the cells of an XLSX workbook (Office Open XML, SpreadsheetML) as a spreadsheet program
// shows them: values with their types, each cell's number format (to tell percentages and dates
// from plain numbers) and locked flag, merged ranges and sheet protection. Only what importing
// filled-in workbooks needs; formulas are read as the value the program last computed.
//
// The input is whatever a user picked, or a fuzzer made: every fault is a returned reason, never a
// crash, and sizes are capped (entries, uncompressed bytes, cells) so no input makes it hang or
// exhaust memory. The zip is read with minizip from memory (see ReportWorkbook.h for why not QuaZip).
#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace thidua::documents::xlsx {

// Caps that make any input finish quickly; real workbooks of a commune are a few hundred kB.
inline constexpr qint64 kMaxEntryBytes = 50 * 1024 * 1024; // one uncompressed part
inline constexpr int kMaxEntries = 10000;                  // files in the zip
inline constexpr int kMaxCells = 1000000;                  // cells of all sheets together
inline constexpr int kMaxRow = 1048576;                    // Excel's own limits
inline constexpr int kMaxColumn = 16384;

struct Cell
{
    enum class Type
    {
        Number,
        Text,
        Boolean,
        Error, // #DIV/0! and the like: `text` holds it
        Blank, // no value, only a style (the unlocked input cells of a template)
    };
    Type type = Type::Text;
    double number = 0; // Number, Boolean (0/1)
    QString text;      // Text, Error
    int style = 0;     // index into Workbook::styles
};

struct Style
{
    int numFmtId = 0;
    QString formatCode; // custom formats only
    bool percent = false;
    bool date = false;
    bool locked = true; // the default of every cell, effective once the sheet is protected
};

// A merged range, 1-based inclusive, as A1:C2 names it.
struct Range
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
};

struct Sheet
{
    QString name;
    std::map<std::pair<int, int>, Cell> cells; // (row, column), both 1-based, in reading order
    std::vector<Range> merged;
    bool isProtected = false;
    int lastRow = 0; // of any cell with a value (blank cells do not count)

    const Cell* cell(int row, int column) const;
};

struct Workbook
{
    std::vector<Sheet> sheets; // in the workbook's order
    std::vector<Style> styles; // cellXfs; a cell's style out of range reads as the default

    const Style& style(int index) const;
};

struct ReadResult
{
    std::optional<Workbook> workbook;
    QString error; // English, for the detail of an import fault, when there is no workbook
};

ReadResult readWorkbook(const QByteArray& bytes);

// "A", "Z", "AA", … for a 1-based column.
QString columnName(int column);
// Parses "AA12" into (row, column); nothing for anything else.
std::optional<std::pair<int, int>> parseReference(QStringView reference);

} // namespace thidua::documents::xlsx
