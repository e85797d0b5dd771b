// A table that keeps a spreadsheet user's habits: typing replaces the cell, Enter stores and moves
// down, Tab stores and moves right, Delete empties the selected cells, Ctrl+C and Ctrl+V exchange
// blocks with a spreadsheet. The unit names stay in view as the vertical header.
#pragma once

#include <QTableView>

namespace thidua::gui {

class TargetTableView : public QTableView
{
    Q_OBJECT

public:
    explicit TargetTableView(QWidget* parent = nullptr);

signals:
    void pasteRequested();
    void copyRequested();
    void clearRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void step(CursorAction action);
};

} // namespace thidua::gui
