// The shortlist's edits: proposals taken from the ranking, individuals added, entries edited,
// excluded or included again, their status and decision recorded, typed-in entries removed. Each
// is saved by storage with the user for the audit log; a refusal is told naming what is wrong.
#include "CollectiveDialog.h"
#include "DocumentSettingsDialog.h"
#include "IndividualDialog.h"
#include "ShortlistModel.h"
#include "ShortlistView.h"
#include "StatusDialog.h"
#include "gui/CurrentUser.h"
#include "gui/DatabaseSession.h"
#include "gui/MessageBox.h"
#include "gui/dashboard/DashboardData.h"
#include "gui/reports/ReasonDialog.h"
#include "i18n/DisplayText.h"
#include "storage/ShortlistRepository.h"
#include "storage/StorageError.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace thidua::gui {

QString ShortlistView::save(const ShortlistEntry& entry)
{
    storage::Database* db = editableDatabase();
    if (!db) {
        return tr("The database is open for reading only.");
    }
    try {
        m_lastSaved = storage::ShortlistRepository(*db).save(entry, currentUser());
    } catch (const storage::StorageError& error) {
        return error.message();
    }
    return {};
}

void ShortlistView::openEntryDialog(QDialog* dialog, const std::function<std::int64_t()>& savedId)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, savedId] {
        m_lastSaved = savedId();
        showNotice({}, false);
        refresh();
    });
    dialog->open();
}

void ShortlistView::takeProposals()
{
    storage::Database* db = editableDatabase();
    if (!db || !m_sync->isEnabled()) {
        return;
    }
    const std::string period = periodCode().toStdString();
    int added = 0;
    try {
        const DashboardData dashboard = loadDashboard(*db, period);
        added = storage::ShortlistRepository(*db).syncFromRankings(period, dashboard.results.rankings, currentUser());
    } catch (const storage::StorageError& error) {
        MessageBox::warning(this, tr("Cannot take the proposals"), error.message());
        return;
    }
    refresh();
    showNotice(added == 0 ? tr("The ranking proposes nothing that is not listed already.")
                          : tr("Proposals added from the ranking: %1.").arg(added),
               false);
}

void ShortlistView::addIndividual()
{
    if (!editableDatabase() || !m_addIndividual->isEnabled()) {
        return;
    }
    ShortlistEntry entry;
    entry.periodCode = periodCode().toStdString();
    entry.award = Award::AdvancedWorker;
    // The person most likely belongs to the unit of the selected entry.
    if (const ShortlistEntry* current = currentEntry()) {
        entry.unitCode = current->unitCode;
    }
    auto* dialog = new IndividualDialog(
        entry, m_units, [this](const ShortlistEntry& typed) { return save(typed); }, this);
    openEntryDialog(dialog, [this] { return m_lastSaved; });
}

void ShortlistView::editCurrent()
{
    const ShortlistEntry* current = currentEntry();
    if (!editableDatabase() || !current || !m_edit->isEnabled()) {
        return;
    }
    const auto saver = [this](const ShortlistEntry& typed) {
        return save(typed);
    };
    const std::int64_t id = current->id;
    QDialog* dialog = nullptr;
    if (isCollective(*current)) {
        dialog = new CollectiveDialog(*current, m_model->entryName(*current), saver, this);
    } else {
        dialog = new IndividualDialog(*current, m_units, saver, this);
    }
    openEntryDialog(dialog, [id] { return id; });
}

void ShortlistView::toggleIncluded()
{
    const ShortlistEntry* current = currentEntry();
    if (!editableDatabase() || !current || !m_exclude->isEnabled()) {
        return;
    }
    ShortlistEntry entry = *current;
    if (entry.included) {
        // The reason is printed nowhere but kept with the entry: whoever asks later learns why.
        const std::optional<QString> reason =
            ReasonDialog::ask(this, tr("Exclude from the shortlist"),
                              tr("Why is %1 (%2) excluded from the shortlist? The reason is kept with the entry.")
                                  .arg(m_model->entryName(entry), ShortlistModel::awardName(entry.award)));
        if (!reason) {
            return;
        }
        entry.included = false;
        entry.exclusionReason = reason->simplified().toStdString();
    } else {
        entry.included = true;
        entry.exclusionReason.clear();
    }
    if (const QString problem = save(entry); !problem.isEmpty()) {
        MessageBox::warning(this, tr("Cannot change the entry"), problem);
        return;
    }
    refresh();
}

void ShortlistView::setStatus()
{
    const ShortlistEntry* current = currentEntry();
    if (!editableDatabase() || !current || !m_status->isEnabled()) {
        return;
    }
    const std::int64_t id = current->id;
    auto* dialog = new StatusDialog(
        *current, m_model->entryName(*current), [this](const ShortlistEntry& typed) { return save(typed); }, this);
    openEntryDialog(dialog, [id] { return id; });
}

void ShortlistView::removeCurrent()
{
    const ShortlistEntry* current = currentEntry();
    if (!editableDatabase() || !current || !m_remove->isEnabled()) {
        return;
    }
    const ShortlistEntry entry = *current;
    const QString question =
        tr("Remove %1 (%2) from the shortlist?").arg(m_model->entryName(entry), ShortlistModel::awardName(entry.award));
    if (MessageBox::question(this, tr("Remove entry"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) !=
        QMessageBox::Yes) {
        return;
    }
    try {
        storage::ShortlistRepository(*editableDatabase()).remove(entry.id, currentUser());
    } catch (const storage::StorageError& error) {
        MessageBox::warning(this, tr("Cannot remove the entry"), error.message());
        return;
    }
    refresh();
}

void ShortlistView::editDocumentSettings()
{
    storage::Database* db = editableDatabase();
    if (!db || !m_settings->isEnabled()) {
        return;
    }
    DocumentSettingsDialog* dialog = nullptr;
    try {
        dialog = new DocumentSettingsDialog(*db, this);
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot read the document settings"), error.message());
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ShortlistView::refresh); // the quota may have changed
    dialog->open();
}

} // namespace thidua::gui
