// The shortlist tab's documents: the shortlist (grouped as chosen) and the period summary, each
// to the print preview or a PDF file, and the shortlist as a workbook. Documents are built from
// what is stored, so what is printed is what the table shows after its last save.
#include "DocumentPrinter.h"
#include "ShortlistModel.h"
#include "ShortlistView.h"
#include "documents/Documents.h"
#include "documents/XlsxExport.h"
#include "gui/DatabaseSession.h"
#include "gui/MessageBox.h"
#include "storage/StorageError.h"

#include <QComboBox>

namespace thidua::gui {
namespace {

documents::ShortlistGrouping groupingOf(const QComboBox& combo)
{
    return static_cast<documents::ShortlistGrouping>(combo.currentData().toInt());
}

} // namespace

// The printed list is what the office signs: an entry that fails its checks (counts not entered, a
// quota exceeded) would go out as a proposal all the same, so the official decides knowingly.
bool ShortlistView::confirmFailedChecks()
{
    const int failing = m_model->failingPrintedCount();
    if (failing == 0) {
        return true;
    }
    return MessageBox::question(this, tr("Print the list"),
                                tr("%n entry(ies) on the list fail their checks (see the Checks column). Print "
                                   "them as proposals anyway?",
                                   nullptr, failing),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

bool ShortlistView::buildDocument(const std::function<documents::DocumentContent(storage::Database&)>& build,
                                  documents::DocumentContent& content)
{
    storage::Database* db = m_session ? m_session->database() : nullptr;
    if (!db || periodCode().isEmpty()) {
        return false;
    }
    try {
        content = build(*db);
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot build the document"), error.message());
        return false;
    } catch (const std::exception& error) {
        MessageBox::critical(this, tr("Cannot build the document"), QString::fromUtf8(error.what()));
        return false;
    }
    return true;
}

void ShortlistView::previewShortlist()
{
    if (!confirmFailedChecks()) {
        return;
    }
    const std::string period = periodCode().toStdString();
    const auto grouping = groupingOf(*m_grouping);
    documents::DocumentContent content;
    if (buildDocument([&](storage::Database& db) { return documents::shortlistDocument(db, period, grouping); },
                      content)) {
        DocumentPrinter::preview(content, this);
    }
}

void ShortlistView::exportShortlistPdf()
{
    if (!confirmFailedChecks()) {
        return;
    }
    const std::string period = periodCode().toStdString();
    const auto grouping = groupingOf(*m_grouping);
    documents::DocumentContent content;
    if (buildDocument([&](storage::Database& db) { return documents::shortlistDocument(db, period, grouping); },
                      content)) {
        DocumentPrinter::exportPdf(content, this, tr("shortlist-%1").arg(periodCode()));
    }
}

void ShortlistView::exportShortlistXlsx()
{
    if (!confirmFailedChecks()) {
        return;
    }
    storage::Database* db = m_session ? m_session->database() : nullptr;
    if (!db || periodCode().isEmpty()) {
        return;
    }
    const std::string period = periodCode().toStdString();
    DocumentPrinter::exportXlsx(this, tr("shortlist-%1").arg(periodCode()), [db, &period](const QString& path) {
        return documents::writeShortlistXlsx(*db, period, path);
    });
}

void ShortlistView::previewSummary()
{
    const std::string period = periodCode().toStdString();
    documents::DocumentContent content;
    if (buildDocument([&](storage::Database& db) { return documents::summaryDocument(db, period); }, content)) {
        DocumentPrinter::preview(content, this);
    }
}

void ShortlistView::exportSummaryPdf()
{
    const std::string period = periodCode().toStdString();
    documents::DocumentContent content;
    if (buildDocument([&](storage::Database& db) { return documents::summaryDocument(db, period); }, content)) {
        DocumentPrinter::exportPdf(content, this, tr("summary-%1").arg(periodCode()));
    }
}

} // namespace thidua::gui
