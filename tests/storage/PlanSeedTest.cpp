// The default database holds the Tây Sơn 2021 plan exactly as spec/plan-2021.md gives it.
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace thidua;
using storage::Database;
using storage::PlanRepository;
using storage::Seed;

namespace {

struct Seeded
{
    test::TempDir dir;
    std::unique_ptr<Database> db = Database::create(dir.path(u"plan.sqlite"_s), Seed::TaySon2021);
    PlanRepository plan{*db};
};

template <typename T>
const T& byCode(const std::vector<T>& items, const std::string& code)
{
    const auto found = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.code == code; });
    REQUIRE(found != items.end());
    return *found;
}

} // namespace

TEST_CASE("the seed holds the 32 indicators in plan order", "[seed]")
{
    Seeded s;
    const auto indicators = s.plan.indicators();
    REQUIRE(indicators.size() == 32);
    CHECK(indicators.front().code == "KT01");
    CHECK(indicators.back().code == "QP06");
    CHECK(s.plan.headings().size() == 3);
    const Indicator& kt011 = byCode(indicators, "KT01.1");
    CHECK(kt011.parentCode == "KT01");
    CHECK(kt011.headingCode == "KT");
    CHECK(kt011.name == "Nông, lâm, thủy sản");
    const Indicator& kt03 = byCode(indicators, "KT03");
    CHECK(kt03.kind == IndicatorKind::NamedSet);
    CHECK(kt03.memberCodes == std::vector<std::string>{"BINH_THANH", "BINH_TAN"});
    CHECK(byCode(indicators, "KT05.2").parentCode == "KT05.1");
    CHECK(byCode(indicators, "XH07").kind == IndicatorKind::AtMost);
    CHECK(byCode(indicators, "QP04.3").kind == IndicatorKind::BelowBaseline);
    CHECK(byCode(indicators, "KT04").basis == PeriodBasis::Cumulative);
    CHECK(byCode(indicators, "XH04").basis == PeriodBasis::YearEnd);
}

TEST_CASE("the district's 2021 targets are the plan's figures", "[seed]")
{
    Seeded s;
    std::map<std::string, std::optional<double>> targets;
    for (const Target& target : s.plan.targets(2021, "HUYEN")) {
        targets[target.indicatorCode] = target.value;
    }
    CHECK(targets.size() == 32);
    CHECK(targets.at("KT01") == 13.2);
    CHECK(targets.at("KT04") == 242.47);
    CHECK(targets.at("KT05") == 621.52);
    CHECK(targets.at("XH07") == 8.82);
    CHECK(targets.at("XH11") == 2000);
    CHECK(targets.at("QP02") == 0);
    CHECK_FALSE(targets.at("QP03").has_value());
    CHECK_FALSE(targets.at("QP04.1").has_value());
    // Only the district has targets: communes get theirs from the office (giao chỉ tiêu).
    CHECK(s.plan.targets(2021).size() == 32);
}

TEST_CASE("the seed holds the phases, periods, units and groups", "[seed]")
{
    Seeded s;
    CHECK(s.plan.years() == std::vector<int>{2021});
    const auto plan = s.plan.plan(2021);
    REQUIRE(plan);
    CHECK(plan->documentNumber == "36/KH-UBND");
    const auto phases = s.plan.phases(2021);
    REQUIRE(phases.size() == 2);
    CHECK(phases[0].startsOn == "2021-01-01");
    CHECK(phases[0].endsOn == "2021-06-30");
    CHECK(phases[1].startsOn == "2021-07-01");
    CHECK(phases[1].endsOn == "2021-12-30");
    CHECK(phases[0].salutes.find("Hồ Chí Minh") != std::string::npos);
    const auto periods = s.plan.periods(2021);
    REQUIRE(periods.size() == 2);
    CHECK(periods[0].code == "2021-H1");
    CHECK(periods[1].code == "2021-Y");

    const auto units = s.plan.units();
    CHECK(units.size() == 1 + 15 + 12);
    CHECK(byCode(units, "HUYEN").groupCode.empty());
    CHECK(byCode(units, "HUYEN").kind == UnitKind::District);
    CHECK(byCode(units, "PHU_PHONG").kind == UnitKind::Town);
    CHECK(std::count_if(units.begin(), units.end(), [](const Unit& u) { return u.groupCode == "CUM_XA"; }) == 15);
    CHECK(std::count_if(units.begin(), units.end(), [](const Unit& u) { return u.groupCode == "KHOI_PHONG"; }) == 12);
    const auto groups = s.plan.groups();
    REQUIRE(groups.size() == 2);
    CHECK(byCode(groups, "CUM_XA").kind == GroupKind::Cluster);
    CHECK(byCode(groups, "KHOI_PHONG").kind == GroupKind::Block);
}

TEST_CASE("the default schemes are complete and link real indicators", "[seed]")
{
    Seeded s;
    const auto schemes = s.plan.schemes();
    REQUIRE(schemes.size() == 2);
    const auto indicators = s.plan.indicators();
    for (const Scheme& scheme : schemes) {
        double total = 0;
        for (const Criterion& criterion : scheme.criteria) {
            total += criterion.maxPoints;
            if (!criterion.indicatorCode.empty()) {
                byCode(indicators, criterion.indicatorCode);
            }
        }
        CHECK(total == Approx(100));
        CHECK(scheme.titleBands.size() == 2);
    }
    const Scheme& cluster = byCode(schemes, "TC_CUM_XA");
    CHECK(std::any_of(cluster.criteria.begin(), cluster.criteria.end(),
                      [](const Criterion& c) { return c.veto && c.indicatorCode == "QP02"; }));
}

TEST_CASE("the published 2021 results are the district's year-end values", "[seed]")
{
    Seeded s;
    const auto values = storage::ReportRepository(*s.db).values("2021-Y");
    REQUIRE(values.size() == 3);
    std::map<std::string, storage::ReportValue> byIndicator;
    for (const auto& value : values) {
        CHECK(value.unitCode == "HUYEN");
        byIndicator[value.indicatorCode] = value;
    }
    CHECK(byIndicator.at("KT01").actual == 10.3);
    CHECK(byIndicator.at("KT01.1").actual == 3.6);
    CHECK(byIndicator.at("KT03").actual == 2);
    CHECK(byIndicator.at("KT03").reachedMembers == std::vector<std::string>{"BINH_THANH", "BINH_TAN"});
    CHECK(storage::ReportRepository(*s.db).values("2021-H1").empty());
}
