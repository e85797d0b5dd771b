// Adding a unit, or changing one: its code, name, kind and the cluster or block it competes in.
// The dialog stores the change itself when accepted, in one transaction through storage, and stays
// open with the reason when the input or storage refuses it, so nothing typed is lost.
#pragma once

#include "core/Plan.h"

#include <QDialog>

#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

class UnitDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` empty: a new unit, offered in the group `groupCode`. Otherwise the unit to change;
    // its code can be changed only while it has no data.
    UnitDialog(storage::Database& database, const std::optional<Unit>& existing, const std::string& groupCode,
               QWidget* parent = nullptr);

    // The code under which the unit is stored, once accepted.
    QString savedCode() const { return m_savedCode; }

    void accept() override;

private:
    Unit enteredUnit() const;
    void refuse(QWidget* field, const QString& message); // field: where to put the cursor, or nullptr
    void suggestCode(const QString& name);

    storage::Database& m_database;
    std::optional<Unit> m_existing;
    QString m_savedCode;
    bool m_codeTyped = false; // the user wrote the code: stop suggesting one from the name
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_group;
    QCheckBox* m_archived;
    QLabel* m_codeNote;
};

} // namespace thidua::gui
