// Columns for people reading a terminal. Widths count what the eye sees, not bytes: Vietnamese
// letters take two or three bytes in UTF-8, and the same letter may arrive precomposed or as a base
// letter with combining marks, so text is put in NFC and measured in grapheme clusters.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace thidua::cli {

// The number of characters a terminal shows for `text` (every cluster taken as one column: true of
// Latin and Vietnamese text, which is all the app prints).
qsizetype displayWidth(const QString& text);

class TextTable
{
public:
    enum class Align
    {
        Left,
        Right,
    };

    struct Column
    {
        QString title;
        Align align = Align::Left;
    };

    explicit TextTable(QList<Column> columns);

    void addRow(const QStringList& cells);
    // A line of its own between rows (a heading of the plan), not counted in the column widths.
    void addSection(const QString& title);

    // Columns two spaces apart, trailing spaces trimmed; with the header, a rule under the titles.
    QString toString(bool withHeader = true) const;

private:
    struct Line
    {
        bool isSection = false;
        QStringList cells;
    };

    QString formatCells(const QStringList& cells, const QList<qsizetype>& widths) const;

    QList<Column> m_columns;
    QList<Line> m_lines;
};

} // namespace thidua::cli
