// Who is entering data, for the audit log: the name set in the settings, else the login name.
#pragma once

#include <QString>

namespace thidua::gui {

QString currentUser();

} // namespace thidua::gui
