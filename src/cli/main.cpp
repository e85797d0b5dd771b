// thidua-cli: the campaign's plan and figures without the window (docs/cli.md).
#include "cli/Cli.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);

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
