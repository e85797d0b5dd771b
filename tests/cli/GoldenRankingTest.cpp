// The golden ranking cases of tests/golden/ranking: one folder per case with the input CSV files,
// `period.txt` and the expected `rank.csv` (and `progress.csv` where it says something), worked out
// by hand in the folder's README.md. Adding a case is adding a folder: this runner finds them all.
// Each case starts from an empty database and goes through `thidua-cli import` and `rank`, so it
// checks the import, the computation and the csv contract together.
#include "CampaignFiles.h"
#include "CliRunner.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using thidua::test::runCli;
using thidua::test::TempDir;

namespace {

QStringList goldenCases()
{
    return QDir(QStringLiteral(THIDUA_GOLDEN_DIR) + u"/ranking"_s)
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// Runs `COMMAND --period P --format csv` and compares with the expected file, printing a diff.
void compareOutput(const QString& db, const QString& folder, const QString& command, const QString& period)
{
    const QString expectedPath = QDir(folder).filePath(command + u".csv"_s);
    const auto result = runCli({u"--db"_s, db, command, u"--period"_s, period, u"--format"_s, u"csv"_s});
    INFO(command.toStdString() << " stderr: " << result.err.toStdString());
    REQUIRE(result.status == 0);
    const QString diff = thidua::test::lineDiff(thidua::test::readText(expectedPath), result.out);
    INFO(expectedPath.toStdString() << " differs from the output:\n" << diff.toStdString());
    CHECK(diff.isEmpty());
}

} // namespace

TEST_CASE("every golden ranking case ranks as worked out by hand", "[cli][golden]")
{
    const QStringList cases = goldenCases();
    // The cases the issue asks for; more may be added without touching this file.
    for (const QString& required : {u"ties"_s, u"vetoed_top"_s, u"leader_tie"_s, u"bonus_cap"_s, u"deductions"_s,
                                    u"rescaling"_s, u"manual_levels"_s, u"custom_scale"_s, u"below_threshold"_s}) {
        CHECK(cases.contains(required));
    }

    for (const QString& name : cases) {
        INFO("golden case " << name.toStdString());
        const QString folder = QStringLiteral(THIDUA_GOLDEN_DIR) + u"/ranking/"_s + name;
        // The arithmetic is part of the case: an expected file nobody can check proves nothing.
        CHECK(QFileInfo::exists(folder + u"/README.md"_s));
        REQUIRE(QFileInfo::exists(folder + u"/rank.csv"_s));
        const QString period = thidua::test::readText(folder + u"/period.txt"_s).trimmed();
        REQUIRE(!period.isEmpty());

        const TempDir dir;
        const QString db = dir.path(name + u".sqlite"_s);
        const QString problems = thidua::test::createFromFolder(db, folder, period.left(4).toInt());
        INFO(problems.toStdString());
        REQUIRE(problems.isEmpty());

        compareOutput(db, folder, u"rank"_s, period);
        if (QFileInfo::exists(folder + u"/progress.csv"_s)) {
            compareOutput(db, folder, u"progress"_s, period);
        }

        // Rows are upserts on their keys: the same files a second time change nothing.
        REQUIRE(thidua::test::importFolder(db, folder).isEmpty());
        compareOutput(db, folder, u"rank"_s, period);
    }
}
