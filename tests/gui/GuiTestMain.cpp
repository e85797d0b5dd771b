// Runs the GUI suites on the offscreen platform, in Qt's test mode, under a HOME of their own: the
// test-mode folders (~/.qttest) then belong to this run alone, so the suites may delete the default
// database and clear the settings without touching another suite running beside them.
#include "MainWindowTest.h"
#include "ViewsTest.h"
#include "gui/Application.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    if (!home.isValid()) {
        return 1;
    }
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    thidua::gui::configureApplication();

    int failures = 0;
    {
        thidua::test::ViewsTest views;
        failures += QTest::qExec(&views, argc, argv);
    }
    {
        thidua::test::MainWindowTest window;
        failures += QTest::qExec(&window, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
