#include "Backups.h"

#include "BackupCopy.h"
#include "Database.h"
#include "StorageText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

using backup::fail;
using backup::native;

const QString kTimeFormat = u"yyyy-MM-dd_HH-mm-ss"_s;

// A backup's name and what it says; `sequence` tells apart backups taken within the same second.
struct NamedBackup
{
    BackupInfo info;
    int sequence = 1;
};

const QRegularExpression& backupNamePattern()
{
    static const QRegularExpression pattern(
        u"^thidua-(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})-([a-z]+)(?:-(\\d+))?\\.sqlite$"_s);
    return pattern;
}

std::vector<NamedBackup> namedBackups(const QString& databasePath)
{
    std::vector<NamedBackup> found;
    const QDir folder(backupFolder(databasePath));
    for (const QFileInfo& file : folder.entryInfoList({u"thidua-*.sqlite"_s}, QDir::Files)) {
        const QRegularExpressionMatch match = backupNamePattern().match(file.fileName());
        const QDateTime takenAt = QDateTime::fromString(match.captured(1), kTimeFormat);
        if (!match.hasMatch() || !takenAt.isValid()) {
            continue; // a file the user put there: neither listed nor pruned
        }
        const int sequence = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
        found.push_back({{file.absoluteFilePath(), takenAt, match.captured(2), file.size()}, sequence});
    }
    std::sort(found.begin(), found.end(), [](const NamedBackup& a, const NamedBackup& b) {
        return a.info.takenAt != b.info.takenAt ? a.info.takenAt > b.info.takenAt : a.sequence > b.sequence;
    });
    return found;
}

// The name of the next backup: the time to the second, and a number when that second has one already.
QString nextBackupPath(const QString& databasePath, const QString& reason)
{
    QDateTime now = QDateTime::currentDateTime();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    int sequence = 0;
    for (const NamedBackup& backup : namedBackups(databasePath)) {
        if (backup.info.takenAt == now) {
            sequence = std::max(sequence, backup.sequence);
        }
    }
    const QString number = sequence > 0 ? u"-%1"_s.arg(sequence + 1) : QString();
    return QDir(backupFolder(databasePath))
        .filePath(u"thidua-%1-%2%3.sqlite"_s.arg(now.toString(kTimeFormat), reason, number));
}

void prune(const QString& databasePath, int keep)
{
    const std::vector<NamedBackup> backups = namedBackups(databasePath);
    for (std::size_t i = static_cast<std::size_t>(std::max(keep, 1)); i < backups.size(); ++i) {
        QFile::remove(backups[i].info.path);
    }
}

// A backup of the connection `source` into the backup folder of `databasePath`.
QString backupInto(sqlite3* source, const QString& databasePath, const QString& reason, int keep)
{
    static const QRegularExpression reasonPattern(u"^[a-z]+$"_s);
    if (!reasonPattern.match(reason).hasMatch()) {
        fail(StorageError::Kind::Invalid, StorageText::tr("'%1' is not a reason for a backup.").arg(reason));
    }
    const QString folder = backupFolder(databasePath);
    if (!QDir().mkpath(folder)) {
        fail(StorageError::Kind::Failed,
             StorageText::tr("The backup folder %1 cannot be created.").arg(native(folder)));
    }
    const QString path = nextBackupPath(databasePath, reason);
    backup::copyToFile(source, path);
    prune(databasePath, keep);
    return path;
}

// The file a restore replaces is kept: as a backup when it opens, as plain bytes when it does not
// (someone may still rescue data from a damaged file), and never lost because the restore failed.
void keepCurrent(const QString& databasePath)
{
    try {
        const std::unique_ptr<Database> current = Database::open(databasePath, Access::ReadOnly);
        backupDatabase(*current, u"restore"_s);
        return;
    } catch (const StorageError& error) {
        if (error.kind() == StorageError::Kind::ReadOnly) {
            // Written by an older version: it opens, but only for writing (to be upgraded).
            backupInto(backup::RawConnection(databasePath).handle(), databasePath, u"restore"_s, kBackupsKept);
            return;
        }
        if (error.kind() != StorageError::Kind::Damaged && error.kind() != StorageError::Kind::NotADatabase) {
            throw;
        }
    }
    const QString folder = backupFolder(databasePath);
    const QString kept =
        QDir(folder).filePath(u"damaged-%1.sqlite"_s.arg(QDateTime::currentDateTime().toString(kTimeFormat)));
    QFile::remove(kept);
    QFile::remove(kept + u"-wal"_s);
    if (!QDir().mkpath(folder) || !QFile::copy(databasePath, kept) ||
        (QFile::exists(databasePath + u"-wal"_s) && !QFile::copy(databasePath + u"-wal"_s, kept + u"-wal"_s))) {
        fail(StorageError::Kind::Failed,
             StorageText::tr("The damaged file %1 cannot be kept in %2; nothing was restored.")
                 .arg(native(databasePath), native(folder)));
    }
}

} // namespace

QString backupFolder(const QString& databasePath)
{
    return databasePath + u".backups"_s;
}

QString lockFilePath(const QString& databasePath)
{
    return databasePath + u".lock"_s;
}

std::vector<BackupInfo> listBackups(const QString& databasePath)
{
    std::vector<BackupInfo> list;
    for (NamedBackup& backup : namedBackups(databasePath)) {
        list.push_back(std::move(backup.info));
    }
    return list;
}

QString backupDatabase(Database& db, const QString& reason, int keep)
{
    return backupInto(backup::handleOf(db), db.path(), reason, keep);
}

void backupDatabaseTo(Database& db, const QString& targetPath)
{
    if (backup::sameFile(targetPath, db.path())) {
        fail(StorageError::Kind::Invalid,
             StorageText::tr("A database cannot be backed up onto itself (%1).").arg(native(targetPath)));
    }
    backup::copyToFile(backup::handleOf(db), targetPath);
}

void checkGoodBackup(const QString& path)
{
    try {
        Database::open(path, Access::ReadOnly);
    } catch (const StorageError& error) {
        // An older version's file is a good backup: it is upgraded when it is next opened for writing.
        if (error.kind() != StorageError::Kind::ReadOnly) {
            throw;
        }
    }
    if (!backup::passesIntegrityCheck(path)) {
        fail(StorageError::Kind::Damaged,
             StorageText::tr("The file %1 is damaged: it fails SQLite's integrity check.").arg(native(path)));
    }
}

void restoreDatabase(const QString& databasePath, const QString& backupPath)
{
    if (backup::sameFile(databasePath, backupPath)) {
        fail(StorageError::Kind::Invalid,
             StorageText::tr("The file %1 is the database itself, not a backup of it.").arg(native(backupPath)));
    }
    try {
        checkGoodBackup(backupPath);
    } catch (const StorageError& error) {
        fail(error.kind(), StorageText::tr("%1 is not a good backup, so nothing was restored: %2")
                               .arg(native(backupPath), error.message()));
    }

    // A window with the file open holds this lock; replacing the file under it would lose its work.
    QLockFile lock(lockFilePath(databasePath));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(1000)) {
        fail(StorageError::Kind::Failed,
             StorageText::tr("The database %1 is open in another window; close it there first. Nothing was restored.")
                 .arg(native(databasePath)));
    }

    // The backup is copied beside the database before the current file is backed up: that backup may
    // prune the folder, and the one being restored may be the oldest in it.
    QSaveFile target(databasePath);
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly) ||
        target.write(source.readAll()) != source.size()) {
        target.cancelWriting();
        fail(StorageError::Kind::Failed, StorageText::tr("The backup %1 cannot be copied to %2; nothing was restored.")
                                             .arg(native(backupPath), native(databasePath)));
    }
    if (QFileInfo::exists(databasePath)) {
        keepCurrent(databasePath);
    }
    // A -wal or -shm file left by the replaced database would be replayed into the restored one.
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(databasePath + suffix) && !QFile::remove(databasePath + suffix)) {
            fail(StorageError::Kind::Failed, StorageText::tr("The file %1 cannot be removed; nothing was restored.")
                                                 .arg(native(databasePath + suffix)));
        }
    }
    // QSaveFile syncs the new file to disk and renames it over the old one in one step.
    if (!target.commit()) {
        fail(StorageError::Kind::Failed,
             StorageText::tr("The database %1 cannot be replaced: %2").arg(native(databasePath), target.errorString()));
    }
}

QString latestGoodBackup(const QString& databasePath)
{
    for (const BackupInfo& backup : listBackups(databasePath)) {
        try {
            checkGoodBackup(backup.path);
            return backup.path;
        } catch (const StorageError&) {
            // A damaged backup is skipped for an older one.
        }
    }
    return {};
}

} // namespace thidua::storage
