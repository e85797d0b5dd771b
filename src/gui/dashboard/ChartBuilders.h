// The district dashboard's charts built from DashboardData, one free function each, so that a test
// can read the series, sets and labels of a chart without a widget. Every chart shows the district
// (kDistrictUnitCode) and is laid out for a projector: horizontal bars, so that indicator names have
// room on the left, large bold fonts, value labels written the interface's way (93,5%).
#pragma once

#include "DashboardData.h"

#include <QChart>
#include <QString>

#include <memory>
#include <string>

class QBarSet;

namespace thidua::gui {

// Bars of a % of target longer than this are cut at the plot's edge and keep their real value in
// their label: one 500% would otherwise flatten every other bar to a sliver.
inline constexpr double kChartCapPercent = 200;

struct BuiltChart
{
    std::unique_ptr<QChart> chart; // null when there is nothing to draw
    QString message;               // no chart: why, in one short sentence
    QString note;                  // under the chart: what it leaves out (no data, cut bars, a missing period)
};

// Each QBarSet's objectName says what it holds, whatever the language: met, near, not_met (the status
// codes); plan, actual; halfYear, yearEnd.

// % of target of each district indicator of the heading that has a ratio, one bar set per status
// (so the legend names them), against a 100% line.
BuiltChart buildHeadingChart(const DashboardData* data, const std::string& headingCode);
// The children of KT01 (growth of the main sectors): the district's target and actual, in %.
BuiltChart buildSectorChart(const DashboardData* data);
// % of target at the six-month report and at year-end, per indicator of the heading; either period
// may be missing.
BuiltChart buildPeriodsChart(const DashboardData* halfYear, const DashboardData* yearEnd,
                             const std::string& headingCode);

// The text written at the end of bar `index` of `set` (the series' index: the plan's first indicator is the
// last category, drawn at the top); empty when that bar has none. Qt Charts' own
// bar labels can only print the bar's value, so the charts draw their own (ChartParts.cpp).
QString barLabel(const QChart& chart, const QBarSet* set, int index);

} // namespace thidua::gui
