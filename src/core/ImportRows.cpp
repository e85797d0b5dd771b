#include "ImportRows.h"

namespace thidua {
namespace {

// A column every row must fill with a number ≥ 0 (points of scores and adjustments).
double filledNonNegative(FieldReader& reader, std::string_view column)
{
    if (reader.required(column).empty()) {
        return 0;
    }
    return reader.nonNegative(column).value_or(0);
}

} // namespace

void readIndicatorRow(FieldReader& reader, std::vector<Row<Indicator>>& rows)
{
    Indicator indicator;
    indicator.code = reader.required("code");
    indicator.parentCode = reader.text("parent");
    indicator.name = reader.required("name");
    indicator.unitOfMeasure = reader.text("unit");
    indicator.kind = reader.code("kind", indicatorKindFromCode, true).value_or(IndicatorKind::AtLeast);
    indicator.basis = reader.code("period_basis", periodBasisFromCode, true).value_or(PeriodBasis::Level);
    // A share of the year's target: more than nothing, at most all of it.
    indicator.midYearShare = reader.inInterval("mid_year_share", 0, true, 1.0);
    indicator.memberCodes = reader.list("members");
    indicator.headingCode = reader.text("heading");
    indicator.minValue = reader.number("min");
    indicator.maxValue = reader.number("max");
    if (indicator.minValue && indicator.maxValue && *indicator.minValue > *indicator.maxValue) {
        reader.fail("max", ImportProblem::OutOfRange, reader.text("max"),
                    describeInterval(indicator.minValue, false, std::nullopt, false));
    }
    rows.push_back({reader.line(), std::move(indicator)});
}

void readUnitRow(FieldReader& reader, std::vector<Row<Unit>>& rows)
{
    Unit unit;
    unit.code = reader.required("code");
    unit.name = reader.required("name");
    unit.kind = reader.code("kind", unitKindFromCode, true).value_or(UnitKind::Other);
    unit.groupCode = reader.text("group");
    rows.push_back({reader.line(), std::move(unit)});
}

void readGroupRow(FieldReader& reader, std::vector<Row<Group>>& rows)
{
    Group group;
    group.code = reader.required("code");
    group.name = reader.required("name");
    group.kind = reader.code("kind", groupKindFromCode, true).value_or(GroupKind::Cluster);
    group.schemeCode = reader.text("scheme");
    rows.push_back({reader.line(), std::move(group)});
}

void readTargetRow(FieldReader& reader, std::vector<Row<Target>>& rows)
{
    Target target;
    target.unitCode = reader.required("unit");
    target.indicatorCode = reader.required("indicator");
    target.year = reader.year("year").value_or(0);
    target.value = reader.number("target");
    rows.push_back({reader.line(), std::move(target)});
}

void readReportRow(FieldReader& reader, std::vector<Row<ReportRow>>& rows)
{
    ReportRow report;
    report.unitCode = reader.required("unit");
    report.periodCode = reader.period("period");
    report.indicatorCode = reader.required("indicator");
    report.actual = reader.number("actual");
    report.baseline = reader.number("baseline");
    report.note = reader.text("note");
    rows.push_back({reader.line(), std::move(report)});
}

void readScoreRow(FieldReader& reader, std::vector<Row<ScoreRow>>& rows)
{
    ScoreRow score;
    score.unitCode = reader.required("unit");
    score.periodCode = reader.period("period");
    score.criterionCode = reader.required("criterion");
    score.level = reader.code("level", scoreLevelFromCode, true).value_or(ScoreLevel::Self);
    score.points = filledNonNegative(reader, "points");
    rows.push_back({reader.line(), std::move(score)});
}

void readAdjustmentRow(FieldReader& reader, std::vector<Row<AdjustmentRow>>& rows)
{
    AdjustmentRow adjustment;
    adjustment.unitCode = reader.required("unit");
    adjustment.periodCode = reader.period("period");
    adjustment.type = reader.code("type", adjustmentTypeFromCode, true).value_or(AdjustmentType::Bonus);
    adjustment.reason = reader.required("reason");
    // Points are ≥ 0 whatever the type: the type says whether they are added or taken away.
    adjustment.points = filledNonNegative(reader, "points");
    rows.push_back({reader.line(), std::move(adjustment)});
}

void SchemeGatherer::read(FieldReader& reader)
{
    const std::string code = reader.required("scheme");
    Criterion criterion;
    criterion.code = reader.required("criterion");
    criterion.heading = reader.text("heading");
    criterion.name = reader.required("name");
    if (!reader.required("max").empty()) {
        criterion.maxPoints = reader.inInterval("max", 0, true, std::nullopt).value_or(0);
    }
    criterion.indicatorCode = reader.text("indicator");
    criterion.method = reader.code("method", scoringMethodFromCode, false).value_or(ScoringMethod::Proportional);
    criterion.bonusRate = reader.nonNegative("bonus_rate").value_or(criterion.bonusRate);
    criterion.excessCap = reader.nonNegative("excess_cap").value_or(criterion.excessCap);
    criterion.bands = reader.bands("bands");
    criterion.veto = reader.boolean("veto");
    const auto scale = reader.inInterval("scale", 0, true, std::nullopt);
    const auto bonusCap = reader.nonNegative("bonus_cap");
    const auto flagThreshold = reader.nonNegative("flag_threshold");
    if (code.empty()) {
        return; // already a fault: the row belongs to no scheme
    }

    const auto [found, added] = m_index.try_emplace(code, m_rows.size());
    if (added) {
        Scheme scheme;
        scheme.code = code;
        m_rows.push_back({reader.line(), {std::move(scheme), {}}});
        m_settings.emplace_back();
    }
    SchemeImport& gathered = m_rows[found->second].value;
    Settings& settings = m_settings[found->second];
    gathered.scheme.criteria.push_back(std::move(criterion));
    gathered.criterionLines.push_back(reader.line());
    agreeText(reader, "scheme_name", settings.name, gathered.scheme.name);
    agreeNumber(reader, "scale", scale, settings.scale, gathered.scheme.scale);
    agreeNumber(reader, "bonus_cap", bonusCap, settings.bonusCap, gathered.scheme.bonusCap);
    agreeNumber(reader, "flag_threshold", flagThreshold, settings.flagThreshold, gathered.scheme.flagThreshold);
}

void SchemeGatherer::agreeText(FieldReader& reader, std::string_view column, Setting& setting, std::string& target)
{
    const std::string value = reader.text(column);
    if (value.empty()) {
        return;
    }
    if (setting.line == 0) {
        setting = {reader.line(), value, std::nullopt};
        target = value;
    } else if (value != setting.text) {
        reader.fail(column, ImportProblem::SchemeMismatch, value, std::to_string(setting.line));
    }
}

// Compared as numbers, so `90` and `90,0` in a `;` file agree.
void SchemeGatherer::agreeNumber(FieldReader& reader, std::string_view column, std::optional<double> value,
                                 Setting& setting, std::optional<double>& target)
{
    if (!value) {
        return;
    }
    if (setting.line == 0) {
        setting = {reader.line(), reader.text(column), value};
        target = value;
    } else if (*value != *setting.number) {
        reader.fail(column, ImportProblem::SchemeMismatch, reader.text(column), std::to_string(setting.line));
    }
}

} // namespace thidua
