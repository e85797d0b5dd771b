#include "ReportValueWriter.h"

#include "ReportFormModel.h"
#include "gui/CurrentUser.h"
#include "gui/DatabaseSession.h"
#include "storage/ReportRepository.h"

namespace thidua::gui {
namespace {

std::vector<int> columnsOf(const ValueChange& change)
{
    std::vector<int> columns;
    for (const auto& [column, text] : change.typed) {
        columns.push_back(column);
    }
    return columns;
}

} // namespace

ReportValueWriter::ReportValueWriter(DatabaseSession* session, ReportFormModel* model, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
{
}

bool ReportValueWriter::write(const std::vector<ValueChange>& changes, Side side)
{
    storage::Database* database = m_session->database();
    if (!database) {
        emit failed(tr("No database is open: the change was not stored."));
        return false;
    }
    const auto valueOf = [side](const ValueChange& change) -> const storage::ReportValue& {
        return side == Side::After ? change.after : change.before;
    };
    try {
        const QString user = currentUser();
        storage::ReportRepository reports(*database);
        database->transaction([&] {
            for (const ValueChange& change : changes) {
                reports.saveValue(valueOf(change), user);
            }
        });
    } catch (const storage::StorageError& error) {
        if (side == Side::After) {
            for (const ValueChange& change : changes) {
                // A tick has no typed text to keep: the checkbox simply stays as it was.
                if (change.before.reachedMembers != change.after.reachedMembers) {
                    continue;
                }
                for (const auto& [column, text] : change.typed) {
                    m_model->markInvalid(change.after.indicatorCode, column, text,
                                         tr("Not stored: %1").arg(error.message()));
                }
            }
        }
        emit failed(error.message());
        return false;
    }
    for (const ValueChange& change : changes) {
        m_model->applyValue(valueOf(change), columnsOf(change));
    }
    emit written();
    return true;
}

} // namespace thidua::gui
