#include "TargetTableView.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace thidua::gui {

TargetTableView::TargetTableView(QWidget* parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::DoubleClicked);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setWordWrap(false);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // One line of figures per unit: thirty units fit on a laptop screen.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
}

void TargetTableView::keyPressEvent(QKeyEvent* event)
{
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Paste)) {
            emit pasteRequested();
            return;
        }
        if (event->matches(QKeySequence::Copy)) {
            emit copyRequested();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            emit clearRequested();
            return;
        }
        // Enter outside an editor goes down as in a spreadsheet (Qt would only "activate" the cell).
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            step(event->modifiers() & Qt::ShiftModifier ? MoveUp : MoveDown);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

// The delegate ends an edit with a hint telling which key closed it: Enter submits, Tab and
// Shift+Tab ask for the next or previous cell. The cursor then moves without opening an editor on
// the new cell, so that typing there replaces it again.
void TargetTableView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache:
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        step(MoveDown);
        break;
    case QAbstractItemDelegate::EditNextItem:
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        step(MoveNext);
        break;
    case QAbstractItemDelegate::EditPreviousItem:
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        step(MovePrevious);
        break;
    default:
        QTableView::closeEditor(editor, hint);
    }
}

void TargetTableView::step(CursorAction action)
{
    const QModelIndex next = moveCursor(action, Qt::NoModifier);
    if (next.isValid()) {
        setCurrentIndex(next);
    }
}

} // namespace thidua::gui
