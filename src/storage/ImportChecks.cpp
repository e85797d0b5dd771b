#include "ImportChecks.h"

#include "core/ImportFields.h"
#include "core/NumberFormat.h"

#include <algorithm>

namespace thidua::storage {
namespace {

class Checker
{
public:
    Checker(const ImportFile& file, const ImportCatalog& catalog)
        : m_file(file)
        , m_catalog(catalog)
    {
    }

    std::vector<ImportError> take()
    {
        std::stable_sort(m_errors.begin(), m_errors.end(),
                         [](const ImportError& a, const ImportError& b) { return a.line < b.line; });
        return std::move(m_errors);
    }

    void check(const std::vector<Row<Indicator>>& rows)
    {
        std::set<std::string> earlier;
        for (const auto& [line, indicator] : rows) {
            // A parent must come before its child, in the database or higher up in the file, so
            // the plan's tree has no loops.
            const std::string& parent = indicator.parentCode;
            if (!parent.empty() &&
                (parent == indicator.code || (!m_catalog.indicators.contains(parent) && !earlier.contains(parent)))) {
                fail(line, "parent", ImportProblem::UnknownReference, parent);
            }
            known(line, "heading", indicator.headingCode, m_catalog.headings);
            for (const std::string& member : indicator.memberCodes) {
                known(line, "members", member, m_catalog.unitSchemes);
            }
            validRange(line, indicator);
            earlier.insert(indicator.code);
        }
    }

    void check(const std::vector<Row<Unit>>& rows)
    {
        for (const auto& [line, unit] : rows) {
            known(line, "group", unit.groupCode, m_catalog.groups);
        }
    }

    void check(const std::vector<Row<Group>>& rows)
    {
        for (const auto& [line, group] : rows) {
            known(line, "scheme", group.schemeCode, m_catalog.schemeCriteria);
        }
    }

    void check(const std::vector<Row<SchemeImport>>& rows)
    {
        for (const auto& row : rows) {
            const auto& criteria = row.value.scheme.criteria;
            for (std::size_t i = 0; i < criteria.size(); ++i) {
                known(row.value.criterionLines.at(i), "indicator", criteria[i].indicatorCode, m_catalog.indicators);
            }
        }
    }

    void check(const std::vector<Row<Target>>& rows)
    {
        for (const auto& [line, target] : rows) {
            known(line, "unit", target.unitCode, m_catalog.unitSchemes);
            if (const IndicatorFacts* facts = indicator(line, target.indicatorCode)) {
                inRange(line, "target", target.value, *facts);
            }
        }
    }

    void check(const std::vector<Row<ReportRow>>& rows)
    {
        for (const auto& [line, report] : rows) {
            known(line, "unit", report.unitCode, m_catalog.unitSchemes);
            known(line, "period", report.periodCode, m_catalog.periods);
            const IndicatorFacts* facts = indicator(line, report.indicatorCode);
            if (!facts) {
                continue;
            }
            if (facts->kind == IndicatorKind::Boolean && report.actual && *report.actual != 0 && *report.actual != 1) {
                fail(line, "actual", ImportProblem::NotBoolean, figure(*report.actual));
                continue;
            }
            inRange(line, "actual", report.actual, *facts);
            inRange(line, "baseline", report.baseline, *facts);
        }
    }

    void check(const std::vector<Row<ScoreRow>>& rows)
    {
        for (const auto& [line, score] : rows) {
            known(line, "period", score.periodCode, m_catalog.periods);
            const auto unit = m_catalog.unitSchemes.find(score.unitCode);
            if (unit == m_catalog.unitSchemes.end()) {
                fail(line, "unit", ImportProblem::UnknownReference, score.unitCode);
                continue;
            }
            // The criterion is the one of the scheme of the unit's group.
            const std::string& scheme = unit->second;
            const auto criteria = m_catalog.schemeCriteria.find(scheme);
            if (criteria == m_catalog.schemeCriteria.end() || !criteria->second.contains(score.criterionCode)) {
                fail(line, "criterion", ImportProblem::UnknownReference, score.criterionCode, scheme);
            }
        }
    }

    void check(const std::vector<Row<AdjustmentRow>>& rows)
    {
        for (const auto& [line, adjustment] : rows) {
            known(line, "unit", adjustment.unitCode, m_catalog.unitSchemes);
            known(line, "period", adjustment.periodCode, m_catalog.periods);
        }
    }

private:
    void fail(int line, const char* column, ImportProblem problem, std::string value, std::string detail = {})
    {
        m_errors.push_back({m_file.fileName, line, column, problem, std::move(value), std::move(detail)});
    }

    // An empty code refers to nothing and is always allowed: the columns where it is not are
    // checked as required by the reader.
    template <typename Known>
    void known(int line, const char* column, const std::string& code, const Known& codes)
    {
        if (!code.empty() && !codes.contains(code)) {
            fail(line, column, ImportProblem::UnknownReference, code);
        }
    }

    // A file that gives only one bound of a stored indicator keeps the other (see ImportApply):
    // the two must still make a range.
    void validRange(int line, const Indicator& indicator)
    {
        const auto stored = m_catalog.indicators.find(indicator.code);
        if (stored == m_catalog.indicators.end() || (m_file.hasColumn("min") && m_file.hasColumn("max"))) {
            return;
        }
        const auto min = m_file.hasColumn("min") ? indicator.minValue : stored->second.minValue;
        const auto max = m_file.hasColumn("max") ? indicator.maxValue : stored->second.maxValue;
        if (min && max && *min > *max) {
            const bool minGiven = m_file.hasColumn("min");
            fail(line, minGiven ? "min" : "max", ImportProblem::OutOfRange, figure(minGiven ? *min : *max),
                 minGiven ? describeInterval(std::nullopt, false, max, false)
                          : describeInterval(min, false, std::nullopt, false));
        }
    }

    const IndicatorFacts* indicator(int line, const std::string& code)
    {
        const auto found = m_catalog.indicators.find(code);
        if (found == m_catalog.indicators.end()) {
            fail(line, "indicator", ImportProblem::UnknownReference, code);
            return nullptr;
        }
        return &found->second;
    }

    void inRange(int line, const char* column, const std::optional<double>& value, const IndicatorFacts& facts)
    {
        if (value && ((facts.minValue && *value < *facts.minValue) || (facts.maxValue && *value > *facts.maxValue))) {
            fail(line, column, ImportProblem::OutOfRange, figure(*value),
                 describeInterval(facts.minValue, false, facts.maxValue, false));
        }
    }

    // A value as the file wrote it: with the decimal comma in a `;` file, but never with the
    // thousands separators the files may not use.
    std::string figure(double value) const
    {
        std::string text = formatNumber(value, 6, NumberStyle::Plain);
        if (m_file.delimiter == ';') {
            std::replace(text.begin(), text.end(), '.', ',');
        }
        return text;
    }

    const ImportFile& m_file;
    const ImportCatalog& m_catalog;
    std::vector<ImportError> m_errors;
};

} // namespace

std::vector<ImportError> checkAgainstDatabase(const ImportFile& file, const ImportCatalog& catalog)
{
    Checker checker(file, catalog);
    std::visit([&checker](const auto& rows) { checker.check(rows); }, file.rows);
    return checker.take();
}

} // namespace thidua::storage
