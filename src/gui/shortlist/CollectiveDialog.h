// Edits what a collective declares for its title (spec/peers.md "Rules users will check by hand"):
// how many members it has, how many completed their tasks, reached Lao động tiên tiến or Chiến sĩ
// thi đua cơ sở, and were disciplined; and the achievement line of the printed list. A count left
// empty is "not entered yet" (the checks then say which is missing). OK saves; a refusal is told and
// the dialog keeps what was typed.
#pragma once

#include "EntrySaver.h"

#include <QDialog>

#include <optional>

class QLineEdit;

namespace thidua::gui {

class CollectiveDialog : public QDialog
{
    Q_OBJECT

public:
    CollectiveDialog(ShortlistEntry entry, const QString& unitName, EntrySaver save, QWidget* parent = nullptr);

    const ShortlistEntry& savedEntry() const { return m_entry; }

public slots:
    void accept() override;

private:
    struct Count
    {
        QLineEdit* edit;
        QString what;
    };
    // The count typed in `field`; false (after saying why) when it is not a whole number of 0 or more.
    bool read(const Count& field, std::optional<int>& value);
    void refuse(QWidget* field, const QString& message);

    ShortlistEntry m_entry;
    EntrySaver m_save;
    Count m_members;
    Count m_completing;
    Count m_advanced;
    Count m_soldiers;
    Count m_disciplined;
    QLineEdit* m_achievement;
    QLineEdit* m_note;
};

} // namespace thidua::gui
