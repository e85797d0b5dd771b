// Administration of units, groups and indicators: a unit with any history is never deleted and keeps
// its code; groups are deleted only when empty; indicator edits keep the plan's tree and ranges sound.
#include "storage/UnitAdmin.h"
#include "storage/Database.h"
#include "storage/IndicatorAdmin.h"
#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"
#include "storage/ScoreRepository.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace thidua;
using storage::StorageError;
using storage::UnitAdmin;

namespace {

std::optional<Unit> findUnit(storage::Database& db, const std::string& code)
{
    for (Unit& unit : storage::PlanRepository(db).units()) {
        if (unit.code == code) {
            return unit;
        }
    }
    return std::nullopt;
}

std::optional<Group> findGroup(storage::Database& db, const std::string& code)
{
    for (Group& group : storage::PlanRepository(db).groups()) {
        if (group.code == code) {
            return group;
        }
    }
    return std::nullopt;
}

std::optional<Indicator> findIndicator(storage::Database& db, const std::string& code)
{
    for (Indicator& indicator : storage::PlanRepository(db).indicators()) {
        if (indicator.code == code) {
            return indicator;
        }
    }
    return std::nullopt;
}

// Runs `work`, which must throw StorageError::Invalid; returns its message.
template <typename Work>
QString refusal(Work work)
{
    try {
        work();
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        return error.message();
    }
    FAIL("the change was not refused");
    return {};
}

const Unit kFresh{"BINH_MY", "Xã Bình Mỹ", UnitKind::Commune, "CUM_XA", false};

} // namespace

TEST_CASE("a fresh unit is added, renamed, moved, archived, restored and deleted", "[admin]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    UnitAdmin admin(*db);
    admin.addUnit(kFresh);
    CHECK(findUnit(*db, "BINH_MY")->groupCode == "CUM_XA");
    CHECK(!admin.hasData("BINH_MY"));

    Unit changed = kFresh;
    changed.name = "Xã Bình Mỹ Đông";
    changed.groupCode = "KHOI_PHONG";
    admin.updateUnit("BINH_MY", changed);
    CHECK(findUnit(*db, "BINH_MY")->name == "Xã Bình Mỹ Đông");
    CHECK(findUnit(*db, "BINH_MY")->groupCode == "KHOI_PHONG");

    admin.setArchived("BINH_MY", true);
    CHECK(findUnit(*db, "BINH_MY")->archived);
    admin.setArchived("BINH_MY", false);
    CHECK(!findUnit(*db, "BINH_MY")->archived);

    const auto before = storage::PlanRepository(*db).units().size();
    admin.removeUnit("BINH_MY");
    CHECK(!findUnit(*db, "BINH_MY"));
    CHECK(storage::PlanRepository(*db).units().size() == before - 1);
}

TEST_CASE("a unit with reports is never deleted, and the refusal proposes archiving", "[admin]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    UnitAdmin admin(*db);
    // The seed holds the district's published 2021 figures.
    CHECK(admin.hasReports("HUYEN"));
    CHECK(admin.usage("HUYEN").reports == 1);
    CHECK(admin.usage("HUYEN").targets == 32);
    const QString message = refusal([&] { admin.removeUnit("HUYEN"); });
    CHECK(message.contains(u"Huyện Tây Sơn"_s));
    CHECK(message.contains(u"archive it instead"_s));
    CHECK(message.contains(u"1 report"_s));
    CHECK(findUnit(*db, "HUYEN"));

    // A report of an ordinary commune, entered now, protects it the same way.
    CHECK(!admin.hasReports("TAY_AN"));
    storage::ReportRepository(*db).saveValue({"TAY_AN", "2021-H1", "XH11", 120, std::nullopt, "", {}}, u"lan"_s);
    CHECK(admin.hasReports("TAY_AN"));
    refusal([&] { admin.removeUnit("TAY_AN"); });
    CHECK(findUnit(*db, "TAY_AN"));
}

TEST_CASE("targets, manual scores and adjustments also keep a unit from being deleted", "[admin]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    UnitAdmin admin(*db);
    admin.addUnit(kFresh);
    SECTION("a target")
    {
        storage::PlanRepository(*db).saveTarget({"BINH_MY", "XH11", 2021, 150});
        CHECK(admin.usage("BINH_MY").targets == 1);
    }
    SECTION("a manual score")
    {
        storage::ScoreRepository(*db).saveManualScore("BINH_MY", "2021-Y", "C08", ScoreLevel::Self, 4);
        CHECK(admin.usage("BINH_MY").manualScores == 1);
    }
    SECTION("an adjustment")
    {
        storage::ScoreRepository(*db).saveAdjustment("BINH_MY", "2021-Y", {AdjustmentType::Bonus, "Bằng khen", 1});
        CHECK(admin.usage("BINH_MY").adjustments == 1);
    }
    CHECK(admin.hasData("BINH_MY"));
    CHECK(!admin.hasReports("BINH_MY"));
    CHECK(refusal([&] { admin.removeUnit("BINH_MY"); }).contains(u"archive it instead"_s));
    CHECK(findUnit(*db, "BINH_MY"));
}

TEST_CASE("a named member of an indicator is not deleted", "[admin]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    UnitAdmin admin(*db);
    admin.addUnit(kFresh);
    Indicator kt03 = *findIndicator(*db, "KT03");
    kt03.memberCodes.push_back("BINH_MY");
    storage::IndicatorAdmin(*db).updateIndicator(kt03);
    CHECK(admin.usage("BINH_MY").namedIn == std::vector<std::string>{"KT03"});
    CHECK(!admin.hasData("BINH_MY"));
    CHECK(refusal([&] { admin.removeUnit("BINH_MY"); }).contains(u"KT03"_s));
    CHECK(findUnit(*db, "BINH_MY"));
}

TEST_CASE("codes: new ones must be free and valid; a unit's code changes only while it has no data", "[admin]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    UnitAdmin admin(*db);
    const auto count = storage::PlanRepository(*db).units().size();

    Unit taken = kFresh;
    taken.code = "TAY_AN";
    CHECK(refusal([&] { admin.addUnit(taken); }).contains(u"Xã Tây An"_s));
    CHECK(findUnit(*db, "TAY_AN")->name == "Xã Tây An");
    Unit spaced = kFresh;
    spaced.code = "BINH MY";
    refusal([&] { admin.addUnit(spaced); });
    Unit nameless = kFresh;
    nameless.name = "  ";
    refusal([&] { admin.addUnit(nameless); });
    Unit lost = kFresh;
    lost.groupCode = "NO_SUCH_GROUP";
    refusal([&] { admin.addUnit(lost); });
    CHECK(storage::PlanRepository(*db).units().size() == count);

    admin.addUnit(kFresh);
    Unit renamed = kFresh;
    renamed.code = "BINH_MY2";
    admin.updateUnit("BINH_MY", renamed);
    CHECK(!findUnit(*db, "BINH_MY"));
    CHECK(findUnit(*db, "BINH_MY2")->name == kFresh.name);

    Unit huyen = *findUnit(*db, "HUYEN");
    huyen.code = "TAY_SON";
    CHECK(refusal([&] { admin.updateUnit("HUYEN", huyen); }).contains(u"cannot change"_s));
    CHECK(findUnit(*db, "HUYEN"));
    CHECK(!findUnit(*db, "TAY_SON"));
    // The name of a unit with data may change: the code is what the record keeps.
    huyen.code = "HUYEN";
    huyen.name = "UBND huyện Tây Sơn";
    admin.updateUnit("HUYEN", huyen);
    CHECK(findUnit(*db, "HUYEN")->name == "UBND huyện Tây Sơn");
}

TEST_CASE("a group is added and edited, and deleted only when empty", "[admin]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    UnitAdmin admin(*db);
    admin.addGroup({"CUM_2", "Cụm thi đua số 2", GroupKind::Cluster, "TC_CUM_XA"});
    CHECK(findGroup(*db, "CUM_2")->schemeCode == "TC_CUM_XA");
    CHECK(refusal([&] { admin.addGroup({"CUM_XA", "Trùng mã", GroupKind::Cluster, {}}); }).contains(u"CUM_XA"_s));
    CHECK(findGroup(*db, "CUM_XA")->name == "Cụm thi đua các xã, thị trấn");

    admin.updateGroup({"CUM_2", "Khối doanh nghiệp", GroupKind::Block, "TC_KHOI_PHONG"});
    CHECK(findGroup(*db, "CUM_2")->kind == GroupKind::Block);
    CHECK(findGroup(*db, "CUM_2")->schemeCode == "TC_KHOI_PHONG");
    refusal([&] { admin.updateGroup({"NO_SUCH", "x", GroupKind::Block, {}}); });

    CHECK(admin.memberCount("CUM_XA") == 15);
    CHECK(refusal([&] { admin.removeGroup("CUM_XA"); }).contains(u"15"_s));
    CHECK(findGroup(*db, "CUM_XA"));

    // An archived member still belongs to the group.
    admin.addUnit({"DN_A", "Công ty A", UnitKind::Enterprise, "CUM_2", true});
    refusal([&] { admin.removeGroup("CUM_2"); });
    Unit moved = *findUnit(*db, "DN_A");
    moved.groupCode = {};
    admin.updateUnit("DN_A", moved);
    admin.removeGroup("CUM_2");
    CHECK(!findGroup(*db, "CUM_2"));
}

TEST_CASE("manual scores of a group's units are counted before its scheme changes", "[admin]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    UnitAdmin admin(*db);
    CHECK(admin.manualScoresInGroup("CUM_XA") == 0);
    storage::ScoreRepository(*db).saveManualScore("TAY_AN", "2021-Y", "C08", ScoreLevel::Self, 4);
    storage::ScoreRepository(*db).saveManualScore("TAY_AN", "2021-Y", "C08", ScoreLevel::Final, 5);
    CHECK(admin.manualScoresInGroup("CUM_XA") == 2);
    CHECK(admin.manualScoresInGroup("KHOI_PHONG") == 0);
}

TEST_CASE("a read-only database refuses administration", "[admin]")
{
    test::TempDir dir;
    const QString path = dir.path(u"plan.sqlite"_s);
    storage::Database::create(path, storage::Seed::TaySon2021);
    auto db = storage::Database::open(path, storage::Access::ReadOnly);
    UnitAdmin admin(*db);
    CHECK_THROWS_MATCHES(admin.addUnit(kFresh), StorageError,
                         Catch::Predicate<StorageError>(
                             [](const StorageError& error) { return error.kind() == StorageError::Kind::ReadOnly; }));
    CHECK_THROWS_AS(admin.setArchived("TAY_AN", true), StorageError);
    CHECK(!findUnit(*db, "TAY_AN")->archived);
}

TEST_CASE("an indicator's range, share and members are stored, and broken ones refused", "[admin]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    storage::IndicatorAdmin admin(*db);

    Indicator xh09 = *findIndicator(*db, "XH09");
    xh09.minValue = 0;
    xh09.maxValue = 100;
    xh09.unitOfMeasure = "% dân số";
    admin.updateIndicator(xh09);
    CHECK(findIndicator(*db, "XH09")->maxValue == 100);
    CHECK(findIndicator(*db, "XH09")->unitOfMeasure == "% dân số");

    Indicator upsideDown = xh09;
    upsideDown.minValue = 120;
    CHECK(refusal([&] { admin.updateIndicator(upsideDown); }).contains(u"XH09"_s));
    Indicator share = *findIndicator(*db, "XH10");
    share.midYearShare = 1.5;
    refusal([&] { admin.updateIndicator(share); });
    share.midYearShare = 0.4;
    admin.updateIndicator(share);
    CHECK(findIndicator(*db, "XH10")->midYearShare == 0.4);
    Indicator members = xh09;
    members.memberCodes = {"BINH_THANH"};
    refusal([&] { admin.updateIndicator(members); });
    CHECK(findIndicator(*db, "XH09")->memberCodes.empty());
    CHECK(findIndicator(*db, "XH09")->minValue == 0);
}

TEST_CASE("an indicator cannot be placed under itself or its own sub-indicator", "[admin]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    storage::IndicatorAdmin admin(*db);
    Indicator kt05 = *findIndicator(*db, "KT05");
    kt05.parentCode = "KT05.2"; // KT05.2 sits under KT05.1, under KT05
    refusal([&] { admin.updateIndicator(kt05); });
    kt05.parentCode = "KT05";
    refusal([&] { admin.updateIndicator(kt05); });
    CHECK(findIndicator(*db, "KT05")->parentCode.empty());

    // Moving a branch elsewhere is fine: KT05.1 and its child go under KT04.
    Indicator kt051 = *findIndicator(*db, "KT05.1");
    kt051.parentCode = "KT04";
    admin.updateIndicator(kt051);
    CHECK(findIndicator(*db, "KT05.1")->parentCode == "KT04");
    CHECK(findIndicator(*db, "KT05.2")->parentCode == "KT05.1");
}

TEST_CASE("a new indicator goes to the end of the plan and needs a free code", "[admin]")
{
    test::TempDir dir;
    auto db = storage::Database::create(dir.path(u"plan.sqlite"_s), storage::Seed::TaySon2021);
    storage::IndicatorAdmin admin(*db);
    Indicator added;
    added.code = "XH14";
    added.name = "Tỷ lệ xã đạt chuẩn quốc gia về y tế";
    added.unitOfMeasure = "%";
    added.headingCode = "XH";
    added.minValue = 0;
    added.maxValue = 100;
    admin.addIndicator(added);
    CHECK(storage::PlanRepository(*db).indicators().back().code == "XH14");

    Indicator taken = added;
    taken.code = "XH09";
    refusal([&] { admin.addIndicator(taken); });
    CHECK(findIndicator(*db, "XH09")->name == "Tỷ lệ bao phủ bảo hiểm y tế toàn dân");
    Indicator badCode = added;
    badCode.code = "XH 15";
    refusal([&] { admin.addIndicator(badCode); });
    Indicator orphan = added;
    orphan.code = "XH15";
    orphan.parentCode = "NOPE";
    refusal([&] { admin.addIndicator(orphan); });
    CHECK(!findIndicator(*db, "XH15"));
}
