// Everything the dashboards show for one reporting period, read from the database and computed by
// the core in one go: the district's lines (with the communes' sums), every unit's achievements, the
// rankings with how each score was built, the district's figures of the period before (for the
// change column), and which reports arrived. Views and models only read it.
#pragma once

#include "core/Campaign.h"
#include "core/DistrictView.h"
#include "core/Plan.h"
#include "storage/ReportRepository.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

struct DashboardData
{
    Period period;
    std::vector<Heading> headings;      // the plan's sections, in order
    CampaignData campaign;              // as read: indicators, units, groups, schemes, targets, values…
    PeriodResults results;              // computePeriod(campaign)
    std::vector<DistrictLine> district; // districtView: one line per indicator, plan order

    std::optional<Period> previous; // the period before (Periods.h previousPeriod)
    // The district's (HUYEN) achievements in the previous period, by indicator code; empty when
    // there is no previous period.
    std::map<std::string, Achievement> previousDistrict;

    std::vector<storage::ReportProgress> completeness; // every unit expected to report

    const Indicator* indicator(const std::string& code) const;
    const Unit* unit(const std::string& code) const;
    const Group* group(const std::string& code) const;
    const Scheme* scheme(const std::string& code) const;
    // The unit's achievements in plan order, or nullptr when it has no target at all.
    const std::vector<Achievement>* achievements(const std::string& unitCode) const;
    // The achievement of one (unit, indicator), or nullptr.
    const Achievement* achievement(const std::string& unitCode, const std::string& indicatorCode) const;
};

// Reads and computes the period `periodCode`. Throws storage::StorageError (an unknown period is
// StorageError::Invalid).
DashboardData loadDashboard(storage::Database& database, const std::string& periodCode);

} // namespace thidua::gui
