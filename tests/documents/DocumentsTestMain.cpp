// Catch2's main with a QGuiApplication on the offscreen platform: documents need fonts and painting,
// which a QCoreApplication does not give. Test mode keeps the user's own data and settings out of reach.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
