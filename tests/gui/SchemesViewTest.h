// The schemes editor's criteria on a seeded database: the models' contract, typing a maximum and
// seeing the totals and the stored scheme change, refusals kept in their cells and never stored,
// adding, moving and removing criteria (asking first when manual scores would go), and renaming a
// code without losing scores. The scheme's own settings are in SchemeSettingsTest.
#pragma once

#include "GuiTestSupport.h"
#include "core/Plan.h"
#include "gui/DatabaseSession.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class SchemesViewTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelsKeepTheContract();
    void criteriaReadAsOnThePaperTable();
    void typingAMaximumChangesTotalsAndTheStoredScheme();
    void invalidMaximumIsKeptMarkedAndNotStored();
    void duplicateCodeAndBadBandsAreRefused();
    void methodLinkAndVetoAreStored();
    void addingAManualCriterionStoresIt();
    void movingACriterionChangesTheStoredOrder();
    void removingACriterionWithScoresAsksFirst();
    void renamingACodeKeepsItsScores();

private:
    Scheme cluster() const; // TC_CUM_XA as stored

    std::unique_ptr<GuiTempDir> m_dir;
    std::unique_ptr<gui::DatabaseSession> m_session;
};

} // namespace thidua::test
