// File > Import Reports… and File > Export Entry Workbook… driven as an official would, on the demo
// database: a file chosen (the file dialog answered in advance), the preview read (new, changed,
// unchanged values and every problem by row), Apply clicked by its name, and what the database then
// holds checked, not only what is shown. A file with a fault stores nothing; a read-only database
// offers no import.
#pragma once

#include "GuiTestSupport.h"

#include <QObject>
#include <QString>
#include <QWidget>

#include <memory>

namespace thidua::gui {
class DatabaseSession;
class ImportActions;
class ImportPreviewDialog;
} // namespace thidua::gui

namespace thidua::test {

class ImportActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void previewModelKeepsTheContract();
    void previewDialogFiltersAndWordsTheSummary();
    void previewWithProblemsCannotBeApplied();
    void csvIsPreviewedAndApplied();
    void badValueIsListedAndNothingStored();
    void approvedReportIsNotChanged();
    void workbookRoundTripsThroughTheDialog();
    void workbooksForAllUnitsGoIntoAFolder();
    void readOnlyDatabaseOffersNoImport();

private:
    void openDemo(bool readOnly = false);
    QString writeFile(const QString& name, const QByteArray& content) const;
    // Triggers the import of `path` and returns the preview dialog it opened.
    gui::ImportPreviewDialog* previewOf(const QString& path);
    int countChange(const gui::ImportPreviewDialog& dialog, const QString& change) const;

    std::unique_ptr<GuiTempDir> m_dir;
    QString m_path;
    std::unique_ptr<QWidget> m_window;
    gui::DatabaseSession* m_session = nullptr;
    gui::ImportActions* m_actions = nullptr;
};

} // namespace thidua::test
