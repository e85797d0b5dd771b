// What the window shows while no database is open (the one asked for was refused, or none exists
// yet): a short explanation and the two ways forward.
#pragma once

#include <QWidget>

class QAction;

namespace thidua::gui {

class StartPage : public QWidget
{
    Q_OBJECT

public:
    // The buttons trigger these actions, so they stay in step with the menu (shortcuts, enabled).
    StartPage(QAction* openAction, QAction* newAction, QWidget* parent = nullptr);
};

} // namespace thidua::gui
