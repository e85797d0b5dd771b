// The report entry form (issue 4, "The report form"): pick the period and the unit, and type the
// unit's figures into a table built from its targets. Every accepted change is stored at once, with
// undo and redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y); a refused one stays in its cell, marked, with the
// reason under the table. Beside the table, the history of the current cell; below it, the report's
// status and its Submit, Approve and Reopen buttons. An approved report, or a database opened
// read-only, locks the form, and a line says why.
#pragma once

#include "ValueChange.h"

#include <QModelIndexList>
#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QAction;
class QLabel;
class QUndoStack;

namespace thidua::gui {

class CellHistoryPanel;
class DatabaseSession;
class ReportFormModel;
class ReportPicker;
class ReportTableView;
class ReportValueWriter;
class ReportWorkflowBar;

class ReportEntryView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportEntryView(DatabaseSession* session, QWidget* parent = nullptr);
    ~ReportEntryView() override;

    ReportFormModel* model() const { return m_model; }
    QUndoStack* undoStack() const { return m_undoStack; }

public slots:
    // Shows the report of `unitCode` for `periodCode` (from the completeness screen, for one).
    void openReport(const QString& unitCode, const QString& periodCode);
    // Reads the shown report again (View > Refresh), unless cells hold refused text the official
    // would lose.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadChoices();
    void loadForm(bool keepUndo = false);
    void refreshStatus();
    void showCurrentCell();
    void push(std::vector<ValueChange> changes, const QString& text);
    void paste(const QString& text);
    void clearCells(const QModelIndexList& cells);
    void showMessage(const QString& text, bool problem);
    QString submitWarning() const;

    DatabaseSession* m_session;
    ReportFormModel* m_model;
    ReportValueWriter* m_writer;
    QUndoStack* m_undoStack;
    ReportPicker* m_picker;
    QLabel* m_title;
    QLabel* m_lock;
    ReportTableView* m_table;
    QLabel* m_message;
    CellHistoryPanel* m_history;
    ReportWorkflowBar* m_workflow;
    QAction* m_undo;
    QAction* m_redo;
    std::map<std::string, std::string> m_unitNames;
    bool m_writeFailed = false;
};

} // namespace thidua::gui
