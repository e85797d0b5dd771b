// Runs thidua-cli in-process and keeps what it printed, for the assertions of the cli tests.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace thidua::test {

struct CliResult
{
    int status = -1;
    QString out;
    QString err;

    // Lines of the output without the final line break.
    QStringList outLines() const;
};

CliResult runCli(const QStringList& args);

// A file that is surely no database: the same bytes on every run, so a failure can be repeated.
QByteArray randomBytes(int size);

// Which of the database file and the files SQLite keeps beside it (-wal, -shm, -journal) exist:
// a refused or failed command must not have created any.
QStringList sqliteFilesPresent(const QString& path);

} // namespace thidua::test
