// PDFs need fonts and painting, so a QGuiApplication: thidua-cli makes one when asked for --pdf, on
// the offscreen platform when there is no display (as on a server). The in-process tests run under a
// QCoreApplication, so this runs the real executable and reads the PDF back with poppler's pdftotext.
#include "ExecutableRunner.h"
#include "ShortlistFixture.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using thidua::test::ExecutableRun;
using thidua::test::runExecutable;
using thidua::test::TempDir;

namespace {

// The text of a PDF as pdftotext reads it, lines as laid out on the page.
QString pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    REQUIRE(!pdftotext.isEmpty()); // poppler-utils, in scripts/packages.txt
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("thidua-cli shortlist --pdf prints the commendation list", "[cli][executable][pdf]")
{
    const TempDir home;
    const QString db = thidua::test::reviewedShortlistDatabase(home);
    const QString pdf = home.path(u"danh-sach.pdf"_s);
    const QString xlsx = home.path(u"danh-sach.xlsx"_s);

    const ExecutableRun run = runExecutable(
        home, {u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s, u"--pdf"_s, pdf, u"--xlsx"_s, xlsx});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(QString::fromUtf8(run.out).contains(pdf)); // says what it wrote, and nothing else
    CHECK(!QString::fromUtf8(run.out).contains(u"BINH_THANH"_s));
    REQUIRE(QFileInfo::exists(pdf));
    CHECK(thidua::test::readAll(pdf).startsWith("%PDF-"));
    CHECK(QFileInfo::exists(xlsx));

    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"_s));
    CHECK(text.contains(u"Xã Bình Thành"_s));
    CHECK(text.contains(u"Cờ thi đua"_s));
    CHECK(text.contains(u"Nguyễn Văn An"_s));
    CHECK(text.contains(u"Nơi nhận"_s));
    CHECK(!text.contains(u"Đơn vị xin rút"_s)); // an entry left out is not printed
}

TEST_CASE("thidua-cli summary --pdf prints the period's indicators and rankings", "[cli][executable][pdf]")
{
    const TempDir home;
    const QString db = thidua::test::demoDatabase(home);
    const QString pdf = home.path(u"tong-ket.pdf"_s);

    const ExecutableRun run =
        runExecutable(home, {u"--db"_s, db, u"summary"_s, u"--period"_s, u"2021-Y"_s, u"--pdf"_s, pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u"Xã Bình Thành"_s));
    CHECK(text.contains(u"Nông, lâm, thủy sản"_s)); // KT01.1 of the seeded plan
    CHECK(text.contains(u"Tổng kết năm 2021"_s));
}

TEST_CASE("thidua-cli --pdf refuses an unknown period or an unwritable file and leaves no file",
          "[cli][executable][pdf]")
{
    const TempDir home;
    const QString db = thidua::test::demoDatabase(home);
    const QString pdf = home.path(u"out.pdf"_s);

    for (const QString& command : {u"shortlist"_s, u"summary"_s}) {
        INFO(command.toStdString());
        const ExecutableRun unknown =
            runExecutable(home, {u"--db"_s, db, command, u"--period"_s, u"2019-Y"_s, u"--pdf"_s, pdf});
        CHECK(unknown.status == 2);
        // Vietnamese by default, naming the period.
        CHECK(QString::fromUtf8(unknown.err).startsWith(u"thidua-cli "_s + command + u": "_s));
        CHECK(QString::fromUtf8(unknown.err).contains(u"2019-Y"_s));
        CHECK(!QFileInfo::exists(pdf));

        const QString nowhere = home.path(u"no-such-folder/out.pdf"_s);
        const ExecutableRun unwritable =
            runExecutable(home, {u"--db"_s, db, command, u"--period"_s, u"2021-Y"_s, u"--pdf"_s, nowhere});
        CHECK(unwritable.status == 1);
        CHECK(QString::fromUtf8(unwritable.err).contains(nowhere));
        CHECK(!QFileInfo::exists(home.path(u"no-such-folder"_s)));
    }
}
