// Administration of units and groups from the Units tab, driven as an official would: keys on the
// tree (Insert, F2, Enter, Delete), dialogs filled with typed text and accepted with Enter, message
// boxes answered in advance. Each test works on a fresh copy of the seeded database and checks what
// was stored, not only what is shown. A read-only database disables the Units and Plan tabs' changes.
// The Plan tab's indicator editing is IndicatorAdminTest.
#pragma once

#include "GuiTestSupport.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class AdminTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unitModelKeepsTheContractThroughEdits();
    void unitIsAddedThroughTheDialog();
    void unitIsRenamedAndMovedToAnotherGroup();
    void unitIsArchivedAndRestored();
    void deletingAUnitWithAReportProposesArchiving();
    void freshUnitIsDeleted();
    void invalidUnitInputIsRefusedWithAMessage();
    void groupIsAddedEditedAndDeletedOnlyWhenEmpty();
    void readOnlyDatabaseDisablesEveryChange();

private:
    std::unique_ptr<GuiTempDir> m_dir;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace thidua::test
