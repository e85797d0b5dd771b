// Value types of the year's plan: indicators and their headings, units, groups, scoring schemes,
// targets, phases and reporting periods. Plain data, filled by storage and read by the computation.
#pragma once

#include "Vocabulary.h"

#include <optional>
#include <string>
#include <vector>

namespace thidua {

// The district itself reports district-wide figures under this unit code and is never ranked
// (spec/plan-2021.md); the district's targets are the plan's own figures.
inline constexpr const char* kDistrictUnitCode = "HUYEN";

// One of the plan's three sections (KT, XH, QP), under which indicators are listed.
struct Heading
{
    std::string code;
    std::string name;
};

struct Indicator
{
    std::string code;
    std::string parentCode; // empty: top level
    std::string name;
    std::string unitOfMeasure;
    IndicatorKind kind = IndicatorKind::AtLeast;
    PeriodBasis basis = PeriodBasis::Level;
    // Share of the year's target expected at mid-year (cumulative indicators); empty means 0.5.
    std::optional<double> midYearShare;
    std::optional<double> minValue; // valid range of a reported value; empty: unbounded
    std::optional<double> maxValue;
    std::string headingCode;
    std::vector<std::string> memberCodes; // named_set: the units that must reach the standard
};

struct Unit
{
    std::string code;
    std::string name;
    UnitKind kind = UnitKind::Other;
    std::string groupCode; // empty: in no group (the district itself)
    bool archived = false;
};

struct Group
{
    std::string code;
    std::string name;
    GroupKind kind = GroupKind::Cluster;
    std::string schemeCode;
};

struct Band
{
    double minRatio = 0;
    double share = 0;
};

struct Criterion
{
    std::string code;
    std::string heading;
    std::string name;
    double maxPoints = 0;
    std::string indicatorCode; // empty: a manual criterion
    ScoringMethod method = ScoringMethod::Proportional;
    double bonusRate = 0.5;
    double excessCap = 0.2;
    std::vector<Band> bands;
    bool veto = false;
};

// A title proposed to collectives whose total reaches a share of the scale.
struct TitleBand
{
    double minShare = 0;
    std::string title;
};

struct Scheme
{
    std::string code;
    std::string name;
    std::optional<double> scale;         // empty: the sum of the criteria's maxima
    std::optional<double> bonusCap;      // empty: 10% of the scale
    std::optional<double> flagThreshold; // empty: 90% of the scale
    std::vector<TitleBand> titleBands;
    std::vector<Criterion> criteria;
};

struct Target
{
    std::string unitCode;
    std::string indicatorCode;
    int year = 0;
    std::optional<double> value; // empty for kinds that take no target value
};

struct Phase
{
    std::string code; // e.g. 2021-I
    int year = 0;
    std::string name;     // e.g. "Đợt I"
    std::string startsOn; // ISO dates, yyyy-mm-dd
    std::string endsOn;
    std::string salutes; // the events the phase salutes, one per line
};

struct Period
{
    std::string code; // 2021-H1 or 2021-Y
    std::string phaseCode;
    std::string name; // e.g. "Sơ kết 6 tháng đầu năm 2021"
    std::string startsOn;
    std::string endsOn;
    std::string deadline; // empty: no deadline set
};

// The year's campaign plan as published (Kế hoạch), and what it sets.
struct PlanInfo
{
    int year = 0;
    std::string title;
    std::string documentNumber;
    std::string issuedOn;
    std::string issuer;
};

} // namespace thidua
