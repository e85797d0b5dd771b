// `shortlist --period P [--format text|csv|json] [--xlsx FILE] [--sync]` in-process, on the demo
// district: --sync takes exactly what the ranking proposes, the workbook lists the rows of the printed
// list, and the refusals leave no file and no change. PDFs need a QGuiApplication: ExecutablePdfTest.
// Workbooks are written by the real executable (see XlsxReader.h) and read back here.
#include "CliRunner.h"
#include "ExecutableRunner.h"
#include "ShortlistFixture.h"
#include "XlsxReader.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;
using thidua::test::csvRecords;
using thidua::test::runCli;
using thidua::test::TempDir;

namespace {

enum Column
{
    Id,
    Kind,
    UnitCode,
    UnitName,
    Name,
    Position,
    AwardCode,
    StatusCode,
    Included,
    FromRanking,
    Achievement,
    DecisionNumber,
    DecisionDate,
    Checks,
};

QList<QStringList> shortlistCsv(const QString& db, const QStringList& extra = {})
{
    const auto result =
        runCli(QStringList{u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"csv"_s} + extra);
    INFO(result.err.toStdString());
    REQUIRE(result.status == 0);
    return csvRecords(result.out);
}

// "unit award" of each collective entry, e.g. "BINH_THANH co_thi_dua".
QSet<QString> collectiveProposals(const QList<QStringList>& records)
{
    QSet<QString> proposals;
    for (const QStringList& record : records.mid(1)) {
        if (record.at(Kind) == u"collective"_s) {
            proposals.insert(record.at(UnitCode) + u' ' + record.at(AwardCode));
        }
    }
    return proposals;
}

} // namespace

TEST_CASE("shortlist --sync adds what the ranking proposes, once", "[cli][shortlist]")
{
    const TempDir dir;
    const QString db = thidua::test::demoDatabase(dir);
    CHECK(shortlistCsv(db).size() == 1); // the header: nothing proposed before --sync

    const auto synced = runCli({u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s, u"--sync"_s});
    REQUIRE(synced.status == 0);
    CHECK(synced.err.isEmpty());
    INFO(synced.out.toStdString());
    CHECK(synced.out.startsWith(u"Commendation shortlist: "_s));
    CHECK(synced.out.contains(u"Added 18 proposal(s) from the ranking."_s));
    CHECK(synced.out.contains(u"Xã Bình Thành"_s));
    CHECK(synced.out.contains(u"Emulation flag"_s)); // the source text of "Cờ thi đua": no translation here

    // The leader of each group gets the flag and every eligible title candidate its title, as the
    // ranking's own csv says.
    const auto rank = runCli({u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"csv"_s});
    REQUIRE(rank.status == 0);
    QSet<QString> expected;
    for (const QStringList& row : csvRecords(rank.out).mid(1)) { // group,rank,unit,total,eligible,proposal,title
        if (row.at(5) == u"leader"_s || row.at(5) == u"leader_tie"_s) {
            expected.insert(row.at(2) + u" co_thi_dua"_s);
        }
        if (row.at(4) == u"1"_s && row.at(6) == u"Tập thể lao động xuất sắc"_s) {
            expected.insert(row.at(2) + u" tap_the_ldxs"_s);
        }
        if (row.at(4) == u"1"_s && row.at(6) == u"Tập thể lao động tiên tiến"_s) {
            expected.insert(row.at(2) + u" tap_the_ldtt"_s);
        }
    }
    const QList<QStringList> records = shortlistCsv(db);
    CHECK(collectiveProposals(records) == expected);
    CHECK(expected.contains(u"BINH_THANH co_thi_dua"_s));
    CHECK(expected.size() == 18);
    for (const QStringList& record : records.mid(1)) {
        CHECK(record.at(FromRanking) == u"1"_s);
        CHECK(record.at(StatusCode) == u"proposed"_s);
        if (record.at(UnitCode) == u"BINH_THANH"_s && record.at(AwardCode) == u"co_thi_dua"_s) {
            CHECK(record.at(Name) == u"Xã Bình Thành"_s);
            CHECK(record.at(Achievement).startsWith(u"Hạng 1/"_s));
            CHECK(record.at(Checks).isEmpty()); // the proposed leader passes every check
        }
        if (record.at(AwardCode) == u"tap_the_ldxs"_s) {
            CHECK(record.at(Checks) == u"facts_missing"_s); // nobody has entered the members' counts yet
        }
    }

    const auto again = runCli({u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s, u"--sync"_s});
    REQUIRE(again.status == 0);
    CHECK(again.out.contains(u"Added 0 proposal(s) from the ranking."_s));
    CHECK(shortlistCsv(db) == records);
}

TEST_CASE("shortlist --format json says each check in codes and words", "[cli][shortlist]")
{
    const TempDir dir;
    const QString db = thidua::test::reviewedShortlistDatabase(dir);
    const auto result = runCli({u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"json"_s});
    REQUIRE(result.status == 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(root.value(u"period"_s).toString() == u"2021-Y"_s);
    CHECK(!root.contains(u"added"_s));
    const QJsonArray entries = root.value(u"entries"_s).toArray();
    REQUIRE(entries.size() == 19);
    const QJsonObject person = entries.last().toObject();
    CHECK(person.value(u"kind"_s).toString() == u"individual"_s);
    CHECK(person.value(u"name"_s).toString() == u"Nguyễn Văn An"_s);
    CHECK(person.value(u"award_name"_s).toString() == u"Lao động tiên tiến"_s);
    const QJsonObject excluded = entries.at(1).toObject();
    CHECK(excluded.value(u"included"_s).toBool() == false);
    CHECK(excluded.value(u"exclusion_reason"_s).toString() == u"Đơn vị xin rút"_s);
    const QJsonArray checks = excluded.value(u"checks"_s).toArray();
    REQUIRE(!checks.isEmpty());
    CHECK(checks.at(0).toObject().value(u"problem"_s).toString() == u"facts_missing"_s);
    CHECK(checks.at(0).toObject().value(u"detail"_s).toString().contains(u"members"_s));

    const auto text = runCli({u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s});
    CHECK(text.out.contains(u"not included: Đơn vị xin rút"_s));
    CHECK(text.out.contains(u"Not passed"_s));
    CHECK(text.out.contains(u"Not entered yet: the number of "_s)); // a failed check in words
    CHECK(text.out.contains(u"Chủ tịch UBND xã"_s));
}

TEST_CASE("shortlist --xlsx lists the rows of the printed list", "[cli][shortlist][xlsx]")
{
    const TempDir dir;
    const QString db = thidua::test::reviewedShortlistDatabase(dir);
    const QList<QStringList> records = shortlistCsv(db);
    QList<QStringList> listed; // what the printed list shows: included, and not "not passed"
    for (const QStringList& record : records.mid(1)) {
        if (record.at(Included) == u"1"_s && record.at(StatusCode) != u"not_passed"_s) {
            listed.append(record);
        }
    }
    REQUIRE(listed.size() == records.size() - 1 - 2);

    const QString file = dir.path(u"danh-sach.xlsx"_s);
    const auto written = thidua::test::runExecutable(
        dir, {u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s, u"--xlsx"_s, file}, u"en"_s);
    INFO(written.err.toStdString());
    REQUIRE(written.status == 0);
    // Says what it wrote, and no listing unless one is asked for with --format.
    CHECK(QString::fromUtf8(written.out) == u"Wrote %1.\n"_s.arg(QDir::toNativeSeparators(file)));

    const auto workbook = thidua::test::readXlsx(file);
    INFO(workbook.error.toStdString());
    REQUIRE(workbook.error.isEmpty());
    REQUIRE(workbook.sheets.size() == 1);
    CHECK(workbook.sheets.at(0).name == u"Danh sách"_s);
    const QList<QStringList>& rows = workbook.sheets.at(0).rows;
    REQUIRE(!rows.isEmpty());
    CHECK(rows.at(0) == QStringList{u"TT"_s, u"Tên tập thể / Họ và tên"_s, u"Chức vụ"_s, u"Đơn vị"_s,
                                    u"Hình thức đề nghị"_s, u"Thành tích"_s, u"Trạng thái"_s, u"Quyết định"_s});
    REQUIRE(rows.size() == listed.size() + 1);
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const QStringList& row = rows.at(i + 1);
        const QStringList& record = listed.at(i);
        INFO("row " << i + 1 << ": " << row.join(u" | "_s).toStdString());
        REQUIRE(row.size() >= 7);
        CHECK(row.at(0) == QString::number(i + 1)); // a number, not text
        CHECK(row.at(1) == record.at(Name));
        CHECK(row.at(2) == record.at(Position));
        CHECK(row.at(4) == thidua::test::awardNameOfCode(record.at(AwardCode)));
        CHECK(row.at(5) == record.at(Achievement));
        CHECK(row.at(6) == u"Đã đề nghị"_s);
    }
    // The person added by hand comes after every collective, with their unit.
    CHECK(rows.last().at(1) == u"Nguyễn Văn An"_s);
    CHECK(rows.last().at(3) == u"Xã Bình Thành"_s);

    const QByteArray sheet = thidua::test::xlsxPart(file, u"xl/worksheets/sheet1.xml"_s);
    CHECK(sheet.contains("state=\"frozen\"")); // the header stays in view
    CHECK(sheet.contains("<col "));            // widths set, not Excel's 8.43
    CHECK(thidua::test::xlsxPart(file, u"xl/styles.xml"_s).contains("<b/>"));
    CHECK(QDir(dir.path(QString())).entryList({u".danh-sach.xlsx*"_s}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("shortlist refuses an unknown period and unwritable files, leaving nothing", "[cli][shortlist]")
{
    const TempDir dir;
    const QString db = thidua::test::demoDatabase(dir);
    const QString file = dir.path(u"out.xlsx"_s);

    const auto unknown =
        runCli({u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2030-Y"_s, u"--sync"_s, u"--xlsx"_s, file});
    CHECK(unknown.status == 2);
    CHECK(unknown.err.startsWith(u"thidua-cli shortlist: "_s));
    CHECK(unknown.err.contains(u"2030-Y"_s));
    CHECK(unknown.out.isEmpty());
    CHECK(!QFileInfo::exists(file));

    const auto malformed = runCli({u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021"_s});
    CHECK(malformed.status == 2);
    CHECK(runCli({u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s, u"--xlsx="_s}).status == 2);

    // A folder that does not exist, and a name that is a folder: status 1, naming the file.
    const QString missing = dir.path(u"no-such-folder/out.xlsx"_s);
    const auto noFolder = runCli({u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s, u"--xlsx"_s, missing});
    CHECK(noFolder.status == 1);
    CHECK(noFolder.err.contains(QDir::toNativeSeparators(missing)));
    CHECK(!QFileInfo::exists(dir.path(u"no-such-folder"_s)));
    REQUIRE(QDir().mkpath(dir.path(u"folder.xlsx"_s)));
    // libxlsxwriter completes the workbook before the move fails: the real executable, see XlsxReader.h.
    const auto isFolder = thidua::test::runExecutable(
        dir, {u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s, u"--xlsx"_s, dir.path(u"folder.xlsx"_s)});
    CHECK(isFolder.status == 1);
    CHECK(QDir(dir.path(QString())).entryList({u".folder.xlsx*"_s}, QDir::AllEntries | QDir::Hidden).isEmpty());

    // A file that was there stays as it was when the command is refused.
    const QString existing = dir.write(u"old.xlsx"_s, "old bytes");
    CHECK(runCli({u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2030-Y"_s, u"--xlsx"_s, existing}).status == 2);
    CHECK(thidua::test::readAll(existing) == "old bytes");
}

TEST_CASE("shortlist writes to the database only with --sync", "[cli][shortlist]")
{
    const TempDir dir;
    const QString db = thidua::test::demoDatabase(dir);

    // Without --sync the database is opened read-only, so a file nobody may write is fine.
    REQUIRE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto listing = runCli({u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s});
    CHECK(listing.status == 0);
    CHECK(listing.out.contains(u"--sync"_s)); // the empty list says how to fill it

    if (QFileInfo(db).isWritable()) {
        WARN("running as root: a read-only file is still writable, so --sync cannot be refused here");
        return;
    }
    const auto sync = runCli({u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s, u"--sync"_s});
    CHECK(sync.status == 1);
    CHECK(sync.err.startsWith(u"thidua-cli shortlist: "_s));
    REQUIRE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CHECK(shortlistCsv(db).size() == 1);
}

TEST_CASE("shortlist --pdf in-process, without a graphical application, fails before changing anything",
          "[cli][shortlist]")
{
    const TempDir dir;
    const QString db = thidua::test::demoDatabase(dir);
    const QString pdf = dir.path(u"out.pdf"_s);
    const auto result =
        runCli({u"--db"_s, db, u"shortlist"_s, u"--period"_s, u"2021-Y"_s, u"--sync"_s, u"--pdf"_s, pdf});
    CHECK(result.status == 1);
    CHECK(result.err.contains(u"graphical application"_s));
    CHECK(!QFileInfo::exists(pdf));
    CHECK(shortlistCsv(db).size() == 1); // --sync did not run
}
