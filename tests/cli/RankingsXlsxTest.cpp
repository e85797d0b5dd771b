// The rankings workbook of `rank --xlsx` and `summary --xlsx`, read back cell by cell against
// `rank --format csv` (the contract): one sheet per group named by its code, totals as numbers with
// two decimals shown, and the refusals of `summary`. Workbooks are written by the real executable (see
// XlsxReader.h) and read back here.
#include "CliRunner.h"
#include "ExecutableRunner.h"
#include "ShortlistFixture.h"
#include "XlsxReader.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

#include <cmath>

using namespace Qt::StringLiterals;
using thidua::test::csvRecords;
using thidua::test::runCli;
using thidua::test::TempDir;

namespace {

const QStringList kHeader{u"Hạng"_s,         u"Mã"_s,      u"Đơn vị"_s,   u"Tổng điểm"_s,
                          u"Đủ điều kiện"_s, u"Đề nghị"_s, u"Danh hiệu"_s};

QString proposalWords(const QString& code)
{
    return code == u"leader"_s ? u"Dẫn đầu"_s : code == u"leader_tie"_s ? u"Đồng dẫn đầu"_s : QString();
}

void checkAgainstRankCsv(const QString& workbookPath, const QString& rankCsv)
{
    const auto workbook = thidua::test::readXlsx(workbookPath);
    INFO(workbook.error.toStdString());
    REQUIRE(workbook.error.isEmpty());

    // group,rank,unit,total,eligible,proposal,title — grouped by the group code, in csv order.
    QStringList groups;
    QMap<QString, QList<QStringList>> byGroup;
    for (const QStringList& row : csvRecords(rankCsv).mid(1)) {
        if (!groups.contains(row.at(0))) {
            groups.append(row.at(0));
        }
        byGroup[row.at(0)].append(row);
    }
    QStringList sheetNames;
    for (const auto& sheet : workbook.sheets) {
        sheetNames.append(sheet.name);
    }
    REQUIRE(sheetNames == groups);

    for (const auto& sheet : workbook.sheets) {
        INFO("sheet " << sheet.name.toStdString());
        const QList<QStringList>& expected = byGroup.value(sheet.name);
        REQUIRE(sheet.rows.size() == expected.size() + 1);
        CHECK(sheet.rows.at(0) == kHeader);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QStringList row = sheet.rows.at(i + 1);
            const QStringList& csv = expected.at(i);
            INFO(row.join(u" | "_s).toStdString());
            while (row.size() < kHeader.size()) {
                row.append(QString()); // trailing empty cells are not stored
            }
            CHECK(row.at(0) == csv.at(1));
            CHECK(row.at(1) == csv.at(2));
            CHECK(!row.at(2).isEmpty());
            bool isNumber = false;
            CHECK(std::abs(row.at(3).toDouble(&isNumber) - csv.at(3).toDouble()) < 0.005);
            CHECK(isNumber);
            CHECK(row.at(4) == (csv.at(4) == u"1"_s ? u"Có"_s : u"Không"_s));
            CHECK(row.at(5) == proposalWords(csv.at(5)));
            CHECK(row.at(6) == csv.at(6));
        }
    }
    CHECK(thidua::test::xlsxPart(workbookPath, u"xl/styles.xml"_s).contains("formatCode=\"0.00\""));
}

} // namespace

TEST_CASE("rank --xlsx writes every group's ranking, one sheet each", "[cli][rank][xlsx]")
{
    const TempDir dir;
    const QString db = thidua::test::demoDatabase(dir);
    const auto csv = runCli({u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"csv"_s});
    REQUIRE(csv.status == 0);

    const QString file = dir.path(u"xep-hang.xlsx"_s);
    const auto written = thidua::test::runExecutable(
        dir, {u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-Y"_s, u"--xlsx"_s, file}, u"en"_s);
    INFO(written.err.toStdString());
    REQUIRE(written.status == 0);
    CHECK(QString::fromUtf8(written.out) == u"Wrote %1.\n"_s.arg(QDir::toNativeSeparators(file)));
    checkAgainstRankCsv(file, csv.out);

    // With --format the listing comes too, unchanged.
    const auto both = thidua::test::runExecutable(
        dir, {u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"csv"_s, u"--xlsx"_s, file});
    REQUIRE(both.status == 0);
    CHECK(QString::fromUtf8(both.out) == csv.out);
}

TEST_CASE("summary --xlsx writes the same workbook as rank --xlsx", "[cli][summary][xlsx]")
{
    const TempDir dir;
    const QString db = thidua::test::demoDatabase(dir);
    const QString file = dir.path(u"tong-ket.xlsx"_s);
    const auto written =
        thidua::test::runExecutable(dir, {u"--db"_s, db, u"summary"_s, u"--period"_s, u"2021-H1"_s, u"--xlsx"_s, file});
    INFO(written.err.toStdString());
    REQUIRE(written.status == 0);
    const auto csv = runCli({u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-H1"_s, u"--format"_s, u"csv"_s});
    checkAgainstRankCsv(file, csv.out);
}

TEST_CASE("summary needs a file to write and a period the database has", "[cli][summary]")
{
    const TempDir dir;
    const QString db = thidua::test::demoDatabase(dir);
    const QString file = dir.path(u"out.xlsx"_s);

    const auto nothing = runCli({u"--db"_s, db, u"summary"_s, u"--period"_s, u"2021-Y"_s});
    CHECK(nothing.status == 2);
    CHECK(nothing.err.contains(u"--pdf"_s));

    const auto unknown = runCli({u"--db"_s, db, u"summary"_s, u"--period"_s, u"2022-H1"_s, u"--xlsx"_s, file});
    CHECK(unknown.status == 2);
    CHECK(unknown.err ==
          u"thidua-cli summary: The database %1 has no period 2022-H1.\n"_s.arg(QDir::toNativeSeparators(db)));
    CHECK(!QFileInfo::exists(file));

    const auto rank = runCli({u"--db"_s, db, u"rank"_s, u"--period"_s, u"2022-Y"_s, u"--xlsx"_s, file});
    CHECK(rank.status == 2);
    CHECK(!QFileInfo::exists(file));

    const auto missing =
        runCli({u"--db"_s, dir.path(u"none.sqlite"_s), u"summary"_s, u"--period"_s, u"2021-Y"_s, u"--xlsx"_s, file});
    CHECK(missing.status == 1);
    CHECK(!QFileInfo::exists(file));
}
