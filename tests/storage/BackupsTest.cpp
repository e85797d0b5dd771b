// Backups (docs/safety.md): copies that open as databases, named by time and reason, pruned to the
// last 20; restoring checks the backup, keeps what it replaces, and on any refusal leaves the database
// byte for byte as it was.
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using thidua::storage::Access;
using thidua::storage::Database;
using thidua::storage::PlanRepository;
using thidua::storage::Seed;
using thidua::storage::StorageError;
using thidua::test::readAll;
using thidua::test::TempDir;
using Kind = thidua::storage::StorageError::Kind;
namespace storage = thidua::storage;

namespace {

std::vector<int> yearsOf(const QString& path)
{
    return PlanRepository(*Database::open(path, Access::ReadOnly)).years();
}

// An empty database with plans for `years`.
QString databaseWithYears(const TempDir& dir, const QString& name, std::initializer_list<int> years)
{
    const QString path = dir.path(name);
    const auto db = Database::create(path, Seed::Empty);
    for (int year : years) {
        PlanRepository(*db).addYear(year);
    }
    return path;
}

// Keeps the header page and overwrites the rest with noise: SQLite still recognises the file,
// quick_check does not pass.
void damage(const QString& path)
{
    QByteArray bytes = readAll(path);
    REQUIRE(bytes.size() > 3 * 4096);
    for (qsizetype i = 4096; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

Kind refusalOfRestore(const QString& db, const QString& backup)
{
    try {
        storage::restoreDatabase(db, backup);
    } catch (const StorageError& error) {
        CHECK_FALSE(error.message().isEmpty());
        return error.kind();
    }
    FAIL("the restore was accepted");
    return Kind::Failed;
}

} // namespace

TEST_CASE("a backup is a database of its own, named by time and reason", "[backup]")
{
    const TempDir dir;
    const QString path = databaseWithYears(dir, u"office.sqlite"_s, {2021, 2022});
    const auto db = Database::open(path);
    const QString backup = storage::backupDatabase(*db, u"import"_s);

    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(storage::backupFolder(path)).absoluteFilePath());
    CHECK(QFileInfo(backup).fileName().contains(
        QRegularExpression(u"^thidua-\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d-import\\.sqlite$"_s)));
    CHECK(yearsOf(backup) == std::vector<int>{2021, 2022});
    // One self-contained file: nothing beside it, no half-written .partial.
    CHECK(QDir(storage::backupFolder(path)).entryList(QDir::Files) == QStringList{QFileInfo(backup).fileName()});

    const auto list = storage::listBackups(path);
    REQUIRE(list.size() == 1);
    CHECK(list[0].path == backup);
    CHECK(list[0].reason == u"import"_s);
    CHECK(list[0].size == QFileInfo(backup).size());
    CHECK(std::abs(list[0].takenAt.secsTo(QDateTime::currentDateTime())) < 60);
}

TEST_CASE("a backup holds what is committed, not another connection's open transaction", "[backup]")
{
    const TempDir dir;
    const QString path = databaseWithYears(dir, u"office.sqlite"_s, {2021});
    const auto reader = Database::open(path);
    const auto writer = Database::open(path);
    QString backup;
    writer->transaction([&] {
        PlanRepository(*writer).addYear(2030);
        backup = storage::backupDatabase(*reader, u"manual"_s);
    });
    CHECK(yearsOf(backup) == std::vector<int>{2021});
    CHECK(yearsOf(path) == std::vector<int>{2021, 2030});
}

TEST_CASE("the backup folder keeps the last 20, newest first", "[backup]")
{
    const TempDir dir;
    const QString path = databaseWithYears(dir, u"office.sqlite"_s, {});
    const auto db = Database::open(path);
    // Something that is not a backup stays and is not listed.
    QDir().mkpath(storage::backupFolder(path));
    dir.write(QFileInfo(path).fileName() + u".backups/notes.txt"_s, "kept by the user");

    QStringList written;
    for (int i = 0; i < 25; ++i) {
        written.prepend(storage::backupDatabase(*db, i % 2 == 0 ? u"exit"_s : u"import"_s));
    }
    CHECK(written.removeDuplicates() == 0);
    const auto list = storage::listBackups(path);
    REQUIRE(list.size() == static_cast<std::size_t>(storage::kBackupsKept));
    for (std::size_t i = 0; i < list.size(); ++i) {
        CHECK(list[i].path == written[static_cast<qsizetype>(i)]);
    }
    for (qsizetype i = storage::kBackupsKept; i < written.size(); ++i) {
        CHECK_FALSE(QFile::exists(written[i]));
    }
    CHECK(QFile::exists(storage::backupFolder(path) + u"/notes.txt"_s));

    storage::backupDatabase(*db, u"manual"_s, 3);
    CHECK(storage::listBackups(path).size() == 3);
    CHECK(storage::listBackups(path).front().reason == u"manual"_s);
}

TEST_CASE("a backup to a chosen file, never onto the database itself", "[backup]")
{
    const TempDir dir;
    const QString path = databaseWithYears(dir, u"office.sqlite"_s, {2021});
    const auto db = Database::open(path);
    const QString target = dir.path(u"usb-stick.sqlite"_s);
    storage::backupDatabaseTo(*db, target);
    CHECK(yearsOf(target) == std::vector<int>{2021});
    CHECK(storage::listBackups(path).empty());

    const QByteArray before = readAll(path);
    try {
        storage::backupDatabaseTo(*db, path);
        FAIL("a backup onto the database was accepted");
    } catch (const StorageError& error) {
        CHECK(error.kind() == Kind::Invalid);
    }
    CHECK(yearsOf(path) == std::vector<int>{2021});
    CHECK_THROWS_AS(storage::backupDatabase(*db, u"Not A Reason"_s), StorageError);
}

TEST_CASE("restoring brings the backup back and keeps the replaced data as a backup", "[backup][restore]")
{
    const TempDir dir;
    const QString path = databaseWithYears(dir, u"office.sqlite"_s, {2021});
    QString backup;
    {
        const auto db = Database::open(path);
        backup = storage::backupDatabase(*db, u"manual"_s);
        PlanRepository(*db).addYear(2022);
    }
    REQUIRE(yearsOf(path) == std::vector<int>{2021, 2022});

    storage::restoreDatabase(path, backup);
    CHECK(yearsOf(path) == std::vector<int>{2021});
    CHECK_FALSE(QFile::exists(path + u"-wal"_s));
    const auto list = storage::listBackups(path);
    REQUIRE(list.size() == 2);
    CHECK(list[0].reason == u"restore"_s);
    CHECK(yearsOf(list[0].path) == std::vector<int>{2021, 2022});
    CHECK(Database::open(path)->schemaVersion() > 0);
}

TEST_CASE("restoring the oldest backup of a full folder works though the folder is pruned", "[backup][restore]")
{
    const TempDir dir;
    const QString path = databaseWithYears(dir, u"office.sqlite"_s, {2021});
    auto db = Database::open(path);
    const QString oldest = storage::backupDatabase(*db, u"manual"_s);
    PlanRepository(*db).addYear(2022);
    for (int i = 1; i < storage::kBackupsKept; ++i) {
        storage::backupDatabase(*db, u"exit"_s);
    }
    REQUIRE(storage::listBackups(path).back().path == oldest);
    db.reset();
    storage::restoreDatabase(path, oldest);
    CHECK(yearsOf(path) == std::vector<int>{2021});
    CHECK_FALSE(QFile::exists(oldest)); // pruned by the restore's own backup, after it was copied
}

TEST_CASE("a file that is not a good backup is refused and the database left as it was", "[backup][restore]")
{
    const TempDir dir;
    const QString path = databaseWithYears(dir, u"office.sqlite"_s, {2021});
    const QString damagedBackup = databaseWithYears(dir, u"damaged.sqlite"_s, {2021, 2022, 2023});
    damage(damagedBackup);
    QByteArray noise(8192, Qt::Uninitialized);
    for (char& c : noise) {
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    const QString random = dir.write(u"random.sqlite"_s, noise);
    const QByteArray before = readAll(path);

    CHECK(refusalOfRestore(path, damagedBackup) == Kind::Damaged);
    CHECK(refusalOfRestore(path, random) == Kind::NotADatabase);
    CHECK(refusalOfRestore(path, dir.path(u"missing.sqlite"_s)) == Kind::Missing);
    CHECK(refusalOfRestore(path, path) == Kind::Invalid);
    CHECK(readAll(path) == before);
    CHECK(storage::listBackups(path).empty());
}

TEST_CASE("restoring over a damaged database keeps the damaged bytes aside", "[backup][restore]")
{
    const TempDir dir;
    const QString path = databaseWithYears(dir, u"office.sqlite"_s, {2021, 2022, 2023});
    QString good;
    {
        const auto db = Database::open(path);
        good = storage::backupDatabase(*db, u"exit"_s);
    }
    damage(path);
    const QByteArray damaged = readAll(path);
    CHECK_THROWS_AS(Database::open(path), StorageError);
    CHECK(readAll(path) == damaged);

    // A newer backup that is itself damaged is passed over.
    const QString newer = storage::backupFolder(path) + u"/thidua-2999-01-01_00-00-00-exit.sqlite"_s;
    REQUIRE(QFile::copy(path, newer));
    CHECK(storage::listBackups(path).front().path == newer);
    CHECK(storage::latestGoodBackup(path) == good);

    storage::restoreDatabase(path, good);
    CHECK(yearsOf(path) == std::vector<int>{2021, 2022, 2023});
    const QStringList kept = QDir(storage::backupFolder(path)).entryList({u"damaged-*.sqlite"_s});
    REQUIRE(kept.size() == 1);
    CHECK(readAll(storage::backupFolder(path) + u'/' + kept.first()) == damaged);
}

TEST_CASE("no good backup, no offer", "[backup]")
{
    const TempDir dir;
    const QString path = databaseWithYears(dir, u"office.sqlite"_s, {});
    CHECK(storage::latestGoodBackup(path).isEmpty());
    CHECK(storage::listBackups(path).empty());
}

TEST_CASE("a database another window holds is not replaced", "[backup][restore]")
{
    const TempDir dir;
    const QString path = databaseWithYears(dir, u"office.sqlite"_s, {2021});
    QString backup;
    {
        const auto db = Database::open(path);
        backup = storage::backupDatabase(*db, u"manual"_s);
    }
    QLockFile window(storage::lockFilePath(path));
    REQUIRE(window.tryLock());
    const QByteArray before = readAll(path);
    CHECK(refusalOfRestore(path, backup) == Kind::Failed);
    CHECK(readAll(path) == before);
    window.unlock();
    storage::restoreDatabase(path, backup);
    CHECK(yearsOf(path) == std::vector<int>{2021});
}
