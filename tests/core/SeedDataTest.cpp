// The seed of the 2021 plan (resources/seed/2021) read with the core's own CSV and number parsers:
// the files hold exactly the columns the loader expects, and every code one file names exists in
// the file that defines it. Figures are checked against the plan in docs/seed-data.md, not here.
#include "core/Csv.h"
#include "core/NumberFormat.h"
#include "core/Vocabulary.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace thidua;

namespace {

using Row = std::map<std::string, std::string>;

// The rows of one seed file, keyed by column name; checks the header against `columns` first.
std::vector<Row> readSeed(const std::string& file, const std::vector<std::string>& columns)
{
    INFO(file);
    std::ifstream in(std::string(THIDUA_SEED_DIR) + "/" + file, std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string content = text.str();
    // Written for the loader as plain UTF-8: a byte-order mark would only be tolerated, not wanted.
    CHECK(content.rfind("\xEF\xBB\xBF", 0) == std::string::npos);
    const CsvTable table = parseCsv(content);
    CHECK(table.delimiter == ',');
    REQUIRE(table.header.fields == columns);
    std::vector<Row> rows;
    for (const auto& record : table.records) {
        INFO("line " << record.line);
        REQUIRE(record.fields.size() == columns.size());
        Row row;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            row[columns[i]] = record.fields[i];
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// Seed numbers are for programs: a decimal point, never a comma.
std::optional<double> number(const std::string& text)
{
    if (text.empty()) {
        return std::nullopt;
    }
    const ParsedNumber parsed = parseNumber(text, false);
    INFO("number '" << text << "': " << parsed.error);
    REQUIRE(parsed.value.has_value());
    return parsed.value;
}

std::vector<std::string> splitMembers(const std::string& text)
{
    std::vector<std::string> members;
    std::istringstream in(text);
    for (std::string code; std::getline(in, code, '|');) {
        members.push_back(code);
    }
    return members;
}

std::set<std::string> codesOf(const std::vector<Row>& rows, const std::string& column = "code")
{
    std::set<std::string> codes;
    for (const auto& row : rows) {
        CHECK(codes.insert(row.at(column)).second);
    }
    return codes;
}

const std::vector<std::string> kIndicatorColumns{"code",           "parent",  "name",    "unit", "kind", "period_basis",
                                                 "mid_year_share", "members", "heading", "min",  "max"};
const std::vector<std::string> kUnitColumns{"code", "name", "kind", "group"};

} // namespace

TEST_CASE("seed: the plan's 32 indicators, each under an existing heading and parent", "[seed]")
{
    const auto headings = codesOf(readSeed("headings.csv", {"code", "name"}));
    CHECK(headings == std::set<std::string>{"KT", "XH", "QP"});
    const auto units = codesOf(readSeed("units.csv", kUnitColumns));
    const auto indicators = readSeed("indicators.csv", kIndicatorColumns);
    REQUIRE(indicators.size() == 32);

    std::set<std::string> earlier;
    for (const auto& row : indicators) {
        INFO(row.at("code"));
        CHECK(earlier.insert(row.at("code")).second);
        // Plan order puts a parent before its children, so the loader can insert in file order.
        CHECK((row.at("parent").empty() || earlier.count(row.at("parent")) == 1));
        CHECK(headings.count(row.at("heading")) == 1);
        CHECK(row.at("code").rfind(row.at("heading"), 0) == 0);
        const auto kind = indicatorKindFromCode(row.at("kind"));
        REQUIRE(kind.has_value());
        CHECK(periodBasisFromCode(row.at("period_basis")).has_value());
        CHECK(row.at("mid_year_share").empty());
        const auto members = splitMembers(row.at("members"));
        CHECK((*kind == IndicatorKind::NamedSet) == !members.empty());
        for (const auto& member : members) {
            CHECK(units.count(member) == 1);
        }
        const auto min = number(row.at("min"));
        const auto max = number(row.at("max"));
        if (min && max) {
            CHECK(*min <= *max);
        }
        if (*kind == IndicatorKind::Boolean) {
            CHECK((min == 0.0 && max == 1.0));
        }
        if (*kind == IndicatorKind::NamedSet) {
            CHECK((min == 0.0 && max == static_cast<double>(members.size())));
        }
        if (*kind == IndicatorKind::AllOf) {
            CHECK((!min && !max)); // its status comes from its children: nothing is reported on it
        }
    }
}

TEST_CASE("seed: one district target per indicator, inside the indicator's range", "[seed]")
{
    const auto indicators = readSeed("indicators.csv", kIndicatorColumns);
    const auto targets = readSeed("targets.csv", {"unit", "indicator", "year", "target"});
    REQUIRE(targets.size() == indicators.size());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const auto& target = targets[i];
        const auto& indicator = indicators[i];
        INFO(indicator.at("code"));
        CHECK(target.at("unit") == "HUYEN");
        CHECK(target.at("year") == "2021");
        CHECK(target.at("indicator") == indicator.at("code"));
        const auto kind = *indicatorKindFromCode(indicator.at("kind"));
        const auto value = number(target.at("target"));
        if (takesTargetValue(kind)) {
            REQUIRE(value.has_value());
            const auto min = number(indicator.at("min"));
            const auto max = number(indicator.at("max"));
            CHECK((!min || *value >= *min));
            CHECK((!max || *value <= *max));
        } else if (kind == IndicatorKind::ZeroEvents) {
            CHECK((!value || *value == 0)); // the plan writes 0 hot spots; the value is ignored
        } else {
            CHECK_FALSE(value.has_value());
        }
    }
}

TEST_CASE("seed: units and groups point at each other", "[seed]")
{
    const auto groups = readSeed("groups.csv", {"code", "name", "kind", "scheme"});
    const auto groupCodes = codesOf(groups);
    const auto units = readSeed("units.csv", kUnitColumns);
    codesOf(units);
    std::map<std::string, int> members;
    for (const auto& unit : units) {
        INFO(unit.at("code"));
        CHECK(unitKindFromCode(unit.at("kind")).has_value());
        // The district reports district-wide figures and is never ranked: it belongs to no group.
        CHECK((unit.at("code") == "HUYEN") == unit.at("group").empty());
        if (!unit.at("group").empty()) {
            CHECK(groupCodes.count(unit.at("group")) == 1);
            ++members[unit.at("group")];
        }
    }
    CHECK(members == std::map<std::string, int>{{"CUM_XA", 15}, {"KHOI_PHONG", 12}});
    for (const auto& group : groups) {
        CHECK(groupKindFromCode(group.at("kind")).has_value());
    }
}

TEST_CASE("seed: each group's scheme has 100 points of valid criteria and two title bands", "[seed]")
{
    const auto indicators = codesOf(readSeed("indicators.csv", kIndicatorColumns));
    const auto groups = readSeed("groups.csv", {"code", "name", "kind", "scheme"});
    const auto criteria =
        readSeed("schemes.csv", {"scheme", "criterion", "heading", "name", "max", "indicator", "method", "bonus_rate",
                                 "excess_cap", "bands", "veto", "scheme_name", "scale", "bonus_cap", "flag_threshold"});
    const auto titles = readSeed("title_bands.csv", {"scheme", "min_share", "title"});

    std::map<std::string, double> totals;
    std::map<std::string, std::set<std::string>> codes;
    for (const auto& row : criteria) {
        INFO(row.at("scheme") << " " << row.at("criterion"));
        const bool first = totals.count(row.at("scheme")) == 0;
        // Scheme-level columns are filled once, on the scheme's first row.
        CHECK(first == !row.at("scheme_name").empty());
        totals[row.at("scheme")] += *number(row.at("max"));
        CHECK(codes[row.at("scheme")].insert(row.at("criterion")).second);
        CHECK_FALSE(row.at("heading").empty());
        const bool manual = row.at("indicator").empty();
        CHECK((manual || indicators.count(row.at("indicator")) == 1));
        CHECK(manual == row.at("method").empty());
        if (!manual) {
            const auto method = scoringMethodFromCode(row.at("method"));
            REQUIRE(method.has_value());
            CHECK((*method == ScoringMethod::Banded) == !row.at("bands").empty());
        }
        CHECK((row.at("veto").empty() || row.at("veto") == "0" || row.at("veto") == "1"));
    }
    for (const auto& group : groups) {
        INFO(group.at("code"));
        REQUIRE(totals.count(group.at("scheme")) == 1);
        CHECK(totals.at(group.at("scheme")) == Approx(100));
        std::vector<double> shares;
        for (const auto& title : titles) {
            if (title.at("scheme") == group.at("scheme")) {
                shares.push_back(*number(title.at("min_share")));
            }
        }
        CHECK(shares == std::vector<double>{0.9, 0.7});
    }
}

TEST_CASE("seed: phases, periods and the published results fit together", "[seed]")
{
    const auto phases = readSeed("phases.csv", {"code", "year", "name", "starts_on", "ends_on", "salutes"});
    const auto periods = readSeed("periods.csv", {"code", "phase", "name", "starts_on", "ends_on", "deadline"});
    const auto phaseCodes = codesOf(phases);
    for (const auto& phase : phases) {
        CHECK(phase.at("starts_on") < phase.at("ends_on"));
        CHECK_FALSE(splitMembers(phase.at("salutes")).empty());
    }
    for (const auto& period : periods) {
        CHECK(phaseCodes.count(period.at("phase")) == 1);
        CHECK(period.at("starts_on") < period.at("ends_on"));
    }
    const auto periodCodes = codesOf(periods);
    CHECK(periodCodes == std::set<std::string>{"2021-H1", "2021-Y"});

    const auto units = codesOf(readSeed("units.csv", kUnitColumns));
    const auto indicators = codesOf(readSeed("indicators.csv", kIndicatorColumns));
    const auto reports =
        readSeed("reports.csv", {"unit", "period", "indicator", "actual", "baseline", "note", "members"});
    REQUIRE(reports.size() == 3);
    for (const auto& report : reports) {
        INFO(report.at("indicator"));
        CHECK(units.count(report.at("unit")) == 1);
        CHECK(periodCodes.count(report.at("period")) == 1);
        CHECK(indicators.count(report.at("indicator")) == 1);
        CHECK(number(report.at("actual")).has_value());
        CHECK_FALSE(report.at("note").empty());
        for (const auto& member : splitMembers(report.at("members"))) {
            CHECK(units.count(member) == 1);
        }
    }
    const auto plan = readSeed("plan.csv", {"year", "title", "document_number", "issued_on", "issuer"});
    REQUIRE(plan.size() == 1);
    CHECK(plan.front().at("year") == "2021");
}
