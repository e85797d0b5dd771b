#include "DistrictSummary.h"

#include <map>
#include <string_view>

namespace thidua {
namespace {

void count(StatusCounts& counts, Status status)
{
    switch (status) {
    case Status::Met:
        ++counts.met;
        break;
    case Status::Near:
        ++counts.near;
        break;
    case Status::NotMet:
        ++counts.notMet;
        break;
    case Status::NoData:
        ++counts.noData;
        break;
    case Status::NotApplicable:
        break;
    }
}

} // namespace

DistrictSummary summarizeDistrict(const std::vector<Heading>& headings, const std::vector<Indicator>& indicators,
                                  const std::vector<Achievement>& achievements)
{
    DistrictSummary summary;
    summary.headings.reserve(headings.size());
    std::map<std::string_view, std::size_t> headingIndex;
    for (const Heading& heading : headings) {
        headingIndex.emplace(heading.code, summary.headings.size());
        summary.headings.push_back({heading.code, {}});
    }
    std::map<std::string_view, const Indicator*> byCode;
    for (const Indicator& indicator : indicators) {
        byCode.emplace(indicator.code, &indicator);
    }

    for (const Achievement& achievement : achievements) {
        const auto found = byCode.find(achievement.indicatorCode);
        // A breakdown (KT05.1 under KT05) is part of its main indicator's figure, not a target of
        // its own in the review's count; an achievement the plan does not know is no target at all.
        if (found == byCode.end() || !found->second->parentCode.empty()) {
            continue;
        }
        count(summary.total, achievement.status);
        if (const auto heading = headingIndex.find(found->second->headingCode); heading != headingIndex.end()) {
            count(summary.headings[heading->second].counts, achievement.status);
        }
    }
    return summary;
}

} // namespace thidua
