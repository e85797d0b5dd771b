// Every migration step upgrades a file of the version before it, and an upgrade happens in one
// transaction.
#include "RawSqlite.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PlanRepository.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>

using namespace Qt::StringLiterals;
using thidua::storage::Database;
using thidua::storage::MigrationStep;

namespace {

// A file exactly as a build whose newest step was `version` would have written it.
void makeFileAtVersion(const QString& path, int version)
{
    const QString name = u"make-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(db.transaction());
        thidua::storage::migrate(db, version);
        REQUIRE(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    thidua::test::runRawSql(path, {u"PRAGMA application_id = %1"_s.arg(thidua::test::kThiduaApplicationId)});
}

} // namespace

TEST_CASE("the steps are numbered 1, 2, 3… without gaps", "[migration]")
{
    int expected = 1;
    for (const MigrationStep& step : thidua::storage::migrationSteps()) {
        CHECK(step.version == expected++);
        CHECK_FALSE(step.statements.isEmpty());
    }
}

TEST_CASE("each step upgrades a file of the previous version", "[migration]")
{
    for (const MigrationStep& step : thidua::storage::migrationSteps()) {
        DYNAMIC_SECTION("to version " << step.version)
        {
            thidua::test::TempDir dir;
            const QString path = dir.path(u"previous.sqlite"_s);
            makeFileAtVersion(path, step.version - 1);
            CHECK(thidua::test::rawPragma(path, u"user_version"_s) == step.version - 1);
            {
                auto db = Database::open(path);
                CHECK(db->schemaVersion() == thidua::storage::currentSchemaVersion());
                // The upgraded file takes the whole plan.
                db->transaction([&] {
                    thidua::storage::PlanRepository(*db).saveHeading({"KT", "Các chỉ tiêu kinh tế"});
                });
            }
            CHECK(thidua::test::rawPragma(path, u"application_id"_s) == thidua::test::kThiduaApplicationId);
        }
    }
}

TEST_CASE("a failed upgrade leaves the file at its old version", "[migration]")
{
    thidua::test::TempDir dir;
    const QString path = dir.path(u"blocked.sqlite"_s);
    // A version-0 file of ours in which a table of step 1 already exists makes step 1 fail midway.
    thidua::test::runRawSql(path, {u"PRAGMA application_id = %1"_s.arg(thidua::test::kThiduaApplicationId),
                                   u"CREATE TABLE units (x TEXT)"_s});
    CHECK_THROWS_AS(Database::open(path), thidua::storage::StorageError);
    CHECK(thidua::test::rawPragma(path, u"user_version"_s) == 0);
    CHECK(thidua::test::rawPragma(path, u"application_id"_s) == thidua::test::kThiduaApplicationId);
}
