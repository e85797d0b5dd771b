// The report form's table with a spreadsheet's habits: typing replaces the cell, Enter goes down
// and Tab goes right to the next cell that takes input, Delete empties the selected cells, Ctrl+C
// copies them as tab-separated text and Ctrl+V pastes such text (what a spreadsheet copies). The
// table only reads its model; edits and pastes are handed to the report entry view.
#pragma once

#include <QTableView>

namespace thidua::gui {

class ReportTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ReportTableView(QWidget* parent = nullptr);

    // The next cell taking input from `from`, going down its column (Enter) or along the rows to the
    // right (Tab), forwards or backwards; invalid when there is none.
    QModelIndex nextInputCell(const QModelIndex& from, Qt::Orientation direction, bool forward) const;

signals:
    void pasteRequested(const QString& text);
    void clearRequested(const QModelIndexList& cells);
    // A key was typed on a cell that takes no input; the view says why.
    void inputRefused(const QModelIndex& index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    bool takesInput(const QModelIndex& index) const;
    void moveTo(const QModelIndex& index);
    void copySelection() const;
};

} // namespace thidua::gui
