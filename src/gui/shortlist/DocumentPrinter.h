// The way out to paper for every printed document (issue 6): a print preview with the system's
// printers, a PDF file, and an XLSX workbook, each with its failure told in a message box. The
// documents are built by thidua_documents; this only asks where they go.
#pragma once

#include "documents/DocumentPage.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace thidua::gui {

class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(thidua::gui::DocumentPrinter)

public:
    // Shows the document as it will print (QPrintPreviewDialog): pages as the PDF has them, and the
    // dialog's own Print button for a printer. Returns when the preview is closed.
    static void preview(const documents::DocumentContent& content, QWidget* parent);

    // Asks for a PDF file name (suggesting `suggestedName`.pdf in the documents folder) and writes
    // the document there. Returns false when nothing was written (cancelled, or told why).
    static bool exportPdf(const documents::DocumentContent& content, QWidget* parent, const QString& suggestedName);

    // The same for a workbook written by `write(path)`, which returns the reason of a failure.
    static bool exportXlsx(QWidget* parent, const QString& suggestedName,
                           const std::function<QString(const QString& path)>& write);

    // Where exported files go unless the user chooses elsewhere.
    static QString suggestedPath(const QString& name, const QString& suffix);
};

} // namespace thidua::gui
