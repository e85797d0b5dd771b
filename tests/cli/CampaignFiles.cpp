#include "CampaignFiles.h"

#include "CliRunner.h"

#include <catch2/catch.hpp>

#include "core/Achievement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace thidua::test {

const QStringList& importOrder()
{
    static const QStringList order{u"indicators"_s, u"schemes"_s, u"groups"_s, u"units"_s,
                                   u"targets"_s,    u"reports"_s, u"scores"_s, u"adjustments"_s};
    return order;
}

QString importFolder(const QString& db, const QString& folder)
{
    QString problems;
    for (const QString& kind : importOrder()) {
        const QString file = QDir(folder).filePath(kind + u".csv"_s);
        if (!QFileInfo::exists(file)) {
            continue;
        }
        const CliResult result = runCli({u"--db"_s, db, u"import"_s, kind, file});
        if (result.status != 0) {
            problems += u"import %1 %2: status %3\n%4"_s.arg(kind, file).arg(result.status).arg(result.err);
        }
    }
    return problems;
}

QString createFromFolder(const QString& db, const QString& folder, int year)
{
    const CliResult init = runCli({u"--db"_s, db, u"init"_s, u"--empty"_s, u"--year"_s, QString::number(year)});
    if (init.status != 0) {
        return u"init --empty --year %1: status %2\n%3"_s.arg(year).arg(init.status).arg(init.err);
    }
    return importFolder(db, folder);
}

QString databaseFromFolder(const TempDir& dir, const QString& folder, const QString& name)
{
    const QString db = dir.path(name + u".sqlite"_s);
    const QString problems = createFromFolder(db, folder);
    INFO(problems.toStdString());
    REQUIRE(problems.isEmpty());
    return db;
}

QString goldenDatabase(const TempDir& dir, const QString& name)
{
    return databaseFromFolder(dir, goldenCase(name), name);
}

QString goldenCase(const QString& name)
{
    return QStringLiteral(THIDUA_GOLDEN_DIR) + u"/ranking/"_s + name;
}

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString lineDiff(const QString& expected, const QString& actual)
{
    if (expected == actual) {
        return {};
    }
    const QStringList a = expected.split(u'\n');
    const QStringList b = actual.split(u'\n');
    // Longest common subsequence of lines: the files compared are a few dozen lines long.
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            common[i][j] = a.at(i) == b.at(j) ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    QString diff;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            diff += u"  "_s + a.at(i++) + u'\n';
            ++j;
        } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
            diff += u"- "_s + a.at(i++) + u'\n';
        } else {
            diff += u"+ "_s + b.at(j++) + u'\n';
        }
    }
    // Texts that differ only in their final line break show no +/- line otherwise.
    if (!diff.contains(u"\n+ "_s) && !diff.contains(u"\n- "_s) && !diff.startsWith(u"+ "_s) &&
        !diff.startsWith(u"- "_s)) {
        diff += u"(the texts differ in line breaks or invisible characters)\n"_s;
    }
    return diff;
}

} // namespace thidua::test
