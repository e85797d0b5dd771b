// The changes of many cells at once: a pasted block, a column filled from the district, cleared
// cells. Each is one transaction, so the grid never shows half a paste.
#include "TargetCellInput.h"
#include "TargetGridModel.h"
#include "i18n/DisplayText.h"
#include "storage/Database.h"
#include "storage/TargetRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// Lines of tab-separated cells, as every spreadsheet copies a block. The line break that ends the
// last row is not a row of its own.
std::vector<QStringList> splitBlock(const QString& text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.back().isEmpty()) {
        lines.removeLast();
    }
    std::vector<QStringList> block;
    for (QString& line : lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        block.push_back(line.split(u'\t'));
    }
    return block;
}

} // namespace

QString TargetGridModel::store(const std::vector<storage::TargetChange>& changes, const std::vector<Cell>& cells)
{
    try {
        storage::TargetRepository(*m_database).apply(changes);
    } catch (const storage::StorageError& error) {
        return error.message();
    }
    for (const Cell& cell : cells) {
        m_kept.erase(cell);
    }
    refresh();
    return {};
}

void TargetGridModel::refresh()
{
    readTargets();
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        // The district's figures are in the indicators' tooltips.
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

TargetGridModel::Outcome TargetGridModel::paste(const QModelIndex& topLeft, const QString& text)
{
    Outcome outcome;
    const std::vector<QStringList> block = splitBlock(text);
    if (!isEditable() || !topLeft.isValid() || block.empty()) {
        outcome.summary = tr("Nothing to paste: copy a block of cells in a spreadsheet, then choose the cell where its "
                             "top-left corner goes.");
        outcome.problems << outcome.summary;
        return outcome;
    }
    std::vector<int> rows;
    for (int row = topLeft.row(); row < rowCount() && rows.size() < block.size(); ++row) {
        if (isUnitRow(row)) {
            rows.push_back(row);
        }
    }
    std::size_t width = 0;
    for (const QStringList& line : block) {
        width = std::max<std::size_t>(width, line.size());
    }
    if (rows.size() < block.size()) {
        outcome.problems << tr("The block has %1 rows but only %2 units are listed from %3 down.")
                                .arg(block.size())
                                .arg(rows.size())
                                .arg(unitName(topLeft.row()));
    }
    if (topLeft.column() + int(width) > columnCount()) {
        outcome.problems << tr("The block has %1 columns but only %2 indicators follow from %3 on.")
                                .arg(width)
                                .arg(columnCount() - topLeft.column())
                                .arg(DisplayText::text(m_indicators[topLeft.column()].code));
    }
    std::vector<storage::TargetChange> changes;
    std::vector<Cell> cells;
    for (std::size_t i = 0; i < block.size() && i < rows.size(); ++i) {
        const Row& row = m_rows[rows[i]];
        for (int j = 0; j < int(block[i].size()) && topLeft.column() + j < columnCount(); ++j) {
            const int column = topLeft.column() + j;
            const Indicator& indicator = m_indicators[column];
            const TargetCellValue cell = TargetCellInput::read(block[i][j], indicator, unitName(rows[i]));
            if (!cell.problem.isEmpty()) {
                outcome.problems << cell.problem;
                continue;
            }
            changes.push_back({row.unit.code, indicator.code, m_year, cell.applies, cell.value});
            cells.push_back({rows[i], column});
        }
    }
    if (outcome.problems.isEmpty()) {
        if (const QString refusal = store(changes, cells); !refusal.isEmpty()) {
            outcome.problems = refusal.split(u'\n');
        }
    }
    if (!outcome.problems.isEmpty()) {
        outcome.summary =
            tr("Nothing was pasted: %n cell(s) or line(s) cannot be stored.", "", int(outcome.problems.size()));
        return outcome;
    }
    outcome.stored = int(changes.size());
    outcome.summary = tr("Pasted %n cell(s).", "", outcome.stored);
    return outcome;
}

TargetGridModel::Outcome TargetGridModel::fillColumn(int column, int row)
{
    Outcome outcome;
    if (!isEditable() || column < 0 || column >= columnCount() || !isGroupMemberRow(row)) {
        outcome.summary = tr("Choose a cell in the row of a unit of a cluster or block: the column is filled for the "
                             "units of that group.");
        outcome.problems << outcome.summary;
        return outcome;
    }
    const Unit& unit = m_rows[row].unit;
    const QString code = DisplayText::text(m_indicators[column].code);
    QString groupName = DisplayText::text(unit.groupCode);
    for (const Row& heading : m_rows) {
        if (heading.kind == RowKind::Heading && heading.group.code == unit.groupCode) {
            groupName = DisplayText::text(heading.group.name);
        }
    }
    try {
        outcome.stored = int(storage::TargetRepository(*m_database)
                                 .fillFromDistrict(m_indicators[column].code, m_year, unit.groupCode)
                                 .size());
    } catch (const storage::StorageError& error) {
        outcome.summary = error.message();
        outcome.problems << outcome.summary;
        return outcome;
    }
    refresh();
    outcome.summary =
        outcome.stored == 0
            ? tr("Every unit of %1 already has a target for %2: nothing to fill.").arg(groupName, code)
            : tr("%n unit(s) of %1 received the district target for %2.", "", outcome.stored).arg(groupName, code);
    return outcome;
}

TargetGridModel::Outcome TargetGridModel::clear(const QModelIndexList& cells)
{
    Outcome outcome;
    std::vector<storage::TargetChange> changes;
    std::vector<Cell> cleared;
    for (const QModelIndex& cell : cells) {
        if (!(flags(cell) & Qt::ItemIsEditable)) {
            continue;
        }
        const Row& row = m_rows[cell.row()];
        const std::string& indicator = m_indicators[cell.column()].code;
        cleared.push_back({cell.row(), cell.column()});
        if (target(row.unit.code, indicator)) {
            changes.push_back({row.unit.code, indicator, m_year, false, std::nullopt});
        }
    }
    if (cleared.empty()) {
        return outcome;
    }
    if (const QString refusal = store(changes, cleared); !refusal.isEmpty()) {
        outcome.summary = refusal;
        outcome.problems = refusal.split(u'\n');
        return outcome;
    }
    outcome.stored = int(changes.size());
    outcome.summary = tr("%n target(s) removed.", "", outcome.stored);
    return outcome;
}

QString TargetGridModel::copyText(const QModelIndexList& cells) const
{
    if (cells.isEmpty()) {
        return {};
    }
    int top = rowCount();
    int bottom = -1;
    int left = columnCount();
    int right = -1;
    for (const QModelIndex& cell : cells) {
        top = std::min(top, cell.row());
        bottom = std::max(bottom, cell.row());
        left = std::min(left, cell.column());
        right = std::max(right, cell.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        if (!isUnitRow(row)) {
            continue; // pasted back, the block steps over the headings again
        }
        QStringList line;
        for (int column = left; column <= right; ++column) {
            line << data(index(row, column), Qt::EditRole).toString();
        }
        lines << line.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace thidua::gui
