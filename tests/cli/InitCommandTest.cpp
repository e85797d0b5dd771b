// `init`: what it creates, and that it never harms a file that is already there.
#include "CliRunner.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace Qt::StringLiterals;
using thidua::test::readAll;
using thidua::test::runCli;
using thidua::test::TempDir;

TEST_CASE("init creates the database with the 2021 plan and says so", "[cli][init]")
{
    const TempDir dir;
    const QString path = dir.path(u"new.sqlite"_s);
    const auto result = runCli({u"--db"_s, path, u"init"_s});
    REQUIRE(result.status == 0);
    CHECK(result.err.isEmpty());
    CHECK(result.out.contains(path));
    CHECK(result.out.contains(u"2021"_s));
    CHECK(result.out.contains(u"32"_s));
    CHECK(result.out.contains(u"28"_s));
    CHECK(readAll(path).startsWith("SQLite format 3"));
}

TEST_CASE("a second init without --force is refused and the file stays as it was", "[cli][init]")
{
    const TempDir dir;
    const QString path = dir.path(u"kept.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, path, u"init"_s, u"--empty"_s}).status == 0);
    const QByteArray before = readAll(path);
    REQUIRE(!before.isEmpty());

    const auto again = runCli({u"--db"_s, path, u"init"_s});
    CHECK(again.status == 2);
    CHECK(again.out.isEmpty());
    CHECK(again.err.contains(path));
    CHECK(again.err.contains(u"--force"_s));
    CHECK(readAll(path) == before);

    // The refused init did not slip the plan in either.
    CHECK(runCli({u"--db"_s, path, u"plan"_s}).status == 2);
}

TEST_CASE("init --force replaces the file with a new database", "[cli][init]")
{
    const TempDir dir;
    const QString path = dir.path(u"replaced.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, path, u"init"_s, u"--empty"_s}).status == 0);

    const auto emptyPlan = runCli({u"--db"_s, path, u"plan"_s});
    CHECK(emptyPlan.status == 2);
    CHECK(emptyPlan.err.contains(path));

    const auto forced = runCli({u"--db"_s, path, u"init"_s, u"--force"_s});
    CHECK(forced.status == 0);
    CHECK(forced.out.contains(u"2021"_s));

    const auto plan = runCli({u"--db"_s, path, u"plan"_s, u"--format"_s, u"csv"_s});
    CHECK(plan.status == 0);
    CHECK(plan.outLines().size() == 33);
}

TEST_CASE("init --force replaces a file that is not a database", "[cli][init]")
{
    const TempDir dir;
    const QString path = dir.write(u"junk.sqlite"_s, thidua::test::randomBytes(4096));
    const auto forced = runCli({u"--db"_s, path, u"init"_s, u"--force"_s});
    CHECK(forced.status == 0);
    CHECK(runCli({u"--db"_s, path, u"plan"_s, u"--format"_s, u"json"_s}).status == 0);
}

TEST_CASE("a file of random bytes is refused with status 1 and left untouched", "[cli][init][plan]")
{
    const TempDir dir;
    const QByteArray bytes = thidua::test::randomBytes(4096);
    const QString path = dir.write(u"random.sqlite"_s, bytes);

    for (const QString& format : {u"text"_s, u"csv"_s, u"json"_s}) {
        const auto plan = runCli({u"--db"_s, path, u"plan"_s, u"--format"_s, format});
        CHECK(plan.status == 1);
        CHECK(plan.out.isEmpty());
        CHECK(plan.err.contains(path));
    }
    const auto init = runCli({u"--db"_s, path, u"init"_s});
    CHECK(init.status == 2);
    CHECK(readAll(path) == bytes);
    CHECK(thidua::test::sqliteFilesPresent(path) == QStringList{path});
}

TEST_CASE("plan on a missing file fails with status 1 and creates nothing", "[cli][plan]")
{
    const TempDir dir;
    const QString path = dir.path(u"missing.sqlite"_s);
    const auto result = runCli({u"--db"_s, path, u"plan"_s});
    CHECK(result.status == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(path));
    CHECK(result.err.contains(u"init"_s));
    CHECK(thidua::test::sqliteFilesPresent(path).isEmpty());
}

TEST_CASE("init --empty --year adds an empty plan with its two reporting periods", "[cli][init]")
{
    const TempDir dir;
    const QString db = dir.path(u"empty.sqlite"_s);
    const auto result = runCli({u"--db"_s, db, u"init"_s, u"--empty"_s, u"--year"_s, u"2024"_s});
    REQUIRE(result.status == 0);
    CHECK(result.out.contains(u"2024-H1"_s));
    const auto database = thidua::storage::Database::open(db, thidua::storage::Access::ReadOnly);
    const thidua::storage::PlanRepository plan(*database);
    CHECK(plan.years() == std::vector<int>{2024});
    CHECK(plan.indicators().empty());
    const auto periods = plan.periods(2024);
    REQUIRE(periods.size() == 2);
    CHECK(periods[0].code == "2024-H1");
    CHECK(periods[0].endsOn == "2024-06-30");
    CHECK(periods[1].code == "2024-Y");
    CHECK(periods[1].startsOn == "2024-01-01");
    CHECK(periods[1].endsOn == "2024-12-31");
}

TEST_CASE("init refuses --year without --empty and a year that is not one", "[cli][init]")
{
    const TempDir dir;
    const QString db = dir.path(u"x.sqlite"_s);
    CHECK(runCli({u"--db"_s, db, u"init"_s, u"--year"_s, u"2024"_s}).status == 2);
    CHECK(runCli({u"--db"_s, db, u"init"_s, u"--empty"_s, u"--year"_s, u"hai nghìn"_s}).status == 2);
    CHECK_FALSE(QFile::exists(db));
}
