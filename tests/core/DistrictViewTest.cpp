// The district view of spec/computation.md: the district's own figure beside the sum over communes
// and the town, for additive indicators only (money and counts, kind at_least). Indicators and units
// of measure are the plan's own (spec/plan-2021.md).
#include "core/DistrictView.h"

#include <catch2/catch.hpp>

#include <string>

using namespace thidua;

namespace {

Indicator indicator(std::string code, IndicatorKind kind, std::string unitOfMeasure,
                    PeriodBasis basis = PeriodBasis::Level)
{
    Indicator result;
    result.code = std::move(code);
    result.name = result.code;
    result.kind = kind;
    result.unitOfMeasure = std::move(unitOfMeasure);
    result.basis = basis;
    return result;
}

Unit unit(std::string code, UnitKind kind, std::string group = {}, bool archived = false)
{
    return Unit{code, code, kind, std::move(group), archived};
}

// Year-end 2021: the district, the town, two communes (one silent), an archived commune and an
// office. The archived commune and the office report budget revenue that must not be summed.
CampaignData district()
{
    CampaignData data;
    data.period = PeriodCode{2021, PeriodKind::YearEnd};
    data.indicators = {indicator("KT05", IndicatorKind::AtLeast, "tỷ đồng", PeriodBasis::Cumulative),
                       indicator("XH09", IndicatorKind::AtLeast, "%"),
                       indicator("XH11", IndicatorKind::AtLeast, "lao động", PeriodBasis::Cumulative),
                       indicator("KT03", IndicatorKind::NamedSet, "xã", PeriodBasis::YearEnd)};
    data.units = {unit(kDistrictUnitCode, UnitKind::District),        unit("PHU_PHONG", UnitKind::Town, "CUM_XA"),
                  unit("BINH_TAN", UnitKind::Commune, "CUM_XA"),      unit("BINH_HOA", UnitKind::Commune, "CUM_XA"),
                  unit("VINH_AN", UnitKind::Commune, "CUM_XA", true), unit("P_NOI_VU", UnitKind::Agency, "KHOI_PHONG")};
    data.targets[kDistrictUnitCode] = {{"KT05", 621.52}, {"XH09", 93.5}, {"XH11", 2000.0}};
    data.targets["PHU_PHONG"] = {{"KT05", 100.0}, {"XH09", 93.5}};
    data.targets["BINH_TAN"] = {{"KT05", 50.0}, {"XH09", 93.5}};
    data.targets["BINH_HOA"] = {{"KT05", 60.0}, {"XH09", 93.5}};
    data.targets["VINH_AN"] = {{"KT05", 70.0}};
    data.values[kDistrictUnitCode] = {{"KT05", {600.25, {}}}, {"XH09", {94.0, {}}}};
    data.values["PHU_PHONG"] = {{"KT05", {120.5, {}}}, {"XH09", {95.0, {}}}};
    // BINH_TAN reports new jobs without having a target for them: still part of the district's total.
    data.values["BINH_TAN"] = {{"KT05", {45.25, {}}}, {"XH09", {90.0, {}}}, {"XH11", {300.0, {}}}};
    data.values["BINH_HOA"] = {{"KT05", {{}, {}}}}; // a row with the actual cleared
    data.values["VINH_AN"] = {{"KT05", {1000.0, {}}}};
    data.values["P_NOI_VU"] = {{"KT05", {7.0, {}}}};
    return data;
}

} // namespace

TEST_CASE("isAdditive: money and counts of kind at_least only", "[districtview]")
{
    CHECK(isAdditive(indicator("KT04", IndicatorKind::AtLeast, "tỷ đồng")));
    CHECK(isAdditive(indicator("X", IndicatorKind::AtLeast, "triệu đồng")));
    CHECK(isAdditive(indicator("X", IndicatorKind::AtLeast, "Đồng")));
    CHECK(isAdditive(indicator("XH10", IndicatorKind::AtLeast, "người")));
    CHECK(isAdditive(indicator("XH11", IndicatorKind::AtLeast, " Lao động ")));
    CHECK(isAdditive(indicator("X", IndicatorKind::AtLeast, "hộ")));
    CHECK(isAdditive(indicator("X", IndicatorKind::AtLeast, "vụ")));

    CHECK_FALSE(isAdditive(indicator("XH09", IndicatorKind::AtLeast, "%")));
    CHECK_FALSE(isAdditive(indicator("QP01", IndicatorKind::AtLeast, "% chỉ tiêu")));
    CHECK_FALSE(isAdditive(indicator("KT02", IndicatorKind::AtLeast, "triệu đồng/ha")));
    CHECK_FALSE(isAdditive(indicator("XH04", IndicatorKind::ReduceBy, "điểm %")));
    CHECK_FALSE(isAdditive(indicator("XH01", IndicatorKind::Maintain, "mức độ")));
    CHECK_FALSE(isAdditive(indicator("XH03", IndicatorKind::Boolean, "đạt = 1")));
    // Counts, but not of kind at_least: a named set is its own count, and fewer accidents is not a sum.
    CHECK_FALSE(isAdditive(indicator("KT03", IndicatorKind::NamedSet, "xã")));
    CHECK_FALSE(isAdditive(indicator("QP04.2", IndicatorKind::BelowBaseline, "người")));
    CHECK_FALSE(isAdditive(indicator("X", IndicatorKind::AtLeast, "")));
}

TEST_CASE("districtView sums the actuals of the communes and the town beside the district's own", "[districtview]")
{
    const CampaignData data = district();
    const std::vector<DistrictLine> lines = districtView(data, computePeriod(data));
    REQUIRE(lines.size() == 4);

    const DistrictLine& budget = lines[0];
    CHECK(budget.district.indicatorCode == "KT05");
    CHECK(budget.additive);
    CHECK(budget.district.actual == 600.25);
    CHECK(budget.district.status == Status::Near); // 600.25 / 621.52 = 0.966
    REQUIRE(budget.communeSum.has_value());
    CHECK(*budget.communeSum == Approx(165.75)); // 120.5 + 45.25; not the archived commune nor the office
    CHECK(budget.communesReporting == 2);
    CHECK(budget.communesExpected == 3);

    const DistrictLine& insurance = lines[1];
    CHECK(insurance.district.indicatorCode == "XH09");
    CHECK_FALSE(insurance.additive);
    CHECK_FALSE(insurance.communeSum.has_value()); // a sum of coverage rates means nothing
    CHECK(insurance.district.status == Status::Met);
    CHECK(insurance.communesReporting == 2);
    CHECK(insurance.communesExpected == 3);

    const DistrictLine& jobs = lines[2];
    CHECK(jobs.additive);
    CHECK(jobs.district.status == Status::NoData);
    REQUIRE(jobs.communeSum.has_value());
    CHECK(*jobs.communeSum == 300.0);
    CHECK(jobs.communesReporting == 1);
    CHECK(jobs.communesExpected == 0);

    const DistrictLine& rural = lines[3];
    CHECK(rural.district.indicatorCode == "KT03");
    CHECK(rural.district.status == Status::NotApplicable);
    CHECK_FALSE(rural.additive);
    CHECK_FALSE(rural.communeSum.has_value());
}

TEST_CASE("districtView: no commune reported, no sum", "[districtview]")
{
    CampaignData data = district();
    data.values.erase("PHU_PHONG");
    data.values.erase("BINH_TAN");
    const std::vector<DistrictLine> lines = districtView(data, computePeriod(data));
    CHECK_FALSE(lines[0].communeSum.has_value());
    CHECK(lines[0].communesReporting == 0);
    CHECK(lines[0].communesExpected == 3);
}

TEST_CASE("districtView shows a district figure reported without a target", "[districtview]")
{
    CampaignData data = district();
    data.targets.erase(kDistrictUnitCode);
    const std::vector<DistrictLine> lines = districtView(data, computePeriod(data));
    CHECK(lines[0].district.indicatorCode == "KT05");
    CHECK(lines[0].district.status == Status::NotApplicable);
    CHECK(lines[0].district.actual == 600.25);
    CHECK(*lines[0].communeSum == Approx(165.75));
}

// The printed summary said "0/15 communes reported" for QP04 beside children reported by nine: an
// all_of indicator has no actual of its own, so reporting is read from its status.
TEST_CASE("districtView: an all_of indicator counts the communes whose children were reported", "[districtview]")
{
    CampaignData data;
    data.period = PeriodCode{2021, PeriodKind::YearEnd};
    Indicator parent = indicator("QP04", IndicatorKind::AllOf, "");
    Indicator child = indicator("QP04.1", IndicatorKind::BelowBaseline, "vụ");
    child.parentCode = "QP04";
    data.indicators = {parent, child};
    data.units = {unit(kDistrictUnitCode, UnitKind::District), unit("PHU_PHONG", UnitKind::Town, "CUM_XA"),
                  unit("BINH_TAN", UnitKind::Commune, "CUM_XA"), unit("BINH_HOA", UnitKind::Commune, "CUM_XA")};
    for (const char* code : {"PHU_PHONG", "BINH_TAN", "BINH_HOA"}) {
        data.targets[code] = {{"QP04", std::nullopt}, {"QP04.1", std::nullopt}};
    }
    data.values["PHU_PHONG"] = {{"QP04.1", {3.0, 4.0}}};
    data.values["BINH_TAN"] = {{"QP04.1", {5.0, 4.0}}};
    const PeriodResults results = computePeriod(data);
    const std::vector<DistrictLine> lines = districtView(data, results);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].communesReporting == 2);
    CHECK(lines[0].communesExpected == 3);
    CHECK(lines[1].communesReporting == 2);
}
