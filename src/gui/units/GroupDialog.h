// Adding an emulation group, or changing one: its name, whether it is a cluster (cụm, communes and
// the town) or a block (khối, agencies), and the scoring scheme its members are scored on. Stored
// when accepted, in one transaction; refused input keeps the dialog open with the reason.
#pragma once

#include "core/Plan.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

class GroupDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` empty: a new group. A group's code does not change once created: import files
    // name the group of each unit by it.
    GroupDialog(storage::Database& database, const std::optional<Group>& existing, QWidget* parent = nullptr);

    QString savedCode() const { return m_savedCode; }

    void accept() override;

private:
    Group enteredGroup() const;
    bool schemeChangeConfirmed(const Group& group);

    storage::Database& m_database;
    std::optional<Group> m_existing;
    QString m_savedCode;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_scheme;
};

} // namespace thidua::gui
