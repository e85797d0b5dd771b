#include "DistrictView.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace thidua {
namespace {

// Units of measure whose figures add up from communes to the district: money and counts of people,
// households, places and events. Rates (%), percentage points, levels, yes/no, per-hectare values
// and "% of the quota" do not: a sum of 15 commune percentages means nothing.
constexpr std::array<std::string_view, 22> kAdditiveUnits = {
    "tỷ đồng",      "tỉ đồng",     "triệu đồng", "nghìn đồng", "ngàn đồng", "đồng",      "người", "lao động",
    "hộ",           "hộ gia đình", "xã",         "thôn",       "vụ",        "số vụ",     "lượt",  "lượt người",
    "doanh nghiệp", "hợp tác xã",  "công trình", "cơ sở",      "học sinh",  "đảng viên",
};

// Spreadsheets and people write "Tỷ đồng", "Đồng" or " người ": trims, and lowers ASCII letters
// and Đ, the only non-ASCII capital that can start one of the words above.
std::string normalizedUnit(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    text = text.substr(first, text.find_last_not_of(" \t") - first + 1);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (text.substr(i, 2) == "Đ") {
            out += "đ";
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

// The plan's positions ordered by indicator code, so that a unit's maps (ordered by code too) are
// matched against the plan in one joint pass.
using PlanPosition = std::pair<std::string_view, std::size_t>;

std::vector<PlanPosition> sortedPlan(const std::vector<Indicator>& plan)
{
    std::vector<PlanPosition> sorted;
    sorted.reserve(plan.size());
    for (std::size_t i = 0; i < plan.size(); ++i) {
        sorted.emplace_back(plan[i].code, i);
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// Calls visit(plan position, value) for each entry of `entries` (ordered by indicator code) whose
// indicator is in the plan.
template <typename Entries, typename Visit>
void forEachInPlan(const std::vector<PlanPosition>& plan, const Entries& entries, Visit visit)
{
    auto position = plan.begin();
    for (const auto& [code, value] : entries) {
        while (position != plan.end() && position->first < code) {
            ++position;
        }
        if (position == plan.end()) {
            return;
        }
        if (position->first == code) {
            visit(position->second, value);
        }
    }
}

bool countsInDistrictSum(const Unit& unit)
{
    return !unit.archived && (unit.kind == UnitKind::Commune || unit.kind == UnitKind::Town);
}

// An all_of indicator (QP04: accidents down on all three counts) has no figure of its own, so no
// commune "reported an actual" for it: a commune has reported it when its status says it has the data
// (every child it is assessed on was reported). Counting actuals printed "0/15 communes reported"
// beside children reported by nine.
void countAllOfReports(const CampaignData& data, const PeriodResults& results, std::vector<DistrictLine>& lines)
{
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (data.indicators[i].kind != IndicatorKind::AllOf) {
            continue;
        }
        lines[i].communesReporting = 0;
        for (const Unit& unit : data.units) {
            const auto own = results.achievements.find(unit.code);
            if (!countsInDistrictSum(unit) || own == results.achievements.end() || own->second.size() <= i ||
                own->second[i].indicatorCode != data.indicators[i].code) {
                continue;
            }
            const Status status = own->second[i].status;
            lines[i].communesReporting += status != Status::NoData && status != Status::NotApplicable ? 1 : 0;
        }
    }
}

} // namespace

bool isAdditive(const Indicator& indicator)
{
    if (indicator.kind != IndicatorKind::AtLeast) {
        return false;
    }
    const std::string unit = normalizedUnit(indicator.unitOfMeasure);
    return std::find(kAdditiveUnits.begin(), kAdditiveUnits.end(), unit) != kAdditiveUnits.end();
}

std::vector<DistrictLine> districtView(const CampaignData& data, const PeriodResults& results)
{
    const std::size_t size = data.indicators.size();
    std::vector<DistrictLine> lines(size);
    for (std::size_t i = 0; i < size; ++i) {
        lines[i].additive = isAdditive(data.indicators[i]);
        lines[i].district.indicatorCode = data.indicators[i].code;
    }
    const std::vector<PlanPosition> plan = sortedPlan(data.indicators);

    // assessUnit lists the whole plan in plan order.
    if (const auto district = results.achievements.find(kDistrictUnitCode); district != results.achievements.end()) {
        const std::vector<Achievement>& own = district->second;
        for (std::size_t i = 0; i < std::min(size, own.size()); ++i) {
            if (own[i].indicatorCode == lines[i].district.indicatorCode) {
                lines[i].district = own[i];
            }
        }
    }
    // A district figure reported without a target is still the district's figure: the view shows it
    // beside the communes' sum even though no ratio can be computed.
    if (const auto values = data.values.find(kDistrictUnitCode); values != data.values.end()) {
        forEachInPlan(plan, values->second, [&](std::size_t i, const Measurement& value) {
            Achievement& own = lines[i].district;
            if (!own.actual) {
                own.actual = value.actual;
                own.baseline = own.baseline ? own.baseline : value.baseline;
            }
        });
    }

    // One pass over each commune's targets and values, not one lookup per (commune, indicator): the
    // view is drawn on the dashboard, and a district may be large.
    std::vector<double> sums(size, 0.0);
    for (const Unit& unit : data.units) {
        if (!countsInDistrictSum(unit)) {
            continue;
        }
        if (const auto targets = data.targets.find(unit.code); targets != data.targets.end()) {
            forEachInPlan(plan, targets->second,
                          [&](std::size_t i, const std::optional<double>&) { ++lines[i].communesExpected; });
        }
        if (const auto values = data.values.find(unit.code); values != data.values.end()) {
            forEachInPlan(plan, values->second, [&](std::size_t i, const Measurement& value) {
                if (value.actual) {
                    ++lines[i].communesReporting;
                    sums[i] += *value.actual;
                }
            });
        }
    }
    for (std::size_t i = 0; i < size; ++i) {
        if (lines[i].additive && lines[i].communesReporting > 0) {
            lines[i].communeSum = sums[i];
        }
    }
    countAllOfReports(data, results, lines);
    return lines;
}

} // namespace thidua
