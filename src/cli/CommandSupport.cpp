#include "CommandSupport.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace thidua::cli {
OptionSpec formatOption()
{
    return {u"format"_s, u"text|csv|json"_s, CliText::tr("text for people (the default), csv or json for programs")};
}

OutputFormat outputFormat(const ParsedArgs& args)
{
    const QString value = args.value(u"format"_s);
    if (!args.isSet(u"format"_s) || value == u"text"_s) {
        return OutputFormat::Text;
    }
    if (value == u"csv"_s) {
        return OutputFormat::Csv;
    }
    if (value == u"json"_s) {
        return OutputFormat::Json;
    }
    throw UsageError(CliText::tr("Unknown format '%1'; use text, csv or json.").arg(value));
}

OptionSpec yearOption(const QString& description)
{
    return {u"year"_s, u"Y"_s, description};
}

std::optional<int> yearArgument(const ParsedArgs& args)
{
    if (!args.isSet(u"year"_s)) {
        return std::nullopt;
    }
    const QString value = args.value(u"year"_s);
    bool ok = false;
    const int year = value.toInt(&ok);
    // Plans are yearly documents of a people's committee: any four-digit year is plausible.
    if (!ok || year < 1000 || year > 9999) {
        throw UsageError(CliText::tr("'%1' is not a year; write four digits, e.g. 2021.").arg(value));
    }
    return year;
}

void requireNoOperands(const ParsedArgs& args)
{
    if (!args.positional().isEmpty()) {
        throw UsageError(CliText::tr("Unexpected argument '%1'.").arg(args.positional().first()));
    }
}

std::unique_ptr<storage::Database> openDatabase(const CommandContext& context, storage::Access access)
{
    try {
        return storage::Database::open(context.databasePath, access);
    } catch (const storage::StorageError& error) {
        if (error.kind() != storage::StorageError::Kind::Missing) {
            throw;
        }
        const QString hint = context.databasePathIsDefault
                                 ? CliText::tr("Create it with: thidua-cli init")
                                 : CliText::tr("Create it with: thidua-cli --db %1 init").arg(context.databasePath);
        throw storage::StorageError(error.kind(), error.message() + u' ' + hint);
    }
}

QString currentUser()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty()) {
            return name;
        }
    }
    return u"thidua-cli"_s;
}

QString displayPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

OptionSpec pdfOption(const QString& description)
{
    return {u"pdf"_s, u"FILE"_s, description};
}

OptionSpec xlsxOption(const QString& description)
{
    return {u"xlsx"_s, u"FILE"_s, description};
}

QString outputFile(const ParsedArgs& args, const QString& option)
{
    if (!args.isSet(option)) {
        return {};
    }
    const QString path = args.value(option);
    if (path.isEmpty()) {
        throw UsageError(CliText::tr("The option --%1 needs a file name.").arg(option));
    }
    return path;
}

void requirePainting()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        throw WorkFailed(CliText::tr("Writing a PDF needs a graphical application; run thidua-cli itself."));
    }
}

bool wantsListing(const ParsedArgs& args)
{
    return args.isSet(u"format"_s) || (!args.isSet(u"pdf"_s) && !args.isSet(u"xlsx"_s));
}

void finishWrite(const QString& error, const QString& path, const ParsedArgs& args, CommandContext& context)
{
    if (!error.isEmpty()) {
        throw WorkFailed(error);
    }
    if (!wantsListing(args)) {
        context.out << CliText::tr("Wrote %1.").arg(displayPath(path)) << u'\n';
    }
}

} // namespace thidua::cli
