#include "CurrentUser.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace thidua::gui {

QString currentUser()
{
    const QString configured = QSettings().value(u"user/name"_s).toString().trimmed();
    if (!configured.isEmpty()) {
        return configured;
    }
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? u"?"_s : login;
}

} // namespace thidua::gui
