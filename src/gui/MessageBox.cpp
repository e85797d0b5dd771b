#include "MessageBox.h"

#include <utility>

namespace thidua::gui {
namespace {

QMessageBox::StandardButton& nextAnswer()
{
    static QMessageBox::StandardButton answer = QMessageBox::NoButton;
    return answer;
}

std::optional<MessageBox::Shown>& recorded()
{
    static std::optional<MessageBox::Shown> shown;
    return shown;
}

} // namespace

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    return show(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                       Button defaultButton)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                           Button defaultButton)
{
    return show(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    nextAnswer() = answer;
}

const std::optional<MessageBox::Shown>& MessageBox::lastShown()
{
    return recorded();
}

void MessageBox::clearLastShown()
{
    recorded().reset();
}

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                                    Buttons buttons, Button defaultButton)
{
    recorded() = Shown{icon, title, text};
    if (nextAnswer() != QMessageBox::NoButton) {
        return std::exchange(nextAnswer(), QMessageBox::NoButton);
    }

    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.exec();
    const Button answer = box.standardButton(box.clickedButton());
    // Closing the box with Escape or the window's X answers the escape button, or nothing.
    return answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer;
}

} // namespace thidua::gui
