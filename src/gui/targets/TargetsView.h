// The Targets tab (giao chỉ tiêu): the grid of units × indicators of a year, the district's plan
// targets on the first row, with filling a column from the district, pasting from a spreadsheet,
// and copying a year's plan to a new year. It follows the session's database by itself.
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace thidua::gui {

class DatabaseSession;
class TargetGridModel;
class TargetTableView;

class TargetsView : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsView(DatabaseSession* session, QWidget* parent = nullptr);

    TargetGridModel* model() const { return m_model; }
    int year() const;

    // Actions of the tab, for the main window's menus (and the tests).
    QAction* fillColumnAction() const { return m_fillAction; }
    QAction* pasteAction() const { return m_pasteAction; }
    QAction* copyPlanAction() const { return m_copyPlanAction; }

    void showYear(int year);

public slots:
    // Reads the targets again (View > Refresh): another user may have changed them.
    void refresh() { reload(); }

private:
    void reload();
    void fillColumn();
    void paste();
    void copySelection();
    void clearSelection();
    void copyPlan();
    void describeCurrent();
    void showMessage(const QString& text, bool problem);
    void updateActions();
    void fitColumns();

    DatabaseSession* m_session;
    TargetGridModel* m_model;
    QLabel* m_yearLabel;
    QComboBox* m_yearCombo;
    QLabel* m_hint;
    TargetTableView* m_table;
    QLabel* m_current;
    QLabel* m_message;
    QAction* m_fillAction;
    QAction* m_pasteAction;
    QAction* m_copyAction;
    QAction* m_clearAction;
    QAction* m_copyPlanAction;
};

} // namespace thidua::gui
