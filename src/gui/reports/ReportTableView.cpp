#include "ReportTableView.h"

#include "ReportCellDelegate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {

ReportTableView::ReportTableView(QWidget* parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(true);
    // Indicator names are long sentences from the plan: they wrap rather than end in "…".
    setWordWrap(true);
    setItemDelegate(new ReportCellDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Rows fitted to their text would be cramped: one line keeps a comfortable height to click into.
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() * 2);
}

bool ReportTableView::takesInput(const QModelIndex& index) const
{
    return index.isValid() && (index.flags() & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable));
}

QModelIndex ReportTableView::nextInputCell(const QModelIndex& from, Qt::Orientation direction, bool forward) const
{
    if (!model() || !from.isValid()) {
        return {};
    }
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    const int step = forward ? 1 : -1;
    if (direction == Qt::Vertical) {
        for (int row = from.row() + step; row >= 0 && row < rows; row += step) {
            const QModelIndex index = model()->index(row, from.column());
            if (takesInput(index)) {
                return index;
            }
        }
        return {};
    }
    // Along the rows, as reading: to the end of the row, then on from the start of the next one.
    for (int cell = from.row() * columns + from.column() + step; cell >= 0 && cell < rows * columns; cell += step) {
        const QModelIndex index = model()->index(cell / columns, cell % columns);
        if (takesInput(index)) {
            return index;
        }
    }
    return {};
}

void ReportTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Paste)) {
        emit pasteRequested(QGuiApplication::clipboard()->text());
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    if (state() != QAbstractItemView::EditingState) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            const bool up = event->modifiers() & Qt::ShiftModifier;
            if (const QModelIndex next = nextInputCell(currentIndex(), Qt::Vertical, !up); next.isValid()) {
                moveTo(next);
            }
            event->accept();
            return;
        }
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            emit clearRequested(selectionModel()->selectedIndexes());
            event->accept();
            return;
        default:
            break;
        }
    }
    const QString text = event->text();
    const bool typing = !text.isEmpty() && text.at(0).isPrint() &&
                        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (typing && state() != QAbstractItemView::EditingState && currentIndex().isValid() &&
        !takesInput(currentIndex())) {
        emit inputRefused(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

QModelIndex ReportTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (action == MoveNext || action == MovePrevious) {
        const QModelIndex next = nextInputCell(currentIndex(), Qt::Horizontal, action == MoveNext);
        if (next.isValid()) {
            return next;
        }
    }
    return QTableView::moveCursor(action, modifiers);
}

void ReportTableView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    QModelIndex next;
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache: // Enter
        next = nextInputCell(currentIndex(), Qt::Vertical, true);
        break;
    case QAbstractItemDelegate::EditNextItem: // Tab
        next = nextInputCell(currentIndex(), Qt::Horizontal, true);
        break;
    case QAbstractItemDelegate::EditPreviousItem: // Shift+Tab
        next = nextInputCell(currentIndex(), Qt::Horizontal, false);
        break;
    default:
        QTableView::closeEditor(editor, hint);
        return;
    }
    // As in a spreadsheet the next cell is selected, not opened: typing there replaces its content.
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    if (next.isValid()) {
        moveTo(next);
    }
}

void ReportTableView::moveTo(const QModelIndex& index)
{
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
}

void ReportTableView::copySelection() const
{
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty()) {
        return;
    }
    std::sort(cells.begin(), cells.end());
    int top = cells.front().row();
    int bottom = top;
    int left = cells.front().column();
    int right = left;
    for (const QModelIndex& cell : cells) {
        top = std::min(top, cell.row());
        bottom = std::max(bottom, cell.row());
        left = std::min(left, cell.column());
        right = std::max(right, cell.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList line;
        for (int column = left; column <= right; ++column) {
            const QModelIndex index = model()->index(row, column);
            line << (selectionModel()->isSelected(index) ? index.data(Qt::EditRole).toString().trimmed() : QString());
        }
        lines << line.join(u'\t');
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

} // namespace thidua::gui
