// Asks why an approved report is reopened. The reason goes to the audit log with the reopening, so
// an empty one is refused: OK stays disabled until something is written.
#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QPlainTextEdit;

namespace thidua::gui {

class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& question, QWidget* parent = nullptr);

    QString reason() const;

    // The reason given, or nothing when the dialog was cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& title, const QString& question);

private:
    QPlainTextEdit* m_text;
    QDialogButtonBox* m_buttons;
};

} // namespace thidua::gui
