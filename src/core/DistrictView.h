// The district's own figures beside the sum over its communes (spec/computation.md, "District
// view"), so that a gap between what the district reports and what its communes report shows.
#pragma once

#include "Campaign.h"

#include <optional>
#include <string>
#include <vector>

namespace thidua {

struct DistrictLine
{
    Achievement district;             // HUYEN's own achievement for the indicator
    bool additive = false;            // kind at_least with a unit of measure in money or counts
    std::optional<double> communeSum; // additive only: Σ actual over communes and town that reported
    // Filled on every line, additive or not: how many communes and the town reported an actual (all
    // of them count in the sum, with or without a target), and how many have a target.
    int communesReporting = 0;
    int communesExpected = 0; // communes and town with a target for the indicator
};

// Additive units of measure: money (tỷ đồng, triệu đồng, đồng) and counts (người, lao động, hộ, xã,
// vụ…). Rates, shares and per-hectare values are not additive.
bool isAdditive(const Indicator& indicator);

std::vector<DistrictLine> districtView(const CampaignData& data, const PeriodResults& results);

} // namespace thidua
