// Reads back the workbooks thidua-cli writes, as a spreadsheet program would see their cells: the
// zip opened with QuaZip, the sheets found through xl/workbook.xml and its relationships, shared and
// inline strings resolved. Enough of Office Open XML for tests, not a general reader.
//
// Workbooks must be written by another process (the real thidua-cli): libxlsxwriter and QuaZip each
// carry their own minizip and export the same names (zipOpen3 …), so in a process that loads both,
// libxlsxwriter's calls can land in QuaZip's copy and crash.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace thidua::test {

struct XlsxSheet
{
    QString name;
    // Every row from the first, each cell as text: strings as stored, numbers as written in the
    // file (`103.19`, `1`), empty for a cell that holds nothing. Missing cells inside a row are empty.
    QList<QStringList> rows;
};

struct XlsxWorkbook
{
    QString error; // empty when the file was read
    QList<XlsxSheet> sheets;
};

XlsxWorkbook readXlsx(const QString& path);

// One part of the package as stored (e.g. "xl/styles.xml"); empty when it is missing.
QByteArray xlsxPart(const QString& path, const QString& part);

} // namespace thidua::test
