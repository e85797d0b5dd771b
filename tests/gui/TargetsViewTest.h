// The targets grid on a seeded database: the model contract, what an official reads in it, typing in
// the real table (stored at once, Enter and Tab moving on), refused values kept and never stored,
// filling a column from the district, pasting a block from a spreadsheet, copying 2021 to 2022, and
// a read-only database that cannot be changed.
#pragma once

#include "GuiTestSupport.h"
#include "gui/DatabaseSession.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class TargetsViewTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelKeepsTheContract();
    void gridShowsTheDistrictFirstThenTheGroups();
    void typingATargetStoresItAndMovesOn();
    void badValuesAreKeptMarkedAndNotStored();
    void tickingAndDeletingAssignAndRemove();
    void fillColumnGivesTheDistrictTargetToTheGroup();
    void pasteStoresABlockWithDecimalCommas();
    void pasteWithBadCellsStoresNothingAndNamesThem();
    void copyPlanToANewYear();
    void readOnlyDatabaseCannotBeEdited();

private:
    std::unique_ptr<GuiTempDir> m_dir;
    std::unique_ptr<gui::DatabaseSession> m_session;
};

} // namespace thidua::test
