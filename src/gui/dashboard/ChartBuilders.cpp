#include "ChartBuilders.h"

#include "ChartParts.h"
#include "StatusStyle.h"
#include "i18n/DisplayText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(thidua::gui::ChartBuilders)
};

// Okabe–Ito blues for the two periods and grey for the plan: they stay apart in grayscale and for
// colour-blind readers, and do not borrow the status colours, which mean met / near / not met.
const QColor kHalfYearColor(0x56, 0xB4, 0xE9);
const QColor kYearEndColor(0x00, 0x72, 0xB2);
const QColor kPlanColor(0xB8, 0xB8, 0xB8);

QString headingTitle(const DashboardData& data, const std::string& headingCode)
{
    const auto found = std::find_if(data.headings.begin(), data.headings.end(),
                                    [&](const Heading& heading) { return heading.code == headingCode; });
    return QString::fromStdString(found == data.headings.end() ? headingCode : found->name);
}

QString cutNote(const QStringList& cut)
{
    if (cut.isEmpty()) {
        return {};
    }
    return ChartText::tr("Bars beyond %1 are cut at the edge; their label gives the real value (%2).")
        .arg(DisplayText::percent(kChartCapPercent / 100), QLocale().createSeparatedList(cut));
}

QString joinNotes(const QStringList& notes)
{
    QStringList kept = notes;
    kept.removeAll(QString());
    return kept.join(u' ');
}

// Short enough for the category axis at projector sizes; the full name is the bar's tooltip.
QString shortName(const QString& name, qsizetype maxChars = 36)
{
    if (name.size() <= maxChars) {
        return name;
    }
    qsizetype cut = name.lastIndexOf(u' ', maxChars - 1);
    if (cut < maxChars / 2) {
        cut = maxChars - 1;
    }
    return name.left(cut).trimmed() + u'\u2026';
}

struct Bar
{
    std::size_t set;
    double ratio;
    QString label;
};

// One row per indicator of the heading that has at least one bar (`barsOf`), in plan order, bars
// as % of target cut at kChartCapPercent; `cut` collects the codes of the cut ones.
void percentRows(const DashboardData& plan, const std::string& headingCode, BarsSpec& spec, QStringList& cut,
                 const std::function<std::vector<Bar>(const Indicator&)>& barsOf)
{
    for (const Indicator& indicator : plan.campaign.indicators) {
        const std::vector<Bar> bars = indicator.headingCode == headingCode ? barsOf(indicator) : std::vector<Bar>();
        if (bars.empty()) {
            continue;
        }
        const int index = int(spec.categories.size());
        const QString code = QString::fromStdString(indicator.code);
        for (SetSpec& set : spec.sets) {
            set.values << 0;
        }
        for (const Bar& bar : bars) {
            spec.sets[bar.set].values.back() = std::min(bar.ratio * 100, kChartCapPercent);
            spec.sets[bar.set].labels[index] = bar.label;
            if (bar.ratio * 100 > kChartCapPercent && !cut.contains(code)) {
                cut << code;
            }
        }
        spec.categories << code + u"  "_s + shortName(QString::fromStdString(indicator.name));
        spec.names << QString::fromStdString(indicator.name);
    }
}

} // namespace

BuiltChart buildHeadingChart(const DashboardData* data, const std::string& headingCode)
{
    if (data == nullptr) {
        return {nullptr, ChartText::tr("No figures to show."), {}};
    }
    // Each bar goes into the set of its status, stacked on zeros in the other sets, so one bar shows
    // per indicator and the legend names each status in words.
    constexpr std::array statuses{Status::Met, Status::Near, Status::NotMet};
    BarsSpec spec;
    spec.stacked = true;
    for (const Status status : statuses) {
        const std::string_view code = toCode(status);
        spec.sets.push_back({QString::fromUtf8(code.data(), qsizetype(code.size())),
                             DisplayText::statusText(status),
                             statusColor(status),
                             {},
                             {}});
    }
    QStringList noData;
    QStringList cut;
    percentRows(*data, headingCode, spec, cut, [&](const Indicator& indicator) {
        const Achievement* achievement = data->achievement(kDistrictUnitCode, indicator.code);
        if (achievement != nullptr && achievement->status == Status::NoData) {
            noData << QString::fromStdString(indicator.code);
        }
        const auto status =
            achievement == nullptr ? statuses.end() : std::find(statuses.begin(), statuses.end(), achievement->status);
        if (status == statuses.end() || !achievement->ratio) {
            return std::vector<Bar>(); // n/a and no data have no ratio
        }
        return std::vector<Bar>{{std::size_t(status - statuses.begin()), *achievement->ratio,
                                 DisplayText::statusSymbol(*status) + u' ' + DisplayText::percent(achievement->ratio)}};
    });
    const QString noDataNote =
        noData.isEmpty() ? QString()
                         : ChartText::tr("%n indicator(s) without data are not shown: %1.", "", int(noData.size()))
                               .arg(QLocale().createSeparatedList(noData));
    BuiltChart built;
    built.note = joinNotes({noDataNote, cutNote(cut)});
    if (spec.categories.isEmpty()) {
        built.message = ChartText::tr("No indicator of this heading has figures yet.");
        return built;
    }
    // Sets of statuses no indicator has would only crowd the legend.
    std::erase_if(spec.sets, [](const SetSpec& set) { return set.labels.empty(); });
    spec.title = ChartText::tr("%1: achievement against the target").arg(headingTitle(*data, headingCode));
    spec.subtitle = QString::fromStdString(data->period.name);
    built.chart = barChart(spec, percentAxis(spec), true);
    return built;
}

BuiltChart buildSectorChart(const DashboardData* data)
{
    if (data == nullptr) {
        return {nullptr, ChartText::tr("No figures to show."), {}};
    }
    BuiltChart built;
    BarsSpec spec;
    spec.sets = {{u"plan"_s, ChartText::tr("Plan"), kPlanColor, {}, {}},
                 {u"actual"_s, ChartText::tr("Actual"), kYearEndColor, {}, {}}};
    QStringList missing;
    double low = 0;
    double high = 0;
    // KT01 is the plan's growth of the main sectors; its children are the sectors (spec/plan-2021.md).
    for (const Indicator& indicator : data->campaign.indicators) {
        if (indicator.parentCode != "KT01") {
            continue;
        }
        const Achievement* achievement = data->achievement(kDistrictUnitCode, indicator.code);
        const int index = int(spec.categories.size());
        const std::array figures{achievement == nullptr ? std::nullopt : achievement->target,
                                 achievement == nullptr ? std::nullopt : achievement->actual};
        for (std::size_t s = 0; s < figures.size(); ++s) {
            spec.sets[s].values << figures[s].value_or(0);
            low = std::min(low, figures[s].value_or(0));
            high = std::max(high, figures[s].value_or(0));
            if (figures[s]) {
                spec.sets[s].labels[index] = DisplayText::number(figures[s]) + u'%';
            }
        }
        if (figures[1]) {
            spec.sets[1].labels[index].prepend(DisplayText::statusSymbol(achievement->status) + u' ');
        } else {
            missing << QString::fromStdString(indicator.code);
        }
        spec.categories << shortName(QString::fromStdString(indicator.name));
        spec.names << QString::fromStdString(indicator.name);
    }
    if (spec.categories.isEmpty()) {
        built.message = ChartText::tr("There are no sector indicators in this plan.");
        return built;
    }
    if (!missing.isEmpty()) {
        built.note = ChartText::tr("No actual growth reported yet for %1.").arg(QLocale().createSeparatedList(missing));
    }
    spec.title = ChartText::tr("Growth of the main sectors: plan and actual");
    spec.subtitle = QString::fromStdString(data->period.name);
    built.chart = barChart(spec, growthAxis(low, high), false);
    return built;
}

BuiltChart buildPeriodsChart(const DashboardData* halfYear, const DashboardData* yearEnd,
                             const std::string& headingCode)
{
    const DashboardData* plan = yearEnd != nullptr ? yearEnd : halfYear;
    if (plan == nullptr) {
        return {nullptr, ChartText::tr("No figures to show."), {}};
    }
    BarsSpec spec;
    std::vector<const DashboardData*> periods;
    if (halfYear != nullptr) {
        periods.push_back(halfYear);
        spec.sets.push_back({u"halfYear"_s, ChartText::tr("Six months"), kHalfYearColor, {}, {}});
    }
    if (yearEnd != nullptr) {
        periods.push_back(yearEnd);
        spec.sets.push_back({u"yearEnd"_s, ChartText::tr("Year-end"), kYearEndColor, {}, {}});
    }
    QStringList cut;
    percentRows(*plan, headingCode, spec, cut, [&](const Indicator& indicator) {
        std::vector<Bar> bars;
        for (std::size_t p = 0; p < periods.size(); ++p) {
            const Achievement* achievement = periods[p]->achievement(kDistrictUnitCode, indicator.code);
            if (achievement != nullptr && achievement->ratio) {
                bars.push_back({p, *achievement->ratio, DisplayText::percent(achievement->ratio)});
            }
        }
        return bars;
    });
    QString missingPeriod;
    if (halfYear == nullptr) {
        missingPeriod = ChartText::tr("There are no six-month figures for this year; only year-end is shown.");
    } else if (yearEnd == nullptr) {
        missingPeriod = ChartText::tr("There are no year-end figures yet; only the six-month report is shown.");
    }
    BuiltChart built;
    built.note = joinNotes({missingPeriod, cutNote(cut)});
    if (spec.categories.isEmpty()) {
        built.message = ChartText::tr("No indicator of this heading has figures yet.");
        return built;
    }
    spec.title = ChartText::tr("%1: six months and year-end").arg(headingTitle(*plan, headingCode));
    spec.subtitle = ChartText::tr("Achievement against the year's target");
    built.chart = barChart(spec, percentAxis(spec), true);
    return built;
}

} // namespace thidua::gui
