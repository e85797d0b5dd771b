// The district dashboard (issue 5): for one period, every plan indicator under its heading with
// target, actual, % of target, status in colour and words and the change against the previous
// period; the headline count; reports received at a glance; the charts; and the drill-down from a
// district figure to the communes' figures with their sum. Read only.
#pragma once

#include "core/Plan.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;

namespace thidua::gui {

class DashboardCharts;
class DashboardHeader;
class DatabaseSession;
class DistrictModel;
class DrillDownModel;
struct DashboardData;

class DistrictDashboard : public QWidget
{
    Q_OBJECT

public:
    // Follows the session: another database, or none, is shown as soon as it is open.
    explicit DistrictDashboard(DatabaseSession* session, QWidget* parent = nullptr);

    QString periodCode() const;
    void setPeriod(const QString& periodCode); // if the plan has it

public slots:
    // Reads the database again (View > Refresh, and whenever the view is shown).
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildDistrictPage();
    QWidget* buildDrillDownPage();
    QString reloadPeriods();
    std::shared_ptr<const DashboardData> loadPeriod(const std::string& code) const;
    void showMessage(const QString& text);
    void drillDown();
    void drillInto(const QString& indicatorCode);
    void backToDistrict();
    void updateButtons();
    void exportTable();
    void exportDrillDown();

    DatabaseSession* m_session;
    std::vector<Period> m_periods;
    std::shared_ptr<const DashboardData> m_data;
    DistrictModel* m_model;
    DrillDownModel* m_drillModel;
    QComboBox* m_periodCombo;
    DashboardHeader* m_header;
    QLabel* m_message;
    QTabWidget* m_tabs;
    QStackedWidget* m_stack;
    QTreeView* m_tree;
    QPushButton* m_drillButton;
    QPushButton* m_exportButton;
    QPushButton* m_backButton;
    QLabel* m_drillTitle;
    QLabel* m_drillSummary;
    QTableView* m_drillTable;
    QPushButton* m_drillExportButton;
    DashboardCharts* m_charts;
};

} // namespace thidua::gui
