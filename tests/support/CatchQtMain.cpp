// Catch2's main with a QCoreApplication alive for the whole run: Qt SQL loads its driver plugins and
// translators through it. Test mode keeps the user's own data and settings folders out of reach.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
