// The manual scores and adjustments form on a seeded database: the models' contract, the three
// levels typed in the table with the level used and its points from the core, a value above the
// maximum refused and never stored, Delete clearing a level, bonus items and deductions added,
// edited and removed with the live total following (the cap included), rescaling for a commune
// scored on its manual criteria only, a criterion added in the schemes editor appearing here, and
// a read-only database.
#pragma once

#include "GuiTestSupport.h"
#include "gui/DatabaseSession.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class ManualScoresViewTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelsKeepTheContract();
    void pickersListScoredUnitsAndPeriods();
    void theHighestLevelEnteredIsUsed();
    void pointsAboveTheMaximumAreRefused();
    void bonusItemsAndDeductionsChangeTheTotal();
    void adjustmentsAreEditedInPlace();
    void aCommuneIsScoredOnItsManualCriteria();
    void aCriterionAddedInTheSchemesEditorAppears();
    void readOnlyDatabaseCannotBeEdited();

private:
    std::unique_ptr<GuiTempDir> m_dir;
    std::unique_ptr<gui::DatabaseSession> m_session;
};

} // namespace thidua::test
