// Rankings per group (issue 5): rank, unit, total, eligibility, proposal, title candidate; ties
// shown as ties. Selecting a unit shows how its score was built: each criterion's status, r,
// points and bonus, the adjustments, and why it is ineligible. Read only; exports to CSV, and prints
// the selected unit's score sheet (documents::scoreSheetDocument).
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace thidua {
struct RankedUnit;
}

namespace thidua::documents {
struct DocumentContent;
}

namespace thidua::gui {

class DatabaseSession;
class RankingModel;
class ScoreBreakdownModel;
class ScoreSummary;
struct DashboardData;

class RankingsView : public QWidget
{
    Q_OBJECT

public:
    // Follows the session: another database, or none, is shown as soon as it is open.
    explicit RankingsView(DatabaseSession* session, QWidget* parent = nullptr);
    ~RankingsView() override;

    QString periodCode() const;
    void setPeriod(const QString& periodCode);
    // Shows the cluster or block with that code, if it is ranked in the period.
    bool setGroup(const QString& groupCode);
    QString groupCode() const;
    // Selects the unit in the ranking shown and shows its breakdown; false if it is not there.
    bool selectUnit(const QString& unitCode);

public slots:
    // Reads the period again (whenever the view is shown, too): scores may have changed elsewhere.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadPeriods();
    void reloadGroups();
    void showGroup();
    void showUnit(const RankedUnit* unit);
    void exportRanking();
    void exportBreakdown();
    // The selected unit's score sheet as the printed document: to the preview, or to a PDF file.
    void previewScoreSheet();
    void exportScoreSheetPdf();
    // Builds the selected unit's score sheet and hands it on; a refusal is told in a message box.
    void withScoreSheet(const std::function<void(const documents::DocumentContent&, const QString&)>& use);

    DatabaseSession* m_session;
    std::unique_ptr<DashboardData> m_data;
    RankingModel* m_ranking;
    ScoreBreakdownModel* m_breakdown;
    QComboBox* m_periodCombo;
    QComboBox* m_groupCombo;
    QLabel* m_schemeLine;
    QLabel* m_message;
    QTableView* m_table;
    QPushButton* m_exportRanking;
    QLabel* m_unitTitle;
    QLabel* m_ineligible;
    QTreeView* m_tree;
    ScoreSummary* m_summary;
    QPushButton* m_exportBreakdown;
    QPushButton* m_scoreSheet;
};

} // namespace thidua::gui
