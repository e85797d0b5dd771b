// The demo database (tests/fixtures/tay-son-2021-demo) that the dashboards are tested and shown on:
// every fixture file imports, and the figures tell the story its README promises — otherwise the
// dashboard tests would test nothing and the screenshots would show an empty district.
#include "DemoDatabase.h"
#include "core/Campaign.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace thidua;

namespace {

int countReports(const std::vector<storage::ReportProgress>& progress, ReportStatus status)
{
    return static_cast<int>(std::count_if(progress.begin(), progress.end(), [&](const storage::ReportProgress& p) {
        return p.report && p.report->status == status;
    }));
}

} // namespace

TEST_CASE("The demo database holds the story its README tells", "[demo]")
{
    const test::TempDir dir;
    const QString path = dir.path(u"demo.sqlite"_s);
    demo::createDemoDatabase(path);
    const auto db = storage::Database::open(path, storage::Access::ReadOnly);

    SECTION("year-end: the district and nine of fifteen communes reported, two of them late")
    {
        const auto progress = storage::ReportRepository(*db).completeness("2021-Y");
        CHECK(progress.size() == 16); // the district, the town and fourteen communes
        CHECK(countReports(progress, ReportStatus::Approved) == 5);
        CHECK(countReports(progress, ReportStatus::Submitted) == 5);
        const auto late = std::count_if(progress.begin(), progress.end(), [](const storage::ReportProgress& p) {
            return p.report && p.report->onTime == false;
        });
        CHECK(late == 2);
    }

    SECTION("Bình Thành leads the cluster; Tây Giang's hot spot makes it ineligible")
    {
        const PeriodResults results = computePeriod(storage::CampaignRepository(*db).load("2021-Y"));
        const auto cluster = std::find_if(results.rankings.begin(), results.rankings.end(),
                                          [](const GroupRanking& r) { return r.groupCode == "CUM_XA"; });
        REQUIRE(cluster != results.rankings.end());
        REQUIRE(cluster->units.size() == 15);
        CHECK(cluster->units.front().score.unitCode == "BINH_THANH");
        CHECK(cluster->units.front().proposal == Proposal::Leader);
        const auto giang = std::find_if(cluster->units.begin(), cluster->units.end(),
                                        [](const RankedUnit& u) { return u.score.unitCode == "TAY_GIANG"; });
        REQUIRE(giang != cluster->units.end());
        CHECK_FALSE(giang->score.eligible);
        CHECK(giang->score.vetoedBy == std::vector<std::string>{"C10"});
    }

    SECTION("the block has a tie at the second rank")
    {
        const PeriodResults results = computePeriod(storage::CampaignRepository(*db).load("2021-Y"));
        const auto block = std::find_if(results.rankings.begin(), results.rankings.end(),
                                        [](const GroupRanking& r) { return r.groupCode == "KHOI_PHONG"; });
        REQUIRE(block != results.rankings.end());
        REQUIRE(block->units.size() >= 3);
        CHECK(block->units[1].rank == 2);
        CHECK(block->units[2].rank == 2);
    }
}
