// `backup` and `restore` (docs/cli.md): a backup into the folder beside the database or to a file,
// the list newest first, and a restore that refuses anything but a good backup (status 1) and keeps
// the data it replaces.
#include "CliRunner.h"
#include "ExecutableRunner.h"
#include "support/TempDir.h"

#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using thidua::test::readAll;
using thidua::test::runCli;
using thidua::test::TempDir;
namespace storage = thidua::storage;

namespace {

QString emptyDatabase(const TempDir& dir)
{
    const QString db = dir.path(u"office.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, db, u"init"_s, u"--empty"_s, u"--year"_s, u"2021"_s}).status == 0);
    return db;
}

std::vector<int> yearsOf(const QString& path)
{
    return storage::PlanRepository(*storage::Database::open(path, storage::Access::ReadOnly)).years();
}

void addYear(const QString& path, int year)
{
    storage::PlanRepository(*storage::Database::open(path)).addYear(year);
}

} // namespace

TEST_CASE("backup writes into the backup folder and says where", "[cli][backup]")
{
    const TempDir dir;
    const QString db = emptyDatabase(dir);
    const auto result = runCli({u"--db"_s, db, u"backup"_s});
    INFO(result.err.toStdString());
    REQUIRE(result.status == 0);
    const auto backups = storage::listBackups(db);
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].reason == u"manual"_s);
    CHECK(result.out ==
          u"Backed up %1 to %2.\n"_s.arg(QDir::toNativeSeparators(db), QDir::toNativeSeparators(backups[0].path)));
    CHECK(yearsOf(backups[0].path) == std::vector<int>{2021});
}

TEST_CASE("backup --out writes a file of the user's choice", "[cli][backup]")
{
    const TempDir dir;
    const QString db = emptyDatabase(dir);
    const QString out = dir.path(u"copy.sqlite"_s);
    const auto result = runCli({u"--db"_s, db, u"backup"_s, u"--out"_s, out});
    REQUIRE(result.status == 0);
    CHECK(result.out.contains(QDir::toNativeSeparators(out)));
    CHECK(yearsOf(out) == std::vector<int>{2021});
    CHECK(storage::listBackups(db).empty());

    CHECK(runCli({u"--db"_s, db, u"backup"_s, u"--out"_s, db}).status == 2);
    CHECK(runCli({u"--db"_s, db, u"backup"_s, u"--out"_s, out, u"--list"_s}).status == 2);
    CHECK(runCli({u"--db"_s, db, u"backup"_s, u"extra"_s}).status == 2);
    CHECK(runCli({u"--db"_s, dir.path(u"missing.sqlite"_s), u"backup"_s}).status == 1);
}

TEST_CASE("backup --list shows the backups newest first", "[cli][backup]")
{
    const TempDir dir;
    const QString db = emptyDatabase(dir);
    auto result = runCli({u"--db"_s, db, u"backup"_s, u"--list"_s});
    CHECK(result.status == 0);
    CHECK(result.out.startsWith(u"There are no backups of "_s));

    REQUIRE(runCli({u"--db"_s, db, u"backup"_s}).status == 0);
    {
        const auto open = storage::Database::open(db);
        storage::backupDatabase(*open, u"import"_s);
    }
    result = runCli({u"--db"_s, db, u"backup"_s, u"--list"_s});
    CHECK(result.status == 0);
    const QStringList lines = result.outLines();
    REQUIRE(lines.size() == 2);
    const auto backups = storage::listBackups(db);
    CHECK(lines[0].contains(u"  import "_s));
    CHECK(lines[0].endsWith(QDir::toNativeSeparators(backups[0].path)));
    CHECK(lines[1].contains(u"  manual "_s));
    CHECK(lines[1].endsWith(QDir::toNativeSeparators(backups[1].path)));
}

TEST_CASE("restore brings a backup back and keeps what it replaced", "[cli][restore]")
{
    const TempDir dir;
    const QString db = emptyDatabase(dir);
    REQUIRE(runCli({u"--db"_s, db, u"backup"_s}).status == 0);
    const QString backup = storage::listBackups(db).front().path;
    addYear(db, 2022);

    const auto result = runCli({u"--db"_s, db, u"restore"_s, backup});
    INFO(result.err.toStdString());
    REQUIRE(result.status == 0);
    CHECK(result.out.startsWith(
        u"Restored %1 from %2."_s.arg(QDir::toNativeSeparators(db), QDir::toNativeSeparators(backup))));
    CHECK(yearsOf(db) == std::vector<int>{2021});
    const auto backups = storage::listBackups(db);
    REQUIRE(backups.size() == 2);
    CHECK(backups[0].reason == u"restore"_s);
    CHECK(yearsOf(backups[0].path) == std::vector<int>{2021, 2022});
}

TEST_CASE("restore refuses what is not a good backup with status 1 and changes nothing", "[cli][restore]")
{
    const TempDir dir;
    const QString db = emptyDatabase(dir);
    const QByteArray before = readAll(db);
    const QString random = dir.write(u"random.sqlite"_s, thidua::test::randomBytes(8192));
    const QString text = dir.write(u"notes.sqlite"_s, "SQLite format 3 is what this is not\n");

    for (const QString& file : {random, text, dir.path(u"missing.sqlite"_s)}) {
        const auto result = runCli({u"--db"_s, db, u"restore"_s, file});
        INFO(file.toStdString() << ": " << result.err.toStdString());
        CHECK(result.status == 1);
        CHECK(result.out.isEmpty());
        CHECK(result.err.startsWith(u"thidua-cli restore: "_s));
        CHECK(result.err.contains(QFileInfo(file).fileName()));
    }
    CHECK(runCli({u"--db"_s, db, u"restore"_s}).status == 2);
    CHECK(runCli({u"--db"_s, db, u"restore"_s, random, text}).status == 2);
    CHECK(readAll(db) == before);
    CHECK(storage::listBackups(db).empty());
}

TEST_CASE("the real thidua-cli backs up and restores the default database", "[cli][backup][executable]")
{
    const TempDir home;
    REQUIRE(thidua::test::runExecutable(home, {u"init"_s, u"--empty"_s}).status == 0);
    const auto backup = thidua::test::runExecutable(home, {u"backup"_s}, u"en"_s);
    INFO(backup.err.toStdString());
    REQUIRE(backup.status == 0);
    const QString folder = home.path(u"home/.local/share/thidua/thidua.sqlite.backups"_s);
    const QStringList files = QDir(folder).entryList({u"thidua-*-manual.sqlite"_s});
    REQUIRE(files.size() == 1);
    CHECK(QString::fromUtf8(backup.out).contains(files.first()));
    const auto restore =
        thidua::test::runExecutable(home, {u"restore"_s, QDir(folder).filePath(files.first())}, u"en"_s);
    CHECK(restore.status == 0);
    CHECK(restore.err.isEmpty());
}
