#include "CampaignGenerator.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace thidua::bench {

std::uint64_t Random::next()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double Random::uniform(double low, double high)
{
    return low + (high - low) * static_cast<double>(next() >> 11) * 0x1.0p-53;
}

int Random::between(int low, int high)
{
    return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
}

bool Random::chance(double probability)
{
    return uniform(0, 1) < probability;
}

namespace {

struct Shape
{
    IndicatorKind kind;
    PeriodBasis basis;
    const char* unitOfMeasure;
};

// The mix of the 2021 plan, at_least most often, every kind and basis present.
constexpr std::array<Shape, 13> kShapes = {{
    {IndicatorKind::AtLeast, PeriodBasis::Level, "%"},
    {IndicatorKind::AtMost, PeriodBasis::Level, "%"},
    {IndicatorKind::AtLeast, PeriodBasis::Cumulative, "tỷ đồng"},
    {IndicatorKind::ReduceBy, PeriodBasis::YearEnd, "điểm %"},
    {IndicatorKind::IncreaseBy, PeriodBasis::Level, "điểm %"},
    {IndicatorKind::Maintain, PeriodBasis::Level, "mức độ"},
    {IndicatorKind::AtLeast, PeriodBasis::YearEnd, "%"},
    {IndicatorKind::Boolean, PeriodBasis::Level, "đạt = 1"},
    {IndicatorKind::ZeroEvents, PeriodBasis::Level, "số điểm nóng"},
    {IndicatorKind::NotAboveBaseline, PeriodBasis::Level, "số vụ"},
    {IndicatorKind::AllOf, PeriodBasis::Level, ""},
    {IndicatorKind::NamedSet, PeriodBasis::YearEnd, "xã"},
    {IndicatorKind::AtLeast, PeriodBasis::Cumulative, "người"},
}};

constexpr std::array<ScoringMethod, 4> kMethods = {ScoringMethod::Proportional, ScoringMethod::PassFail,
                                                   ScoringMethod::Banded, ScoringMethod::Proportional};

constexpr int kAllOfChildren = 3;

std::optional<double> targetFor(const Indicator& indicator, Random& random)
{
    switch (indicator.kind) {
    case IndicatorKind::AtLeast:
    case IndicatorKind::AtMost:
        return std::round(random.uniform(5, 500) * 100) / 100;
    case IndicatorKind::ReduceBy:
    case IndicatorKind::IncreaseBy:
        return std::round(random.uniform(0.5, 3) * 100) / 100;
    case IndicatorKind::Maintain:
        return random.between(1, 3);
    case IndicatorKind::Boolean:
        return 1;
    case IndicatorKind::NamedSet:
        return static_cast<double>(indicator.memberCodes.size());
    default:
        return std::nullopt; // zero_events, baselines, all_of: the row only says it applies
    }
}

// Values near the target (or the baseline), so that met, near and not_met all occur.
Measurement valueFor(const Indicator& indicator, std::optional<double> target, Random& random)
{
    const double t = target.value_or(0);
    switch (indicator.kind) {
    case IndicatorKind::AtLeast:
    case IndicatorKind::AtMost:
        return {t * random.uniform(0.8, 1.25), {}};
    case IndicatorKind::ReduceBy: {
        const double baseline = random.uniform(5, 15);
        return {baseline - t * random.uniform(0.5, 1.5), baseline};
    }
    case IndicatorKind::IncreaseBy: {
        const double baseline = random.uniform(5, 15);
        return {baseline + t * random.uniform(0.5, 1.5), baseline};
    }
    case IndicatorKind::Maintain:
        return {random.chance(0.9) ? t : t - 1, {}};
    case IndicatorKind::Boolean:
        return {random.chance(0.9) ? 1.0 : 0.0, {}};
    case IndicatorKind::ZeroEvents:
        return {random.chance(0.95) ? 0.0 : 1.0, {}};
    case IndicatorKind::BelowBaseline:
    case IndicatorKind::NotAboveBaseline: {
        const int baseline = random.between(5, 40);
        return {static_cast<double>(baseline + random.between(-3, 2)), static_cast<double>(baseline)};
    }
    case IndicatorKind::NamedSet:
        return {static_cast<double>(random.between(0, static_cast<int>(t))), {}};
    case IndicatorKind::AllOf:
        return {};
    }
    return {};
}

} // namespace

CampaignData generateCampaign(const GeneratorOptions& options)
{
    Random random(options.seed);
    CampaignData data;
    data.period = PeriodCode{2021, options.period};

    const int manualCount = std::max(1, options.criteria / 10);
    const int linkedCount = std::max(0, options.criteria - manualCount);

    Scheme scheme;
    scheme.code = "TC_BENCH";
    scheme.name = "Bảng tiêu chí thử tốc độ";
    scheme.titleBands = {{0.9, "Tập thể lao động xuất sắc"}, {0.7, "Tập thể lao động tiên tiến"}};
    for (int i = 0; i < linkedCount; ++i) {
        const Shape& shape = kShapes[static_cast<std::size_t>(i) % kShapes.size()];
        Indicator indicator;
        indicator.code = fmt::format("CT{:03}", i + 1);
        indicator.name = fmt::format("Chỉ tiêu {}", i + 1);
        indicator.kind = shape.kind;
        indicator.basis = shape.basis;
        indicator.unitOfMeasure = shape.unitOfMeasure;
        if (shape.kind == IndicatorKind::NamedSet) {
            indicator.memberCodes = {"U00001", "U00002", "U00003"};
        }
        data.indicators.push_back(indicator);
        if (shape.kind == IndicatorKind::AllOf) {
            for (int c = 1; c <= kAllOfChildren; ++c) {
                Indicator child;
                child.code = fmt::format("{}.{}", indicator.code, c);
                child.parentCode = indicator.code;
                child.name = fmt::format("Chỉ tiêu {}.{}", i + 1, c);
                child.kind = IndicatorKind::BelowBaseline;
                child.unitOfMeasure = "vụ";
                data.indicators.push_back(child);
            }
        }
        Criterion criterion;
        criterion.code = fmt::format("C{:02}", i + 1);
        criterion.name = indicator.name;
        criterion.indicatorCode = indicator.code;
        criterion.maxPoints = 2 + i % 5;
        criterion.method = kMethods[static_cast<std::size_t>(i) % kMethods.size()];
        if (criterion.method == ScoringMethod::Banded) {
            criterion.bands = {{1, 1}, {0.9, 0.7}, {0.8, 0.5}};
        }
        criterion.veto = shape.kind == IndicatorKind::ZeroEvents;
        scheme.criteria.push_back(criterion);
    }
    for (int i = 0; i < manualCount; ++i) {
        Criterion criterion;
        criterion.code = fmt::format("M{:02}", i + 1);
        criterion.name = fmt::format("Tiêu chí chấm tay {}", i + 1);
        criterion.maxPoints = 5;
        scheme.criteria.push_back(criterion);
    }
    data.schemes = {scheme};

    data.units.push_back(Unit{kDistrictUnitCode, "Huyện", UnitKind::District, "", false});
    const int groupSize = std::max(1, options.groupSize);
    for (int g = 0; g * groupSize < options.units; ++g) {
        data.groups.push_back(
            Group{fmt::format("G{:04}", g + 1), fmt::format("Cụm {}", g + 1), GroupKind::Cluster, scheme.code});
    }
    for (int u = 0; u < options.units; ++u) {
        data.units.push_back(Unit{fmt::format("U{:05}", u + 1), fmt::format("Xã {}", u + 1), UnitKind::Commune,
                                  data.groups[static_cast<std::size_t>(u / groupSize)].code, random.chance(0.005)});
    }

    for (const Unit& unit : data.units) {
        TargetMap& targets = data.targets[unit.code];
        MeasurementMap& values = data.values[unit.code];
        for (const Indicator& indicator : data.indicators) {
            // A few indicators are not assigned to a unit: their criteria are n/a and rescaled.
            if (indicator.parentCode.empty() && random.chance(0.02)) {
                continue;
            }
            const std::optional<double> target = targetFor(indicator, random);
            targets.emplace(indicator.code, target);
            if (indicator.kind != IndicatorKind::AllOf && !random.chance(0.03)) {
                values.emplace(indicator.code, valueFor(indicator, target, random));
            }
        }
        auto& manual = data.manualPoints[unit.code];
        for (int i = 0; i < manualCount; ++i) {
            ManualPoints points;
            points.self = random.between(3, 5);
            if (random.chance(0.5)) {
                points.cluster = random.between(2, 5);
            }
            if (random.chance(0.3)) {
                points.final = random.between(2, 5);
            }
            manual.emplace(fmt::format("M{:02}", i + 1), points);
        }
        if (random.chance(0.1)) {
            data.adjustments[unit.code].push_back({AdjustmentType::Bonus, "Điển hình tiên tiến", 2});
        }
        if (random.chance(0.05)) {
            data.adjustments[unit.code].push_back({AdjustmentType::Deduction, "Báo cáo trễ hạn", 1});
        }
    }
    return data;
}

std::vector<LinkedIndicator> linkedIndicators(const CampaignData& data)
{
    std::vector<LinkedIndicator> linked;
    for (const Criterion& criterion : data.schemes.front().criteria) {
        if (!criterion.indicatorCode.empty()) {
            linked.push_back({criterion.code, criterion.indicatorCode});
        }
    }
    return linked;
}

} // namespace thidua::bench
