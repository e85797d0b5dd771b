// Wrong usage is refused with status 2 before anything is opened or written, and --help and
// --version answer with status 0.
#include "CliRunner.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using thidua::test::readAll;
using thidua::test::runCli;
using thidua::test::TempDir;

TEST_CASE("an unknown command or option or format is refused with status 2", "[cli][usage]")
{
    const TempDir dir;
    const QString path = dir.path(u"usage.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, path, u"init"_s}).status == 0);
    const QByteArray before = readAll(path);

    struct Case
    {
        QStringList args;
        QString named; // the word the message must name
    };
    const std::vector<Case> cases = {
        {{u"--db"_s, path, u"frobnicate"_s}, u"frobnicate"_s},
        {{u"--db"_s, path, u"plan"_s, u"--colour"_s}, u"--colour"_s},
        {{u"--db"_s, path, u"--colour"_s, u"plan"_s}, u"--colour"_s},
        {{u"--db"_s, path, u"plan"_s, u"--format"_s, u"xml"_s}, u"xml"_s},
        {{u"--db"_s, path, u"plan"_s, u"--format"_s}, u"--format"_s},
        {{u"--db"_s, path, u"plan"_s, u"extra"_s}, u"extra"_s},
        {{u"--db"_s, path, u"init"_s, u"--empty=yes"_s}, u"yes"_s},
        {{u"--db"_s, path, u"plan"_s, u"--year"_s, u"2021"_s, u"--year"_s, u"2022"_s}, u"--year"_s},
        {{u"--db"_s, path, u"plan"_s, u"--db"_s, path}, u"--db"_s},
        {{u"--db"_s}, u"--db"_s},
        {{}, u"--help"_s},
    };
    for (const Case& c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const auto result = runCli(c.args);
        CHECK(result.status == 2);
        CHECK(result.out.isEmpty());
        CHECK(result.err.contains(c.named));
        // One sentence on one line, starting with where it came from.
        CHECK(result.err.startsWith(u"thidua-cli"_s));
        CHECK(result.err.count(u'\n') == 1);
    }
    CHECK(readAll(path) == before);
}

TEST_CASE("help lists the commands and the exit statuses", "[cli][usage]")
{
    const auto help = runCli({u"--help"_s});
    CHECK(help.status == 0);
    CHECK(help.err.isEmpty());
    CHECK(help.out.contains(u"init"_s));
    CHECK(help.out.contains(u"plan"_s));
    CHECK(help.out.contains(u"--db FILE"_s));

    const auto planHelp = runCli({u"plan"_s, u"-h"_s});
    CHECK(planHelp.status == 0);
    CHECK(planHelp.out.contains(u"--format text|csv|json"_s));
    CHECK(planHelp.out.contains(u"--year Y"_s));

    const auto initHelp = runCli({u"init"_s, u"--help"_s});
    CHECK(initHelp.status == 0);
    CHECK(initHelp.out.contains(u"--force"_s));
    CHECK(initHelp.out.contains(u"--empty"_s));
}

TEST_CASE("version names the program and its version", "[cli][usage]")
{
    const auto version = runCli({u"--version"_s});
    CHECK(version.status == 0);
    CHECK(version.out == u"thidua-cli "_s + QStringLiteral(THIDUA_VERSION) + u'\n');
}
