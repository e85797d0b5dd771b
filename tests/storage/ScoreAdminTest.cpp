// Clearing a manual score level, removing and changing adjustments, counting the scores a scheme's
// criteria hold, and renaming a criterion so that its scores follow it.
#include "storage/ScoreAdmin.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/ScoreRepository.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace thidua;
using storage::ScoreAdmin;
using storage::ScoreRepository;
using storage::StorageError;

namespace {

Scheme schemeNamed(const storage::PlanRepository& plan, const std::string& code)
{
    const auto schemes = plan.schemes();
    const auto found = std::find_if(schemes.begin(), schemes.end(), [&](const Scheme& s) { return s.code == code; });
    REQUIRE(found != schemes.end());
    return *found;
}

std::vector<std::string> reasonsOf(const ScoreRepository& scores, const std::string& unit)
{
    const auto items = scores.adjustments("2021-Y");
    std::vector<std::string> reasons;
    for (const Adjustment& item : items.at(unit)) {
        reasons.push_back(item.reason);
    }
    return reasons;
}

} // namespace

TEST_CASE("clearing one level of a manual score keeps the others", "[scores]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ScoreRepository scores(*db);
    ScoreAdmin admin(*db);
    scores.saveManualScore("BINH_THANH", "2021-Y", "C08", ScoreLevel::Self, 5);
    scores.saveManualScore("BINH_THANH", "2021-Y", "C08", ScoreLevel::Cluster, 4);

    admin.removeManualScore("BINH_THANH", "2021-Y", "C08", ScoreLevel::Cluster);
    const ManualPoints points = scores.manualPoints("2021-Y")["BINH_THANH"]["C08"];
    CHECK(points.self == 5);
    CHECK_FALSE(points.cluster);
    CHECK_FALSE(points.final);

    // Nothing at that level any more: still fine.
    admin.removeManualScore("BINH_THANH", "2021-Y", "C08", ScoreLevel::Cluster);
    CHECK_THROWS_AS(admin.removeManualScore("BINH_THANH", "2021-Y", "C99", ScoreLevel::Self), StorageError);
    CHECK_THROWS_AS(admin.removeManualScore("NOWHERE", "2021-Y", "C08", ScoreLevel::Self), StorageError);
}

TEST_CASE("an adjustment is removed by its type and reason", "[scores]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ScoreRepository scores(*db);
    ScoreAdmin admin(*db);
    scores.saveAdjustment("TAY_AN", "2021-Y", {AdjustmentType::Bonus, "Bằng khen của UBND tỉnh", 3});
    scores.saveAdjustment("TAY_AN", "2021-Y", {AdjustmentType::Deduction, "Báo cáo trễ hạn", 1});
    scores.saveAdjustment("TAY_AN", "2021-Y", {AdjustmentType::Bonus, "Báo cáo trễ hạn", 2});

    admin.removeAdjustment("TAY_AN", "2021-Y", AdjustmentType::Deduction, "Báo cáo trễ hạn");
    const auto items = scores.adjustments("2021-Y")["TAY_AN"];
    REQUIRE(items.size() == 2);
    CHECK(items[0].reason == "Bằng khen của UBND tỉnh");
    CHECK(items[1].type == AdjustmentType::Bonus);
    CHECK(items[1].reason == "Báo cáo trễ hạn");
    admin.removeAdjustment("TAY_AN", "2021-Y", AdjustmentType::Deduction, "Báo cáo trễ hạn");
    CHECK(scores.adjustments("2021-Y")["TAY_AN"].size() == 2);
}

TEST_CASE("an adjustment is changed in place, never onto another item", "[scores]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ScoreRepository scores(*db);
    ScoreAdmin admin(*db);
    const Adjustment first{AdjustmentType::Bonus, "Cờ thi đua của tỉnh", 2};
    const Adjustment second{AdjustmentType::Bonus, "Bằng khen", 1};
    scores.saveAdjustment("TAY_AN", "2021-Y", first);
    scores.saveAdjustment("TAY_AN", "2021-Y", second);

    admin.updateAdjustment("TAY_AN", "2021-Y", first, {AdjustmentType::Bonus, "Cờ thi đua của UBND tỉnh", 2.5});
    CHECK(reasonsOf(scores, "TAY_AN") == std::vector<std::string>{"Cờ thi đua của UBND tỉnh", "Bằng khen"});
    CHECK(scores.adjustments("2021-Y")["TAY_AN"][0].points == 2.5);

    // The same reason under the other type is another item, so that is allowed.
    admin.updateAdjustment("TAY_AN", "2021-Y", second, {AdjustmentType::Deduction, "Bằng khen", 1});
    CHECK(scores.adjustments("2021-Y")["TAY_AN"][1].type == AdjustmentType::Deduction);

    const Adjustment renamed{AdjustmentType::Bonus, "Cờ thi đua của UBND tỉnh", 2.5};
    scores.saveAdjustment("TAY_AN", "2021-Y", {AdjustmentType::Bonus, "Bằng khen", 1});
    CHECK_THROWS_AS(admin.updateAdjustment("TAY_AN", "2021-Y", renamed, {AdjustmentType::Bonus, "Bằng khen", 1}),
                    StorageError);
    CHECK_THROWS_AS(admin.updateAdjustment("TAY_AN", "2021-Y", renamed, {AdjustmentType::Bonus, "  ", 1}),
                    StorageError);
    CHECK_THROWS_AS(admin.updateAdjustment("TAY_AN", "2021-Y", renamed, {AdjustmentType::Bonus, "x", -1}),
                    StorageError);
    CHECK_THROWS_AS(admin.updateAdjustment("TAY_AN", "2021-Y", {AdjustmentType::Bonus, "không có", 1}, renamed),
                    StorageError);
    // Refusals changed nothing.
    CHECK(reasonsOf(scores, "TAY_AN") ==
          std::vector<std::string>{"Cờ thi đua của UBND tỉnh", "Bằng khen", "Bằng khen"});
    CHECK(scores.adjustments("2021-Y")["TAY_AN"][0].points == 2.5);
}

TEST_CASE("scores are counted per criterion of one scheme", "[scores]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ScoreRepository scores(*db);
    // C01 is a criterion of both schemes: the block's C01 here.
    scores.saveManualScore("P_NOI_VU", "2021-Y", "C01", ScoreLevel::Self, 28);
    scores.saveManualScore("P_NOI_VU", "2021-H1", "C01", ScoreLevel::Final, 27);
    scores.saveManualScore("P_TU_PHAP", "2021-Y", "C02", ScoreLevel::Self, 9);
    scores.saveManualScore("BINH_THANH", "2021-Y", "C08", ScoreLevel::Self, 5);

    const ScoreAdmin admin(*db);
    CHECK(admin.manualScoreCounts("TC_KHOI_PHONG") == std::map<std::string, int>{{"C01", 2}, {"C02", 1}});
    CHECK(admin.manualScoreCounts("TC_CUM_XA") == std::map<std::string, int>{{"C08", 1}});
    CHECK(admin.manualScoreCounts("NO_SUCH_SCHEME").empty());
}

TEST_CASE("a renamed criterion keeps its scores through saveScheme", "[scores]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ScoreRepository scores(*db);
    storage::PlanRepository plan(*db);
    ScoreAdmin admin(*db);
    scores.saveManualScore("BINH_THANH", "2021-Y", "C08", ScoreLevel::Cluster, 4.5);

    Scheme scheme = schemeNamed(plan, "TC_CUM_XA");
    for (Criterion& criterion : scheme.criteria) {
        if (criterion.code == "C08") {
            criterion.code = "C08A";
        }
    }
    db->transaction([&] {
        admin.renameCriterion("TC_CUM_XA", "C08", "C08A");
        plan.saveScheme(scheme);
    });
    const auto entered = scores.manualPoints("2021-Y")["BINH_THANH"];
    REQUIRE(entered.count("C08A") == 1);
    CHECK(entered.at("C08A").cluster == 4.5);
    CHECK(entered.count("C08") == 0);
    CHECK(schemeNamed(plan, "TC_CUM_XA").criteria.size() == 18);

    // Onto a code the scheme has, from a code it lacks, to no code, in no scheme: refused.
    CHECK_THROWS_AS(admin.renameCriterion("TC_CUM_XA", "C08A", "C09"), StorageError);
    CHECK_THROWS_AS(admin.renameCriterion("TC_CUM_XA", "C08", "C08B"), StorageError);
    CHECK_THROWS_AS(admin.renameCriterion("TC_CUM_XA", "C08A", ""), StorageError);
    CHECK_THROWS_AS(admin.renameCriterion("NO_SUCH", "C01", "C01B"), StorageError);
    admin.renameCriterion("TC_CUM_XA", "C08A", "C08A");
    CHECK(admin.manualScoreCounts("TC_CUM_XA") == std::map<std::string, int>{{"C08A", 1}});
}
