// The rankings view and its two models. On a ranking made by the core from hand-made scores (so
// every total is known): the models' contract, ties sharing a rank and marked as ties, the order
// within a tie by Vietnamese collation, leaders standing out, ineligibility in words, and a
// breakdown whose points add up to the unit's. On the seeded Tây Sơn plan with a few scores saved:
// the cluster ranked, a unit chosen by mouse or keyboard explained (the veto criterion named,
// adjustments listed), a group without data still ranked, CSV exports, and no database.
#pragma once

#include "GuiTestSupport.h"
#include "gui/DatabaseSession.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class RankingsViewTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tiesShareARankInVietnameseOrder();
    void leadersStandOut();
    void breakdownAddsUpToTheUnitsPoints();
    void theSeededClusterIsRanked();
    void aGroupWithoutDataStillRanks();
    void selectingAUnitExplainsItsScore(); // an ineligible one says why
    void tablesExportToCsv();
    void noDatabaseShowsAMessage();

private:
    std::unique_ptr<GuiTempDir> m_dir;
    std::unique_ptr<gui::DatabaseSession> m_session;
};

} // namespace thidua::test
