// Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, spec/printing.md) rendered from a
// QTextDocument body: A4, margins 20/20/30/15 mm, Times New Roman or its metric twin Liberation Serif
// (named, so output never depends on fontconfig's luck), page numbers centred in the top margin from
// page 2 on, table headers repeated on every page. The same rendering goes to a PDF file (thidua-cli,
// "Export PDF") and to a printer or the print preview (the GUI): both are QPagedPaintDevices.
#pragma once

#include <QPageLayout>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace thidua::documents {

// What one document is: its body as HTML (QTextDocument's subset: tables with <thead>, inline
// styles) and whether it needs landscape for a wide table.
struct DocumentContent
{
    QString title; // for the PDF's metadata and window titles, e.g. "Danh sách đề nghị khen thưởng"
    QString html;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
};

// The serif family every document uses: "Times New Roman" when the system has it, else
// "Liberation Serif" (Debian: fonts-liberation2).
QString documentFontFamily();

// Paginates and paints `content` onto `device` (a QPdfWriter or a QPrinter): sets the page layout
// (A4, orientation, margins), draws every page, numbers pages 2… at the top. Returns the number of
// pages. Needs a QGuiApplication.
int renderDocument(const DocumentContent& content, QPagedPaintDevice& device);

// Writes a PDF file (through a QSaveFile: a failure leaves no half file). Returns an empty string on
// success, else the reason in words.
QString writePdf(const DocumentContent& content, const QString& path);

} // namespace thidua::documents
