#include "AdminTestSupport.h"

#include "gui/MessageBox.h"
#include "storage/PlanRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

namespace thidua::test {

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, static_cast<char>(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void type(QLineEdit* field, const QString& text)
{
    field->clear();
    typeText(field, text);
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index < 0) {
        qFatal("no choice %s", qPrintable(data.toString()));
    }
    combo->setCurrentIndex(index);
}

QTreeView* focusTree(QWidget& view, const QString& name)
{
    view.show();
    if (!QTest::qWaitForWindowActive(&view)) {
        qFatal("the view did not become active");
    }
    auto* tree = child<QTreeView>(view, name);
    tree->setFocus();
    return tree;
}

void expectMessage()
{
    gui::MessageBox::clearLastShown();
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
}

bool lastShownWas(QMessageBox::Icon icon, const QString& contains)
{
    const auto& shown = gui::MessageBox::lastShown();
    return shown && shown->icon == icon && shown->text.contains(contains);
}

std::optional<Unit> storedUnit(storage::Database& db, const std::string& code)
{
    for (Unit& unit : storage::PlanRepository(db).units()) {
        if (unit.code == code) {
            return unit;
        }
    }
    return std::nullopt;
}

std::optional<Group> storedGroup(storage::Database& db, const std::string& code)
{
    for (Group& group : storage::PlanRepository(db).groups()) {
        if (group.code == code) {
            return group;
        }
    }
    return std::nullopt;
}

std::optional<Indicator> storedIndicator(storage::Database& db, const std::string& code)
{
    for (Indicator& indicator : storage::PlanRepository(db).indicators()) {
        if (indicator.code == code) {
            return indicator;
        }
    }
    return std::nullopt;
}

} // namespace thidua::test
