// Issue 3's check as a new user would make it: a small district typed into a spreadsheet and saved as
// CSV twice, with `,` and with `;` and decimal commas (tests/fixtures/small-district, made with
// LibreOffice). Both must import and give the same figures, the year's ranking must be the one worked
// out by hand, and a file with one wrong row must be refused whole.
#include "CampaignFiles.h"
#include "CliRunner.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace Qt::StringLiterals;
using thidua::test::readText;
using thidua::test::runCli;
using thidua::test::TempDir;

namespace {

const QStringList kPeriods{u"2021-H1"_s, u"2021-Y"_s};

QString fixture(const QString& name)
{
    return QStringLiteral(THIDUA_FIXTURES_DIR) + u"/small-district/"_s + name;
}

QString output(const QString& db, const QStringList& args)
{
    const auto result = runCli(QStringList{u"--db"_s, db} + args);
    INFO(args.join(u' ').toStdString() << ": " << result.err.toStdString());
    REQUIRE(result.status == 0);
    return result.out;
}

QString importedDistrict(const TempDir& dir, const QString& set)
{
    const QString db = dir.path(set + u".sqlite"_s);
    const QString problems = thidua::test::createFromFolder(db, fixture(set));
    INFO(problems.toStdString());
    REQUIRE(problems.isEmpty());
    return db;
}

} // namespace

TEST_CASE("the spreadsheet saved with commas and with semicolons really differ as a spreadsheet writes them",
          "[cli][fixture]")
{
    const QString comma = readText(fixture(u"comma/targets.csv"_s));
    const QString semicolon = readText(fixture(u"semicolon/targets.csv"_s));
    CHECK(comma.startsWith(u"unit,indicator,year,target\n"_s));
    CHECK(semicolon.startsWith(u"unit;indicator;year;target\n"_s));
    CHECK(comma.contains(u"X_AN,KT1,2021,12.5\n"_s));
    CHECK(semicolon.contains(u"X_AN;KT1;2021;12,5\n"_s));
    // A name holding the other delimiter is quoted in one file and plain in the other.
    CHECK(readText(fixture(u"comma/groups.csv"_s)).contains(u"\"Cụm thi đua các xã, thị trấn\""_s));
    CHECK(readText(fixture(u"semicolon/groups.csv"_s)).contains(u";Cụm thi đua các xã, thị trấn;"_s));
}

TEST_CASE("the small district imports and ranks the same from comma and semicolon files", "[cli][fixture]")
{
    const TempDir dir;
    const QString comma = importedDistrict(dir, u"comma"_s);
    const QString semicolon = importedDistrict(dir, u"semicolon"_s);

    for (const QString& period : kPeriods) {
        for (const QString& command : {u"progress"_s, u"rank"_s}) {
            for (const QString& format : {u"csv"_s, u"json"_s, u"text"_s}) {
                INFO(command.toStdString()
                     << " --period " << period.toStdString() << " --format " << format.toStdString());
                const QStringList args{command, u"--period"_s, period, u"--format"_s, format};
                const QString fromComma = output(comma, args);
                const QString fromSemicolon = output(semicolon, args);
                INFO(thidua::test::lineDiff(fromComma, fromSemicolon).toStdString());
                CHECK(fromComma == fromSemicolon);
            }
        }
    }

    // Equal could also mean equally wrong: the decimal commas must have been read as decimals.
    const QString progress = output(semicolon, {u"progress"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"csv"_s});
    CHECK(progress.contains(u"X_AN,KT1,12.5,12.5,13.1,,1.0480,met\n"_s));
    CHECK(progress.contains(u"X_AN,XH1,1.5,1.5,3.2,4.9,1.1333,met\n"_s));
    const QString halfYear = output(semicolon, {u"progress"_s, u"--period"_s, u"2021-H1"_s, u"--format"_s, u"csv"_s});
    CHECK(halfYear.contains(u"X_AN,KT1,12.5,5.625,6.2,,1.1022,met\n"_s));
    CHECK(halfYear.contains(u"X_AN,XH1,1.5,,,,,n/a\n"_s));

    const QString rank = output(semicolon, {u"rank"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"csv"_s});
    const QString expected = readText(fixture(u"rank-2021-Y.csv"_s));
    INFO(thidua::test::lineDiff(expected, rank).toStdString());
    CHECK(rank == expected);
}

TEST_CASE("a copy of the reports with one wrong row is refused whole, naming the row", "[cli][fixture]")
{
    const TempDir dir;
    const QString db = importedDistrict(dir, u"semicolon"_s);
    const QStringList progressArgs{u"progress"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"csv"_s};
    const QString before = output(db, progressArgs);

    // The copy changes a good row as well, so that anything stored would show in the progress.
    QStringList lines = readText(fixture(u"semicolon/reports.csv"_s)).split(u'\n');
    const qsizetype good = lines.indexOf(u"X_AN;2021-Y;KT1;13,1;;"_s);
    const qsizetype wrong = lines.indexOf(u"X_BINH;2021-Y;KT1;9,6;;"_s);
    REQUIRE(good > 0);
    REQUIRE(wrong > 0);
    lines[good] = u"X_AN;2021-Y;KT1;15;;"_s;
    lines[wrong] = u"X_BINH;2021-Y;KT1;9,6 tỷ;;"_s;
    const QString copy = dir.write(u"reports.csv"_s, lines.join(u'\n').toUtf8());

    const auto refused = runCli({u"--db"_s, db, u"import"_s, u"reports"_s, copy});
    CHECK(refused.status == 2);
    CHECK(refused.out.isEmpty());
    const QStringList messages = refused.err.trimmed().split(u'\n');
    REQUIRE(messages.size() == 2);
    // FILE:LINE: column 'NAME': what is wrong (VALUE), the line counted from 1 as an editor counts.
    CHECK(messages.at(0) == u"%1:%2: column 'actual': not a number (9,6 tỷ)"_s.arg(copy).arg(wrong + 1));
    CHECK(messages.at(1).startsWith(u"thidua-cli import: "_s));
    CHECK(messages.at(1).contains(u"nothing was imported"_s));

    CHECK(output(db, progressArgs) == before);
    CHECK(before.contains(u"X_AN,KT1,12.5,12.5,13.1,"_s));
}
