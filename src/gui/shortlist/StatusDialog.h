// Records the review of one entry: its status (proposed, reviewed, not passed, raised, approved)
// and the decision that settles it (number, date, signer). The app proposes, people decide: an
// approval names its decision, so "approved" without a decision number is refused here before
// storage refuses it. The dialog keeps what was typed.
#pragma once

#include "EntrySaver.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace thidua::gui {

class StatusDialog : public QDialog
{
    Q_OBJECT

public:
    StatusDialog(ShortlistEntry entry, const QString& entryName, EntrySaver save, QWidget* parent = nullptr);

    const ShortlistEntry& savedEntry() const { return m_entry; }

public slots:
    void accept() override;

private:
    void refuse(QWidget* field, const QString& message);

    ShortlistEntry m_entry;
    EntrySaver m_save;
    QComboBox* m_status;
    QLineEdit* m_number;
    QLineEdit* m_date;
    QLineEdit* m_signer;
};

} // namespace thidua::gui
