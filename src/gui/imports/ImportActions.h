// The window's side of importing report values (issue 7): File > Import Reports… asks for a CSV file
// or an XLSX workbook, shows the preview (new, changed and unchanged values, every problem by sheet,
// row and column), and applies it in one transaction after a backup; and Export Entry Workbook…,
// which writes a unit's workbook for a period to send out.
#pragma once

#include "core/ImportFile.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QWidget;

namespace thidua::gui {

class DatabaseSession;
class ExportWorkbookDialog;

class ImportActions : public QObject
{
    Q_OBJECT

public:
    ImportActions(DatabaseSession* session, QWidget* window);

    QAction* importReportsAction() const { return m_import; }
    QAction* exportWorkbookAction() const { return m_exportWorkbook; }

    // The preview or export dialog open now, if any. Both are window-modal and shown with open(), so
    // the event loop goes on and tests drive them by their widgets' object names.
    QDialog* openDialog() const { return m_dialog; }

    // Reads and previews `path` as File > Import Reports… does after the file dialog.
    void importFile(const QString& path);

signals:
    // Values were stored: views showing them read again.
    void imported();

private:
    void updateEnabled();
    void chooseImportFile();
    void apply(const ImportFile& file, const QString& fileName, const QString& changes);
    void chooseExport();
    void exportWorkbooks(ExportWorkbookDialog& dialog);
    bool writeOne(const std::string& unitCode, const std::string& periodCode, const QString& path);

    DatabaseSession* m_session;
    QWidget* m_window;
    QAction* m_import;
    QAction* m_exportWorkbook;
    QPointer<QDialog> m_dialog;
};

} // namespace thidua::gui
