#include "ExecutableRunner.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace thidua::test {

ExecutableRun runExecutable(const TempDir& home, const QStringList& args, const QString& language)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path(u"home"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.path(u"home/.local/share"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.path(u"home/.config"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.path(u"home/.cache"_s));
    if (language.isEmpty()) {
        environment.remove(u"THIDUA_LANG"_s);
    } else {
        environment.insert(u"THIDUA_LANG"_s, language);
    }

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(THIDUA_CLI_EXECUTABLE), args);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace thidua::test
