// Every migration step upgrades a file of the version before it, and an upgrade happens in one
// transaction.
#include "RawSqlite.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PlanRepository.h"
#include "storage/ShortlistRepository.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

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

TEST_CASE("a version 1 file keeps its data and takes shortlists at version 2", "[migration]")
{
    thidua::test::TempDir dir;
    const QString path = dir.path(u"v1.sqlite"_s);
    makeFileAtVersion(path, 1);
    thidua::test::runRawSql(
        path, {u"INSERT INTO plans (year, title, issuer) VALUES (2021, 'Kế hoạch thi đua', 'UBND huyện Tây Sơn')"_s,
               u"INSERT INTO units (code, name, kind, position) VALUES ('BINH_THANH', 'Xã Bình Thành', 'commune', 1)"_s,
               u"INSERT INTO phases (code, year, name, starts_on, ends_on) VALUES "
               u"('2021-D1', 2021, 'Đợt 1', '2021-01-01', '2021-12-31')"_s,
               u"INSERT INTO periods (code, phase_id, name, starts_on, ends_on) VALUES "
               u"('2021-Y', 1, 'Cả năm', '2021-01-01', '2021-12-31')"_s});
    REQUIRE(thidua::test::rawPragma(path, u"user_version"_s) == 1);

    auto db = Database::open(path);
    CHECK(db->schemaVersion() == 2);
    const auto plan = thidua::storage::PlanRepository(*db).plan(2021);
    REQUIRE(plan);
    CHECK(plan->title == "Kế hoạch thi đua");
    REQUIRE(thidua::storage::PlanRepository(*db).units().size() == 1);

    thidua::storage::ShortlistRepository shortlist(*db);
    thidua::ShortlistEntry entry;
    entry.periodCode = "2021-Y";
    entry.unitCode = "BINH_THANH";
    entry.award = thidua::Award::CollectiveCertificate;
    const auto id = shortlist.save(entry, u"lan"_s);
    REQUIRE(shortlist.entry(id));
    CHECK(shortlist.entry(id)->unitCode == "BINH_THANH");
    // No settings stored in a version 1 file: the plan's issuer gives them.
    CHECK(shortlist.documentSettings().issuingAgency == "UBND HUYỆN TÂY SƠN");

    // The table's own checks hold whatever writes to it.
    QSqlQuery bad(db->connection());
    CHECK_FALSE(bad.exec(u"INSERT INTO shortlist_entries (period_id, unit_id, award) VALUES (1, 1, 'bang_khen')"_s));
    CHECK_FALSE(bad.exec(u"INSERT INTO shortlist_entries (period_id, unit_id, award, members) "
                         u"VALUES (1, 1, 'tap_the_ldtt', -1)"_s));
    CHECK_FALSE(
        bad.exec(u"INSERT INTO shortlist_entries (period_id, unit_id, award) VALUES (1, 1, 'giay_khen_tap_the')"_s));
}
