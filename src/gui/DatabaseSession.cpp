#include "DatabaseSession.h"

#include "MessageBox.h"

#include "storage/Backups.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QWidget>

namespace thidua::gui {
namespace {

bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    return first.exists() && second.exists() ? first.canonicalFilePath() == second.canonicalFilePath()
                                             : first.absoluteFilePath() == second.absoluteFilePath();
}

// The lock of `path`, taken if it can be. Only another live holder counts as "held": a folder where
// no lock file can be made (a read-only medium) leaves the file to SQLite's own locking, as before.
std::unique_ptr<QLockFile> tryLock(const QString& path, bool& heldElsewhere)
{
    auto lock = std::make_unique<QLockFile>(storage::lockFilePath(QFileInfo(path).absoluteFilePath()));
    // Held for as long as the window keeps the file open: only a dead process makes it stale.
    lock->setStaleLockTime(0);
    heldElsewhere = !lock->tryLock(200) && lock->error() == QLockFile::LockFailedError;
    return lock;
}

} // namespace

DatabaseSession::DatabaseSession(QObject* parent)
    : QObject(parent)
    , m_locking(qobject_cast<QWidget*>(parent) != nullptr)
{
}

DatabaseSession::~DatabaseSession() = default;

void DatabaseSession::open(const QString& path, storage::Access access)
{
    if (access == storage::Access::ReadOnly || !m_locking) {
        replace(storage::Database::open(path, access));
        m_lock.reset();
        return;
    }
    if (m_lock && m_database && sameFile(m_database->path(), path)) {
        replace(storage::Database::open(path, access));
        return;
    }
    bool heldElsewhere = false;
    std::unique_ptr<QLockFile> lock = tryLock(path, heldElsewhere);
    if (heldElsewhere) {
        replace(storage::Database::open(path, storage::Access::ReadOnly));
        m_lock.reset();
        tellOpenedReadOnly(path, *lock);
        return;
    }
    // A refusal throws here and releases the new lock; the database open before keeps its own.
    replace(storage::Database::open(path, access));
    m_lock = std::move(lock);
}

void DatabaseSession::create(const QString& path, storage::Seed seed, bool overwrite)
{
    const bool reopening = m_database && sameFile(m_database->path(), path);
    std::unique_ptr<QLockFile> lock;
    if (reopening && m_lock) {
        lock = std::move(m_lock);
    } else if (m_locking) {
        bool heldElsewhere = false;
        lock = tryLock(path, heldElsewhere);
        if (heldElsewhere) {
            throw storage::StorageError(
                storage::StorageError::Kind::Failed,
                tr("The file %1 is open in another window; close it there before replacing it. It was left "
                   "unchanged.")
                    .arg(QDir::toNativeSeparators(path)));
        }
    }
    if (!reopening) {
        replace(storage::Database::create(path, seed, overwrite));
        m_lock = std::move(lock);
        return;
    }

    const storage::Access access = m_database->isReadOnly() ? storage::Access::ReadOnly : storage::Access::ReadWrite;
    replace(nullptr);
    try {
        replace(storage::Database::create(path, seed, overwrite));
        m_lock = std::move(lock);
    } catch (const storage::StorageError&) {
        try {
            replace(storage::Database::open(path, access));
            m_lock = std::move(lock);
        } catch (const storage::StorageError&) {
            // The first error is the one the user needs to read; none stays open.
        }
        throw;
    }
}

void DatabaseSession::close()
{
    replace(nullptr);
    m_lock.reset();
}

void DatabaseSession::restore(const QString& backupPath)
{
    if (!m_database || m_database->isReadOnly()) {
        throw storage::StorageError(storage::StorageError::Kind::ReadOnly,
                                    tr("A backup can only be restored into a database open for editing."));
    }
    const QString path = m_database->path();
    // Closing the last connection folds the -wal file into the database, so the backup of the
    // current data that restoring takes holds everything.
    replace(nullptr);
    // restoreDatabase takes the lock itself, to refuse files that other programs hold.
    m_lock.reset();
    try {
        storage::restoreDatabase(path, backupPath);
    } catch (const storage::StorageError&) {
        try {
            open(path, storage::Access::ReadWrite);
        } catch (const storage::StorageError&) {
            // The restore's error is the one to read.
        }
        throw;
    }
    open(path, storage::Access::ReadWrite);
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

void DatabaseSession::tellOpenedReadOnly(const QString& path, const QLockFile& lock)
{
    qint64 pid = 0;
    QString host;
    QString application;
    lock.getLockInfo(&pid, &host, &application);
    // QLockFile records the machine, not the person: the lock file belongs to whoever made it.
    const QString user = QFileInfo(lock.fileName()).owner();
    const QString where = user.isEmpty() ? host : user + u'@' + host;
    MessageBox::information(qobject_cast<QWidget*>(parent()), tr("Opened read-only"),
                            tr("The database %1 is open in another window (%2), so it was opened read-only here: "
                               "nothing can be changed in this window.\n\nClose it in the other window, then open "
                               "it again here to make changes.")
                                .arg(QDir::toNativeSeparators(path), where));
}

} // namespace thidua::gui
