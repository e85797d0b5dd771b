#include "CurrentUser.h"

#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace thidua::gui {

QString currentUser()
{
    const QString configured = QSettings().value(u"user/name"_s).toString().trimmed();
    if (!configured.isEmpty()) {
        return configured;
    }
    // USER is not set in every session (a service, a bare `su`); the home folder is named after
    // the account.
    QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (login.isEmpty()) {
        login = QDir::home().dirName();
    }
    return login.isEmpty() ? u"?"_s : login;
}

} // namespace thidua::gui
