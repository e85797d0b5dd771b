// What the report form's GUI suites share: a seeded database opened in a session, the form shown
// and active so that keys reach the cell editors and shortcuts, and ways to type, find and read back.
#pragma once

#include "GuiTestSupport.h"
#include "gui/DatabaseSession.h"
#include "gui/reports/ReportEntryView.h"
#include "gui/reports/ReportFormModel.h"
#include "gui/reports/ReportTableView.h"
#include "storage/ReportRepository.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>

#include <optional>
#include <string>

namespace thidua::test {

// A seeded database open for writing, entered by "Lan", with the clock and message boxes reset.
struct ReportTestSession
{
    ReportTestSession();
    ~ReportTestSession();

    GuiTempDir dir;
    QString file;
    gui::DatabaseSession session;
};

struct Form
{
    explicit Form(gui::DatabaseSession* session);

    QLabel* label(const QString& name) const { return view.findChild<QLabel*>(name); }
    QPushButton* button(const QString& name) const { return view.findChild<QPushButton*>(name); }

    gui::ReportEntryView view;
    gui::ReportTableView* table = nullptr;
    gui::ReportFormModel* model = nullptr;
};

int rowOf(const gui::ReportFormModel& model, const QString& code);
QModelIndex cellOf(const Form& form, const QString& code, int column);
void goTo(Form& form, const QString& code, int column);
// Types into the current cell as a person does: the first key opens the editor, the rest go to it,
// and Enter (or the key given) ends the edit. False when no editor opened.
bool typeInCell(Form& form, const QString& text, Qt::Key end = Qt::Key_Return);

std::optional<storage::ReportValue> stored(gui::DatabaseSession& session, const std::string& unit,
                                           const std::string& period, const std::string& code);
// The stored actual of the district's year-end report.
std::optional<double> actualOf(gui::DatabaseSession& session, const std::string& code);
QString translated(const char* context, const char* source);
void setClock(const QDateTime& local);

} // namespace thidua::test
