#include "ImportApply.h"

#include "PlanRepository.h"
#include "ReportRepository.h"
#include "ScoreRepository.h"

#include <map>
#include <ranges>
#include <set>
#include <tuple>
#include <utility>

namespace thidua::storage {
namespace {

template <typename T>
std::map<std::string, T> byCode(std::vector<T> items)
{
    std::map<std::string, T> result;
    for (T& item : items) {
        std::string code = item.code;
        result.emplace(std::move(code), std::move(item));
    }
    return result;
}

class Applier
{
public:
    Applier(Database& db, const ImportFile& file, const QString& user)
        : m_file(file)
        , m_user(user)
        , m_plan(db)
        , m_reports(db)
        , m_scores(db)
    {
    }

    int apply(const std::vector<Row<Indicator>>& rows)
    {
        const auto stored = byCode(m_plan.indicators());
        for (Indicator indicator : rows | std::views::transform(&Row<Indicator>::value)) {
            if (const auto old = stored.find(indicator.code); old != stored.end()) {
                keep("parent", indicator.parentCode, old->second.parentCode);
                keep("mid_year_share", indicator.midYearShare, old->second.midYearShare);
                keep("members", indicator.memberCodes, old->second.memberCodes);
                keep("heading", indicator.headingCode, old->second.headingCode);
                keep("min", indicator.minValue, old->second.minValue);
                keep("max", indicator.maxValue, old->second.maxValue);
            }
            m_plan.saveIndicator(indicator);
        }
        return static_cast<int>(rows.size());
    }

    int apply(const std::vector<Row<Unit>>& rows)
    {
        const auto stored = byCode(m_plan.units());
        for (Unit unit : rows | std::views::transform(&Row<Unit>::value)) {
            if (const auto old = stored.find(unit.code); old != stored.end()) {
                // Archiving is done in the app, not by files: an import never brings a unit back.
                unit.archived = old->second.archived;
                keep("group", unit.groupCode, old->second.groupCode);
            }
            m_plan.saveUnit(unit);
        }
        return static_cast<int>(rows.size());
    }

    int apply(const std::vector<Row<Group>>& rows)
    {
        for (const auto& row : rows) {
            m_plan.saveGroup(row.value);
        }
        return static_cast<int>(rows.size());
    }

    // A scheme's rows replace its criteria (PlanRepository::saveScheme); criteria that stay keep
    // their manual scores. Title bands have no column and stay as they are; a new scheme has none,
    // so the computation's default bands apply.
    int apply(const std::vector<Row<SchemeImport>>& rows)
    {
        const auto stored = byCode(m_plan.schemes());
        int count = 0;
        for (Scheme scheme : rows | std::views::transform([](const auto& row) { return row.value.scheme; })) {
            count += static_cast<int>(scheme.criteria.size());
            const auto old = stored.find(scheme.code);
            if (old == stored.end()) {
                if (scheme.name.empty()) {
                    scheme.name = scheme.code;
                }
                m_plan.saveScheme(scheme);
                continue;
            }
            scheme.titleBands = old->second.titleBands;
            if (scheme.name.empty()) {
                scheme.name = old->second.name;
            }
            keep("scale", scheme.scale, old->second.scale);
            keep("bonus_cap", scheme.bonusCap, old->second.bonusCap);
            keep("flag_threshold", scheme.flagThreshold, old->second.flagThreshold);
            const auto oldCriteria = byCode(old->second.criteria);
            for (Criterion& criterion : scheme.criteria) {
                if (const auto was = oldCriteria.find(criterion.code); was != oldCriteria.end()) {
                    keep("indicator", criterion.indicatorCode, was->second.indicatorCode);
                    keep("method", criterion.method, was->second.method);
                    keep("bonus_rate", criterion.bonusRate, was->second.bonusRate);
                    keep("excess_cap", criterion.excessCap, was->second.excessCap);
                    keep("bands", criterion.bands, was->second.bands);
                    keep("veto", criterion.veto, was->second.veto);
                }
            }
            m_plan.saveScheme(scheme);
        }
        return count;
    }

    int apply(const std::vector<Row<Target>>& rows)
    {
        // Without a target column, a file only says which indicators apply to which units; the
        // figures already set stay.
        std::map<std::tuple<std::string, std::string, int>, std::optional<double>> stored;
        if (!m_file.hasColumn("target")) {
            std::set<int> years;
            for (const auto& row : rows) {
                years.insert(row.value.year);
            }
            for (int year : years) {
                for (const Target& target : m_plan.targets(year)) {
                    stored[{target.unitCode, target.indicatorCode, year}] = target.value;
                }
            }
        }
        for (Target target : rows | std::views::transform(&Row<Target>::value)) {
            if (const auto old = stored.find({target.unitCode, target.indicatorCode, target.year});
                old != stored.end()) {
                target.value = old->second;
            }
            m_plan.saveTarget(target);
        }
        return static_cast<int>(rows.size());
    }

    int apply(const std::vector<Row<ReportRow>>& rows)
    {
        // One read per period of the file: the stored values, to keep the ticked members of a
        // named set (no column carries them) and the columns the file leaves out.
        std::map<std::string, std::map<std::pair<std::string, std::string>, ReportValue>> stored;
        for (const auto& row : rows) {
            if (!stored.contains(row.value.periodCode)) {
                auto& values = stored[row.value.periodCode];
                for (ReportValue& value : m_reports.values(row.value.periodCode)) {
                    values.emplace(std::pair(value.unitCode, value.indicatorCode), std::move(value));
                }
            }
        }
        for (const auto& row : rows) {
            const ReportRow& report = row.value;
            ReportValue value{report.unitCode,
                              report.periodCode,
                              report.indicatorCode,
                              report.actual,
                              report.baseline,
                              report.note,
                              {}};
            const auto& values = stored.at(report.periodCode);
            if (const auto old = values.find({report.unitCode, report.indicatorCode}); old != values.end()) {
                value.reachedMembers = old->second.reachedMembers;
                keep("actual", value.actual, old->second.actual);
                keep("baseline", value.baseline, old->second.baseline);
                keep("note", value.note, old->second.note);
            }
            m_reports.saveValue(value, m_user);
        }
        return static_cast<int>(rows.size());
    }

    int apply(const std::vector<Row<ScoreRow>>& rows)
    {
        for (const auto& [line, score] : rows) {
            m_scores.saveManualScore(score.unitCode, score.periodCode, score.criterionCode, score.level, score.points);
        }
        return static_cast<int>(rows.size());
    }

    int apply(const std::vector<Row<AdjustmentRow>>& rows)
    {
        for (const auto& [line, adjustment] : rows) {
            m_scores.saveAdjustment(adjustment.unitCode, adjustment.periodCode,
                                    {adjustment.type, adjustment.reason, adjustment.points});
        }
        return static_cast<int>(rows.size());
    }

private:
    template <typename T>
    void keep(std::string_view column, T& value, const T& stored) const
    {
        if (!m_file.hasColumn(column)) {
            value = stored;
        }
    }

    const ImportFile& m_file;
    const QString& m_user;
    PlanRepository m_plan;
    ReportRepository m_reports;
    ScoreRepository m_scores;
};

} // namespace

int applyImportRows(Database& db, const ImportFile& file, const QString& user)
{
    Applier applier(db, file, user);
    return std::visit([&applier](const auto& rows) { return applier.apply(rows); }, file.rows);
}

} // namespace thidua::storage
