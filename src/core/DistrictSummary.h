// The district's standing in the words of an annual review ("12/14 chỉ tiêu chủ yếu đạt và vượt kế
// hoạch"): how many of the plan's main indicators — the top-level ones, not their breakdowns — are
// met, near, not met or without data, overall and under each heading. Indicators that are n/a for
// the period (a year-end indicator at mid-year, no target) are not counted.
#pragma once

#include "Achievement.h"
#include "Plan.h"

#include <string>
#include <vector>

namespace thidua {

struct StatusCounts
{
    int met = 0;
    int near = 0;
    int notMet = 0;
    int noData = 0;
    int assessed() const { return met + near + notMet + noData; }
};

struct HeadingSummary
{
    std::string headingCode;
    StatusCounts counts;
};

struct DistrictSummary
{
    StatusCounts total;
    std::vector<HeadingSummary> headings; // in the order of `headings` given, every heading listed
};

// `achievements`: the district's achievements (any order); `indicators`: the plan.
DistrictSummary summarizeDistrict(const std::vector<Heading>& headings, const std::vector<Indicator>& indicators,
                                  const std::vector<Achievement>& achievements);

} // namespace thidua
