// thidua [--viewer] [FILE]: the campaign's main window on FILE, on the database opened last, or on
// the default database (created with the Tay Son 2021 plan on first start).
#include "gui/Application.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    thidua::gui::configureApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Runs the district's patriotic emulation campaign."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption viewer(u"viewer"_s,
                                    QCoreApplication::translate("main", "Open the database read-only, to look only."));
    parser.addOption(viewer);
    parser.addPositionalArgument(QCoreApplication::translate("main", "file"),
                                 QCoreApplication::translate("main", "The database to open."),
                                 QCoreApplication::translate("main", "[FILE]"));
    parser.process(app);

    // The View menu's viewer mode, kept in the settings, or --viewer for this run.
    const bool viewing = parser.isSet(viewer) || thidua::gui::viewerModeSaved();
    const auto access = viewing ? thidua::storage::Access::ReadOnly : thidua::storage::Access::ReadWrite;
    thidua::gui::MainWindow window(access);
    window.show();
    window.openAtStart(parser.positionalArguments().value(0));
    return app.exec();
}
