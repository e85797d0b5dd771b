// Backups of a database (issue 7), with SQLite's online backup API (a consistent copy even while the
// file is in use): taken automatically before every import and when the window closes, and on request
// (File menu, thidua-cli backup). The last N are kept in a folder beside the database,
// "<name>.backups/", named by time and reason so they sort and read plainly. Restoring checks the
// backup first, keeps a backup of the file it replaces, and swaps the files so a failure leaves the
// database as it was.
#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace thidua::storage {

class Database;

struct BackupInfo
{
    QString path;
    QDateTime takenAt; // local time, from the file name
    QString reason;    // "manual", "import", "exit", "restore"
    qint64 size = 0;
};

inline constexpr int kBackupsKept = 20;

// The folder of `databasePath`'s backups.
QString backupFolder(const QString& databasePath);
// Newest first.
std::vector<BackupInfo> listBackups(const QString& databasePath);

// Writes a backup of the open database into its backup folder and prunes the folder to the last
// `keep`. Returns the new file's path. Throws StorageError.
QString backupDatabase(Database& db, const QString& reason, int keep = kBackupsKept);
// A backup to a file of the user's choice (which must not be the database itself).
void backupDatabaseTo(Database& db, const QString& targetPath);

// Replaces the database file at `databasePath` (which must not be open) with `backupPath`, after
// checking that the backup opens as one of our databases and passes integrity_check. The current file,
// if it opens, is first backed up with reason "restore". Throws StorageError; on failure the database
// file is unchanged.
void restoreDatabase(const QString& databasePath, const QString& backupPath);

// The newest backup that opens and passes integrity_check, or an empty string.
QString latestGoodBackup(const QString& databasePath);

// Throws StorageError (Missing, NotADatabase, Damaged, TooNew) unless `path` opens as one of our
// databases, of this version or an older one, and passes integrity_check.
void checkGoodBackup(const QString& path);

// "<database>.lock": held by a window while it has the database open for writing. restoreDatabase
// refuses to replace a file while another program holds it.
QString lockFilePath(const QString& databasePath);

} // namespace thidua::storage
