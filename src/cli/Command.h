// One command of thidua-cli (init, plan, import, progress, rank, shortlist, summary), each in a file of its
// own. The dispatcher in Cli.cpp parses the command's options, handles --help, and turns what a
// command throws into an exit status, so a command only does its work.
#pragma once

#include "ArgParser.h"

#include <QList>
#include <QString>
#include <QTextStream>

#include <memory>
#include <stdexcept>
#include <vector>

namespace thidua::cli {

// The exit statuses of spec/interchange.md.
enum ExitStatus : int
{
    Done = 0,
    Failed = 1, // the work failed: a file missing or unreadable, not a database, damaged, too new
    Usage = 2,  // wrong usage or wrong input; nothing was changed
};

// Work that was tried and failed outside the database (an input file that cannot be read): status 1.
// Failures of the database itself come as storage::StorageError.
class WorkFailed : public std::runtime_error
{
public:
    explicit WorkFailed(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

struct CommandContext
{
    QString databasePath;
    bool databasePathIsDefault = false; // --db not given: the GUI's database in the user's data folder
    QTextStream& out;                   // results, UTF-8
    QTextStream& err;                   // messages
};

class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // One translated line for the list of commands in `thidua-cli --help`.
    virtual QString summary() const = 0;
    // The command's own options; --db and --help are added by the dispatcher.
    virtual QList<OptionSpec> options() const = 0;
    // Operands after the options, for the usage line (e.g. "KIND FILE"); empty: none.
    virtual QString operands() const { return {}; }

    // Returns the exit status. Throws UsageError for wrong usage or input, and lets
    // storage::StorageError through; the dispatcher reports both.
    virtual int run(const ParsedArgs& args, CommandContext& context) = 0;
};

// Adding a command: a new file with its factory, declared here and listed in Cli.cpp.
std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makePlanCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeProgressCommand();
std::unique_ptr<Command> makeRankCommand();
std::unique_ptr<Command> makeShortlistCommand();
std::unique_ptr<Command> makeSummaryCommand();
std::unique_ptr<Command> makeTemplateCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeRestoreCommand();

} // namespace thidua::cli
