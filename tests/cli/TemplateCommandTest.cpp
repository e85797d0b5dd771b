// `thidua-cli template`: the entry workbook of one unit and period. Workbooks are written by the real
// executable (libxlsxwriter must not run in this process, which loads QuaZip: see XlsxReader.h);
// refusals, which write nothing, run in-process.
#include "CliRunner.h"
#include "DemoDatabase.h"
#include "ExecutableRunner.h"
#include "XlsxReader.h"
#include "support/TempDir.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using thidua::test::runCli;
using thidua::test::runExecutable;
using thidua::test::TempDir;

TEST_CASE("template writes the workbook a unit fills in", "[cli][template][executable]")
{
    const TempDir home;
    const QString db = home.path(u"demo.sqlite"_s);
    thidua::demo::createDemoDatabase(db);
    const QString out = home.path(u"binh-thanh.xlsx"_s);
    const auto run = runExecutable(
        home,
        {u"--db"_s, db, u"template"_s, u"--unit"_s, u"BINH_THANH"_s, u"--period"_s, u"2021-H1"_s, u"--out"_s, out},
        u"en"_s);
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(QString::fromUtf8(run.out).contains(u"binh-thanh.xlsx"_s));

    const auto workbook = thidua::test::readXlsx(out);
    REQUIRE(workbook.error.isEmpty());
    REQUIRE(workbook.sheets.size() == 1);
    const auto& rows = workbook.sheets[0].rows;
    CHECK(workbook.sheets[0].name == u"Báo cáo"_s);
    REQUIRE(rows.size() > 15);
    CHECK(rows[1].value(1) == u"Đơn vị:"_s);
    CHECK_FALSE(rows[1].value(2).isEmpty()); // the unit's name
    CHECK(rows[4].value(2) == u"BINH_THANH"_s);
    CHECK(rows[5].value(2) == u"2021-H1"_s);
    CHECK(rows[13].value(1) == u"Mã chỉ tiêu (indicator)"_s);
    CHECK(rows[14].value(1) == u"KT01"_s);
    // A cumulative indicator's six-month target is its mid-year share of the year's.
    QStringList codes;
    for (qsizetype r = 14; r < rows.size() && !rows[r].value(1).isEmpty(); ++r) {
        codes.append(rows[r].value(1));
    }
    CHECK(codes.contains(u"KT01"_s));
    CHECK_FALSE(codes.contains(u"QP04"_s)); // all_of: computed, not typed in
    CHECK(thidua::test::xlsxPart(out, u"xl/worksheets/sheet1.xml"_s).contains("<sheetProtection"));
}

TEST_CASE("template refuses unknown units and periods and wrong usage with status 2", "[cli][template]")
{
    const TempDir dir;
    const QString db = dir.path(u"demo.sqlite"_s);
    thidua::demo::createDemoDatabase(db);
    const QString out = dir.path(u"t.xlsx"_s);
    const QList<QStringList> cases{
        {u"--unit"_s, u"NO_SUCH"_s, u"--period"_s, u"2021-Y"_s, u"--out"_s, out},
        {u"--unit"_s, u"BINH_THANH"_s, u"--period"_s, u"2030-Y"_s, u"--out"_s, out},
        {u"--unit"_s, u"BINH_THANH"_s, u"--period"_s, u"2021-Y"_s},
        {u"--unit"_s, u"BINH_THANH"_s, u"--out"_s, out},
    };
    for (const QStringList& args : cases) {
        INFO(args.join(u' ').toStdString());
        const auto result = runCli(QStringList{u"--db"_s, db, u"template"_s} + args);
        CHECK(result.status == 2);
        CHECK_FALSE(result.err.isEmpty());
        CHECK_FALSE(QFileInfo::exists(out));
    }
}
