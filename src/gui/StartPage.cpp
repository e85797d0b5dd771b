#include "StartPage.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QToolButton* buttonFor(QAction* action, const QString& objectName, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIconSize(QSize(32, 32));
    button->setMinimumWidth(260);
    return button;
}

} // namespace

StartPage::StartPage(QAction* openAction, QAction* newAction, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"startPage"_s);
    auto* title = new QLabel(tr("No database is open."), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    auto* hint = new QLabel(tr("Open the database of your campaign, or create a new one."), this);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    QToolButton* open = buttonFor(openAction, u"startOpenButton"_s, this);
    layout->addWidget(open, 0, Qt::AlignHCenter);
    layout->addWidget(buttonFor(newAction, u"startNewButton"_s, this), 0, Qt::AlignHCenter);
    layout->addStretch(2);
    // Space opens a database straight away; Tab reaches the other button.
    setFocusProxy(open);
}

} // namespace thidua::gui
