// `progress --period P [--unit CODE] [--format text|csv|json]`. The csv's figures are checked by the
// golden cases; here: the choice of rows, the json shape, the text a person reads, and the refusals.
#include "CampaignFiles.h"
#include "CliRunner.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using thidua::test::goldenDatabase;
using thidua::test::runCli;
using thidua::test::TempDir;

namespace {

// One commune with figures that show the Vietnamese number format and every status.
QString figuresDatabase(const TempDir& dir)
{
    REQUIRE(QDir().mkpath(dir.path(u"figures"_s)));
    dir.write(u"figures/indicators.csv"_s, "code,name,unit,kind,period_basis\n"
                                           "V1,Tổng vốn đầu tư phát triển,tỷ đồng,at_least,level\n"
                                           "V2,Số vụ cháy rừng,vụ,zero_events,level\n"
                                           "V3,Số hộ nghèo giảm,hộ,reduce_by,level\n"
                                           "V4,Số lao động được đào tạo nghề,người,at_least,year_end\n"
                                           "V5,Tỷ lệ hộ dùng nước sạch,%,at_least,level\n");
    dir.write(u"figures/units.csv"_s, "code,name,kind\nA1,Xã An Nhơn,commune\n");
    dir.write(u"figures/targets.csv"_s, "unit,indicator,year,target\n"
                                        "A1,V1,2021,2000\nA1,V2,2021,\nA1,V3,2021,15\nA1,V4,2021,300\n"
                                        "A1,V5,2021,95\n");
    dir.write(u"figures/reports.csv"_s, "unit,period,indicator,actual,baseline\n"
                                        "A1,2021-Y,V1,1250.5,\nA1,2021-Y,V2,0,\nA1,2021-Y,V3,100,\n"
                                        "A1,2021-Y,V4,320,\nA1,2021-Y,V5,90.25,\n"
                                        "A1,2021-H1,V1,2100,\n");
    const QString db = dir.path(u"figures.sqlite"_s);
    const QString problems = thidua::test::createFromFolder(db, dir.path(u"figures"_s));
    INFO(problems.toStdString());
    REQUIRE(problems.isEmpty());
    return db;
}

QString lineWith(const QString& text, const QString& start)
{
    for (const QString& line : text.split(u'\n')) {
        if (line.startsWith(start)) {
            return line;
        }
    }
    return {};
}

} // namespace

TEST_CASE("progress --format csv is the contract's columns, one unit with --unit", "[cli][progress]")
{
    const TempDir dir;
    const QString db = goldenDatabase(dir, u"vetoed_top"_s);
    const auto all = runCli({u"--db"_s, db, u"progress"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"csv"_s});
    REQUIRE(all.status == 0);
    CHECK(all.err.isEmpty());
    CHECK(all.outLines().size() == 7);
    CHECK(all.outLines().first() == u"unit,indicator,target,effective_target,actual,baseline,ratio,status"_s);

    const auto one =
        runCli({u"--db"_s, db, u"progress"_s, u"--period=2021-Y"_s, u"--unit"_s, u"U2"_s, u"--format"_s, u"csv"_s});
    REQUIRE(one.status == 0);
    CHECK(one.outLines() == QStringList{u"unit,indicator,target,effective_target,actual,baseline,ratio,status"_s,
                                        u"U2,I1,100,100,90,,0.9000,near"_s, u"U2,I2,,,0,,1.0000,met"_s});
}

TEST_CASE("progress --format json gives numbers as numbers and null where nothing is known", "[cli][progress]")
{
    const TempDir dir;
    const QString db = goldenDatabase(dir, u"vetoed_top"_s);
    const auto result = runCli({u"--db"_s, db, u"progress"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"json"_s});
    REQUIRE(result.status == 0);
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(root.value(u"period"_s).toString() == u"2021-Y"_s);
    const QJsonArray units = root.value(u"units"_s).toArray();
    REQUIRE(units.size() == 3);
    const QJsonObject first = units.at(0).toObject();
    CHECK(first.value(u"unit"_s).toString() == u"U1"_s);
    CHECK(first.value(u"name"_s).toString() == u"Xã Một"_s);
    const QJsonArray indicators = first.value(u"indicators"_s).toArray();
    REQUIRE(indicators.size() == 2);
    const QJsonObject i1 = indicators.at(0).toObject();
    CHECK(i1.value(u"indicator"_s).toString() == u"I1"_s);
    CHECK(i1.value(u"target"_s).toDouble() == 100);
    CHECK(i1.value(u"effective_target"_s).toDouble() == 100);
    CHECK(i1.value(u"actual"_s).toDouble() == 120);
    CHECK(i1.value(u"baseline"_s).isNull());
    CHECK(i1.value(u"ratio"_s).toDouble() == Approx(1.2));
    CHECK(i1.value(u"status"_s).toString() == u"met"_s);
    const QJsonObject i2 = indicators.at(1).toObject();
    CHECK(i2.value(u"target"_s).isNull()); // zero_events takes no target value
    CHECK(i2.value(u"ratio"_s).toDouble() == 0);
    CHECK(i2.value(u"status"_s).toString() == u"not_met"_s);
}

TEST_CASE("progress text shows Vietnamese figures and each status in words and as a symbol", "[cli][progress]")
{
    const TempDir dir;
    const QString db = figuresDatabase(dir);
    const auto year = runCli({u"--db"_s, db, u"progress"_s, u"--period"_s, u"2021-Y"_s});
    REQUIRE(year.status == 0);
    INFO(year.out.toStdString());
    CHECK(year.out.startsWith(u"Progress towards the targets: Year-end review 2021 (2021-Y)\n"_s));
    CHECK(year.out.contains(u"A1 – Xã An Nhơn"_s));
    const QString v1 = lineWith(year.out, u"V1 "_s);
    CHECK(v1.contains(u"2.000"_s));
    CHECK(v1.contains(u"1.250,5"_s));
    CHECK(v1.contains(u"62,5%"_s));
    CHECK(v1.endsWith(u"✘ not met"_s));
    CHECK(lineWith(year.out, u"V2 "_s).endsWith(u"✔ met"_s));
    CHECK(lineWith(year.out, u"V3 "_s).endsWith(u"? no data"_s));
    CHECK(lineWith(year.out, u"V5 "_s).contains(u"90,25"_s));
    CHECK(lineWith(year.out, u"V5 "_s).endsWith(u"≈ nearly met"_s));

    const auto half = runCli({u"--db"_s, db, u"progress"_s, u"--period"_s, u"2021-H1"_s, u"--unit"_s, u"A1"_s});
    REQUIRE(half.status == 0);
    CHECK(lineWith(half.out, u"V4 "_s).endsWith(u"– not applicable"_s));
    CHECK(lineWith(half.out, u"V1 "_s).contains(u"105%"_s));
    // Columns line up: every row of the table is as wide as its header up to the status column.
    const QStringList lines = year.out.split(u'\n');
    const qsizetype statusColumn = lines.at(2).indexOf(u"Status"_s);
    CHECK(lineWith(year.out, u"V1 "_s).indexOf(u"✘"_s) == statusColumn);
    CHECK(lineWith(year.out, u"V3 "_s).indexOf(u"?"_s) == statusColumn);
}

TEST_CASE("progress refuses a missing or unknown period, unit or format with status 2", "[cli][progress]")
{
    const TempDir dir;
    const QString db = goldenDatabase(dir, u"vetoed_top"_s);
    struct Case
    {
        QStringList args;
        QString named;
    };
    const std::vector<Case> cases = {
        {{u"progress"_s}, u"--period"_s},
        {{u"progress"_s, u"--period"_s, u"2021-Q3"_s}, u"'2021-Q3'"_s},
        {{u"progress"_s, u"--period"_s, u"2022-Y"_s}, u"2022-Y"_s},
        {{u"progress"_s, u"--period"_s, u"2022-H1"_s}, u"2022-H1"_s},
        {{u"progress"_s, u"--period"_s, u"2021-Y"_s, u"--unit"_s, u"ZZ"_s}, u"'ZZ'"_s},
        {{u"progress"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"xml"_s}, u"'xml'"_s},
        {{u"progress"_s, u"--period"_s, u"2021-Y"_s, u"U1"_s}, u"'U1'"_s},
    };
    for (const Case& c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const auto result = runCli(QStringList{u"--db"_s, db} + c.args);
        CHECK(result.status == 2);
        CHECK(result.out.isEmpty());
        CHECK(result.err.startsWith(u"thidua-cli progress: "_s));
        CHECK(result.err.contains(c.named));
        CHECK(result.err.count(u'\n') == 1);
    }

    const QString missing = dir.path(u"missing.sqlite"_s);
    const auto noDb = runCli({u"--db"_s, missing, u"progress"_s, u"--period"_s, u"2021-Y"_s});
    CHECK(noDb.status == 1);
    CHECK(thidua::test::sqliteFilesPresent(missing).isEmpty());
}
