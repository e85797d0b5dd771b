// Adding an indicator to the plan, or changing one: name, unit of measure, heading and parent, kind,
// period basis and mid-year share, the valid range of a reported value, and for a named_set the
// units that must reach the standard. Numbers are typed the interface's way (0,5 in Vietnamese; a
// dot is accepted too). The dialog checks what it can point at before storing, stores the change in
// one transaction when accepted, and stays open with the reason when something is refused.
#pragma once

#include "core/Plan.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

class IndicatorDialog : public QDialog
{
    Q_OBJECT

public:
    // `code` empty: a new indicator under `headingCode`. Otherwise the indicator to change; its code
    // stays (reports, targets, criteria and files refer to it).
    IndicatorDialog(storage::Database& database, const std::string& code, const std::string& headingCode,
                    QWidget* parent = nullptr);

    QString savedCode() const { return m_savedCode; }

    void accept() override;

private:
    void readPlan(const std::string& code);
    void buildForm();
    void fill(const Indicator& indicator, const std::string& headingCode);
    void updateDependentFields();
    std::optional<Indicator> enteredIndicator();
    bool readNumber(QLineEdit* field, const QString& what, std::optional<double>& value);
    void refuse(QWidget* field, const QString& message);

    storage::Database& m_database;
    std::optional<Indicator> m_existing;
    std::vector<Indicator> m_indicators;
    std::vector<Heading> m_headings;
    std::vector<Unit> m_units;
    QString m_savedCode;

    QFormLayout* m_form = nullptr;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_unitOfMeasure;
    QComboBox* m_heading;
    QComboBox* m_parent;
    QComboBox* m_kind;
    QLabel* m_kindHelp;
    QComboBox* m_basis;
    QLineEdit* m_share;
    QLineEdit* m_min;
    QLineEdit* m_max;
    QListWidget* m_members;
};

} // namespace thidua::gui
