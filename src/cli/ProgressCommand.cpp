// `thidua-cli progress --period P [--unit CODE] [--format text|csv|json]`: the achievement of every
// (unit, indicator) with a target, as spec/computation.md computes it. csv is core's progressCsv, the
// contract of spec/interchange.md; json and text are described in docs/cli.md.
#include "Command.h"
#include "CommandSupport.h"
#include "PeriodSupport.h"
#include "TextTable.h"
#include "i18n/DisplayText.h"

#include "core/Campaign.h"
#include "core/ResultCsv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace thidua::cli {
namespace {

// The (unit, indicator) pairs with a target, as the csv lists them: units by code, indicators in
// plan order.
struct UnitProgress
{
    const Unit* unit = nullptr;
    std::vector<const Achievement*> achievements;
};

std::vector<UnitProgress> progressRows(const ComputedPeriod& computed, const std::string& onlyUnit)
{
    std::map<std::string, const Unit*> units;
    for (const Unit& unit : computed.data.units) {
        units[unit.code] = &unit;
    }
    std::vector<UnitProgress> rows;
    for (const auto& [code, achievements] : computed.results.achievements) {
        if (!onlyUnit.empty() && code != onlyUnit) {
            continue;
        }
        const auto unit = units.find(code);
        const auto targets = computed.data.targets.find(code);
        if (unit == units.end() || targets == computed.data.targets.end()) {
            continue;
        }
        UnitProgress row{unit->second, {}};
        for (const Achievement& achievement : achievements) {
            if (targets->second.contains(achievement.indicatorCode)) {
                row.achievements.push_back(&achievement);
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

class ProgressCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    QString name() const override { return u"progress"_s; }

    QString summary() const override { return tr("Show how far each unit has reached its targets in a period."); }

    QList<OptionSpec> options() const override
    {
        return {periodOption(), {u"unit"_s, u"CODE"_s, tr("only this unit")}, formatOption()};
    }

    int run(const ParsedArgs& args, CommandContext& context) override;

private:
    static void writeJson(const ComputedPeriod& computed, const std::vector<UnitProgress>& rows, QTextStream& out);
    static void writeText(const ComputedPeriod& computed, const std::vector<UnitProgress>& rows, QTextStream& out);
};

void ProgressCommand::writeJson(const ComputedPeriod& computed, const std::vector<UnitProgress>& rows, QTextStream& out)
{
    QJsonArray units;
    for (const UnitProgress& row : rows) {
        QJsonArray indicators;
        for (const Achievement* achievement : row.achievements) {
            indicators.append(QJsonObject{
                {u"indicator"_s, qs(achievement->indicatorCode)},
                {u"target"_s, jsonNumber(achievement->target)},
                {u"effective_target"_s, jsonNumber(achievement->effectiveTarget)},
                {u"actual"_s, jsonNumber(achievement->actual)},
                {u"baseline"_s, jsonNumber(achievement->baseline)},
                {u"ratio"_s, jsonNumber(achievement->ratio)},
                {u"status"_s, qs(std::string(toCode(achievement->status)))},
            });
        }
        units.append(QJsonObject{
            {u"unit"_s, qs(row.unit->code)},
            {u"name"_s, qs(row.unit->name)},
            {u"indicators"_s, indicators},
        });
    }
    const QJsonObject root{{u"period"_s, qs(computed.period.code)}, {u"units"_s, units}};
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void ProgressCommand::writeText(const ComputedPeriod& computed, const std::vector<UnitProgress>& rows, QTextStream& out)
{
    const QString period = computed.period.name.empty()
                               ? qs(computed.period.code)
                               : u"%1 (%2)"_s.arg(qs(computed.period.name), qs(computed.period.code));
    out << tr("Progress towards the targets: %1").arg(period) << u"\n\n"_s;
    if (rows.empty()) {
        out << tr("No unit has targets for %1.").arg(computed.data.period.year) << u'\n';
        return;
    }

    std::map<std::string, const Indicator*> indicators;
    for (const Indicator& indicator : computed.data.indicators) {
        indicators[indicator.code] = &indicator;
    }
    TextTable table({{tr("Code"), TextTable::Align::Left},
                     {tr("Indicator"), TextTable::Align::Left},
                     {tr("Unit"), TextTable::Align::Left},
                     {tr("Target"), TextTable::Align::Right},
                     {tr("For the period"), TextTable::Align::Right},
                     {tr("Actual"), TextTable::Align::Right},
                     {tr("Baseline"), TextTable::Align::Right},
                     {tr("Reached"), TextTable::Align::Right},
                     {tr("Status"), TextTable::Align::Left}});
    for (const UnitProgress& row : rows) {
        std::map<Status, int> counts;
        for (const Achievement* achievement : row.achievements) {
            ++counts[achievement->status];
        }
        QStringList tally;
        for (const Status status : {Status::Met, Status::Near, Status::NotMet, Status::NoData, Status::NotApplicable}) {
            if (counts[status] > 0) {
                tally.append(u"%1 %2"_s.arg(DisplayText::statusSymbol(status)).arg(counts[status]));
            }
        }
        table.addSection(u"%1 \u2013 %2   [%3]"_s.arg(qs(row.unit->code), qs(row.unit->name), tally.join(u"  "_s)));
        for (const Achievement* achievement : row.achievements) {
            const auto indicator = indicators.find(achievement->indicatorCode);
            const bool known = indicator != indicators.end();
            table.addRow({qs(achievement->indicatorCode), known ? qs(indicator->second->name) : QString(),
                          known ? qs(indicator->second->unitOfMeasure) : QString(), figure(achievement->target),
                          figure(achievement->effectiveTarget), figure(achievement->actual),
                          figure(achievement->baseline), percent(achievement->ratio),
                          DisplayText::statusText(achievement->status)});
        }
    }
    out << table.toString();
}

int ProgressCommand::run(const ParsedArgs& args, CommandContext& context)
{
    requireNoOperands(args);
    const OutputFormat format = outputFormat(args);
    const ComputedPeriod computed = computeRequestedPeriod(args, context);

    std::string unit;
    if (args.isSet(u"unit"_s)) {
        unit = args.value(u"unit"_s).toStdString();
        const auto& units = computed.data.units;
        if (std::none_of(units.begin(), units.end(), [&unit](const Unit& u) { return u.code == unit; })) {
            throw UsageError(tr("There is no unit '%1' in the database.").arg(args.value(u"unit"_s)));
        }
    }

    switch (format) {
    case OutputFormat::Csv:
        context.out << qs(progressCsv(computed.data, computed.results, unit));
        break;
    case OutputFormat::Json:
        writeJson(computed, progressRows(computed, unit), context.out);
        break;
    case OutputFormat::Text:
        writeText(computed, progressRows(computed, unit), context.out);
        break;
    }
    return Done;
}

} // namespace

std::unique_ptr<Command> makeProgressCommand()
{
    return std::make_unique<ProgressCommand>();
}

} // namespace thidua::cli
