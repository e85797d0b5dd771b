// Bonus items (điểm thưởng) and deductions (điểm trừ) of one unit in one period: the list, edited
// in place, a line to add an item with its reason and points, removal after a confirmation, and the
// sum of bonus items against the scheme's bonus cap (only the cap counts when it is exceeded).
#pragma once

#include "core/Scoring.h"

#include <QWidget>

#include <optional>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

class AdjustmentsModel;

class AdjustmentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AdjustmentsPanel(QWidget* parent = nullptr);

    // The items of `unitCode` in `periodCode`; no database or no unit: nothing, nothing to edit.
    void setContext(storage::Database* database, const std::string& unitCode, const std::string& periodCode,
                    bool editable);
    // The scheme's bonus cap in points; empty when the unit has no scheme.
    void setBonusCap(std::optional<double> cap);
    AdjustmentsModel* model() const { return m_model; }

protected:
    // Delete on the list removes the current item, after the confirmation.
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // An item was added, changed or removed: the total needs computing again.
    void changed();

private:
    void reloadItems();
    void add();
    void removeSelected();
    QString update(const Adjustment& current, const Adjustment& updated);
    void showCap();
    void updateButtons();

    storage::Database* m_database = nullptr;
    std::string m_unit;
    std::string m_period;
    bool m_editable = false;
    std::optional<double> m_bonusCap;

    AdjustmentsModel* m_model;
    QTableView* m_table;
    QComboBox* m_type;
    QLineEdit* m_reason;
    QLineEdit* m_points;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_cap;
    QLabel* m_message;
};

} // namespace thidua::gui
