#include "DatabaseSession.h"

#include <QFileInfo>

namespace thidua::gui {
namespace {

bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    return first.exists() && second.exists() ? first.canonicalFilePath() == second.canonicalFilePath()
                                             : first.absoluteFilePath() == second.absoluteFilePath();
}

} // namespace

DatabaseSession::DatabaseSession(QObject* parent)
    : QObject(parent)
{
}

DatabaseSession::~DatabaseSession() = default;

void DatabaseSession::open(const QString& path, storage::Access access)
{
    replace(storage::Database::open(path, access));
}

void DatabaseSession::create(const QString& path, storage::Seed seed, bool overwrite)
{
    if (!m_database || !sameFile(m_database->path(), path)) {
        replace(storage::Database::create(path, seed, overwrite));
        return;
    }

    const storage::Access access = m_database->isReadOnly() ? storage::Access::ReadOnly : storage::Access::ReadWrite;
    close();
    try {
        replace(storage::Database::create(path, seed, overwrite));
    } catch (const storage::StorageError&) {
        try {
            replace(storage::Database::open(path, access));
        } catch (const storage::StorageError&) {
            // The first error is the one the user needs to read; none stays open.
        }
        throw;
    }
}

void DatabaseSession::close()
{
    replace(nullptr);
}

QString DatabaseSession::path() const
{
    return m_database ? m_database->path() : QString();
}

void DatabaseSession::replace(std::unique_ptr<storage::Database> database)
{
    m_database = std::move(database);
    emit changed();
}

} // namespace thidua::gui
