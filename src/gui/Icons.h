// Icons from the desktop's theme (freedesktop names), with our own drawings in resources/icons as
// the fallback for desktops that have no theme, such as a bare X server or Windows.
#pragma once

#include <QIcon>
#include <QString>

namespace thidua::gui {

// `name` is a freedesktop icon name; resources/icons/<name>.svg must exist.
QIcon themeIcon(const QString& name);
QIcon applicationIcon();

} // namespace thidua::gui
