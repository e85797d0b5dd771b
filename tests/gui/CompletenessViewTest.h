// The completeness screen on a seeded database: the model contract, the counts as values are saved
// and reports submitted, on time or late with a set clock, the deadline set from the screen, and the
// request to open a unit's report on double-click or Enter.
#pragma once

#include "GuiTestSupport.h"
#include "gui/DatabaseSession.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class CompletenessViewTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelKeepsTheContract();
    void countsFollowSavedValuesAndSubmissions();
    void lateAndOnTimeAgainstTheDeadlineSetOnScreen();
    void deadlineCannotBeSetReadOnly();
    void enterAndDoubleClickAskToOpenTheReport();
    void sortsByMissingValues();
    void followsTheSession();

private:
    std::unique_ptr<GuiTempDir> m_dir;
    std::unique_ptr<gui::DatabaseSession> m_session;
};

} // namespace thidua::test
