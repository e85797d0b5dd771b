#include "DocumentPage.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace thidua::documents {
namespace {

// Nghị định 30/2020/NĐ-CP, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. The
// smallest allowed margins keep the most room for the tables.
constexpr double kTopMm = 20;
constexpr double kBottomMm = 20;
constexpr double kLeftMm = 30;
constexpr double kRightMm = 15;
constexpr double kBodyPointSize = 13;
constexpr double kPageNumberPointSize = 13;
constexpr int kLayoutDpi = 1200;

QString tr(const char* text)
{
    return QCoreApplication::translate("thidua::documents", text);
}

QFont documentFont(double pointSize)
{
    QFont font(documentFontFamily());
    font.setPointSizeF(pointSize);
    // A printed page must look the same on every machine: no substitution of a similar font.
    font.setStyleStrategy(QFont::PreferMatch);
    return font;
}

// The HTML importer turns <thead> rows into header rows (repeated on every page by the layout); a
// table written without <thead> still gets its first row repeated when that row is bold, as every
// table of ours starts with one. Ruled tables get hairlines: QTextDocument draws the cells' borders
// and the table's side by side (only separated borders close a table at a page break, collapsed ones
// leave its last row open), so half a pixel each gives one line of the usual 0.75 pt.
void prepareTables(QTextDocument& document)
{
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (table == nullptr) {
            continue;
        }
        QTextTableFormat format = table->format();
        if (format.border() > 0) {
            format.setBorder(0.5);
            format.setBorderBrush(Qt::black);
            format.setBorderCollapse(false);
        }
        if (format.headerRowCount() == 0 && table->rows() > 1 &&
            table->cellAt(0, 0).format().fontWeight() >= QFont::Bold) {
            format.setHeaderRowCount(1);
        }
        table->setFormat(format);
    }
}

QList<QTextTable*> topLevelTables(QTextDocument& document)
{
    QList<QTextTable*> tables;
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            tables << table;
        }
    }
    return tables;
}

// Tables without borders lay out the header and the footer: one of them cut by a page break would
// leave the signature on a page without its title, so such a table starts a new page instead.
void keepLayoutTablesWhole(QTextDocument& document, double pageHeight)
{
    for (QTextTable* table : topLevelTables(document)) {
        QTextTableFormat format = table->format();
        if (format.border() > 0 || format.pageBreakPolicy() != QTextFormat::PageBreak_Auto) {
            continue;
        }
        const QRectF box = document.documentLayout()->frameBoundingRect(table);
        if (int(box.top() / pageHeight) != int((box.bottom() - 1) / pageHeight) && box.height() < pageHeight) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}

// The extent of a table row (of a table in the root frame) in document coordinates: from the top of its cells' first
// blocks to the bottom of their last.
std::pair<double, double> rowExtent(QTextDocument& document, QTextTable* table, int row)
{
    // The layout is lazy: positions are final only once the whole document is laid out.
    document.documentLayout()->documentSize();
    double top = std::numeric_limits<double>::max();
    double bottom = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column) {
            continue; // covered by a spanning cell
        }
        const QTextBlock first = document.findBlock(cell.firstPosition());
        const QTextBlock last = document.findBlock(cell.lastPosition());
        top = std::min(top, document.documentLayout()->blockBoundingRect(first).top());
        bottom = std::max(bottom, document.documentLayout()->blockBoundingRect(last).bottom());
    }
    return {top, bottom};
}

// Qt moves a row to the next page only when none of its cells' first lines fits; a row with a short
// cell beside a long one is cut, its end printed under the next page's repeated header. Such a row
// is pushed down by stretching the row above it to the page's end (as Qt stretches the last row of
// a page): once the row starts past the page bottom, the layout starts it on the next page, under
// the repeated header. One row at a time, as each moves those after it.
void keepRowsWhole(QTextDocument& document, double pageHeight)
{
    for (QTextTable* table : topLevelTables(document)) {
        const int headerRows = table->format().headerRowCount();
        const double step = std::max(1.0, table->format().cellPadding() * kLayoutDpi / 96.0 / 4);
        for (int row = headerRows + 1; row < table->rows(); ++row) {
            auto [top, bottom] = rowExtent(document, table, row);
            const int page = int(top / pageHeight);
            if (page == int((bottom - 1) / pageHeight) || bottom - top >= pageHeight / 2) {
                continue;
            }
            // An empty paragraph at the end of the row above, grown until this row starts past the
            // page bottom (margins of the cell's own text would move that text).
            QTextCursor cursor(&document);
            cursor.setPosition(table->cellAt(row - 1, 0).lastPosition());
            QTextCharFormat tiny;
            tiny.setFontPointSize(1);
            QTextBlockFormat spacer;
            cursor.insertBlock(spacer, tiny);
            double stretch = (page + 1) * pageHeight - top - 2 * step;
            for (int attempt = 0; attempt < 64 && int(top / pageHeight) == page; ++attempt) {
                // Margins are CSS pixels, which the layout scales from 96 dpi.
                spacer.setTopMargin(std::max(0.0, stretch) * 96.0 / kLayoutDpi);
                cursor.setBlockFormat(spacer);
                top = rowExtent(document, table, row).first;
                stretch += step;
            }
        }
    }
}

void drawPageNumber(QPainter& painter, int pageNumber, const QRectF& topMargin)
{
    painter.save();
    painter.setFont(documentFont(kPageNumberPointSize));
    painter.setPen(Qt::black);
    painter.drawText(topMargin, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(pageNumber));
    painter.restore();
}

} // namespace

QString documentFontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString& candidate : {u"Times New Roman"_s, u"Liberation Serif"_s}) {
            if (families.contains(candidate, Qt::CaseInsensitive)) {
                return candidate;
            }
        }
        // Neither is installed: name Times New Roman anyway, so a PDF viewer or printer with it
        // still gets the right face rather than whatever fontconfig picks for a generic "serif".
        return u"Times New Roman"_s;
    }();
    return family;
}

int renderDocument(const DocumentContent& content, QPagedPaintDevice& device)
{
    const QPageLayout layout(QPageSize(QPageSize::A4), content.orientation,
                             QMarginsF(kLeftMm, kTopMm, kRightMm, kBottomMm), QPageLayout::Millimeter);
    device.setPageLayout(layout);

    // Laid out once on a fixed 1200 dpi device and painted scaled: line heights rounded at the
    // device's own resolution would move a row to another page between a 300 dpi PDF and a 600 dpi
    // printer, and the print preview must show the PDF's pages.
    QBuffer sink;
    QPdfWriter layoutDevice(&sink);
    layoutDevice.setResolution(kLayoutDpi);
    const QRectF printable = layout.paintRect(QPageLayout::Inch);
    const QSizeF pageSize(printable.width() * kLayoutDpi, printable.height() * kLayoutDpi);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&layoutDevice);
    document.setDefaultFont(documentFont(kBodyPointSize));
    document.setDocumentMargin(0);
    document.setHtml(content.html);
    prepareTables(document);
    document.setPageSize(pageSize);
    keepRowsWhole(document, pageSize.height());
    keepLayoutTablesWhole(document, pageSize.height());

    QPainter painter;
    if (!painter.begin(&device)) {
        return 0;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const double scaleX = device.logicalDpiX() / double(kLayoutDpi);
    const double scaleY = device.logicalDpiY() / double(kLayoutDpi);
    const double topMarginPx = kTopMm / 25.4 * device.logicalDpiY();
    // The painter's origin is the top left of the printable area; the page number sits in the
    // middle of the top margin above it.
    const QRectF topMargin(0, -topMarginPx, pageSize.width() * scaleX, topMarginPx);

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device.newPage();
        }
        painter.save();
        painter.scale(scaleX, scaleY);
        const QRectF view(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        context.clip = view;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        // Nghị định 30: the first page carries no number.
        if (page > 0) {
            drawPageNumber(painter, page + 1, topMargin);
        }
    }
    painter.end();
    return pages;
}

QString writePdf(const DocumentContent& content, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(content.title);
        writer.setCreator(u"Thi Đua"_s);
        pages = renderDocument(content, writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return tr("Cannot draw the document %1.").arg(path);
    }
    if (!file.commit()) {
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}

} // namespace thidua::documents
