#include "CliRunner.h"

#include "cli/Cli.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace thidua::test {

QStringList CliResult::outLines() const
{
    QStringList lines = out.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

CliResult runCli(const QStringList& args)
{
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.status = cli::runCli(args, out, err);
    return result;
}

QByteArray randomBytes(int size)
{
    QRandomGenerator generator(20210315);
    QByteArray bytes(size, '\0');
    for (char& byte : bytes) {
        byte = static_cast<char>(generator.bounded(256));
    }
    return bytes;
}

QStringList sqliteFilesPresent(const QString& path)
{
    QStringList present;
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(path + suffix)) {
            present.append(path + suffix);
        }
    }
    return present;
}

} // namespace thidua::test
