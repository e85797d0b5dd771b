// CampaignRepository loads what the computation needs for one period: the seeded 2021 plan, the
// targets of the period's year, the period's values, and the scores and adjustments imported.
#include "ImportTestSupport.h"

#include "storage/CampaignRepository.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace thidua;
using storage::CampaignRepository;
using storage::StorageError;

TEST_CASE("the seeded 2021 plan loads for the year-end period", "[campaign]")
{
    test::SeededDatabase s;
    const CampaignData data = CampaignRepository(*s.db).load("2021-Y");
    CHECK(data.period == PeriodCode{2021, PeriodKind::YearEnd});
    REQUIRE(data.indicators.size() == 32);
    CHECK(data.indicators.front().code == "KT01");
    CHECK(data.indicators[1].code == "KT01.1");
    CHECK(data.indicators.back().code == "QP06");
    CHECK(data.units.size() == 28);
    CHECK(data.groups.size() == 2);
    REQUIRE(data.schemes.size() == 2);
    CHECK(data.schemes[0].criteria.size() == 18);

    REQUIRE(data.targets.size() == 1);
    const TargetMap& district = data.targets.at("HUYEN");
    CHECK(district.size() == 32);
    CHECK(district.at("KT01") == 13.2);
    CHECK(district.at("XH07") == 8.82);
    CHECK_FALSE(district.at("QP03").has_value());

    REQUIRE(data.values.size() == 1);
    const MeasurementMap& published = data.values.at("HUYEN");
    REQUIRE(published.size() == 3);
    CHECK(published.at("KT01").actual == 10.3);
    CHECK(published.at("KT01.1").actual == 3.6);
    CHECK(published.at("KT03").actual == 2);
    CHECK_FALSE(published.at("KT03").baseline);
    CHECK(data.manualPoints.empty());
    CHECK(data.adjustments.empty());
}

TEST_CASE("a period sees its own values and its year's targets only", "[campaign]")
{
    test::SeededDatabase s;
    REQUIRE(test::importText(*s.db, ImportKind::Reports,
                             "unit,period,indicator,actual,baseline\nTAY_AN,2021-H1,XH06,4.1,4.6\n")
                .errors.empty());
    REQUIRE(test::importText(*s.db, ImportKind::Targets,
                             "unit,indicator,year,target\nTAY_AN,XH06,2021,0.5\nTAY_AN,XH06,2022,0.4\n")
                .errors.empty());
    const CampaignData half = CampaignRepository(*s.db).load("2021-H1");
    CHECK(half.period == PeriodCode{2021, PeriodKind::HalfYear});
    CHECK(half.values.size() == 1);
    CHECK(half.values.at("TAY_AN").at("XH06").actual == 4.1);
    CHECK(half.values.at("TAY_AN").at("XH06").baseline == 4.6);
    CHECK(half.targets.at("TAY_AN").at("XH06") == 0.5);
    CHECK_FALSE(CampaignRepository(*s.db).load("2021-Y").values.contains("TAY_AN"));
}

TEST_CASE("imported scores and adjustments are loaded by unit", "[campaign]")
{
    test::SeededDatabase s;
    REQUIRE(test::importText(*s.db, ImportKind::Scores,
                             "unit,period,criterion,level,points\n"
                             "TAY_AN,2021-Y,C08,self,5\nTAY_AN,2021-Y,C08,final,4\nTAY_AN,2021-Y,C14,cluster,3.5\n"
                             "P_NOI_VU,2021-Y,C01,self,29\nP_NOI_VU,2021-H1,C01,self,12\n")
                .errors.empty());
    REQUIRE(test::importText(*s.db, ImportKind::Adjustments,
                             "unit,period,type,reason,points\n"
                             "TAY_AN,2021-Y,bonus,Mô hình dân vận khéo,2\n"
                             "TAY_AN,2021-Y,deduction,Báo cáo chậm,1\n"
                             "BINH_TAN,2021-H1,bonus,Mô hình,1\n")
                .errors.empty());
    const CampaignData data = CampaignRepository(*s.db).load("2021-Y");
    const auto& tayAn = data.manualPoints.at("TAY_AN");
    CHECK(tayAn.at("C08").self == 5);
    CHECK(tayAn.at("C08").final == 4);
    CHECK_FALSE(tayAn.at("C08").cluster);
    CHECK(tayAn.at("C14").cluster == 3.5);
    CHECK(data.manualPoints.at("P_NOI_VU").at("C01").self == 29);
    REQUIRE(data.adjustments.size() == 1);
    const auto& adjustments = data.adjustments.at("TAY_AN");
    REQUIRE(adjustments.size() == 2);
    CHECK(adjustments[0].type == AdjustmentType::Bonus);
    CHECK(adjustments[0].reason == "Mô hình dân vận khéo");
    CHECK(adjustments[0].points == 2);
    CHECK(adjustments[1].type == AdjustmentType::Deduction);
}

TEST_CASE("an unknown period is refused", "[campaign]")
{
    test::SeededDatabase s;
    for (const char* period : {"2022-Y", "2021-Q3", ""}) {
        try {
            CampaignRepository(*s.db).load(period);
            FAIL("loaded period " << period);
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageError::Kind::Invalid);
            CHECK(error.message().contains(QString::fromUtf8(period)));
        }
    }
}
