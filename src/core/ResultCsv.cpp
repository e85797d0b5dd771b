#include "ResultCsv.h"

#include "Csv.h"
#include "NumberFormat.h"

#include <algorithm>
#include <optional>
#include <tuple>

namespace thidua {
namespace {

// Targets, actuals and baselines are written as entered, without trailing zeros. Six decimals keep
// every figure a plan or a spreadsheet holds (8.82, 242.47, 0.07) and hide the binary noise of a
// computed effective target (T × f) that a 15th significant digit would show.
constexpr int kValueDecimals = 6;
constexpr int kRatioDecimals = 4;
constexpr int kTotalDecimals = 2;

std::string value(const std::optional<double>& number)
{
    return number ? formatNumber(*number, kValueDecimals, NumberStyle::Plain) : std::string();
}

void appendRow(std::string& out, std::initializer_list<std::string_view> fields)
{
    bool first = true;
    for (const std::string_view field : fields) {
        if (!first) {
            out += ',';
        }
        out += csvField(field);
        first = false;
    }
    out += '\n';
}

} // namespace

std::string progressCsv(const CampaignData& data, const PeriodResults& results, const std::string& unitCode)
{
    std::string out;
    appendRow(out, {"unit", "indicator", "target", "effective_target", "actual", "baseline", "ratio", "status"});
    // results.achievements is keyed by unit code, so iterating it gives the rows' unit order; each
    // unit's achievements are in plan order (assessUnit).
    for (const auto& [unit, achievements] : results.achievements) {
        if (!unitCode.empty() && unit != unitCode) {
            continue;
        }
        const auto targets = data.targets.find(unit);
        if (targets == data.targets.end()) {
            continue;
        }
        for (const Achievement& achievement : achievements) {
            // Only pairs with a target: the others are n/a by definition and would flood the file
            // with the whole plan for every unit. A target whose period basis excludes the period
            // (year_end at H1) stays, with status n/a, so a reader sees why it has no ratio.
            if (!targets->second.contains(achievement.indicatorCode)) {
                continue;
            }
            const std::string ratio =
                achievement.ratio ? formatFixed(*achievement.ratio, kRatioDecimals, NumberStyle::Plain) : std::string();
            appendRow(out,
                      {unit, achievement.indicatorCode, value(achievement.target), value(achievement.effectiveTarget),
                       value(achievement.actual), value(achievement.baseline), ratio, toCode(achievement.status)});
        }
    }
    return out;
}

std::string rankCsv(const PeriodResults& results, const std::string& groupCode)
{
    struct Row
    {
        const std::string* group;
        const RankedUnit* unit;
    };
    std::vector<Row> rows;
    for (const GroupRanking& ranking : results.rankings) {
        if (!groupCode.empty() && ranking.groupCode != groupCode) {
            continue;
        }
        for (const RankedUnit& unit : ranking.units) {
            rows.push_back({&ranking.groupCode, &unit});
        }
    }
    // The order is part of the contract, so it is imposed here rather than trusted from the ranking.
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::tie(*a.group, a.unit->rank, a.unit->score.unitCode) <
               std::tie(*b.group, b.unit->rank, b.unit->score.unitCode);
    });

    std::string out;
    appendRow(out, {"group", "rank", "unit", "total", "eligible", "proposal", "title"});
    for (const Row& row : rows) {
        const UnitScore& score = row.unit->score;
        appendRow(out, {*row.group, std::to_string(row.unit->rank), score.unitCode,
                        formatFixed(score.total, kTotalDecimals, NumberStyle::Plain), score.eligible ? "1" : "0",
                        toCode(row.unit->proposal), row.unit->title});
    }
    return out;
}

} // namespace thidua
