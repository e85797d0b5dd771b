// What leaves the rankings view: the tables as CSV and the selected unit's score sheet as a printed
// document (documents/Documents.h), previewed or saved as PDF.
#include "RankingModel.h"
#include "RankingsView.h"
#include "ScoreBreakdownModel.h"
#include "TableExport.h"
#include "documents/Documents.h"
#include "gui/DatabaseSession.h"
#include "gui/MessageBox.h"
#include "gui/shortlist/DocumentPrinter.h"
#include "storage/StorageError.h"

#include <QTableView>

#include <functional>

namespace thidua::gui {

void RankingsView::exportRanking()
{
    exportTableToCsv(this, *m_ranking, tr("ranking-%1-%2").arg(groupCode(), periodCode()));
}

void RankingsView::exportBreakdown()
{
    const QString unit = m_table->currentIndex().data(RankingModel::CodeRole).toString();
    exportTableToCsv(this, *m_breakdown, tr("score-%1-%2").arg(unit, periodCode()));
}

void RankingsView::withScoreSheet(const std::function<void(const documents::DocumentContent&, const QString&)>& use)
{
    const QString unit = m_table->currentIndex().data(RankingModel::CodeRole).toString();
    storage::Database* db = m_session ? m_session->database() : nullptr;
    if (!db || unit.isEmpty()) {
        return;
    }
    try {
        use(documents::scoreSheetDocument(*db, periodCode().toStdString(), unit.toStdString()), unit);
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot build the score sheet"), error.message());
    }
}

void RankingsView::previewScoreSheet()
{
    withScoreSheet(
        [this](const documents::DocumentContent& content, const QString&) { DocumentPrinter::preview(content, this); });
}

void RankingsView::exportScoreSheetPdf()
{
    withScoreSheet([this](const documents::DocumentContent& content, const QString& unit) {
        DocumentPrinter::exportPdf(content, this, tr("score-sheet-%1-%2").arg(unit, periodCode()));
    });
}

} // namespace thidua::gui
