// The report entry view's edits that are not typed into one cell: pasted blocks, emptied cells,
// and each accepted change put on the undo stack; and what the message line and the submit check say.
#include "ReportEntryView.h"

#include "ChangeReportValuesCommand.h"
#include "ReportFormModel.h"
#include "ReportPaste.h"
#include "ReportTableView.h"

#include <QLabel>
#include <QUndoStack>

#include <map>

using namespace Qt::StringLiterals;

namespace thidua::gui {

void ReportEntryView::push(std::vector<ValueChange> changes, const QString& text)
{
    if (!changes.empty()) {
        m_undoStack->push(new ChangeReportValuesCommand(m_writer, std::move(changes), text));
    }
}

void ReportEntryView::paste(const QString& text)
{
    if (!m_model->isEditable()) {
        showMessage(m_lock->text(), true);
        return;
    }
    if (text.isEmpty()) {
        showMessage(tr("The clipboard holds no text to paste."), true);
        return;
    }
    PasteResult result = ReportPaste::prepare(*m_model, m_table->currentIndex(), text);
    m_writeFailed = false;
    push(std::move(result.changes), tr("Paste %n value(s)", "", result.accepted));
    if (!m_writeFailed) {
        showMessage(ReportPaste::summary(result), result.refused > 0 || !result.unused.isEmpty());
    }
}

void ReportEntryView::clearCells(const QModelIndexList& cells)
{
    if (!m_model->isEditable()) {
        showMessage(m_lock->text(), true);
        return;
    }
    std::map<int, std::vector<std::pair<int, QString>>> rows;
    for (const QModelIndex& cell : cells) {
        if (m_model->isIndicator(cell.row()) && m_model->acceptsInput(cell)) {
            rows[cell.row()].emplace_back(cell.column(), QString());
        }
    }
    std::vector<ValueChange> changes;
    int cleared = 0;
    for (const auto& [row, rowCells] : rows) {
        if (auto change = m_model->prepareChange(row, rowCells)) {
            cleared += static_cast<int>(change->typed.size());
            changes.push_back(std::move(*change));
        }
    }
    push(std::move(changes), tr("Clear %n cell(s)", "", cleared));
}

void ReportEntryView::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #a00000; font-weight: bold;"_s : QString());
}

QString ReportEntryView::submitWarning() const
{
    QStringList problems;
    if (const int missing = m_model->missingCount(); missing > 0) {
        problems << tr("%n indicator(s) still have no figure.", "", missing);
    }
    if (const int invalid = m_model->invalidCount(); invalid > 0) {
        problems << tr("%n cell(s) hold text that was not accepted (in red) and is not stored.", "", invalid);
    }
    return problems.join(u' ');
}

} // namespace thidua::gui
