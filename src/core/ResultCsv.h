// The csv outputs of spec/interchange.md, a contract other programs rely on: `.` decimal point, no
// thousands separator, stable columns and row order. thidua-cli prints them and the golden tests
// compare against them, so both say the same thing.
#pragma once

#include "Campaign.h"

#include <string>

namespace thidua {

// unit,indicator,target,effective_target,actual,baseline,ratio,status — rows by unit code, then
// indicator in plan order; ratio to 4 decimals; only (unit, indicator) pairs with a target.
std::string progressCsv(const CampaignData& data, const PeriodResults& results, const std::string& unitCode = {});

// group,rank,unit,total,eligible,proposal,title — rows by group code, rank, unit code; total to 2
// decimals; eligible 1/0; proposal leader, leader_tie or empty.
std::string rankCsv(const PeriodResults& results, const std::string& groupCode = {});

} // namespace thidua
