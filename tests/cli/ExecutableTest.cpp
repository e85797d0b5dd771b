// The real thidua-cli, run as a script would: its default database in the user's data folder, its
// output bytes on stdout in UTF-8, its exit status. HOME and the XDG folders point into a temporary
// folder so the test never touches the user's own database.
#include "ExecutableRunner.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QDirIterator>

using namespace Qt::StringLiterals;
using thidua::test::ExecutableRun;
using thidua::test::runExecutable;
using thidua::test::TempDir;

namespace {

QStringList databasesUnder(const QString& folder)
{
    QStringList found;
    QDirIterator it(folder, {u"*.sqlite"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        found.append(it.next());
    }
    return found;
}

} // namespace

TEST_CASE("thidua-cli without --db creates and reads the database in the user's data folder", "[cli][executable]")
{
    const TempDir home;

    const ExecutableRun missing = runExecutable(home, {u"plan"_s});
    CHECK(missing.status == 1);
    CHECK(missing.out.isEmpty());
    CHECK(databasesUnder(home.path(u"home"_s)).isEmpty());

    const ExecutableRun init = runExecutable(home, {u"init"_s});
    REQUIRE(init.status == 0);
    const QStringList databases = databasesUnder(home.path(u"home/.local/share"_s));
    REQUIRE(databases.size() == 1);
    CHECK(QString::fromUtf8(init.out).contains(databases.first()));

    const ExecutableRun csv = runExecutable(home, {u"plan"_s, u"--format"_s, u"csv"_s});
    REQUIRE(csv.status == 0);
    CHECK(csv.err.isEmpty());
    CHECK(csv.out.count('\n') == 33);
    // Bytes, not QString: what reaches a pipe must be UTF-8.
    CHECK(csv.out.contains(u"\"Nông, lâm, thủy sản\""_s.toUtf8()));
    CHECK(csv.out.contains("KT04,,"));
    CHECK(csv.out.contains(",242.47\n"));

    const ExecutableRun again = runExecutable(home, {u"init"_s});
    CHECK(again.status == 2);
    CHECK(!again.err.isEmpty());
}

TEST_CASE("thidua-cli text output is UTF-8 with Vietnamese numbers in either language", "[cli][executable]")
{
    const TempDir home;
    const QString db = home.path(u"x.sqlite"_s);
    REQUIRE(runExecutable(home, {u"--db"_s, db, u"init"_s}).status == 0);

    for (const QString& language : {QString(), u"en"_s, u"vi"_s}) {
        INFO("THIDUA_LANG=" << language.toStdString());
        const ExecutableRun text = runExecutable(home, {u"--db"_s, db, u"plan"_s}, language);
        CHECK(text.status == 0);
        const QString out = QString::fromUtf8(text.out);
        CHECK(out.contains(u"242,47"_s));
        CHECK(out.contains(u"2.000"_s));
        CHECK(out.contains(u"Tổng vốn đầu tư phát triển trên địa bàn"_s));
    }
    const ExecutableRun english = runExecutable(home, {u"--db"_s, db, u"plan"_s}, u"en"_s);
    CHECK(english.out.startsWith("Plan for 2021"));

    const ExecutableRun refused = runExecutable(home, {u"--db"_s, db, u"plan"_s, u"--format"_s, u"yaml"_s});
    CHECK(refused.status == 2);
    CHECK(refused.out.isEmpty());
    CHECK(QString::fromUtf8(refused.err).contains(u"yaml"_s));
}
