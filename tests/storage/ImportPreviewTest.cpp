// What an import of report values would change, on the demo database: new, changed and unchanged
// values with old and new figures, and the problems the import would refuse; nothing is written.
#include "storage/ImportPreview.h"
#include "DemoDatabase.h"
#include "ImportTestSupport.h"
#include "core/ImportFile.h"
#include "storage/Database.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace thidua;
using storage::PreviewValue;

namespace {

struct Demo
{
    Demo()
    {
        demo::createDemoDatabase(dir.path(u"demo.sqlite"_s));
        db = storage::Database::open(dir.path(u"demo.sqlite"_s));
    }
    test::TempDir dir;
    std::unique_ptr<storage::Database> db;
};

ImportFile reports(const std::string& text)
{
    return readImportFile(ImportKind::Reports, "reports.csv", text);
}

} // namespace

TEST_CASE("the preview tells new, changed and unchanged values apart with old and new figures")
{
    Demo demo;
    const std::string before = test::dumpDatabase(*demo.db);
    // BINH_THANH reported 13.6 for KT01, 14.2 for KT04 and 3.67 / 4.97 for XH06 in 2021-Y; BINH_TUONG
    // nothing yet.
    const ImportFile file = reports("unit,period,indicator,actual,baseline\n"
                                    "BINH_THANH,2021-Y,KT01,13.6,\n"
                                    "BINH_THANH,2021-Y,KT04,15,\n"
                                    "BINH_THANH,2021-Y,XH06,3.67,5\n"
                                    "BINH_TUONG,2021-Y,KT01,12.5,\n");
    REQUIRE(file.errors.empty());
    const storage::ImportPreview preview = storage::previewReportImport(*demo.db, file);
    CHECK(preview.problems.empty());
    // BINH_THANH's year-end report is approved in the demo: its values are locked.
    REQUIRE(preview.locked.size() == 1);
    CHECK(preview.locked[0].unitCode == "BINH_THANH");
    CHECK(preview.locked[0].periodCode == "2021-Y");
    CHECK_FALSE(preview.canApply());
    CHECK(preview.newCount == 1);
    CHECK(preview.changedCount == 2);
    CHECK(preview.unchangedCount == 1);
    REQUIRE(preview.values.size() == 4);

    const PreviewValue& kt01 = preview.values[0];
    CHECK(kt01.line == 2);
    CHECK(kt01.change == PreviewValue::Change::Unchanged);
    CHECK(kt01.oldActual == 13.6);
    const PreviewValue& kt04 = preview.values[1];
    CHECK(kt04.change == PreviewValue::Change::Changed);
    CHECK(kt04.oldActual == 14.2);
    CHECK(kt04.newActual == 15);
    const PreviewValue& xh06 = preview.values[2];
    CHECK(xh06.change == PreviewValue::Change::Changed); // the baseline alone changed
    CHECK(xh06.oldBaseline == 4.97);
    CHECK(xh06.newBaseline == 5);
    const PreviewValue& fresh = preview.values[3];
    CHECK(fresh.change == PreviewValue::Change::New);
    CHECK(fresh.unitCode == "BINH_TUONG");
    CHECK_FALSE(fresh.oldActual);
    CHECK(fresh.newActual == 12.5);

    CHECK(test::dumpDatabase(*demo.db) == before); // reads only
}

TEST_CASE("a column the file leaves out keeps the stored value in the preview too")
{
    Demo demo;
    const ImportFile file = reports("unit,period,indicator,actual\nBINH_THANH,2021-Y,XH06,3.67\n");
    const storage::ImportPreview preview = storage::previewReportImport(*demo.db, file);
    REQUIRE(preview.values.size() == 1);
    CHECK(preview.values[0].change == PreviewValue::Change::Unchanged);
    CHECK(preview.values[0].newBaseline == 4.97);
}

TEST_CASE("the preview lists the file's faults, then the database's")
{
    Demo demo;
    const ImportFile file = reports("unit,period,indicator,actual\n"
                                    "BINH_THANH,2021-Y,KT01,abc\n"
                                    "NO_UNIT,2021-Y,KT01,1\n"
                                    "BINH_THANH,2021-Y,XH05,140\n");
    const storage::ImportPreview preview = storage::previewReportImport(*demo.db, file);
    CHECK_FALSE(preview.canApply());
    REQUIRE(preview.problems.size() == 3);
    CHECK(preview.problems[0].problem == ImportProblem::NotANumber);
    CHECK(preview.problems[0].line == 2);
    CHECK(preview.problems[1].problem == ImportProblem::UnknownReference);
    CHECK(preview.problems[1].line == 3);
    CHECK(preview.problems[2].problem == ImportProblem::OutOfRange); // a share above 100 %
    CHECK(preview.problems[2].line == 4);
}
