// The command line's small grammar: `--name`, `--name VALUE` or `--name=VALUE`, and positional
// words. Our own rather than QCommandLineParser because every message it prints must go through our
// translations and name the command it belongs to, and because the global options stop at the
// command's name while the command's own options follow it.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace thidua::cli {

// Wrong usage or wrong input: the command changed nothing, and exits with status 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

struct OptionSpec
{
    QString name;        // without the leading dashes
    QString valueName;   // empty: a flag that takes no value
    QString description; // one line, already translated
};

class ParsedArgs
{
public:
    bool isSet(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name) const { return m_values.value(name); }
    const QStringList& positional() const { return m_positional; }
    // What came after the first positional word, untouched, when parsing stopped there.
    const QStringList& rest() const { return m_rest; }

private:
    friend class ArgParser;
    QHash<QString, QString> m_values;
    QStringList m_positional;
    QStringList m_rest;
};

class ArgParser
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    enum class Mode
    {
        StopAtFirstPositional, // global options: the first word is the command, the rest is its own
        ParseAll,              // a command's options and operands, in any order
    };

    // `context` is what --help follows in messages: "thidua-cli" or "thidua-cli plan".
    ArgParser(QString context, QList<OptionSpec> options);

    // Throws UsageError for an unknown option, a missing value, a value given to a flag, or an
    // option given twice.
    ParsedArgs parse(const QStringList& args, Mode mode) const;

    // Lines of the form "  --name VALUE   description", aligned, for --help.
    QString optionsHelp() const;

private:
    const OptionSpec* find(const QString& name) const;

    QString m_context;
    QList<OptionSpec> m_options;
};

} // namespace thidua::cli
