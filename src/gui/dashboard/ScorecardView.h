// The scorecard (issue 5): units × indicators for one period, each cell coloured by its status
// with the value in it; filter by group, sort by any column, an averages row; grey for not
// applicable, white with a mark for no data — never a silent zero. Read only; exports to CSV.
#pragma once

#include "core/Plan.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace thidua::gui {

class DatabaseSession;
class ScorecardAveragesModel;
class ScorecardModel;
class ScorecardProxy;
struct DashboardData;

class ScorecardView : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardView(DatabaseSession* session, QWidget* parent = nullptr);

    QString periodCode() const;
    void setPeriod(const QString& periodCode);

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reloadPeriods();
    void reloadGroups(const DashboardData* dashboard);
    void fitColumns();
    void alignAverages();
    void exportCsv();
    QWidget* createLegend();

    DatabaseSession* m_session;
    std::vector<Period> m_periods;
    QString m_periodsProblem; // why the periods could not be read, shown instead of the table
    ScorecardModel* m_model;
    ScorecardProxy* m_proxy;
    ScorecardAveragesModel* m_averages;
    QComboBox* m_periodCombo;
    QComboBox* m_groupFilter;
    QPushButton* m_exportButton;
    QLabel* m_message;
    QTableView* m_table;
    QTableView* m_averagesTable;
};

} // namespace thidua::gui
