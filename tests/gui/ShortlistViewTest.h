// The "Commendations" tab on the demo database: the model's contract; the ranking's proposals
// taken (Bình Thành, the leader of its cluster, for the emulation flag); an individual added
// through the dialog's widgets; Chiến sĩ thi đua cơ sở without an initiative refused; excluding
// only with a reason; "approved" without a decision number refused with nothing changed; the list
// and a score sheet exported as PDF; and a read-only database offering no edit at all.
#pragma once

#include "GuiTestSupport.h"
#include "gui/DatabaseSession.h"

#include <QObject>

#include <memory>

namespace thidua::gui {
class ShortlistView;
}

namespace thidua::test {

class ShortlistViewTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelKeepsTheContract();
    void proposalsFromTheRankingIncludeTheLeader();
    void anIndividualIsAddedThroughTheDialog();
    void emulationSoldierNeedsAnInitiative();
    void excludingNeedsAReason();
    void approvalNeedsADecisionNumber();
    void collectiveCountsAreEdited();
    void pdfExportsWriteDocuments();
    void readOnlyDatabaseOffersNoEdits();

private:
    std::unique_ptr<gui::ShortlistView> shownView();
    // Takes the ranking's proposals for 2021-Y through the button.
    void takeProposals(gui::ShortlistView& view);

    std::unique_ptr<GuiTempDir> m_dir;
    QString m_path;
    std::unique_ptr<gui::DatabaseSession> m_session;
};

} // namespace thidua::test
