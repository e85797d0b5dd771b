// `plan` in its three formats, against the 2021 plan that `init` seeds (spec/plan-2021.md).
#include "CliRunner.h"
#include "support/TempDir.h"

#include "cli/TextTable.h"
#include "core/Csv.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <string>

using namespace Qt::StringLiterals;
using thidua::test::runCli;
using thidua::test::TempDir;

namespace {

QString seededDatabase(const TempDir& dir)
{
    const QString path = dir.path(u"plan.sqlite"_s);
    const auto init = runCli({u"--db"_s, path, u"init"_s});
    REQUIRE(init.status == 0);
    return path;
}

// The line of the text output that lists `code`, indentation and all.
QString textLineOf(const QStringList& lines, const QString& code)
{
    for (const QString& line : lines) {
        if (line.trimmed().startsWith(code + u' ')) {
            return line;
        }
    }
    return {};
}

} // namespace

TEST_CASE("plan --format csv lists the 32 indicators with the district's targets", "[cli][plan]")
{
    const TempDir dir;
    const auto result = runCli({u"--db"_s, seededDatabase(dir), u"plan"_s, u"--format"_s, u"csv"_s});
    REQUIRE(result.status == 0);
    CHECK(result.err.isEmpty());

    const QStringList lines = result.outLines();
    REQUIRE(lines.size() == 33);
    CHECK(lines.first() == u"code,parent,name,unit,kind,period_basis,target"_s);
    // A name holding the delimiter is quoted, as RFC 4180 wants.
    CHECK(lines.contains(u"KT01.1,KT01,\"Nông, lâm, thủy sản\",%,at_least,level,3.5"_s));

    // Read back with the importer's own parser: what the CLI writes, the app can read.
    const thidua::CsvTable table = thidua::parseCsv(result.out.toStdString());
    REQUIRE(table.records.size() == 32);
    std::map<std::string, std::vector<std::string>> rows;
    for (const auto& record : table.records) {
        REQUIRE(record.fields.size() == 7);
        rows[record.fields[0]] = record.fields;
    }
    CHECK(table.records.front().fields[0] == "KT01");
    CHECK(table.records.back().fields[0] == "QP06");
    CHECK(rows.at("KT04")[6] == "242.47");
    CHECK(rows.at("KT04")[5] == "cumulative");
    CHECK(rows.at("XH11")[6] == "2000");
    CHECK(rows.at("XH04")[6] == "0.07");
    CHECK(rows.at("QP03")[6].empty());
    CHECK(rows.at("QP03")[4] == "not_above_baseline");
    CHECK(rows.at("KT01.1")[1] == "KT01");
    CHECK(rows.at("KT05.2")[1] == "KT05.1");
    CHECK(rows.at("KT01")[1].empty());
    CHECK(rows.at("KT02")[3] == "triệu đồng/ha");
}

TEST_CASE("plan --format json holds the same indicators as numbers and nulls", "[cli][plan]")
{
    const TempDir dir;
    const auto result = runCli({u"--db"_s, seededDatabase(dir), u"plan"_s, u"--format=json"_s});
    REQUIRE(result.status == 0);

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = document.object();
    CHECK(root.value(u"year"_s).toInt() == 2021);
    const QJsonArray indicators = root.value(u"indicators"_s).toArray();
    REQUIRE(indicators.size() == 32);

    std::map<QString, QJsonObject> byCode;
    for (const QJsonValue& value : indicators) {
        byCode[value.toObject().value(u"code"_s).toString()] = value.toObject();
    }
    CHECK(indicators.first().toObject().value(u"code"_s).toString() == u"KT01"_s);
    CHECK(byCode.at(u"KT04"_s).value(u"target"_s).isDouble());
    CHECK(byCode.at(u"KT04"_s).value(u"target"_s).toDouble() == Approx(242.47));
    CHECK(byCode.at(u"XH11"_s).value(u"target"_s).toDouble() == 2000);
    CHECK(byCode.at(u"QP03"_s).value(u"target"_s).isNull());
    CHECK(byCode.at(u"KT01"_s).value(u"parent"_s).isNull());
    CHECK(byCode.at(u"KT01.1"_s).value(u"parent"_s).toString() == u"KT01"_s);
    CHECK(byCode.at(u"KT01.1"_s).value(u"name"_s).toString() == u"Nông, lâm, thủy sản"_s);
    CHECK(byCode.at(u"QP04"_s).value(u"kind"_s).toString() == u"all_of"_s);
    CHECK(byCode.at(u"QP06"_s).value(u"period_basis"_s).toString() == u"year_end"_s);
}

TEST_CASE("plan as text is for people: Vietnamese numbers under headings in aligned columns", "[cli][plan]")
{
    const TempDir dir;
    const auto result = runCli({u"--db"_s, seededDatabase(dir), u"plan"_s});
    REQUIRE(result.status == 0);
    const QStringList lines = result.outLines();

    CHECK(result.out.contains(u"Tổ chức phong trào thi đua yêu nước năm 2021"_s));
    CHECK(result.out.contains(u"Các chỉ tiêu kinh tế"_s));
    CHECK(result.out.contains(u"Các chỉ tiêu xã hội và môi trường"_s));

    const QString kt04 = textLineOf(lines, u"KT04"_s);
    const QString xh11 = textLineOf(lines, u"XH11"_s);
    const QString kt011 = textLineOf(lines, u"KT01.1"_s);
    REQUIRE(!kt04.isEmpty());
    REQUIRE(!xh11.isEmpty());
    REQUIRE(!kt011.isEmpty());
    CHECK(kt04.contains(u"242,47"_s));
    CHECK(kt04.contains(u"Tổng vốn đầu tư phát triển trên địa bàn"_s));
    CHECK(xh11.contains(u" 2.000 "_s));
    CHECK(textLineOf(lines, u"KT01"_s).contains(u"13,2"_s));
    CHECK(kt011.contains(u"Nông, lâm, thủy sản"_s));

    // A child sits indented under its parent.
    CHECK(kt011.startsWith(u"  KT01.1"_s));
    CHECK(textLineOf(lines, u"KT05.2"_s).startsWith(u"    KT05.2"_s));

    // Targets are right-aligned in one column as the eye sees it, whatever the bytes of the
    // Vietnamese names before them.
    const auto endOfTarget = [](const QString& line, const QString& target) {
        return thidua::cli::displayWidth(line.left(line.indexOf(target) + target.size()));
    };
    CHECK(endOfTarget(kt04, u"242,47"_s) == endOfTarget(xh11, u"2.000"_s));
    CHECK(endOfTarget(kt04, u"242,47"_s) == endOfTarget(kt011, u"3,5"_s));
}

TEST_CASE("plan --year picks a year the database holds and refuses one it does not", "[cli][plan]")
{
    const TempDir dir;
    const QString path = seededDatabase(dir);

    const auto known = runCli({u"--db"_s, path, u"plan"_s, u"--year"_s, u"2021"_s, u"--format"_s, u"csv"_s});
    CHECK(known.status == 0);
    CHECK(known.outLines().size() == 33);

    const auto unknown = runCli({u"--db"_s, path, u"plan"_s, u"--year"_s, u"2030"_s});
    CHECK(unknown.status == 2);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(u"2030"_s));
    CHECK(unknown.err.contains(u"2021"_s));

    const auto notAYear = runCli({u"--db"_s, path, u"plan"_s, u"--year"_s, u"next"_s});
    CHECK(notAYear.status == 2);
    CHECK(notAYear.err.contains(u"'next'"_s));
}

TEST_CASE("the database option may also follow the command", "[cli][plan]")
{
    const TempDir dir;
    const auto result = runCli({u"plan"_s, u"--format"_s, u"csv"_s, u"--db"_s, seededDatabase(dir)});
    CHECK(result.status == 0);
    CHECK(result.outLines().size() == 33);
}

TEST_CASE("displayWidth counts what the eye sees", "[cli][text]")
{
    using thidua::cli::displayWidth;
    CHECK(displayWidth(u"Tổng"_s) == 4);
    CHECK(u"Tổng"_s.toUtf8().size() == 6);
    // The same word with its marks as combining characters (NFD) is as wide as the precomposed one.
    CHECK(displayWidth(u"Tổng"_s.normalized(QString::NormalizationForm_D)) == 4);
    CHECK(displayWidth(QString()) == 0);
}
