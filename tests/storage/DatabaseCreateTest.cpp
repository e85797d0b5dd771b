// Creating a database never damages an existing file: refused without overwrite, replaced whole
// with it.
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using thidua::storage::Database;
using thidua::storage::PlanRepository;
using thidua::storage::Seed;
using thidua::storage::StorageError;

TEST_CASE("create refuses an existing file and leaves it unchanged", "[create]")
{
    thidua::test::TempDir dir;
    const QString path = dir.write(u"notes.sqlite"_s, "important notes, not a database");
    try {
        Database::create(path, Seed::TaySon2021);
        FAIL("an existing file was overwritten");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Exists);
        CHECK(error.message().contains(u"notes.sqlite"_s));
    }
    CHECK(thidua::test::readAll(path) == "important notes, not a database");
}

TEST_CASE("create with overwrite replaces the file with a fresh database", "[create]")
{
    thidua::test::TempDir dir;
    const QString path = dir.path(u"plan.sqlite"_s);
    {
        auto db = Database::create(path, Seed::Empty);
        CHECK(PlanRepository(*db).indicators().empty());
    }
    auto db = Database::create(path, Seed::TaySon2021, true);
    CHECK(PlanRepository(*db).indicators().size() == 32);
    CHECK_FALSE(QFile::exists(path + u".building"_s));
}

TEST_CASE("create makes the missing folders of the path", "[create]")
{
    thidua::test::TempDir dir;
    const QString path = dir.path(u"a/b/plan.sqlite"_s);
    auto db = Database::create(path, Seed::Empty);
    CHECK(QFile::exists(path));
}

TEST_CASE("the default database lives in the user's data folder", "[create]")
{
    const QString path = thidua::storage::defaultDatabasePath();
    CHECK(path.endsWith(u"thidua/thidua.sqlite"_s));
    CHECK(QDir::isAbsolutePath(path));
}

TEST_CASE("a failed transaction leaves nothing behind", "[transaction]")
{
    thidua::test::TempDir dir;
    auto db = Database::create(dir.path(u"plan.sqlite"_s), Seed::TaySon2021);
    PlanRepository plan(*db);
    CHECK_THROWS_AS(db->transaction([&] {
        plan.saveHeading({"NEW", "Một đề mục mới"});
        plan.saveTarget({"NO_SUCH_UNIT", "KT01", 2021, 1.0});
    }),
                    StorageError);
    CHECK(plan.headings().size() == 3);
}

TEST_CASE("saving the same item twice changes nothing", "[upsert]")
{
    thidua::test::TempDir dir;
    auto db = Database::create(dir.path(u"plan.sqlite"_s), Seed::TaySon2021);
    PlanRepository plan(*db);
    const auto before = plan.units();
    db->transaction([&] {
        for (const auto& unit : before) {
            plan.saveUnit(unit);
        }
    });
    const auto after = plan.units();
    REQUIRE(after.size() == before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        CHECK(after[i].code == before[i].code);
        CHECK(after[i].groupCode == before[i].groupCode);
    }
}
