// Adds or edits an individual on the shortlist: the person, their position and unit, the form of
// commendation (individual forms only), whether they reached Lao động tiên tiến, and the initiative
// a Chiến sĩ thi đua cơ sở rests on (required for that form, spec/peers.md). OK saves; a refusal is
// told and the dialog keeps what was typed.
#pragma once

#include "EntrySaver.h"

#include <QDialog>

#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace thidua::gui {

class IndividualDialog : public QDialog
{
    Q_OBJECT

public:
    // `units`: (code, name) of the units a person may belong to, in the plan's order.
    IndividualDialog(ShortlistEntry entry, const std::vector<std::pair<std::string, QString>>& units, EntrySaver save,
                     QWidget* parent = nullptr);

    const ShortlistEntry& savedEntry() const { return m_entry; }

public slots:
    void accept() override;

private:
    ShortlistEntry entered() const;
    void refuse(QWidget* field, const QString& message);
    void showInitiativeRule();

    ShortlistEntry m_entry;
    EntrySaver m_save;
    QLineEdit* m_name;
    QLineEdit* m_position;
    QComboBox* m_unit;
    QComboBox* m_award;
    QCheckBox* m_reached;
    QLabel* m_initiativeLabel;
    QLineEdit* m_initiative;
    QLineEdit* m_achievement;
    QLineEdit* m_note;
};

} // namespace thidua::gui
