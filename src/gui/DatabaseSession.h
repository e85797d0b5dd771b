// The database the window shows, at most one at a time. Opening and creating throw
// storage::StorageError as storage does; the window decides how to tell the user. A refused file
// leaves the database that was open before in place.
//
// Two windows never write to one file: a window holding the database for writing holds its lock file
// ("<db>.lock", QLockFile); a second window, in this process or another, opens it read-only and says
// so once. A lock left by a crashed program is taken over (QLockFile checks whether its process lives).
// A window's session (one whose parent is a widget) locks; a session of no window (a view's tests, a
// tool reading beside the window) does not unless asked with setLocking(true).
#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QString>

class QLockFile;

#include <memory>

namespace thidua::gui {

class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject* parent = nullptr);
    ~DatabaseSession() override;

    // Whether opening for writing takes the file's lock (the next open on; see above).
    void setLocking(bool on) { m_locking = on; }
    bool isLocking() const { return m_locking; }

    void open(const QString& path, storage::Access access);
    // Creating over the file that is open closes it first: the new file replaces it on disk. If the
    // creation fails the old file is still there (storage never leaves half a database) and is
    // opened again.
    void create(const QString& path, storage::Seed seed, bool overwrite);
    void close();
    // Replaces the open database's file with `backupPath` (storage::restoreDatabase, which keeps a
    // backup of the current data) and opens it again; on failure the old file is opened again and the
    // error passed on. Needs a database open for writing.
    void restore(const QString& backupPath);

    storage::Database* database() const { return m_database.get(); }
    bool isOpen() const { return m_database != nullptr; }
    QString path() const;

signals:
    // Another database is open, or none.
    void changed();

private:
    void replace(std::unique_ptr<storage::Database> database);
    void tellOpenedReadOnly(const QString& path, const QLockFile& lock);

    bool m_locking;
    // Declared before the database so that it is released after the database is closed.
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace thidua::gui
