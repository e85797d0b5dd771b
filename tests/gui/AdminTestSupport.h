// Helpers of the administration suites (AdminTest, IndicatorAdminTest): children found by name, the
// dialog a view has open, typing Vietnamese text, message boxes answered in advance, and what the
// database holds after a change.
#pragma once

#include "core/Plan.h"
#include "storage/Database.h"

#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QVariant>

#include <optional>
#include <string>

class QComboBox;
class QLineEdit;
class QTreeView;
class QWidget;

namespace thidua::test {

template <typename T>
T* child(const QObject& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    if (!found) {
        qFatal("no child named %s", qPrintable(name));
    }
    return found;
}

// The dialog of that type the view has open, if any (closed ones wait for deletion).
template <typename Dialog>
Dialog* shownDialog(const QWidget& view)
{
    for (Dialog* dialog : view.findChildren<Dialog*>()) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

// QTest::keyClicks knows only ASCII keys; Vietnamese letters arrive as the text of a key event, as
// an input method delivers them.
void typeText(QWidget* widget, const QString& text);
// Replaces the field's text by typing.
void type(QLineEdit* field, const QString& text);
void choose(QComboBox* combo, const QVariant& data);

// Shows the view in an active window with the focus in its tree, so its shortcuts answer.
QTreeView* focusTree(QWidget& view, const QString& name);

// The next message box is answered with OK at once instead of waiting for a click.
void expectMessage();
bool lastShownWas(QMessageBox::Icon icon, const QString& contains = {});

std::optional<Unit> storedUnit(storage::Database& db, const std::string& code);
std::optional<Group> storedGroup(storage::Database& db, const std::string& code);
std::optional<Indicator> storedIndicator(storage::Database& db, const std::string& code);

} // namespace thidua::test
