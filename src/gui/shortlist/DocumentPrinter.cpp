#include "DocumentPrinter.h"

#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace thidua::gui {

void DocumentPrinter::preview(const documents::DocumentContent& content, QWidget* parent)
{
    // High resolution: the preview then shows the same line breaks as the printed page and the PDF.
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(content.title);
    printer.setPageOrientation(content.orientation);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(u"printPreviewDialog"_s);
    dialog.setWindowTitle(tr("Print preview: %1").arg(content.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&content](QPrinter* target) { documents::renderDocument(content, *target); });
    dialog.resize(1000, 800);
    dialog.exec();
}

QString DocumentPrinter::suggestedPath(const QString& name, const QString& suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name + u'.' + suffix);
}

bool DocumentPrinter::exportPdf(const documents::DocumentContent& content, QWidget* parent,
                                const QString& suggestedName)
{
    const QString title = tr("Export PDF");
    const QString path = FileDialog::getSaveFileName(parent, title, suggestedPath(suggestedName, u"pdf"_s),
                                                     tr("PDF documents (*.pdf)"), u"pdf"_s);
    if (path.isEmpty()) {
        return false;
    }
    const QString problem = documents::writePdf(content, path);
    if (!problem.isEmpty()) {
        MessageBox::critical(parent, title, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), problem));
        return false;
    }
    return true;
}

bool DocumentPrinter::exportXlsx(QWidget* parent, const QString& suggestedName,
                                 const std::function<QString(const QString& path)>& write)
{
    const QString title = tr("Export XLSX");
    const QString path = FileDialog::getSaveFileName(parent, title, suggestedPath(suggestedName, u"xlsx"_s),
                                                     tr("Excel workbooks (*.xlsx)"), u"xlsx"_s);
    if (path.isEmpty()) {
        return false;
    }
    QString problem;
    try {
        problem = write(path);
    } catch (const storage::StorageError& error) {
        problem = error.message();
    }
    if (!problem.isEmpty()) {
        MessageBox::critical(parent, title, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), problem));
        return false;
    }
    return true;
}

} // namespace thidua::gui
