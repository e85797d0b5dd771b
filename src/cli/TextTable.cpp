#include "TextTable.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace thidua::cli {

qsizetype displayWidth(const QString& text)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, composed);
    qsizetype clusters = 0;
    while (finder.toNextBoundary() != -1) {
        ++clusters;
    }
    return clusters;
}

TextTable::TextTable(QList<Column> columns)
    : m_columns(std::move(columns))
{
}

void TextTable::addRow(const QStringList& cells)
{
    QStringList composed;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        composed.append(i < cells.size() ? cells.at(i).normalized(QString::NormalizationForm_C) : QString());
    }
    m_lines.append({false, composed});
}

void TextTable::addSection(const QString& title)
{
    m_lines.append({true, {title.normalized(QString::NormalizationForm_C)}});
}

QString TextTable::formatCells(const QStringList& cells, const QList<qsizetype>& widths) const
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString padding(widths.at(i) - displayWidth(cells.at(i)), u' ');
        if (i > 0) {
            line += u"  "_s;
        }
        line += m_columns.at(i).align == Align::Right ? padding + cells.at(i) : cells.at(i) + padding;
    }
    while (line.endsWith(u' ')) {
        line.chop(1);
    }
    return line;
}

QString TextTable::toString(bool withHeader) const
{
    QList<qsizetype> widths;
    QStringList titles;
    for (const Column& column : m_columns) {
        titles.append(column.title);
        widths.append(withHeader ? displayWidth(column.title) : 0);
    }
    for (const Line& line : m_lines) {
        if (line.isSection) {
            continue;
        }
        for (qsizetype i = 0; i < line.cells.size(); ++i) {
            widths[i] = std::max(widths.at(i), displayWidth(line.cells.at(i)));
        }
    }

    QString text;
    if (withHeader) {
        const QString header = formatCells(titles, widths);
        qsizetype total = 2 * (widths.size() - 1);
        for (const qsizetype width : widths) {
            total += width;
        }
        text += header + u'\n' + QString(total, u'-') + u'\n';
    }
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines.at(i);
        if (line.isSection) {
            // A blank line before each section but the first sets the groups apart.
            text += (i > 0 ? u"\n"_s : QString()) + line.cells.constFirst() + u'\n';
        } else {
            text += formatCells(line.cells, widths) + u'\n';
        }
    }
    return text;
}

} // namespace thidua::cli
