#include "Icons.h"

using namespace Qt::StringLiterals;

namespace thidua::gui {

QIcon themeIcon(const QString& name)
{
    return QIcon::fromTheme(name, QIcon(u":/icons/"_s + name + u".svg"_s));
}

QIcon applicationIcon()
{
    // Our own icon first: the theme has none of this name unless the app is installed.
    return QIcon(u":/icons/thidua.svg"_s);
}

} // namespace thidua::gui
