// `import KIND FILE`: what it says when it stores a file, and that a file with any wrong row (found in
// the file itself or against the database) is refused whole, every wrong row named in the form
// `FILE:LINE: column 'NAME': what is wrong (VALUE)`, with nothing stored.
#include "CampaignFiles.h"
#include "CliRunner.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace Qt::StringLiterals;
using thidua::test::goldenCase;
using thidua::test::runCli;
using thidua::test::TempDir;

namespace {

// The vetoed_top golden case: three communes, two indicators, a scheme, reports for 2021-Y.
QString importedCase(const TempDir& dir)
{
    const QString db = dir.path(u"import.sqlite"_s);
    const QString problems = thidua::test::createFromFolder(db, goldenCase(u"vetoed_top"_s));
    INFO(problems.toStdString());
    REQUIRE(problems.isEmpty());
    return db;
}

QString progressCsv(const QString& db)
{
    const auto result = runCli({u"--db"_s, db, u"progress"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"csv"_s});
    REQUIRE(result.status == 0);
    return result.out;
}

// Imports `content` as a file of `kind` and checks it was refused with exactly `expected` (the lines
// before the verdict), nothing stored.
void checkRefused(const TempDir& dir, const QString& db, const QString& kind, const QByteArray& content,
                  const QStringList& expected)
{
    const QString before = progressCsv(db);
    const QString file = dir.write(kind + u".csv"_s, content);
    const auto result = runCli({u"--db"_s, db, u"import"_s, kind, file});
    INFO(result.err.toStdString());
    CHECK(result.status == 2);
    CHECK(result.out.isEmpty());
    QStringList lines = result.err.trimmed().split(u'\n');
    REQUIRE(lines.size() == expected.size() + 1);
    CHECK(lines.takeLast().startsWith(u"thidua-cli import: "_s));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        CHECK(lines.at(i) == file + u':' + expected.at(i));
    }
    CHECK(progressCsv(db) == before);
}

} // namespace

TEST_CASE("import stores each kind of file and says how many rows it read", "[cli][import]")
{
    const TempDir dir;
    const QString db = dir.path(u"kinds.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, db, u"init"_s, u"--empty"_s, u"--year"_s, u"2021"_s}).status == 0);

    for (const QString& kind : thidua::test::importOrder()) {
        const QString file = QDir(goldenCase(u"vetoed_top"_s)).filePath(kind + u".csv"_s);
        if (!QFile::exists(file)) {
            continue;
        }
        INFO(kind.toStdString());
        const qsizetype rows = thidua::test::readText(file).count(u'\n') - 1;
        const auto result = runCli({u"--db"_s, db, u"import"_s, kind, file});
        CHECK(result.status == 0);
        CHECK(result.err.isEmpty());
        CHECK(result.out == u"Imported %1 row(s) from %2.\n"_s.arg(rows).arg(QDir::toNativeSeparators(file)));
    }
    CHECK(progressCsv(db).contains(u"U1,I1,100,100,120,,1.2000,met\n"_s));
}

TEST_CASE("import refuses wrong usage with status 2 and touches nothing", "[cli][import]")
{
    const TempDir dir;
    const QString db = importedCase(dir);
    const QString before = progressCsv(db);
    const QString file = QDir(goldenCase(u"vetoed_top"_s)).filePath(u"reports.csv"_s);

    struct Case
    {
        QStringList args;
        QString named;
    };
    const std::vector<Case> cases = {
        {{u"import"_s}, u"KIND FILE"_s},
        {{u"import"_s, u"reports"_s}, u"KIND FILE"_s},
        {{u"import"_s, u"report"_s, file}, u"'report'"_s},
        {{u"import"_s, u"reports"_s, file, u"again"_s}, u"again"_s},
        {{u"import"_s, u"--format"_s, u"csv"_s, u"reports"_s, file}, u"--format"_s},
    };
    for (const Case& c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const auto result = runCli(QStringList{u"--db"_s, db} + c.args);
        CHECK(result.status == 2);
        CHECK(result.out.isEmpty());
        CHECK(result.err.contains(c.named));
        CHECK(result.err.count(u'\n') == 1);
    }
    // The kinds are listed for whoever mistyped one.
    CHECK(runCli({u"--db"_s, db, u"import"_s, u"report"_s, file}).err.contains(u"reports, scores, adjustments"_s));
    CHECK(progressCsv(db) == before);
}

TEST_CASE("import fails with status 1 when the file or the database cannot be read", "[cli][import]")
{
    const TempDir dir;
    const QString db = importedCase(dir);
    const QString file = QDir(goldenCase(u"vetoed_top"_s)).filePath(u"reports.csv"_s);

    const auto missing = runCli({u"--db"_s, db, u"import"_s, u"reports"_s, dir.path(u"nowhere.csv"_s)});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(u"nowhere.csv"_s));

    const auto folder = runCli({u"--db"_s, db, u"import"_s, u"reports"_s, dir.path(QString())});
    CHECK(folder.status == 1);
    CHECK(folder.err.contains(u"folder"_s));

    const QString noDatabase = dir.path(u"none.sqlite"_s);
    const auto noDb = runCli({u"--db"_s, noDatabase, u"import"_s, u"reports"_s, file});
    CHECK(noDb.status == 1);
    CHECK(noDb.err.contains(u"init"_s));
    CHECK(thidua::test::sqliteFilesPresent(noDatabase).isEmpty());
}

TEST_CASE("a file with faults of its own is refused whole with every wrong row named", "[cli][import]")
{
    const TempDir dir;
    const QString db = importedCase(dir);

    // Line 2 is good: it must not be stored either.
    checkRefused(
        dir, db, u"reports"_s,
        "unit,period,indicator,actual\n"
        "U1,2021-Y,I1,99\n"
        "U2,2021-Y,I1,abc\n"
        "U3,2021-Y,I1,2.000\n"
        "U3,2021-Q3,I2,0\n"
        "U1,2021-Y,I1,98\n",
        {u"3: column 'actual': not a number (abc)"_s,
         u"4: column 'actual': thousands separators are not accepted: write the plain figure, e.g. 2000 (2.000)"_s,
         u"5: column 'period': not a period: write YYYY-H1 for the six-month report or YYYY-Y for the year, "
         "e.g. 2021-H1 (2021-Q3)"_s,
         u"6: column 'unit': the same key as line 2 (U1, 2021-Y, I1)"_s});

    checkRefused(dir, db, u"reports"_s, "period,indicator,actual\n2021-Y,I1,99\n",
                 {u"1: column 'unit': this required column is missing"_s});
    checkRefused(dir, db, u"reports"_s, "unit,period,indicator,actual,remark\nU1,2021-Y,I1,99,x\n",
                 {u"1: column 'remark': unknown column; the columns of this kind of file are: unit, period, "
                  "indicator, actual, baseline, note"_s});
    checkRefused(dir, db, u"schemes"_s, "scheme,criterion,heading,name,max,veto\nS1,C9,,Mới,10,yes\n",
                 {u"2: column 'veto': must be 0 or 1 (yes)"_s});
}

TEST_CASE("a file whose rows name what the database lacks is refused whole", "[cli][import]")
{
    const TempDir dir;
    const QString db = importedCase(dir);

    checkRefused(dir, db, u"reports"_s,
                 "unit,period,indicator,actual\n"
                 "U1,2021-Y,I1,99\n"
                 "U9,2021-Y,I1,99\n"
                 "U2,2021-Y,I7,1\n"
                 "U3,2022-Y,I1,1\n",
                 {u"3: column 'unit': no such unit in the database (U9)"_s,
                  u"4: column 'indicator': no such indicator in the database (I7)"_s,
                  u"5: column 'period': no such reporting period in the database (2022-Y)"_s});
    checkRefused(dir, db, u"scores"_s, "unit,period,criterion,level,points\nU1,2021-Y,C7,final,3\n",
                 {u"2: column 'criterion': scheme S1 has no such criterion (C7)"_s});
}

TEST_CASE("a semicolon file with decimal commas and a byte-order mark imports, and twice changes nothing",
          "[cli][import]")
{
    const TempDir dir;
    const QString db = importedCase(dir);
    const QString file = dir.write(u"reports.csv"_s, "\xEF\xBB\xBF"
                                                     "unit;period;indicator;actual;note\n"
                                                     "U2;2021-Y;I1;92,5;\"Số liệu; sơ bộ\"\n");
    const auto first = runCli({u"--db"_s, db, u"import"_s, u"reports"_s, file});
    CHECK(first.status == 0);
    const QString after = progressCsv(db);
    CHECK(after.contains(u"U2,I1,100,100,92.5,,0.9250,near\n"_s));

    const auto second = runCli({u"--db"_s, db, u"import"_s, u"reports"_s, file});
    CHECK(second.status == 0);
    CHECK(progressCsv(db) == after);
}
