#include "DashboardData.h"

#include "gui/Periods.h"
#include "storage/CampaignRepository.h"
#include "storage/PlanRepository.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

#include <algorithm>

namespace thidua::gui {
namespace {

template <typename T>
const T* findByCode(const std::vector<T>& items, const std::string& code)
{
    const auto found = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.code == code; });
    return found == items.end() ? nullptr : &*found;
}

std::map<std::string, Achievement> districtAchievements(const CampaignData& campaign)
{
    std::map<std::string, Achievement> byCode;
    const PeriodResults results = computePeriod(campaign);
    if (const auto found = results.achievements.find(kDistrictUnitCode); found != results.achievements.end()) {
        for (const Achievement& achievement : found->second) {
            byCode.emplace(achievement.indicatorCode, achievement);
        }
    }
    return byCode;
}

} // namespace

const Indicator* DashboardData::indicator(const std::string& code) const
{
    return findByCode(campaign.indicators, code);
}

const Unit* DashboardData::unit(const std::string& code) const
{
    return findByCode(campaign.units, code);
}

const Group* DashboardData::group(const std::string& code) const
{
    return findByCode(campaign.groups, code);
}

const Scheme* DashboardData::scheme(const std::string& code) const
{
    return findByCode(campaign.schemes, code);
}

const std::vector<Achievement>* DashboardData::achievements(const std::string& unitCode) const
{
    const auto found = results.achievements.find(unitCode);
    return found == results.achievements.end() ? nullptr : &found->second;
}

const Achievement* DashboardData::achievement(const std::string& unitCode, const std::string& indicatorCode) const
{
    const std::vector<Achievement>* all = achievements(unitCode);
    if (all == nullptr) {
        return nullptr;
    }
    const auto found =
        std::find_if(all->begin(), all->end(), [&](const Achievement& a) { return a.indicatorCode == indicatorCode; });
    return found == all->end() ? nullptr : &*found;
}

DashboardData loadDashboard(storage::Database& database, const std::string& periodCode)
{
    const std::vector<Period> periods = readPeriods(database);
    const Period* period = findByCode(periods, periodCode);
    if (period == nullptr) {
        throw storage::StorageError(
            storage::StorageError::Kind::Invalid,
            QCoreApplication::translate("thidua::gui::DashboardData", "The plan has no reporting period %1.")
                .arg(QString::fromStdString(periodCode)));
    }
    DashboardData data;
    data.period = *period;
    data.headings = storage::PlanRepository(database).headings();
    const storage::CampaignRepository campaigns(database);
    data.campaign = campaigns.load(periodCode);
    data.results = computePeriod(data.campaign);
    data.district = districtView(data.campaign, data.results);
    data.completeness = storage::ReportRepository(database).completeness(periodCode);

    data.previous = previousPeriod(periods, periodCode);
    // The change column is a comfort, not the point: a previous period that cannot be read (a
    // damaged row, a period of a kind the core does not know) leaves it empty rather than hiding
    // the period asked for.
    if (data.previous) {
        try {
            data.previousDistrict = districtAchievements(campaigns.load(data.previous->code));
        } catch (const storage::StorageError&) {
            data.previousDistrict.clear();
        }
    }
    return data;
}

} // namespace thidua::gui
