// The SQLite side of backups (Backups.cpp): copies made with SQLite's online backup API, which reads
// a consistent state of the database even while another connection writes, and the integrity check
// a backup must pass before it may replace a database. Internal to storage.
#pragma once

#include "StorageError.h"

#include <QString>

struct sqlite3;

namespace thidua::storage {

class Database;

namespace backup {

[[noreturn]] void fail(StorageError::Kind kind, const QString& message);
QString native(const QString& path);
bool sameFile(const QString& a, const QString& b);

// A plain read-only SQLite connection, for files the storage layer would not open for reading
// (an older version's, which it only opens to upgrade).
class RawConnection
{
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    sqlite3* handle() const { return m_handle; }

private:
    sqlite3* m_handle = nullptr;
};

// The sqlite3 handle under Qt SQL's connection to `db`.
sqlite3* handleOf(const Database& db);

// Writes a copy of `source`'s main database to `target`: into "<target>.partial" first, renamed over
// `target` when complete, so a failure or a kill never leaves half a backup under a backup's name.
void copyToFile(sqlite3* source, const QString& target);

// PRAGMA integrity_check (the full check, not quick_check) answers "ok".
bool passesIntegrityCheck(const QString& path);

} // namespace backup
} // namespace thidua::storage
