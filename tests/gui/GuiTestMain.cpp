// Runs the GUI suites on the offscreen platform, in Qt's test mode, under a HOME of their own: the
// test-mode folders (~/.qttest) then belong to this run alone, so the suites may delete the default
// database and clear the settings without touching another suite running beside them.
#include "AdminTest.h"
#include "BackupActionsTest.h"
#include "CompletenessViewTest.h"
#include "DashboardChartsTest.h"
#include "DistrictDashboardTest.h"
#include "ImportActionsTest.h"
#include "IndicatorAdminTest.h"
#include "MainWindowTest.h"
#include "ManualScoresViewTest.h"
#include "RankingsViewTest.h"
#include "ReportEntryViewTest.h"
#include "ReportFormModelTest.h"
#include "ReportWorkflowViewTest.h"
#include "SchemeSettingsTest.h"
#include "SchemesViewTest.h"
#include "ScorecardViewTest.h"
#include "ShortlistViewTest.h"
#include "TargetsViewTest.h"
#include "ViewerModeTest.h"
#include "ViewsTest.h"
#include "gui/Application.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    if (!home.isValid()) {
        return 1;
    }
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    thidua::gui::configureApplication();

    int failures = 0;
    {
        thidua::test::ViewsTest views;
        failures += QTest::qExec(&views, argc, argv);
    }
    {
        thidua::test::CompletenessViewTest completeness;
        failures += QTest::qExec(&completeness, argc, argv);
    }
    {
        thidua::test::TargetsViewTest targets;
        failures += QTest::qExec(&targets, argc, argv);
    }
    {
        thidua::test::AdminTest admin;
        failures += QTest::qExec(&admin, argc, argv);
    }
    {
        thidua::test::IndicatorAdminTest indicators;
        failures += QTest::qExec(&indicators, argc, argv);
    }
    {
        thidua::test::ReportFormModelTest reportModel;
        failures += QTest::qExec(&reportModel, argc, argv);
    }
    {
        thidua::test::ReportEntryViewTest reportEntry;
        failures += QTest::qExec(&reportEntry, argc, argv);
    }
    {
        thidua::test::ReportWorkflowViewTest reportWorkflow;
        failures += QTest::qExec(&reportWorkflow, argc, argv);
    }
    {
        thidua::test::SchemesViewTest schemes;
        failures += QTest::qExec(&schemes, argc, argv);
    }
    {
        thidua::test::SchemeSettingsTest schemeSettings;
        failures += QTest::qExec(&schemeSettings, argc, argv);
    }
    {
        thidua::test::ManualScoresViewTest manualScores;
        failures += QTest::qExec(&manualScores, argc, argv);
    }
    {
        thidua::test::MainWindowTest window;
        failures += QTest::qExec(&window, argc, argv);
    }
    {
        thidua::test::DistrictDashboardTest districtDashboard;
        failures += QTest::qExec(&districtDashboard, argc, argv);
    }
    {
        thidua::test::DashboardChartsTest dashboardCharts;
        failures += QTest::qExec(&dashboardCharts, argc, argv);
    }
    {
        thidua::test::ScorecardViewTest scorecard;
        failures += QTest::qExec(&scorecard, argc, argv);
    }
    {
        thidua::test::RankingsViewTest rankings;
        failures += QTest::qExec(&rankings, argc, argv);
    }
    {
        thidua::test::ShortlistViewTest shortlist;
        failures += QTest::qExec(&shortlist, argc, argv);
    }
    {
        thidua::test::ViewerModeTest viewerMode;
        failures += QTest::qExec(&viewerMode, argc, argv);
    }
    {
        thidua::test::BackupActionsTest backups;
        failures += QTest::qExec(&backups, argc, argv);
    }
    {
        thidua::test::ImportActionsTest imports;
        failures += QTest::qExec(&imports, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
