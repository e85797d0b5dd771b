#include "ReportFormData.h"

#include "storage/Database.h"
#include "storage/PlanRepository.h"

namespace thidua::gui {
namespace {

const storage::ReportValue* find(const std::vector<storage::ReportValue>& values, const std::string& indicatorCode)
{
    for (const storage::ReportValue& value : values) {
        if (value.indicatorCode == indicatorCode) {
            return &value;
        }
    }
    return nullptr;
}

// The figure a baseline usually copies. A change over the year (reduce_by, increase_by) starts from
// the level at the end of last year, which this year's six-month report may already carry as its
// baseline; a comparison with "the same period last year" (below_baseline, not_above_baseline) uses
// last year's report of the same period.
std::map<std::string, double> hintsFor(const storage::ReportRepository& reports, const std::vector<Indicator>& plan,
                                       const std::string& unitCode, PeriodCode period)
{
    PeriodCode lastYear = period;
    lastYear.year -= 1;
    const PeriodCode lastYearEnd{period.year - 1, PeriodKind::YearEnd};
    const auto samePeriod = reports.values(lastYear.toString(), unitCode);
    const auto yearEnd = reports.values(lastYearEnd.toString(), unitCode);
    std::vector<storage::ReportValue> halfYear;
    if (period.kind == PeriodKind::YearEnd) {
        halfYear = reports.values(PeriodCode{period.year, PeriodKind::HalfYear}.toString(), unitCode);
    }

    std::map<std::string, double> hints;
    for (const Indicator& indicator : plan) {
        if (!needsBaseline(indicator.kind)) {
            continue;
        }
        const bool change = indicator.kind == IndicatorKind::ReduceBy || indicator.kind == IndicatorKind::IncreaseBy;
        if (change) {
            if (const auto* h1 = find(halfYear, indicator.code); h1 && h1->baseline) {
                hints[indicator.code] = *h1->baseline;
                continue;
            }
        }
        if (const auto* previous = find(change ? yearEnd : samePeriod, indicator.code); previous && previous->actual) {
            hints[indicator.code] = *previous->actual;
        }
    }
    return hints;
}

} // namespace

ReportFormData ReportFormData::load(storage::Database& database, const std::string& unitCode,
                                    const std::string& periodCode)
{
    ReportFormData data;
    data.unitCode = unitCode;
    data.periodCode = periodCode;
    const auto period = PeriodCode::parse(periodCode);
    if (!period) {
        return data;
    }
    data.period = period->kind;

    const storage::PlanRepository plan(database);
    const storage::ReportRepository reports(database);
    data.headings = plan.headings();
    data.indicators = plan.indicators();
    for (const Target& target : plan.targets(period->year, unitCode)) {
        data.targets[target.indicatorCode] = target.value;
    }
    for (const Unit& unit : plan.units()) {
        data.unitNames[unit.code] = unit.name;
    }
    data.values = reports.values(periodCode, unitCode);
    data.baselineHints = hintsFor(reports, data.indicators, unitCode, *period);
    return data;
}

} // namespace thidua::gui
