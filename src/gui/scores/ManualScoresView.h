// The Scores tab: pick a period and a unit scored on a scheme; enter the manual criteria's points
// at the three levels (self-score, cluster head, Home Affairs' final), the bonus items and the
// deductions with their reasons; see which level counts and the unit's total for the period as the
// core computes it, again after every change. Every change is stored at once.
#pragma once

#include "ManualScoresModel.h"
#include "core/Plan.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableView;

namespace thidua::gui {

class AdjustmentsPanel;
class DatabaseSession;
class ScoreSummary;

class ManualScoresView : public QWidget
{
    Q_OBJECT

public:
    ManualScoresView(DatabaseSession* session, QWidget* parent = nullptr);

    ManualScoresModel* model() const { return m_model; }
    AdjustmentsPanel* adjustments() const { return m_adjustments; }
    QString unitCode() const;
    QString periodCode() const;

public slots:
    // Shows the scores of that unit in that period (e.g. from the completeness screen).
    void openScores(const QString& unitCode, const QString& periodCode);
    // Reads everything again: after a scheme or a report changed elsewhere.
    void reload();

protected:
    void showEvent(QShowEvent* event) override;
    // Delete on a level's cell clears it, as in a spreadsheet.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillPickers();
    void showSelection();
    void recompute();
    QString saveScore(const std::string& criterionCode, ScoreLevel level, const std::optional<double>& points);

    DatabaseSession* m_session;
    QComboBox* m_periodCombo;
    QComboBox* m_unitCombo;
    QLabel* m_heading;
    ManualScoresModel* m_model;
    QTableView* m_table;
    QLabel* m_message;
    AdjustmentsPanel* m_adjustments;
    ScoreSummary* m_summary;
    std::optional<Scheme> m_scheme;
};

} // namespace thidua::gui
