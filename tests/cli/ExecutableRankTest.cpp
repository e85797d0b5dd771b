// The real thidua-cli from CSV files to a ranking, as an office would run it from a script: the small
// district's files imported one by one, then `rank` for a program (csv) and for a person (text, in
// Vietnamese by default and in English on request).
#include "CampaignFiles.h"
#include "ExecutableRunner.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using thidua::test::ExecutableRun;
using thidua::test::runExecutable;
using thidua::test::TempDir;

TEST_CASE("thidua-cli imports a district's CSV files and ranks it", "[cli][executable]")
{
    const TempDir home;
    const QString db = home.path(u"district.sqlite"_s);
    const QString folder = QStringLiteral(THIDUA_FIXTURES_DIR) + u"/small-district/semicolon"_s;
    REQUIRE(runExecutable(home, {u"--db"_s, db, u"init"_s, u"--empty"_s, u"--year"_s, u"2021"_s}).status == 0);

    for (const QString& kind : thidua::test::importOrder()) {
        INFO(kind.toStdString());
        const ExecutableRun imported =
            runExecutable(home, {u"--db"_s, db, u"import"_s, kind, QDir(folder).filePath(kind + u".csv"_s)});
        CHECK(imported.status == 0);
        CHECK(imported.err.isEmpty());
        // Vietnamese by default: "Đã nhập 8 dòng từ …".
        CHECK(QString::fromUtf8(imported.out).startsWith(u"Đã nhập "_s));
    }

    const ExecutableRun csv =
        runExecutable(home, {u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"csv"_s});
    REQUIRE(csv.status == 0);
    QFile expected(QStringLiteral(THIDUA_FIXTURES_DIR) + u"/small-district/rank-2021-Y.csv"_s);
    REQUIRE(expected.open(QIODevice::ReadOnly));
    CHECK(csv.out == expected.readAll());

    const ExecutableRun vietnamese = runExecutable(home, {u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-Y"_s});
    REQUIRE(vietnamese.status == 0);
    const QString text = QString::fromUtf8(vietnamese.out);
    INFO(text.toStdString());
    CHECK(text.contains(u"CUM1 – Cụm thi đua các xã, thị trấn"_s));
    CHECK(text.contains(u"102,38"_s));
    CHECK(text.contains(u"dẫn đầu"_s));
    CHECK(text.contains(u"Tập thể lao động xuất sắc"_s));
    CHECK(text.contains(u"C06"_s)); // why Xã Cát Tiên is not eligible

    const ExecutableRun english = runExecutable(home, {u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-Y"_s}, u"en"_s);
    CHECK(english.out.startsWith("Emulation ranking: "));
    CHECK(QString::fromUtf8(english.out).contains(u"102,38"_s));

    // Faults are worded in Vietnamese too, in the same form.
    const QString wrong = home.write(u"reports.csv"_s, "unit;period;indicator;actual\nX_AN;2021-Y;KT1;abc\n");
    const ExecutableRun refused = runExecutable(home, {u"--db"_s, db, u"import"_s, u"reports"_s, wrong});
    CHECK(refused.status == 2);
    CHECK(QString::fromUtf8(refused.err).startsWith(wrong + u":2: cột “actual”: không phải là số (abc)\n"_s));

    const ExecutableRun progress =
        runExecutable(home, {u"--db"_s, db, u"progress"_s, u"--period"_s, u"2021-H1"_s, u"--unit"_s, u"X_AN"_s});
    REQUIRE(progress.status == 0);
    CHECK(QString::fromUtf8(progress.out).contains(u"5,625"_s)); // 12,5 × 45% expected at mid-year
}
