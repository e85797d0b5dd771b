// What several commands share: the output format option, opening the database, checking operands,
// and the --pdf and --xlsx options of the commands that write documents (shortlist, summary, rank).
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

// Who made a change, for the audit log: the login name, as the GUI records it.
QString currentUser();

// A path as the user's system writes it, for messages.
QString displayPath(const QString& path);

// The documents library writes each file through a temporary one, so a failure leaves nothing
// half-written behind; these say how a command reports it.
OptionSpec pdfOption(const QString& description);
OptionSpec xlsxOption(const QString& description);

// The file the option names; empty when the option is absent. Throws UsageError for an empty name.
QString outputFile(const ParsedArgs& args, const QString& option);

// PDFs are painted, which needs the QGuiApplication main.cpp makes when it sees --pdf; a caller that
// runs commands under a plain QCoreApplication (the in-process tests) gets WorkFailed, not a crash.
void requirePainting();

// Whether the listing goes to stdout as well: always without a file to write, and with one only when
// --format was asked for, so `--pdf FILE` alone says what it wrote and nothing else.
bool wantsListing(const ParsedArgs& args);

// Takes what a documents function returned: throws WorkFailed (status 1) with the reason when it is
// not empty, else tells `context.out` that `path` was written, unless the listing is printed too.
void finishWrite(const QString& error, const QString& path, const ParsedArgs& args, CommandContext& context);

} // namespace thidua::cli
