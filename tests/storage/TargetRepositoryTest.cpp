// TargetRepository on the seeded Tây Sơn 2021 plan: the grid's writes check each value against the
// indicator, store all or nothing, fill a column from the district, and copy a year's plan.
#include "ImportTestSupport.h"

#include "storage/PlanRepository.h"
#include "storage/TargetRepository.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace thidua;
using storage::PlanRepository;
using storage::StorageError;
using storage::TargetChange;
using storage::TargetRepository;

namespace {

std::optional<Target> findTarget(storage::Database& db, const std::string& unit, const std::string& indicator, int year)
{
    for (const Target& target : PlanRepository(db).targets(year, unit)) {
        if (target.indicatorCode == indicator) {
            return target;
        }
    }
    return std::nullopt;
}

void archive(storage::Database& db, const std::string& code)
{
    PlanRepository plan(db);
    for (Unit unit : plan.units()) {
        if (unit.code == code) {
            unit.archived = true;
            plan.saveUnit(unit);
        }
    }
}

// The refusal's kind and message, or a failure when nothing was refused.
StorageError refusal(const std::function<void()>& write)
{
    try {
        write();
    } catch (const StorageError& error) {
        return error;
    }
    FAIL("the write was not refused");
    return StorageError(StorageError::Kind::Failed, {});
}

} // namespace

TEST_CASE("a commune's target is stored, changed and removed", "[targets]")
{
    test::SeededDatabase s;
    TargetRepository targets(*s.db);
    targets.saveTarget({"BINH_THANH", "XH09", 2021, 92.5});
    CHECK(findTarget(*s.db, "BINH_THANH", "XH09", 2021)->value == 92.5);
    targets.saveTarget({"BINH_THANH", "XH09", 2021, 94});
    CHECK(findTarget(*s.db, "BINH_THANH", "XH09", 2021)->value == 94);
    CHECK(PlanRepository(*s.db).targets(2021, "BINH_THANH").size() == 1);

    targets.removeTarget("BINH_THANH", "XH09", 2021);
    CHECK_FALSE(findTarget(*s.db, "BINH_THANH", "XH09", 2021));
    // The district's own target for the indicator is untouched.
    CHECK(findTarget(*s.db, "HUYEN", "XH09", 2021)->value == 93.5);
    const std::string before = test::dumpDatabase(*s.db);
    targets.removeTarget("BINH_THANH", "XH09", 2021);
    CHECK(test::dumpDatabase(*s.db) == before);
}

TEST_CASE("kinds without a target value are assigned with an empty value", "[targets]")
{
    test::SeededDatabase s;
    TargetRepository(*s.db).saveTarget({"TAY_AN", "QP04.1", 2021, std::nullopt});
    const auto target = findTarget(*s.db, "TAY_AN", "QP04.1", 2021);
    REQUIRE(target);
    CHECK_FALSE(target->value);
}

TEST_CASE("a target outside the valid range or missing its value is refused and nothing is stored", "[targets]")
{
    test::SeededDatabase s;
    TargetRepository targets(*s.db);
    const std::string before = test::dumpDatabase(*s.db);

    const StorageError tooHigh = refusal([&] { targets.saveTarget({"BINH_THANH", "XH09", 2021, 120}); });
    CHECK(tooHigh.kind() == StorageError::Kind::Invalid);
    const std::string message = tooHigh.message().toStdString();
    CHECK_THAT(message, Catch::Contains("120") && Catch::Contains("Xã Bình Thành") && Catch::Contains("XH09") &&
                            Catch::Contains("0 – 100"));

    const StorageError negative = refusal([&] { targets.saveTarget({"TAY_AN", "XH11", 2021, -5}); });
    CHECK_THAT(negative.message().toStdString(), Catch::Contains("≥ 0") && Catch::Contains("-5"));

    const StorageError noValue = refusal([&] { targets.saveTarget({"TAY_AN", "XH11", 2021, std::nullopt}); });
    CHECK_THAT(noValue.message().toStdString(), Catch::Contains("needs a target value") && Catch::Contains("XH11"));

    CHECK(refusal([&] { targets.saveTarget({"NOWHERE", "XH11", 2021, 5}); }).kind() == StorageError::Kind::Invalid);
    CHECK(refusal([&] { targets.removeTarget("TAY_AN", "XX99", 2021); }).kind() == StorageError::Kind::Invalid);
    CHECK(test::dumpDatabase(*s.db) == before);
}

TEST_CASE("problem() checks a value without touching the database", "[targets]")
{
    Indicator rate;
    rate.code = "XH09";
    rate.minValue = 0;
    rate.maxValue = 100;
    CHECK(TargetRepository::problem(rate, u"Xã Tây An"_s, 100).isEmpty());
    CHECK(TargetRepository::problem(rate, u"Xã Tây An"_s, 0).isEmpty());
    CHECK_FALSE(TargetRepository::problem(rate, u"Xã Tây An"_s, 100.5).isEmpty());
    CHECK_FALSE(TargetRepository::problem(rate, u"Xã Tây An"_s, std::nullopt).isEmpty());
    Indicator hotSpots;
    hotSpots.code = "QP03";
    hotSpots.kind = IndicatorKind::NotAboveBaseline;
    CHECK(TargetRepository::problem(hotSpots, u"Xã Tây An"_s, std::nullopt).isEmpty());
}

TEST_CASE("a block of changes is stored whole or not at all, naming every refused cell", "[targets]")
{
    test::SeededDatabase s;
    TargetRepository targets(*s.db);
    targets.apply({{"TAY_AN", "XH09", 2021, true, 91},
                   {"TAY_AN", "QP03", 2021, true, std::nullopt},
                   {"VINH_AN", "XH11", 2021, true, 150}});
    CHECK(PlanRepository(*s.db).targets(2021, "TAY_AN").size() == 2);
    CHECK(findTarget(*s.db, "VINH_AN", "XH11", 2021)->value == 150);

    const std::string before = test::dumpDatabase(*s.db);
    const StorageError error = refusal([&] {
        targets.apply({{"TAY_AN", "XH09", 2021, false, std::nullopt},
                       {"BINH_TAN", "XH05", 2021, true, 101},
                       {"BINH_NGHI", "XH12", 2021, true, 12},
                       {"TAY_VINH", "QP05", 2021, true, -1}});
    });
    const QStringList lines = error.message().split(u'\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].contains(u"Xã Bình Tân"_s));
    CHECK(lines[0].contains(u"XH05"_s));
    CHECK(lines[1].contains(u"Xã Tây Vinh"_s));
    CHECK(lines[1].contains(u"QP05"_s));
    CHECK(test::dumpDatabase(*s.db) == before);
}

TEST_CASE("filling a column gives the district's target to the group's units that have none", "[targets]")
{
    test::SeededDatabase s;
    TargetRepository targets(*s.db);
    targets.saveTarget({"BINH_THANH", "XH09", 2021, 95});
    archive(*s.db, "VINH_AN");

    const std::vector<std::string> filled = targets.fillFromDistrict("XH09", 2021, "CUM_XA");
    // The town and 14 communes, less Bình Thành (has its own) and Vĩnh An (archived).
    CHECK(filled.size() == 13);
    CHECK(std::find(filled.begin(), filled.end(), "PHU_PHONG") != filled.end());
    CHECK(findTarget(*s.db, "PHU_PHONG", "XH09", 2021)->value == 93.5);
    CHECK(findTarget(*s.db, "BINH_THANH", "XH09", 2021)->value == 95);
    CHECK_FALSE(findTarget(*s.db, "VINH_AN", "XH09", 2021));
    CHECK_FALSE(findTarget(*s.db, "P_NOI_VU", "XH09", 2021));
    CHECK(targets.fillFromDistrict("XH09", 2021, "CUM_XA").empty());

    // A kind without a target value is filled as "applies".
    CHECK(targets.fillFromDistrict("QP04.2", 2021, "KHOI_PHONG").size() == 12);
    const auto applies = findTarget(*s.db, "P_NOI_VU", "QP04.2", 2021);
    REQUIRE(applies);
    CHECK_FALSE(applies->value);
}

TEST_CASE("filling from a district without a target is refused", "[targets]")
{
    test::SeededDatabase s;
    TargetRepository targets(*s.db);
    targets.removeTarget("HUYEN", "XH10", 2021);
    const std::string before = test::dumpDatabase(*s.db);
    const StorageError error = refusal([&] { targets.fillFromDistrict("XH10", 2021, "CUM_XA"); });
    CHECK(error.kind() == StorageError::Kind::Invalid);
    CHECK_THAT(error.message().toStdString(), Catch::Contains("XH10"));
    CHECK(refusal([&] { targets.fillFromDistrict("XH09", 2021, "NO_GROUP"); }).kind() == StorageError::Kind::Invalid);
    CHECK(test::dumpDatabase(*s.db) == before);
}

TEST_CASE("a year's plan is copied to a new year with its targets, periods and deadlines", "[targets]")
{
    test::SeededDatabase s;
    TargetRepository targets(*s.db);
    PlanRepository plan(*s.db);
    targets.saveTarget({"BINH_THANH", "XH09", 2021, 95});
    targets.saveTarget({"TAY_AN", "QP03", 2021, std::nullopt});
    Period half = plan.periods(2021).front();
    half.deadline = "2021-06-20";
    plan.savePeriod(half);

    CHECK(targets.yearsWithTargets() == std::vector<int>{2021});
    CHECK(targets.copyYear(2021, 2022) == 34);
    CHECK(plan.years() == std::vector<int>{2021, 2022});
    CHECK(targets.yearsWithTargets() == std::vector<int>{2021, 2022});
    CHECK(plan.targets(2022).size() == 34);
    CHECK(findTarget(*s.db, "HUYEN", "KT04", 2022)->value == 242.47);
    CHECK(findTarget(*s.db, "BINH_THANH", "XH09", 2022)->value == 95);
    CHECK_FALSE(findTarget(*s.db, "TAY_AN", "QP03", 2022)->value);
    const std::vector<Period> periods = plan.periods(2022);
    REQUIRE(periods.size() == 2);
    CHECK(periods[0].code == "2022-H1");
    CHECK(periods[0].deadline == "2022-06-20");
    CHECK(periods[1].deadline.empty());
    // The year copied from is unchanged.
    CHECK(plan.targets(2021).size() == 34);
}

TEST_CASE("copying onto a year that has targets, or from a year without a plan, is refused", "[targets]")
{
    test::SeededDatabase s;
    TargetRepository targets(*s.db);
    targets.copyYear(2021, 2022);
    const std::string before = test::dumpDatabase(*s.db);

    const StorageError twice = refusal([&] { targets.copyYear(2021, 2022); });
    CHECK(twice.kind() == StorageError::Kind::Invalid);
    CHECK_THAT(twice.message().toStdString(), Catch::Contains("2022") && Catch::Contains("already has targets"));
    CHECK(refusal([&] { targets.copyYear(2019, 2023); }).kind() == StorageError::Kind::Invalid);
    CHECK(refusal([&] { targets.copyYear(2021, 2021); }).kind() == StorageError::Kind::Invalid);
    CHECK(test::dumpDatabase(*s.db) == before);
}

TEST_CASE("an archived unit's targets are not carried into the new year", "[targets]")
{
    test::SeededDatabase s;
    TargetRepository targets(*s.db);
    targets.saveTarget({"VINH_AN", "XH09", 2021, 90});
    targets.saveTarget({"TAY_AN", "XH09", 2021, 90});
    archive(*s.db, "VINH_AN");
    CHECK(targets.copyYear(2021, 2022) == 33);
    CHECK_FALSE(findTarget(*s.db, "VINH_AN", "XH09", 2022));
    CHECK(findTarget(*s.db, "TAY_AN", "XH09", 2022));
}

TEST_CASE("writes are refused on a read-only database", "[targets]")
{
    test::SeededDatabase s;
    const QString path = s.db->path();
    s.db.reset();
    const auto readOnly = storage::Database::open(path, storage::Access::ReadOnly);
    TargetRepository targets(*readOnly);
    CHECK(refusal([&] { targets.saveTarget({"TAY_AN", "XH09", 2021, 90}); }).kind() == StorageError::Kind::ReadOnly);
    CHECK(refusal([&] { targets.copyYear(2021, 2022); }).kind() == StorageError::Kind::ReadOnly);
}
