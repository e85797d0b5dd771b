// Runs the real thidua-cli executable as a script would, with HOME and the XDG folders inside a
// temporary folder so a test never touches the user's own database.
#pragma once

#include "support/TempDir.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace thidua::test {

struct ExecutableRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

// `language` sets THIDUA_LANG (empty: unset, the Vietnamese default).
ExecutableRun runExecutable(const TempDir& home, const QStringList& args, const QString& language = {});

} // namespace thidua::test
