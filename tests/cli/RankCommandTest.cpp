// `rank --period P [--group CODE] [--format text|csv|json]`. The csv's figures are checked by the
// golden cases; here: --group, the json explanation, the text a person reads, and the refusals.
#include "CampaignFiles.h"
#include "CliRunner.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using thidua::test::goldenDatabase;
using thidua::test::runCli;
using thidua::test::TempDir;

namespace {

QString rankText(const QString& db)
{
    const auto result = runCli({u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-Y"_s});
    REQUIRE(result.status == 0);
    CHECK(result.err.isEmpty());
    return result.out;
}

// The rows of the text table: lines that start with a rank.
QStringList rankRows(const QString& text)
{
    QStringList rows;
    for (const QString& line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && trimmed.front().isDigit()) {
            rows.append(line);
        }
    }
    return rows;
}

} // namespace

TEST_CASE("rank --group keeps one group's rows of the csv", "[cli][rank]")
{
    const TempDir dir;
    const QString db = thidua::test::databaseFromFolder(
        dir, QStringLiteral(THIDUA_FIXTURES_DIR) + u"/small-district/comma"_s, u"district"_s);
    const auto block = runCli(
        {u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-Y"_s, u"--group"_s, u"KHOI1"_s, u"--format"_s, u"csv"_s});
    REQUIRE(block.status == 0);
    CHECK(block.outLines() == QStringList{u"group,rank,unit,total,eligible,proposal,title"_s,
                                          u"KHOI1,1,P_TCKH,95.00,1,leader,Tập thể lao động xuất sắc"_s,
                                          u"KHOI1,2,P_NV,94.50,1,,Tập thể lao động xuất sắc"_s});

    const auto json = runCli(
        {u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-Y"_s, u"--group"_s, u"KHOI1"_s, u"--format"_s, u"json"_s});
    const QJsonArray groups = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"groups"_s).toArray();
    REQUIRE(groups.size() == 1);
    CHECK(groups.at(0).toObject().value(u"kind"_s).toString() == u"block"_s);
}

TEST_CASE("rank --format json carries each unit's explanation", "[cli][rank]")
{
    const TempDir dir;
    const QString db = goldenDatabase(dir, u"vetoed_top"_s);
    const auto result = runCli({u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"json"_s});
    REQUIRE(result.status == 0);
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(root.value(u"period"_s).toString() == u"2021-Y"_s);
    const QJsonArray groups = root.value(u"groups"_s).toArray();
    REQUIRE(groups.size() == 1);
    const QJsonObject group = groups.at(0).toObject();
    CHECK(group.value(u"group"_s).toString() == u"G1"_s);
    CHECK(group.value(u"name"_s).toString() == u"Cụm thi đua số 1"_s);
    CHECK(group.value(u"scheme"_s).toString() == u"S1"_s);
    CHECK(group.value(u"scale"_s).toDouble() == 100);
    CHECK(group.value(u"bonus_cap"_s).toDouble() == 10);
    CHECK(group.value(u"flag_threshold"_s).toDouble() == 80);

    const QJsonArray units = group.value(u"units"_s).toArray();
    REQUIRE(units.size() == 3);
    const QJsonObject top = units.at(0).toObject();
    CHECK(top.value(u"unit"_s).toString() == u"U1"_s);
    CHECK(top.value(u"rank"_s).toInt() == 1);
    CHECK(top.value(u"total"_s).toDouble() == Approx(85));
    CHECK(top.value(u"base"_s).toDouble() == Approx(85));
    CHECK(top.value(u"eligible"_s).toBool() == false);
    CHECK(top.value(u"vetoed_by"_s).toArray() == QJsonArray{u"C2"_s});
    CHECK(top.value(u"proposal"_s).isNull());
    CHECK(top.value(u"title"_s).isNull());

    const QJsonArray criteria = top.value(u"criteria"_s).toArray();
    REQUIRE(criteria.size() == 3);
    const QJsonObject c1 = criteria.at(0).toObject();
    CHECK(c1.value(u"criterion"_s).toString() == u"C1"_s);
    CHECK(c1.value(u"status"_s).toString() == u"met"_s);
    CHECK(c1.value(u"ratio"_s).toDouble() == Approx(1.2));
    CHECK(c1.value(u"points"_s).toDouble() == Approx(55));
    CHECK(c1.value(u"bonus"_s).toDouble() == Approx(5));
    CHECK(c1.value(u"applicable"_s).toBool());
    CHECK(c1.value(u"level"_s).isNull());
    const QJsonObject c2 = criteria.at(1).toObject();
    CHECK(c2.value(u"veto"_s).toBool());
    CHECK(c2.value(u"veto_failed"_s).toBool());
    CHECK(c2.value(u"points"_s).toDouble() == 0);
    const QJsonObject c3 = criteria.at(2).toObject();
    CHECK(c3.value(u"manual"_s).toBool());
    CHECK(c3.value(u"level"_s).toString() == u"final"_s);
    CHECK(c3.value(u"status"_s).isNull());

    const QJsonObject leader = units.at(1).toObject();
    CHECK(leader.value(u"proposal"_s).toString() == u"leader"_s);
    CHECK(leader.value(u"title"_s).toString() == u"Tập thể lao động tiên tiến"_s);
    CHECK(leader.value(u"vetoed_by"_s).toArray().isEmpty());
}

TEST_CASE("rank --format json lists adjustments and the bonus as capped", "[cli][rank]")
{
    const TempDir dir;
    const QString db = goldenDatabase(dir, u"bonus_cap"_s);
    const auto result = runCli({u"--db"_s, db, u"rank"_s, u"--period"_s, u"2021-Y"_s, u"--format"_s, u"json"_s});
    REQUIRE(result.status == 0);
    const QJsonArray units = QJsonDocument::fromJson(result.out.toUtf8())
                                 .object()
                                 .value(u"groups"_s)
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"units"_s)
                                 .toArray();
    const QJsonObject u1 = units.at(1).toObject();
    CHECK(u1.value(u"unit"_s).toString() == u"U1"_s);
    CHECK(u1.value(u"bonus_items"_s).toDouble() == 13);
    CHECK(u1.value(u"bonus"_s).toDouble() == 10);
    CHECK(u1.value(u"adjustments"_s).toArray().size() == 2);
    CHECK(u1.value(u"adjustments"_s).toArray().at(0).toObject().value(u"type"_s).toString() == u"bonus"_s);
}

TEST_CASE("rank text groups units with names, totals, eligibility and proposals in words", "[cli][rank]")
{
    const TempDir dir;
    const QString vetoed = rankText(goldenDatabase(dir, u"vetoed_top"_s));
    INFO(vetoed.toStdString());
    CHECK(vetoed.startsWith(u"Emulation ranking: Year-end review 2021 (2021-Y)\n"_s));
    CHECK(vetoed.contains(u"\nG1 – Cụm thi đua số 1\n"_s));
    CHECK(vetoed.contains(u"Scheme S1: scale 100, bonus up to 10, leader from 80 points."_s));
    const QStringList rows = rankRows(vetoed);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).contains(u"Xã Một"_s));
    CHECK(rows.at(0).contains(u"85,00"_s));
    CHECK(rows.at(0).contains(u"✘ no, veto criterion C2 not met"_s));
    CHECK(rows.at(1).contains(u"✔ yes"_s));
    CHECK(rows.at(1).contains(u"leader"_s));
    CHECK(rows.at(1).endsWith(u"Tập thể lao động tiên tiến"_s));

    // People look for names: equal ranks in Vietnamese alphabetical order ("Xã Ba" before "Xã Hai"),
    // where the csv keeps unit codes (U2 before U3).
    const QStringList ties = rankRows(rankText(goldenDatabase(dir, u"ties"_s)));
    REQUIRE(ties.size() == 5);
    CHECK(ties.at(1).contains(u"Xã Ba"_s));
    CHECK(ties.at(2).contains(u"Xã Hai"_s));
    CHECK(ties.at(1).trimmed().startsWith(u"2 "_s));
    CHECK(ties.at(3).trimmed().startsWith(u"4 "_s));

    CHECK(rankText(goldenDatabase(dir, u"leader_tie"_s)).count(u"joint leader"_s) == 2);
    const QString below = rankText(goldenDatabase(dir, u"below_threshold"_s));
    CHECK(below.contains(u"No leader proposed: no eligible unit reaches 90 points."_s));
    CHECK(rankRows(below).at(0).contains(u"89,50"_s));
}

TEST_CASE("rank refuses a missing or unknown period or group with status 2", "[cli][rank]")
{
    const TempDir dir;
    const QString db = goldenDatabase(dir, u"ties"_s);
    struct Case
    {
        QStringList args;
        QString named;
    };
    const std::vector<Case> cases = {
        {{u"rank"_s}, u"--period"_s},
        {{u"rank"_s, u"--period"_s, u"Y-2021"_s}, u"'Y-2021'"_s},
        {{u"rank"_s, u"--period"_s, u"2020-Y"_s}, u"2020-Y"_s},
        {{u"rank"_s, u"--period"_s, u"2021-Y"_s, u"--group"_s, u"CUM_XA"_s}, u"'CUM_XA'"_s},
        {{u"rank"_s, u"--period"_s, u"2021-Y"_s, u"--unit"_s, u"U1"_s}, u"--unit"_s},
    };
    for (const Case& c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const auto result = runCli(QStringList{u"--db"_s, db} + c.args);
        CHECK(result.status == 2);
        CHECK(result.out.isEmpty());
        CHECK(result.err.startsWith(u"thidua-cli rank: "_s));
        CHECK(result.err.contains(c.named));
    }
}
