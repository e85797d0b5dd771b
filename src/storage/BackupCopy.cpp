#include "BackupCopy.h"

#include "Database.h"
#include "StorageText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace thidua::storage::backup {
namespace {

QString engineMessage(sqlite3* connection, int code)
{
    return QString::fromUtf8(connection ? sqlite3_errmsg(connection) : sqlite3_errstr(code));
}

// Copies `source` into a new file at `path`; returns what went wrong, empty on success.
QString copyDatabase(sqlite3* source, const QString& path)
{
    sqlite3* target = nullptr;
    int code = sqlite3_open_v2(path.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString error;
    if (code != SQLITE_OK) {
        error = engineMessage(target, code);
    } else if (sqlite3_backup* copy = sqlite3_backup_init(target, "main", source, "main")) {
        // Another program writing (thidua-cli importing) holds the file for a moment: wait for it, up to
        // about as long as a writer waits (QSQLITE_BUSY_TIMEOUT).
        for (int waited = 0;; waited += 50) {
            code = sqlite3_backup_step(copy, -1);
            if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || waited >= 5000) {
                break;
            }
            sqlite3_sleep(50);
        }
        sqlite3_backup_finish(copy);
        if (code != SQLITE_DONE) {
            error = QString::fromUtf8(sqlite3_errstr(code));
        } else if (sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
            // The copy takes the source's WAL mode; a backup is one self-contained file instead, which
            // also opens from a read-only USB stick.
            error = engineMessage(target, code);
        }
    } else {
        error = engineMessage(target, code);
    }
    if (sqlite3_close(target) != SQLITE_OK && error.isEmpty()) {
        error = engineMessage(target, code);
    }
    return error;
}

} // namespace

void fail(StorageError::Kind kind, const QString& message)
{
    throw StorageError(kind, message);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    return first.exists() && second.exists() ? first.canonicalFilePath() == second.canonicalFilePath()
                                             : first.absoluteFilePath() == second.absoluteFilePath();
}

RawConnection::RawConnection(const QString& path)
{
    const int code = sqlite3_open_v2(path.toUtf8().constData(), &m_handle, SQLITE_OPEN_READONLY, nullptr);
    if (code != SQLITE_OK) {
        const QString error = engineMessage(m_handle, code);
        sqlite3_close(m_handle);
        fail(StorageError::Kind::Failed,
             StorageText::tr("The database %1 cannot be opened: %2").arg(native(path), error));
    }
    sqlite3_busy_timeout(m_handle, 5000);
}

RawConnection::~RawConnection()
{
    sqlite3_close(m_handle);
}

sqlite3* handleOf(const Database& db)
{
    const QSqlDatabase connection = db.connection();
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3* sqlite = *static_cast<sqlite3* const*>(handle.constData())) {
            return sqlite;
        }
    }
    fail(StorageError::Kind::Failed,
         StorageText::tr("The database %1 cannot be backed up: it is not open.").arg(native(db.path())));
}

void copyToFile(sqlite3* source, const QString& target)
{
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    QString error = copyDatabase(source, partial);
    if (error.isEmpty()) {
        std::error_code renameError;
        std::filesystem::rename(std::filesystem::path(partial.toStdString()),
                                std::filesystem::path(target.toStdString()), renameError);
        error = renameError ? QString::fromStdString(renameError.message()) : QString();
    }
    if (!error.isEmpty()) {
        QFile::remove(partial);
        QFile::remove(partial + u"-journal"_s);
        fail(StorageError::Kind::Failed,
             StorageText::tr("The backup %1 cannot be written: %2").arg(native(target), error));
    }
}

bool passesIntegrityCheck(const QString& path)
{
    try {
        const RawConnection connection(path);
        sqlite3_stmt* statement = nullptr;
        bool ok =
            sqlite3_prepare_v2(connection.handle(), "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW;
        ok = ok && qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)), "ok") == 0;
        sqlite3_finalize(statement);
        return ok;
    } catch (const StorageError&) {
        return false;
    }
}

} // namespace thidua::storage::backup
