// The views of the open database as the main window's tabs, in the order of the year's work: the
// plan and who takes part, the targets and how they are scored, the reports as they come in, the
// scores people give, the commendations proposed from them, and last what all of it adds up to (the dashboards: the
// district, the scorecard, the rankings). Also the View menu that reaches each of them from the keyboard.
#pragma once

#include <QTabWidget>

class QMenu;

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

class CompletenessView;
class DatabaseSession;
class DistrictDashboard;
class ManualScoresView;
class PhasesView;
class PlanView;
class RankingsView;
class ReportEntryView;
class SchemesView;
class ShortlistView;
class ScorecardView;
class TargetsView;
class UnitsView;

class MainTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit MainTabs(DatabaseSession* session, QWidget* parent = nullptr);

    // The View menu: one entry per tab (Ctrl+1 … Ctrl+9, Ctrl+0), then the dashboards' own entries, then
    // Refresh (F5). The caller adds its own entries below.
    QMenu* createViewMenu(QWidget* parent);

    // Gives the plan and units views the database (the others follow the session themselves).
    void setDatabase(storage::Database* database);
    // Reads everything again from the file: what another user (or program) wrote since shows.
    void refreshAll();
    void showDashboards();

    PhasesView* phasesView() const { return m_phasesView; }
    QTabWidget* dashboards() const { return m_dashboards; }

signals:
    void yearChanged(int year);

private:
    void refreshCurrent();
    void connectViews();

    DatabaseSession* m_session;
    PlanView* m_planView;
    PhasesView* m_phasesView;
    UnitsView* m_unitsView;
    TargetsView* m_targetsView;
    SchemesView* m_schemesView;
    ReportEntryView* m_reportView;
    CompletenessView* m_completenessView;
    ManualScoresView* m_scoresView;
    ShortlistView* m_shortlistView;
    QTabWidget* m_dashboards;
    DistrictDashboard* m_districtDashboard;
    ScorecardView* m_scorecardView;
    RankingsView* m_rankingsView;
};

} // namespace thidua::gui
