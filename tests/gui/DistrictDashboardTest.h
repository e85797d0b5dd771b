// The district dashboard on a seeded database with values saved through storage: the models'
// contract, the tree of headings and nested indicators, status in colour and words, "?" for no data
// and grey for n/a, the change against the previous period, the headline and completeness counts,
// the drill-down to the communes with their sum and the gap and the way back, CSV export, and what
// shows without a database or when loading fails.
#pragma once

#include "GuiTestSupport.h"
#include "gui/DatabaseSession.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class DistrictDashboardTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelsKeepTheContract();
    void treeHasHeadingsAndNestedIndicators();
    void rowsShowStatusInColourAndWords();
    void changeAgainstThePreviousPeriod();
    void headlineCountsMainTargets();
    void completenessAtAGlance();
    void drillsDownToTheCommunesAndBack();
    void drillDownOfARateHasNoSum();
    void exportsBothTablesToCsv();
    void noDatabaseShowsAMessage();
    void loadingErrorIsShownInTheView();

private:
    std::unique_ptr<GuiTempDir> m_dir;
    std::unique_ptr<gui::DatabaseSession> m_session;
};

} // namespace thidua::test
