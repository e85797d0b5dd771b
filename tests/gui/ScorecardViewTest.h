// The scorecard (issue 5) on the seeded Tây Sơn plan with three communes and one agency given
// targets and values: the models' contract, cells that show value, symbol and colour (n/a grey, no
// data "?" and never 0), the group filter with averages that follow it, sorting with missing values
// last in both directions, averages checked by hand, the CSV export of what is shown, the legend,
// and an empty scorecard with a message when no database is open. One model test is fed a
// DashboardData directly, to check which units become rows.
#pragma once

#include "GuiTestSupport.h"
#include "gui/DatabaseSession.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class ScorecardViewTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelsKeepTheContract();
    void rowsAreUnitsWithTargetsButNotTheDistrict();
    void cellsShowValueSymbolAndColour();
    void groupFilterKeepsItsUnitsAndAveragesFollow();
    void sortsByRatioWithMissingValuesLast();
    void averagesAreMeansOverTheShownUnits();
    void exportsWhatIsShownWithTheAverages();
    void legendAndMessageWithoutADatabase();

private:
    std::unique_ptr<GuiTempDir> m_dir;
    std::unique_ptr<gui::DatabaseSession> m_session;
};

} // namespace thidua::test
