#include "Cli.h"

#include "ArgParser.h"
#include "Command.h"
#include "CommandSupport.h"
#include "TextTable.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

#include <exception>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace thidua::cli {
namespace {

const QString kProgram = u"thidua-cli"_s;

class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    Dispatcher(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {
        m_commands.push_back(makeInitCommand());
        m_commands.push_back(makePlanCommand());
        m_commands.push_back(makeImportCommand());
        m_commands.push_back(makeProgressCommand());
        m_commands.push_back(makeRankCommand());
        m_commands.push_back(makeShortlistCommand());
        m_commands.push_back(makeSummaryCommand());
        m_commands.push_back(makeTemplateCommand());
        m_commands.push_back(makeBackupCommand());
        m_commands.push_back(makeRestoreCommand());
    }

    int run(const QStringList& args);
    // Where the words being run belong, which every message starts with: "thidua-cli plan".
    const QString& context() const { return m_context; }

private:
    static OptionSpec databaseOption()
    {
        return {u"db"_s, u"FILE"_s, tr("the database (default: %1)").arg(displayPath(storage::defaultDatabasePath()))};
    }
    static OptionSpec helpOption() { return {u"help"_s, {}, tr("show this help")}; }

    Command* find(const QString& name) const;
    QString usage(const Command& command, const QList<OptionSpec>& options) const;
    void printHelp(const ArgParser& global) const;

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_context = kProgram;
    std::vector<std::unique_ptr<Command>> m_commands;
};

Command* Dispatcher::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

QString Dispatcher::usage(const Command& command, const QList<OptionSpec>& options) const
{
    QString line = tr("Usage:") + u' ' + kProgram + u" [--db FILE] "_s + command.name();
    for (const OptionSpec& option : options) {
        if (option.name != u"db"_s && option.name != u"help"_s) {
            line += option.valueName.isEmpty() ? u" [--%1]"_s.arg(option.name)
                                               : u" [--%1 %2]"_s.arg(option.name, option.valueName);
        }
    }
    if (!command.operands().isEmpty()) {
        line += u' ' + command.operands();
    }
    return line;
}

void Dispatcher::printHelp(const ArgParser& global) const
{
    m_out << tr("Usage:") << u' ' << kProgram << u" [--db FILE] COMMAND [OPTIONS]\n\n"_s;
    m_out << tr("The emulation campaign's plan and figures from the command line.") << u"\n\n"_s;
    m_out << tr("Options:") << u'\n' << global.optionsHelp() << u'\n';
    m_out << tr("Commands:") << u'\n';
    TextTable commands({{QString(), TextTable::Align::Left}, {QString(), TextTable::Align::Left}});
    for (const auto& command : m_commands) {
        commands.addRow({u"  "_s + command->name(), command->summary()});
    }
    m_out << commands.toString(/*withHeader=*/false) << u'\n';
    m_out << tr("Exit status: 0 done, 1 the work failed (a file missing, unreadable or damaged), "
                "2 wrong usage or input (nothing was changed).")
          << u'\n';
    m_out << tr("Run '%1 COMMAND --help' for the options of a command.").arg(kProgram) << u'\n';
}

int Dispatcher::run(const QStringList& args)
{
    const ArgParser global(kProgram, {databaseOption(), helpOption(), {u"version"_s, {}, tr("show the version")}});
    const ParsedArgs globalArgs = global.parse(args, ArgParser::Mode::StopAtFirstPositional);
    if (globalArgs.isSet(u"help"_s)) {
        printHelp(global);
        return Done;
    }
    if (globalArgs.isSet(u"version"_s)) {
        m_out << kProgram << u' ' << QStringLiteral(THIDUA_VERSION) << u'\n';
        return Done;
    }
    if (globalArgs.positional().isEmpty()) {
        throw UsageError(tr("No command given (see %1 --help).").arg(kProgram));
    }

    const QString name = globalArgs.positional().first();
    Command* command = find(name);
    if (command == nullptr) {
        QStringList names;
        for (const auto& known : m_commands) {
            names.append(known->name());
        }
        throw UsageError(tr("Unknown command '%1'; the commands are %2.").arg(name, names.join(u", "_s)));
    }

    // --db may also follow the command name, where people often put it.
    QList<OptionSpec> options = command->options();
    options.append(databaseOption());
    options.append(helpOption());
    m_context = kProgram + u' ' + command->name();
    const ArgParser parser(m_context, options);
    const ParsedArgs commandArgs = parser.parse(globalArgs.rest(), ArgParser::Mode::ParseAll);
    if (commandArgs.isSet(u"help"_s)) {
        m_out << usage(*command, options) << u"\n\n"_s << command->summary() << u"\n\n"_s;
        m_out << tr("Options:") << u'\n' << parser.optionsHelp();
        return Done;
    }
    if (globalArgs.isSet(u"db"_s) && commandArgs.isSet(u"db"_s)) {
        throw UsageError(tr("The option --db is given more than once."));
    }

    const QString given = globalArgs.isSet(u"db"_s) ? globalArgs.value(u"db"_s) : commandArgs.value(u"db"_s);
    const bool isDefault = !globalArgs.isSet(u"db"_s) && !commandArgs.isSet(u"db"_s);
    if (!isDefault && given.isEmpty()) {
        throw UsageError(tr("The option --db needs a file name."));
    }
    CommandContext commandContext{isDefault ? storage::defaultDatabasePath() : given, isDefault, m_out, m_err};
    return command->run(commandArgs, commandContext);
}

// Refusals that leave everything as it was are wrong usage or input; the rest is failed work.
int exitStatusOf(storage::StorageError::Kind kind)
{
    switch (kind) {
    case storage::StorageError::Kind::Exists:
    case storage::StorageError::Kind::Invalid:
        return Usage;
    default:
        return Failed;
    }
}

} // namespace

int runCli(const QStringList& args, QTextStream& out, QTextStream& err)
{
    Dispatcher dispatcher(out, err);
    int status = Failed;
    QString message;
    try {
        status = dispatcher.run(args);
    } catch (const UsageError& error) {
        message = error.message();
        status = Usage;
    } catch (const storage::StorageError& error) {
        message = error.message();
        status = exitStatusOf(error.kind());
    } catch (const WorkFailed& error) {
        message = error.message();
        status = Failed;
    } catch (const std::exception& error) {
        message = QCoreApplication::translate("thidua::cli", "Unexpected failure: %1")
                      .arg(QString::fromLocal8Bit(error.what()));
        status = Failed;
    }
    if (!message.isEmpty()) {
        err << dispatcher.context() << u": "_s << message << u'\n';
    }
    out.flush();
    err.flush();
    return status;
}

} // namespace thidua::cli
