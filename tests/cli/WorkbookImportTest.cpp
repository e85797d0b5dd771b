// `thidua-cli import reports FILE.xlsx` and `--preview`: a workbook saved by LibreOffice Calc (the
// committed fixture), and a template written by the real executable and filled here as a person
// would, read, previewed, refused or stored. No workbook is written in this process (QuaZip is
// loaded here: see XlsxReader.h); filling rewrites the package's sheet with QuaZip alone.
#include "CliRunner.h"
#include "DemoDatabase.h"
#include "ExecutableRunner.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"
#include "support/TempDir.h"

#include <QFile>
#include <QRegularExpression>

#include <quazip.h>
#include <quazipfile.h>

#include <catch2/catch.hpp>

#include <map>

using namespace Qt::StringLiterals;
using thidua::test::runCli;
using thidua::test::TempDir;

namespace {

const QString kFixture = QStringLiteral(THIDUA_FIXTURES_DIR) + u"/workbooks/binh-thanh-2021-Y-libreoffice.xlsx"_s;

QString progress(const QString& db, const QString& unit)
{
    const auto result =
        runCli({u"--db"_s, db, u"progress"_s, u"--period"_s, u"2021-Y"_s, u"--unit"_s, unit, u"--format"_s, u"csv"_s});
    REQUIRE(result.status == 0);
    return result.out;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A copy of the workbook at `path` with cells of its first sheet replaced: reference → the <c>
// element's inside and type, as a spreadsheet program writes a typed-in value.
void fill(const QString& path, const QString& target, const std::map<QString, QString>& cells)
{
    QuaZip source(path);
    REQUIRE(source.open(QuaZip::mdUnzip));
    QuaZip copy(target);
    REQUIRE(copy.open(QuaZip::mdCreate));
    for (bool more = source.goToFirstFile(); more; more = source.goToNextFile()) {
        const QString name = source.getCurrentFileName();
        QuaZipFile in(&source);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QString content = QString::fromUtf8(in.readAll());
        in.close();
        if (name == u"xl/worksheets/sheet1.xml"_s) {
            for (const auto& [reference, cell] : cells) {
                const QRegularExpression empty(u"<c r=\"%1\" s=\"(\\d+)\"/>"_s.arg(reference));
                REQUIRE(content.contains(empty));
                content.replace(empty, u"<c r=\"%1\" s=\"\\1\" %2</c>"_s.arg(reference, cell));
            }
        }
        QuaZipFile out(&copy);
        REQUIRE(out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        out.write(content.toUtf8());
        out.close();
    }
    copy.close();
}

struct Demo
{
    Demo()
    {
        thidua::demo::createDemoDatabase(db);
        // BINH_TUONG has targets for 2021 and has reported nothing yet.
        const auto run = thidua::test::runExecutable(
            home,
            {u"--db"_s, db, u"template"_s, u"--unit"_s, u"BINH_TUONG"_s, u"--period"_s, u"2021-Y"_s, u"--out"_s, empty},
            u"en"_s);
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
    }
    TempDir home;
    QString db = home.path(u"demo.sqlite"_s);
    QString empty = home.path(u"binh-tuong.xlsx"_s);
};

} // namespace

TEST_CASE("a workbook filled in LibreOffice is previewed, then imported", "[cli][import][xlsx]")
{
    Demo demo;
    const QString before = progress(demo.db, u"BINH_THANH"_s);

    // The demo's BINH_THANH year-end report is approved: the preview says the import would be refused.
    const auto locked = runCli({u"--db"_s, demo.db, u"import"_s, u"reports"_s, kFixture, u"--preview"_s});
    CHECK(locked.status == 2);
    CHECK(locked.err.contains(u"The report of BINH_THANH for 2021-Y is approved"_s));
    {
        const auto db = thidua::storage::Database::open(demo.db);
        thidua::storage::ReportRepository(*db).reopen("BINH_THANH", "2021-Y", u"lan"_s, u"số liệu bổ sung"_s);
    }

    const auto preview = runCli({u"--db"_s, demo.db, u"import"_s, u"reports"_s, kFixture, u"--preview"_s});
    INFO(preview.err.toStdString());
    REQUIRE(preview.status == 0);
    CHECK(preview.out.contains(u"0 new, 3 changed, 3 unchanged"_s));
    CHECK(preview.out.contains(u"changed  BINH_THANH 2021-Y KT05: actual 7,5 → 12,5"_s));
    CHECK(preview.out.contains(u"changed  BINH_THANH 2021-Y XH05: actual 93,9 → 93,5"_s));
    CHECK_FALSE(preview.out.contains(u"KT01"_s)); // unchanged values are only counted
    CHECK(progress(demo.db, u"BINH_THANH"_s) == before);

    const auto imported = runCli({u"--db"_s, demo.db, u"import"_s, u"reports"_s, kFixture});
    INFO(imported.err.toStdString());
    REQUIRE(imported.status == 0);
    CHECK(imported.out.contains(u"Imported 6 row"_s));
    const QString after = progress(demo.db, u"BINH_THANH"_s);
    CHECK(after.contains(u"BINH_THANH,KT05,6.9,6.9,12.5,"_s));
    CHECK(after.contains(u"BINH_THANH,XH05,90,90,93.5,"_s));
    CHECK(after.contains(u"BINH_THANH,KT04,13.6,13.6,14.5,"_s));

    // The same file again changes nothing.
    const auto again = runCli({u"--db"_s, demo.db, u"import"_s, u"reports"_s, kFixture, u"--preview"_s});
    CHECK(again.out.contains(u"0 new, 0 changed, 6 unchanged"_s));
}

TEST_CASE("a template from thidua-cli round-trips: new values previewed and stored", "[cli][import][xlsx]")
{
    Demo demo;
    const QString filled = demo.home.path(u"filled.xlsx"_s);
    fill(demo.empty, filled, {{u"G15"_s, u"t=\"inlineStr\"><is><t>12,5</t></is>"_s}, {u"G16"_s, u"><v>9</v>"_s}});

    const auto preview = runCli({u"--db"_s, demo.db, u"import"_s, u"reports"_s, filled, u"--preview"_s});
    INFO(preview.err.toStdString());
    REQUIRE(preview.status == 0);
    CHECK(preview.out.contains(u"2 new, 0 changed, 0 unchanged"_s));
    CHECK(preview.out.contains(u"new  BINH_TUONG 2021-Y KT01: actual — → 12,5"_s));

    const auto imported = runCli({u"--db"_s, demo.db, u"import"_s, u"reports"_s, filled});
    REQUIRE(imported.status == 0);
    const QString after = progress(demo.db, u"BINH_TUONG"_s);
    CHECK(after.contains(u"BINH_TUONG,KT01,12.2,12.2,12.5,"_s));
    CHECK(after.contains(u"BINH_TUONG,KT04,9.8,9.8,9,"_s));
}

TEST_CASE("a wrong cell refuses the whole workbook, naming sheet, row and column", "[cli][import][xlsx]")
{
    Demo demo;
    const QString filled = demo.home.path(u"wrong.xlsx"_s);
    fill(demo.empty, filled, {{u"G15"_s, u"><v>12</v>"_s}, {u"G17"_s, u"t=\"inlineStr\"><is><t>khoảng 7</t></is>"_s}});
    const QString before = progress(demo.db, u"BINH_TUONG"_s);
    const QByteArray bytes = fileBytes(demo.db);

    for (const QStringList& extra : {QStringList{}, QStringList{u"--preview"_s}}) {
        const auto result = runCli(QStringList{u"--db"_s, demo.db, u"import"_s, u"reports"_s, filled} + extra);
        CHECK(result.status == 2);
        CHECK(result.err.contains(u"wrong.xlsx › Báo cáo:17: column 'Thực hiện (actual)': not a number (khoảng 7)"_s));
        CHECK(result.err.contains(u"nothing was imported"_s));
    }
    CHECK(progress(demo.db, u"BINH_TUONG"_s) == before);
    CHECK(fileBytes(demo.db) == bytes);
}

TEST_CASE("only reports come from workbooks; damaged workbooks are refused", "[cli][import][xlsx]")
{
    Demo demo;
    const auto targets = runCli({u"--db"_s, demo.db, u"import"_s, u"targets"_s, demo.empty});
    CHECK(targets.status == 2);
    CHECK(targets.err.contains(u"Only reports"_s));
    const auto scores = runCli({u"--db"_s, demo.db, u"import"_s, u"scores"_s, demo.empty, u"--preview"_s});
    CHECK(scores.status == 2);

    QFile bad(demo.home.path(u"bad.xlsx"_s));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("unit,period,indicator,actual\n");
    bad.close();
    const auto result = runCli({u"--db"_s, demo.db, u"import"_s, u"reports"_s, bad.fileName()});
    CHECK(result.status == 2);
    CHECK(result.err.contains(u"not an XLSX workbook"_s));
}
