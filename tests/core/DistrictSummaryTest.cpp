// The district's headline ("12/14 chỉ tiêu chủ yếu đạt và vượt kế hoạch"): only the plan's main
// indicators count, n/a ones are left out, and every heading gets its own count.
#include "core/DistrictSummary.h"

#include <catch2/catch.hpp>

#include <string>

using namespace thidua;

namespace {

Indicator indicator(std::string code, std::string heading, std::string parent = {})
{
    Indicator result;
    result.code = std::move(code);
    result.name = result.code;
    result.headingCode = std::move(heading);
    result.parentCode = std::move(parent);
    return result;
}

Achievement achievement(std::string code, Status status)
{
    Achievement result;
    result.indicatorCode = std::move(code);
    result.status = status;
    return result;
}

const std::vector<Heading> kHeadings = {{"KT", "Kinh tế"}, {"XH", "Xã hội"}, {"QP", "Quốc phòng"}};

// A slice of the 2021 plan: KT05 with its breakdowns two levels deep, QP04 (all_of) with children.
const std::vector<Indicator> kPlan = {
    indicator("KT01", "KT"),
    indicator("KT01.1", "KT", "KT01"),
    indicator("KT02", "KT"),
    indicator("KT04", "KT"),
    indicator("KT05", "KT"),
    indicator("KT05.1", "KT", "KT05"),
    indicator("KT05.2", "KT", "KT05.1"),
    indicator("XH09", "XH"),
    indicator("XH13", "XH"),
    indicator("QP04", "QP"),
    indicator("QP04.1", "QP", "QP04"),
};

} // namespace

TEST_CASE("only top-level indicators are counted, each under its status", "[district-summary]")
{
    const std::vector<Achievement> district = {
        achievement("KT01", Status::NotMet),   achievement("KT01.1", Status::Met),
        achievement("KT02", Status::Met),      achievement("KT04", Status::Met),
        achievement("KT05", Status::Near),     achievement("KT05.1", Status::NotMet),
        achievement("KT05.2", Status::NoData), achievement("XH09", Status::Met),
        achievement("XH13", Status::NoData),   achievement("QP04", Status::NotMet),
        achievement("QP04.1", Status::Met),
    };
    const DistrictSummary summary = summarizeDistrict(kHeadings, kPlan, district);

    CHECK(summary.total.met == 3);
    CHECK(summary.total.near == 1);
    CHECK(summary.total.notMet == 2);
    CHECK(summary.total.noData == 1);
    CHECK(summary.total.assessed() == 7);

    REQUIRE(summary.headings.size() == 3);
    CHECK(summary.headings[0].headingCode == "KT");
    CHECK(summary.headings[0].counts.met == 2);
    CHECK(summary.headings[0].counts.near == 1);
    CHECK(summary.headings[0].counts.notMet == 1);
    CHECK(summary.headings[0].counts.assessed() == 4);
    CHECK(summary.headings[1].headingCode == "XH");
    CHECK(summary.headings[1].counts.met == 1);
    CHECK(summary.headings[1].counts.noData == 1);
    CHECK(summary.headings[2].headingCode == "QP");
    CHECK(summary.headings[2].counts.notMet == 1);
    CHECK(summary.headings[2].counts.assessed() == 1);
}

TEST_CASE("indicators not applicable in the period are not counted at all", "[district-summary]")
{
    // Mid-year: the year-end indicators (KT02, XH13) are n/a and drop out of "x/y" rather than
    // counting as not met.
    const std::vector<Achievement> district = {
        achievement("KT01", Status::Met),
        achievement("KT02", Status::NotApplicable),
        achievement("KT04", Status::NoData),
        achievement("XH13", Status::NotApplicable),
    };
    const DistrictSummary summary = summarizeDistrict(kHeadings, kPlan, district);

    CHECK(summary.total.met == 1);
    CHECK(summary.total.noData == 1);
    CHECK(summary.total.assessed() == 2);
    REQUIRE(summary.headings.size() == 3);
    CHECK(summary.headings[0].counts.assessed() == 2);
    // A heading with nothing assessed is still listed, with zero counts.
    CHECK(summary.headings[1].headingCode == "XH");
    CHECK(summary.headings[1].counts.assessed() == 0);
    CHECK(summary.headings[2].counts.assessed() == 0);
}

TEST_CASE("achievements the plan does not know, and unknown headings, are handled", "[district-summary]")
{
    std::vector<Indicator> plan = kPlan;
    plan.push_back(indicator("ZZ01", "ZZ")); // a heading removed from the plan's list
    const std::vector<Achievement> district = {
        achievement("KT01", Status::Met),
        achievement("GONE", Status::Met), // an indicator no longer in the plan
        achievement("ZZ01", Status::NotMet),
    };
    const DistrictSummary summary = summarizeDistrict(kHeadings, plan, district);

    CHECK(summary.total.met == 1);
    CHECK(summary.total.notMet == 1); // still one of the district's main targets
    CHECK(summary.total.assessed() == 2);
    CHECK(summary.headings[0].counts.met == 1);
    CHECK(summary.headings[0].counts.assessed() == 1);
}

TEST_CASE("an empty plan or an empty report gives zero counts", "[district-summary]")
{
    const DistrictSummary none = summarizeDistrict({}, {}, {});
    CHECK(none.total.assessed() == 0);
    CHECK(none.headings.empty());

    const DistrictSummary noAchievements = summarizeDistrict(kHeadings, kPlan, {});
    CHECK(noAchievements.total.assessed() == 0);
    CHECK(noAchievements.headings.size() == 3);
}
