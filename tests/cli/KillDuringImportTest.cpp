// A database survives its writer being killed (docs/safety.md): the real thidua-cli imports 12 000
// report values in one transaction and is killed (SIGKILL, no chance to clean up) after several
// delays. Each time the file must open, pass integrity_check, and hold either none of the values or
// all of them, never some; the backups taken before the import must be whole too.
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"
#include "support/TempDir.h"

#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;
using thidua::test::runCli;
using thidua::test::TempDir;
namespace storage = thidua::storage;

namespace {

constexpr int kIndicators = 60;
constexpr int kUnits = 200;
constexpr int kValues = kIndicators * kUnits;

// A district of 200 communes and 60 indicators, and every commune's year-end report: generated here
// so the file's size can follow the machine (see the delays below).
void writeFiles(const TempDir& dir)
{
    QByteArray indicators = "code,name,unit,kind,period_basis\n";
    for (int i = 0; i < kIndicators; ++i) {
        indicators += u"I%1,Chỉ tiêu số %1,%,at_least,level\n"_s.arg(i, 2, 10, QChar(u'0')).toUtf8();
    }
    QByteArray units = "code,name,kind,group\n";
    QByteArray reports = "unit,period,indicator,actual\n";
    for (int u = 0; u < kUnits; ++u) {
        units += u"U%1,Xã số %1,commune,\n"_s.arg(u, 3, 10, QChar(u'0')).toUtf8();
        for (int i = 0; i < kIndicators; ++i) {
            reports +=
                u"U%1,2021-Y,I%2,%3.5\n"_s.arg(u, 3, 10, QChar(u'0')).arg(i, 2, 10, QChar(u'0')).arg(u + i).toUtf8();
        }
    }
    dir.write(u"indicators.csv"_s, indicators);
    dir.write(u"units.csv"_s, units);
    dir.write(u"reports.csv"_s, reports);
}

QProcessEnvironment isolatedEnvironment(const TempDir& dir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, dir.path(u"home"_s));
    environment.insert(u"XDG_DATA_HOME"_s, dir.path(u"home/.local/share"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.path(u"home/.config"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, dir.path(u"home/.cache"_s));
    return environment;
}

// Opens the file as the app does (quick_check first) and counts the year-end values.
std::size_t storedValues(const QString& path)
{
    storage::checkGoodBackup(path); // opens read-only and runs the full integrity_check
    const auto db = storage::Database::open(path);
    return storage::ReportRepository(*db).values("2021-Y").size();
}

} // namespace

TEST_CASE("an import killed at any moment leaves all of its rows or none", "[cli][kill]")
{
    const TempDir dir;
    writeFiles(dir);
    const QString base = dir.path(u"base.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, base, u"init"_s, u"--empty"_s, u"--year"_s, u"2021"_s}).status == 0);
    REQUIRE(runCli({u"--db"_s, base, u"import"_s, u"indicators"_s, dir.path(u"indicators.csv"_s)}).status == 0);
    REQUIRE(runCli({u"--db"_s, base, u"import"_s, u"units"_s, dir.path(u"units.csv"_s)}).status == 0);
    REQUIRE(storedValues(base) == 0);

    // 0 stands for "let it finish". On this machine the import takes seconds, so every other delay
    // interrupts it: early ones while the file is read or the backup taken, later ones inside the
    // transaction. Which ones did is printed below.
    QStringList interrupted;
    int laterKills = 0;
    for (const int delay : {20, 60, 150, 400, 1000, 0}) {
        const QString db = dir.path(u"killed-%1.sqlite"_s.arg(delay));
        REQUIRE(QFile::copy(base, db));
        QProcess process;
        process.setProcessEnvironment(isolatedEnvironment(dir));
        process.start(QStringLiteral(THIDUA_CLI_EXECUTABLE),
                      {u"--db"_s, db, u"import"_s, u"reports"_s, dir.path(u"reports.csv"_s)});
        REQUIRE(process.waitForStarted());
        const bool finished = process.waitForFinished(delay == 0 ? 60000 : delay);
        if (!finished) {
            process.kill();
            REQUIRE(process.waitForFinished());
            // The import backs up the database first: a backup present means the kill came later, while
            // the rows were being checked or written.
            const bool afterBackup = !storage::listBackups(db).empty();
            interrupted << u"%1 ms (%2)"_s.arg(delay).arg(afterBackup ? u"after its backup"_s : u"before"_s);
            laterKills += afterBackup ? 1 : 0;
        }
        INFO("killed after " << delay << " ms: " << (finished ? "had finished" : "interrupted"));
        const std::size_t stored = storedValues(db);
        CHECK((stored == 0 || stored == static_cast<std::size_t>(kValues)));
        if (delay == 0) {
            CHECK(process.exitStatus() == QProcess::NormalExit);
            CHECK(process.exitCode() == 0);
            CHECK(stored == static_cast<std::size_t>(kValues));
        }
        // A backup is complete or absent: one killed while being written stays a ".partial".
        for (const storage::BackupInfo& backup : storage::listBackups(db)) {
            CHECK_NOTHROW(storage::checkGoodBackup(backup.path));
        }
    }
    WARN("Imports interrupted by the kill: " << interrupted.join(u", "_s).toStdString());
    // If the machine imports 12 000 rows in under 20 ms, nothing here was tested: make the file bigger.
    CHECK(interrupted.size() >= 3);
    CHECK(laterKills >= 1);
}
