// The unit's total for the period as the core computes it, step by step as on the paper table:
// the criteria points over the applicable maxima, the base on the scale S, the bonus counted (at
// most the cap), the deductions, the total, and whether a veto criterion bars proposals.
#pragma once

#include "core/Scoring.h"

#include <QGroupBox>

class QLabel;

namespace thidua::gui {

class ScoreSummary : public QGroupBox
{
    Q_OBJECT

public:
    explicit ScoreSummary(QWidget* parent = nullptr);

    void showScore(const UnitScore& score, double scale);
    // Nothing to show, with the reason (no unit picked, the unit is not scored, a read error).
    void showNone(const QString& reason);

private:
    QLabel* m_points;
    QLabel* m_base;
    QLabel* m_bonus;
    QLabel* m_deductions;
    QLabel* m_total;
    QLabel* m_eligibility;
    QLabel* m_scaleNote;
};

} // namespace thidua::gui
