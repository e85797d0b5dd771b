#include "ArgParser.h"

#include "TextTable.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace thidua::cli {

ArgParser::ArgParser(QString context, QList<OptionSpec> options)
    : m_context(std::move(context))
    , m_options(std::move(options))
{
}

const OptionSpec* ArgParser::find(const QString& name) const
{
    for (const OptionSpec& option : m_options) {
        if (option.name == name) {
            return &option;
        }
    }
    return nullptr;
}

ParsedArgs ArgParser::parse(const QStringList& args, Mode mode) const
{
    ParsedArgs parsed;
    bool onlyOperands = false; // after "--" every word is an operand, even one that starts with a dash
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& word = args.at(i);
        const bool isOption = !onlyOperands && word.startsWith(u'-') && word != u"-"_s;
        if (!isOption) {
            parsed.m_positional.append(word);
            if (mode == Mode::StopAtFirstPositional) {
                parsed.m_rest = args.mid(i + 1);
                break;
            }
            continue;
        }
        if (word == u"--"_s) {
            onlyOperands = true;
            continue;
        }
        // `-h` is the one single-dash spelling: everyone types it when lost.
        const bool isShortHelp = word == u"-h"_s;
        QString name = isShortHelp ? u"help"_s : word.mid(2);
        QString inlineValue;
        const qsizetype equals = name.indexOf(u'=');
        const bool hasInlineValue = equals >= 0;
        if (hasInlineValue) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        const OptionSpec* option = find(name);
        if (option == nullptr || (!word.startsWith(u"--"_s) && !isShortHelp)) {
            throw UsageError(tr("Unknown option '%1' (see %2 --help).").arg(word, m_context));
        }
        if (parsed.m_values.contains(name)) {
            throw UsageError(tr("The option --%1 is given more than once.").arg(name));
        }
        if (option->valueName.isEmpty()) {
            if (hasInlineValue) {
                throw UsageError(tr("The option --%1 takes no value (given '%2').").arg(name, inlineValue));
            }
            parsed.m_values.insert(name, QString());
            continue;
        }
        if (hasInlineValue) {
            parsed.m_values.insert(name, inlineValue);
        } else if (i + 1 < args.size()) {
            parsed.m_values.insert(name, args.at(++i));
        } else {
            throw UsageError(tr("The option --%1 needs a value (%2).").arg(name, option->valueName));
        }
    }
    return parsed;
}

QString ArgParser::optionsHelp() const
{
    TextTable table({{QString(), TextTable::Align::Left}, {QString(), TextTable::Align::Left}});
    for (const OptionSpec& option : m_options) {
        QString spelling = u"--"_s + option.name;
        if (!option.valueName.isEmpty()) {
            spelling += u' ' + option.valueName;
        }
        table.addRow({u"  "_s + spelling, option.description});
    }
    return table.toString(/*withHeader=*/false);
}

} // namespace thidua::cli
