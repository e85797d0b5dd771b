// Values are stored with their audit trail, and a value out of range is refused with nothing stored.
#include "storage/ReportRepository.h"
#include "storage/Database.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace thidua;
using storage::ReportRepository;
using storage::ReportValue;
using storage::StorageError;

namespace {

std::optional<double> actualOf(const ReportRepository& reports, const std::string& unit, const std::string& indicator)
{
    for (const auto& value : reports.values("2021-H1", unit)) {
        if (value.indicatorCode == indicator) {
            return value.actual;
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("a saved value is read back and audited", "[reports]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ReportRepository reports(*db);
    reports.saveValue({"BINH_THANH", "2021-H1", "XH09", 92.5, std::nullopt, "", {}}, u"lan"_s);
    reports.saveValue({"BINH_THANH", "2021-H1", "XH09", 93.5, std::nullopt, "theo BHXH huyện", {}}, u"minh"_s);
    CHECK(actualOf(reports, "BINH_THANH", "XH09") == 93.5);
    CHECK(reports.status("BINH_THANH", "2021-H1") == ReportStatus::Draft);

    const auto history = reports.history("BINH_THANH", "2021-H1", "XH09");
    REQUIRE(history.size() == 3);
    CHECK(history[0].user == u"lan"_s);
    CHECK(history[0].field == u"actual"_s);
    CHECK(history[0].oldValue.isEmpty());
    CHECK(history[0].newValue == u"92.5"_s);
    CHECK(history[1].user == u"minh"_s);
    CHECK(history[1].oldValue == u"92.5"_s);
    CHECK(history[1].newValue == u"93.5"_s);
    CHECK(history[2].field == u"note"_s);
    CHECK(history[2].newValue == u"theo BHXH huyện"_s);
}

TEST_CASE("saving an unchanged value writes no audit entry", "[reports]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ReportRepository reports(*db);
    const ReportValue value{"TAY_AN", "2021-H1", "XH11", 120, std::nullopt, "", {}};
    reports.saveValue(value, u"lan"_s);
    reports.saveValue(value, u"lan"_s);
    CHECK(reports.history("TAY_AN", "2021-H1", "XH11").size() == 1);
}

TEST_CASE("a value outside the indicator's range is refused and nothing is stored", "[reports]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ReportRepository reports(*db);
    reports.saveValue({"TAY_AN", "2021-H1", "XH09", 90, std::nullopt, "", {}}, u"lan"_s);
    try {
        reports.saveValue({"TAY_AN", "2021-H1", "XH09", 120, std::nullopt, "", {}}, u"lan"_s);
        FAIL("a share of 120% was accepted");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK(error.message().contains(u"XH09"_s));
        CHECK(error.message().contains(u"120"_s));
    }
    CHECK(actualOf(reports, "TAY_AN", "XH09") == 90);
    CHECK(reports.history("TAY_AN", "2021-H1", "XH09").size() == 1);
}

TEST_CASE("unknown codes are refused by name", "[reports]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    ReportRepository reports(*db);
    CHECK_THROWS_WITH(reports.saveValue({"NOWHERE", "2021-H1", "XH09", 1, {}, "", {}}, u"lan"_s),
                      Catch::Contains("NOWHERE"));
    CHECK_THROWS_WITH(reports.saveValue({"TAY_AN", "2021-Q3", "XH09", 1, {}, "", {}}, u"lan"_s),
                      Catch::Contains("2021-Q3"));
    CHECK_THROWS_WITH(reports.saveValue({"TAY_AN", "2021-H1", "XX99", 1, {}, "", {}}, u"lan"_s),
                      Catch::Contains("XX99"));
    CHECK(reports.values("2021-H1").empty());
}
