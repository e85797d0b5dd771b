// Editing the plan's indicators from the Plan tab, driven as an official would: Insert, F2 and Enter
// on the tree, the dialog filled with typed text (Vietnamese decimal comma) and accepted with Enter,
// refusals answered in advance. Each test works on a fresh copy of the seeded database and checks
// what was stored, not only what is shown.
#pragma once

#include "GuiTestSupport.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class IndicatorAdminTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void indicatorRangeIsEditedAndStored();
    void invalidIndicatorInputIsRefusedWithAMessage();
    void namedMembersAreTickedInTheDialog();
    void indicatorIsAddedUnderTheSelectedHeading();
    void indicatorModelKeepsTheContractWhenAParentMoves();

private:
    std::unique_ptr<GuiTempDir> m_dir;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace thidua::test
