// Every message box the app shows goes through here, after KeePassXC's MessageBox: tests set the
// next answer so no modal dialog blocks them, and can read what would have been shown.
#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace thidua::gui {

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    struct Shown
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
    };

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);
    static Button warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::Ok);
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::Ok);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::Yes);

    // Tests: the next message box is not shown and returns `answer` at once.
    static void setNextAnswer(Button answer);
    // The last message box asked for, shown or answered in advance.
    static const std::optional<Shown>& lastShown();
    static void clearLastShown();

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton);
};

} // namespace thidua::gui
