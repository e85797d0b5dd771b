// What several commands share: the output format option, opening the database, checking operands.
#pragma once

#include "ArgParser.h"
#include "Command.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace thidua::cli {

// Translation context of the CLI's free functions (a class, so lupdate finds the strings).
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    CliText() = delete;
};

enum class OutputFormat
{
    Text, // for people: Vietnamese labels and number format, aligned columns
    Csv,  // for programs: `.` decimal point, no thousands separator, stable columns
    Json,
};

// `--format text|csv|json`, text when absent.
OptionSpec formatOption();
// Throws UsageError naming the value when it is none of the three.
OutputFormat outputFormat(const ParsedArgs& args);

// `--year Y`: empty when absent; throws UsageError when the value is not a year.
OptionSpec yearOption(const QString& description);
std::optional<int> yearArgument(const ParsedArgs& args);

// Throws UsageError when words were given that the command does not take.
void requireNoOperands(const ParsedArgs& args);

// Opens the existing database of the context. A missing file is reported with the command that
// creates one; nothing is ever created here.
std::unique_ptr<storage::Database> openDatabase(const CommandContext& context, storage::Access access);

// A path as the user's system writes it, for messages.
QString displayPath(const QString& path);

} // namespace thidua::cli
