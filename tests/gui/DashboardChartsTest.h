// The district dashboard's charts, on DashboardData built by hand (no database): which bars each
// chart draws and in which set, the 100% line, bars cut at 200% that keep their real value, the
// sectors' plan and actual, a missing period, the PNG export and empty data. UI text is never
// compared literally (the translation of new strings comes later); data, codes and numbers are.
#pragma once

#include <QObject>

namespace thidua::test {

class DashboardChartsTest : public QObject
{
    Q_OBJECT

private slots:
    void headingChartHasOneBarPerIndicatorInItsStatusSet();
    void headingChartHasATargetLineAt100();
    void headingChartCutsVeryLargeRatiosButLabelsTheRealValue();
    void headingChartSaysWhatHasNoData();
    void sectorChartComparesPlanAndActual();
    void sectorChartWithoutSectorsSaysSo();
    void periodsChartComparesSixMonthsAndYearEnd();
    void periodsChartShowsOnlyThePeriodThatExists();
    void widgetFollowsTheChosenHeading();
    void saveCurrentChartWritesAPicture();
    void saveCurrentChartFailsWithoutWriting();
    void exportButtonAsksForAFileAndReportsFailure();
    void emptyDataShowsMessagesWithoutCrashing();
};

} // namespace thidua::test
