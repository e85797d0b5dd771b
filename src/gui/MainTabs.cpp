#include "MainTabs.h"

#include "DatabaseSession.h"
#include "Icons.h"
#include "dashboard/DistrictDashboard.h"
#include "dashboard/RankingsView.h"
#include "dashboard/ScorecardView.h"
#include "phases/PhasesView.h"
#include "plan/PlanView.h"
#include "reports/CompletenessView.h"
#include "reports/ReportEntryView.h"
#include "schemes/SchemesView.h"
#include "scores/ManualScoresView.h"
#include "shortlist/ShortlistView.h"
#include "targets/TargetsView.h"
#include "units/UnitsView.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace thidua::gui {

MainTabs::MainTabs(DatabaseSession* session, QWidget* parent)
    : QTabWidget(parent)
    , m_session(session)
    , m_planView(new PlanView(this))
    , m_phasesView(new PhasesView(this))
    , m_unitsView(new UnitsView(this))
    , m_targetsView(new TargetsView(session, this))
    , m_schemesView(new SchemesView(session, this))
    , m_reportView(new ReportEntryView(session, this))
    , m_completenessView(new CompletenessView(session, this))
    , m_scoresView(new ManualScoresView(session, this))
    , m_shortlistView(new ShortlistView(session, this))
    , m_dashboards(new QTabWidget(this))
    , m_districtDashboard(new DistrictDashboard(session, m_dashboards))
    , m_scorecardView(new ScorecardView(session, m_dashboards))
    , m_rankingsView(new RankingsView(session, m_dashboards))
{
    setObjectName(u"viewTabs"_s);
    addTab(m_planView, themeIcon(u"x-office-spreadsheet"_s), tr("Plan"));
    addTab(m_phasesView, themeIcon(u"x-office-calendar"_s), tr("Phases"));
    addTab(m_unitsView, themeIcon(u"system-users"_s), tr("Units"));
    addTab(m_targetsView, tr("Targets"));
    addTab(m_schemesView, tr("Scoring schemes"));
    addTab(m_reportView, tr("Report entry"));
    addTab(m_completenessView, tr("Reports received"));
    addTab(m_scoresView, tr("Manual scores"));
    m_shortlistView->setObjectName(u"shortlistView"_s);
    addTab(m_shortlistView, tr("Commendations"));

    // The three dashboards share one tab: what council members look at, apart from the office's
    // work, and reachable with a single Ctrl+0.
    m_dashboards->setObjectName(u"dashboardPages"_s);
    m_dashboards->setDocumentMode(true);
    m_districtDashboard->setObjectName(u"districtDashboard"_s);
    m_scorecardView->setObjectName(u"scorecardView"_s);
    m_rankingsView->setObjectName(u"rankingsView"_s);
    m_dashboards->addTab(m_districtDashboard, tr("District"));
    m_dashboards->addTab(m_scorecardView, tr("Scorecard"));
    m_dashboards->addTab(m_rankingsView, tr("Rankings"));
    addTab(m_dashboards, tr("Dashboards"));

    connectViews();
}

void MainTabs::connectViews()
{
    connect(m_planView, &PlanView::yearChanged, this, &MainTabs::yearChanged);
    connect(this, &QTabWidget::currentChanged, this, &MainTabs::refreshCurrent);
    // One click on a unit in the completeness table opens its report form.
    connect(m_completenessView, &CompletenessView::openReportRequested, this,
            [this](const QString& unitCode, const QString& periodCode) {
                setCurrentWidget(m_reportView);
                m_reportView->openReport(unitCode, periodCode);
            });
    // The Phases tab shows deadlines too; reading the plan again announces its year to it.
    connect(m_completenessView, &CompletenessView::deadlineChanged, this,
            [this] { m_planView->setDatabase(m_session->database()); });
    // Units and indicators edited in one tab are seen by the others when they are shown next.
    connect(m_unitsView, &UnitsView::unitsChanged, this, [this] { m_planView->setDatabase(m_session->database()); });
    connect(m_planView, &PlanView::planChanged, this, [this] { m_unitsView->setDatabase(m_session->database()); });
}

QMenu* MainTabs::createViewMenu(QWidget* parent)
{
    // Ctrl+1 … Ctrl+9 and Ctrl+0 reach every tab from anywhere (the digits as they lie on the
    // keyboard, 0 after 9): inside a table Ctrl+Tab belongs to the table, and Ctrl+PageDown in a
    // combo box changes its choice.
    auto* menu = new QMenu(tr("&View"), parent);
    menu->setObjectName(u"viewMenu"_s);
    for (int index = 0; index < count(); ++index) {
        QAction* action = menu->addAction(tabIcon(index), tabText(index));
        if (index < 10) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(index < 9 ? Qt::Key_1 + index : Qt::Key_0)));
        }
        connect(action, &QAction::triggered, this, [this, index] { setCurrentIndex(index); });
    }
    // The dashboards inside their tab. No shortcuts of their own: Ctrl+Shift+digit is a different
    // key on every keyboard layout, and the menu (Alt+V) reaches them from the keyboard anyway.
    for (int index = 0; index < m_dashboards->count(); ++index) {
        QAction* action = menu->addAction(tr("Dashboards: %1").arg(m_dashboards->tabText(index)));
        connect(action, &QAction::triggered, this, [this, index] {
            setCurrentWidget(m_dashboards);
            m_dashboards->setCurrentIndex(index);
        });
    }
    menu->addSeparator();
    QAction* refresh = menu->addAction(themeIcon(u"view-refresh"_s), tr("&Refresh"));
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the database again, to see what others have written since"));
    connect(refresh, &QAction::triggered, this, &MainTabs::refreshAll);
    return menu;
}

void MainTabs::setDatabase(storage::Database* database)
{
    m_unitsView->setDatabase(database);
    m_planView->setDatabase(database); // announces its year, which shows the phases
}

void MainTabs::refreshAll()
{
    setDatabase(m_session->database());
    QWidget* current = currentWidget() == m_dashboards ? m_dashboards->currentWidget() : currentWidget();
    if (current == m_targetsView) {
        m_targetsView->refresh();
    } else if (current == m_schemesView) {
        m_schemesView->refresh();
    } else if (current == m_reportView) {
        m_reportView->refresh();
    } else if (current == m_completenessView) {
        m_completenessView->refresh();
    } else if (current == m_scoresView) {
        m_scoresView->reload();
    } else if (current == m_shortlistView) {
        m_shortlistView->refresh();
    } else if (current == m_districtDashboard) {
        m_districtDashboard->refresh();
    } else if (current == m_scorecardView) {
        m_scorecardView->refresh();
    } else if (current == m_rankingsView) {
        m_rankingsView->refresh();
    }
}

void MainTabs::showDashboards()
{
    setCurrentWidget(m_dashboards);
}

// The plan and units views show what was read when they were given the database; the other views
// reload themselves when shown. Reading again on every tab change keeps all tabs true to the file
// after edits elsewhere (a copied year, a new unit) at the cost of a few small queries.
void MainTabs::refreshCurrent()
{
    storage::Database* database = m_session->database();
    if (database == nullptr) {
        return;
    }
    if (currentWidget() == m_planView) {
        m_planView->setDatabase(database);
    } else if (currentWidget() == m_unitsView) {
        m_unitsView->setDatabase(database);
    }
}

} // namespace thidua::gui
