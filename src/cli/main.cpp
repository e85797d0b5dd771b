// thidua-cli: the campaign's plan and figures without the window (docs/cli.md).
#include "cli/Cli.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QtMessageHandler g_qtMessages = nullptr;

// Without a login session (cron, a container) Qt warns on stderr that XDG_RUNTIME_DIR is unset and
// uses a folder of its own, which is fine for painting a PDF; stderr is kept for the one line that
// says why a command was refused (docs/cli.md). Every other message of Qt's goes through.
void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"_s)) {
        return;
    }
    if (g_qtMessages != nullptr) {
        g_qtMessages(type, context, message);
    }
}

// Only PDFs need fonts and painting, hence a QGuiApplication and a platform plugin; every other
// command keeps the plain QCoreApplication, which starts faster and needs no display.
bool wantsPdf(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            break;
        }
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0) {
            return true;
        }
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (!wantsPdf(argc, argv)) {
        return std::make_unique<QCoreApplication>(argc, argv);
    }
    // On a server run from cron or ssh there is no display, and Qt would abort looking for one; the
    // offscreen platform renders the same pages. A display or platform the user set is respected.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    g_qtMessages = qInstallMessageHandler(dropRuntimeDirWarning);
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);

    // Vietnamese unless THIDUA_LANG=en (docs/cli.md). Not the GUI's saved choice: a script's output
    // must not change because someone switched the window's language. Should the translation fail
    // to load, the English source strings show, which is still a working tool.
    const QString language = qEnvironmentVariable("THIDUA_LANG");
    thidua::i18n::installLanguage(language.isEmpty() ? thidua::i18n::Language::Vietnamese
                                                     : thidua::i18n::languageFromCode(language));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return thidua::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
}
