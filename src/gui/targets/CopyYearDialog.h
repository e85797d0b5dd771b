// Asks which year's plan to copy and the year of the new plan. The new year is offered as the one
// after the last planned year, which is what Phòng Nội vụ does every January.
#pragma once

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace thidua::gui {

class CopyYearDialog : public QDialog
{
    Q_OBJECT

public:
    // `planned`: the years that have a plan, ascending; `withTargets`: the years that already have
    // targets, which cannot receive a copy; `current`: the year shown in the grid.
    CopyYearDialog(const std::vector<int>& planned, const std::vector<int>& withTargets, int current,
                   QWidget* parent = nullptr);

    int fromYear() const;
    int toYear() const;

private:
    bool hasTargets(int year) const;
    void check();

    std::vector<int> m_withTargets;
    QComboBox* m_from;
    QSpinBox* m_to;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace thidua::gui
