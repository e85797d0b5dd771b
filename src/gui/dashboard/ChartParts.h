// The horizontal bar-chart plumbing under ChartBuilders' charts, internal to the dashboard (the public
// face is ChartBuilders.h). A builder describes its bars in plan order, as a BarsSpec; barChart()
// turns that into a chart laid out for a projector, with the value axes, our own bar labels and,
// when asked, the 100% line. Kept apart so that the builders read as what each chart shows.
#pragma once

#include <QChart>
#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

class QValueAxis;

namespace thidua::gui {

// One bar set as a builder collects it: where each bar ends (one per category) and the labels.
struct SetSpec
{
    QString key; // the set's objectName
    QString name;
    QColor color;
    QList<qreal> values;
    std::map<int, QString> labels; // by category
};

struct BarsSpec
{
    QString title;
    QString subtitle;
    QStringList categories; // plan order
    QStringList names;      // full names, as tooltips
    std::vector<SetSpec> sets;
    bool stacked = false;
};

// For figures that may be negative (the sectors' growth): zero always shows, and the top leaves room
// for the longest bar's label.
QValueAxis* growthAxis(double low, double high);
// For % of target: from 0 to a little beyond the longest bar and the 100% line; a bar cut at
// kChartCapPercent fills the plot exactly.
QValueAxis* percentAxis(const BarsSpec& spec);

// The chart of `planOrder`, drawn with plan order from the top (Qt Charts would start at the
// bottom). Takes `values` as its value axis; `targetLine` adds the dashed 100% line across every
// category. Each bar's label is read back with barLabel() (ChartBuilders.h).
std::unique_ptr<QChart> barChart(const BarsSpec& planOrder, QValueAxis* values, bool targetLine);

} // namespace thidua::gui
