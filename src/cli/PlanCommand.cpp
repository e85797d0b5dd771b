// `thidua-cli plan [--year Y] [--format text|csv|json]`: the indicators in plan order with the
// district's targets, for people (text) or for programs (csv, json; spec/interchange.md).
#include "Command.h"
#include "CommandSupport.h"
#include "TextTable.h"
#include "i18n/DisplayText.h"

#include "core/Csv.h"
#include "core/NumberFormat.h"
#include "core/Plan.h"
#include "storage/PlanRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace thidua::cli {
namespace {

// Programs get every decimal a target can sensibly carry; people get what the plan prints.
constexpr int kPlainDecimals = 6;
constexpr int kTextDecimals = 4;

struct PlanListing
{
    int year = 0;
    std::optional<PlanInfo> info;
    std::vector<Heading> headings;
    std::vector<Indicator> indicators;                    // plan order
    std::map<std::string, std::optional<double>> targets; // indicator code -> the district's target
};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

std::optional<double> targetOf(const PlanListing& plan, const std::string& indicator)
{
    const auto found = plan.targets.find(indicator);
    return found == plan.targets.end() ? std::nullopt : found->second;
}

void writeCsv(const PlanListing& plan, QTextStream& out)
{
    out << u"code,parent,name,unit,kind,period_basis,target\n"_s;
    for (const Indicator& indicator : plan.indicators) {
        const std::optional<double> target = targetOf(plan, indicator.code);
        const std::string row = csvField(indicator.code) + ',' + csvField(indicator.parentCode) + ',' +
                                csvField(indicator.name) + ',' + csvField(indicator.unitOfMeasure) + ',' +
                                std::string(toCode(indicator.kind)) + ',' + std::string(toCode(indicator.basis)) + ',' +
                                (target ? formatNumber(*target, kPlainDecimals, NumberStyle::Plain) : "");
        out << qs(row) << u'\n';
    }
}

void writeJson(const PlanListing& plan, QTextStream& out)
{
    QJsonArray indicators;
    for (const Indicator& indicator : plan.indicators) {
        const std::optional<double> target = targetOf(plan, indicator.code);
        indicators.append(QJsonObject{
            {u"code"_s, qs(indicator.code)},
            {u"parent"_s, indicator.parentCode.empty() ? QJsonValue() : QJsonValue(qs(indicator.parentCode))},
            {u"name"_s, qs(indicator.name)},
            {u"unit"_s, qs(indicator.unitOfMeasure)},
            {u"kind"_s, qs(std::string(toCode(indicator.kind)))},
            {u"period_basis"_s, qs(std::string(toCode(indicator.basis)))},
            {u"target"_s, target ? QJsonValue(*target) : QJsonValue()},
        });
    }
    const QJsonObject root{{u"year"_s, plan.year}, {u"indicators"_s, indicators}};
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

class PlanCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    QString name() const override { return u"plan"_s; }

    QString summary() const override { return tr("List the plan's indicators with the district's targets."); }

    QList<OptionSpec> options() const override
    {
        return {yearOption(tr("the plan's year (default: the latest in the database)")), formatOption()};
    }

    int run(const ParsedArgs& args, CommandContext& context) override;

private:
    static void writeText(const PlanListing& plan, QTextStream& out);
};

void PlanCommand::writeText(const PlanListing& plan, QTextStream& out)
{
    const QString title = plan.info ? qs(plan.info->title) : QString();
    out << (title.isEmpty() ? tr("Plan for %1").arg(plan.year) : tr("Plan for %1: %2").arg(plan.year).arg(title))
        << u'\n';
    if (plan.info && !plan.info->documentNumber.empty()) {
        const QDate issued = QDate::fromString(qs(plan.info->issuedOn), Qt::ISODate);
        out << tr("Document %1 of %2, issued %3.")
                   .arg(qs(plan.info->documentNumber), qs(plan.info->issuer),
                        issued.isValid() ? issued.toString(u"dd/MM/yyyy"_s) : qs(plan.info->issuedOn))
            << u'\n';
    }
    out << u'\n';

    std::map<std::string, const Indicator*> byCode;
    for (const Indicator& indicator : plan.indicators) {
        byCode[indicator.code] = &indicator;
    }
    // Children are indented under their parent; the bound guards against a cycle in edited data.
    const auto depthOf = [&byCode](const Indicator& indicator) {
        int depth = 0;
        for (auto parent = byCode.find(indicator.parentCode); parent != byCode.end() && depth < 8;
             parent = byCode.find(parent->second->parentCode)) {
            ++depth;
        }
        return depth;
    };

    // The plan's three headings in order, written as the GUI writes them ("KT – name"); an indicator
    // whose heading is unknown still shows, last.
    std::vector<std::pair<QString, std::vector<const Indicator*>>> sections;
    std::map<std::string, std::size_t> sectionOf;
    for (const Heading& heading : plan.headings) {
        sectionOf[heading.code] = sections.size();
        sections.push_back({qs(heading.code) + u" \u2013 "_s + qs(heading.name), {}});
    }
    std::vector<const Indicator*> others;
    for (const Indicator& indicator : plan.indicators) {
        const auto found = sectionOf.find(indicator.headingCode);
        (found == sectionOf.end() ? others : sections[found->second].second).push_back(&indicator);
    }
    if (!others.empty()) {
        sections.push_back({tr("Other indicators"), others});
    }

    TextTable table({{tr("Code"), TextTable::Align::Left},
                     {tr("Indicator"), TextTable::Align::Left},
                     {tr("Target"), TextTable::Align::Right},
                     {tr("Unit"), TextTable::Align::Left},
                     {tr("Kind"), TextTable::Align::Left}});
    for (const auto& [heading, indicators] : sections) {
        table.addSection(heading);
        for (const Indicator* indicator : indicators) {
            const std::optional<double> target = targetOf(plan, indicator->code);
            table.addRow({QString(2 * depthOf(*indicator), u' ') + qs(indicator->code), qs(indicator->name),
                          target ? qs(formatNumber(*target, kTextDecimals, NumberStyle::Vietnamese)) : QString(),
                          qs(indicator->unitOfMeasure), DisplayText::kind(indicator->kind)});
        }
    }
    out << table.toString();
}

int PlanCommand::run(const ParsedArgs& args, CommandContext& context)
{
    requireNoOperands(args);
    const OutputFormat format = outputFormat(args);
    const std::optional<int> askedYear = yearArgument(args);

    const auto db = openDatabase(context, storage::Access::ReadOnly);
    const storage::PlanRepository plans(*db);
    const std::vector<int> years = plans.years();
    const QString path = displayPath(context.databasePath);
    if (years.empty()) {
        throw UsageError(tr("The database %1 holds no plan yet.").arg(path));
    }
    if (askedYear && std::find(years.begin(), years.end(), *askedYear) == years.end()) {
        QStringList known;
        for (const int year : years) {
            known.append(QString::number(year));
        }
        throw UsageError(tr("The database %1 holds no plan for %2; it holds the plans for %3.")
                             .arg(path, QString::number(*askedYear), known.join(u", "_s)));
    }

    PlanListing plan;
    plan.year = askedYear.value_or(years.back());
    plan.info = plans.plan(plan.year);
    plan.headings = plans.headings();
    plan.indicators = plans.indicators();
    for (const Target& target : plans.targets(plan.year, kDistrictUnitCode)) {
        plan.targets[target.indicatorCode] = target.value;
    }

    switch (format) {
    case OutputFormat::Csv:
        writeCsv(plan, context.out);
        break;
    case OutputFormat::Json:
        writeJson(plan, context.out);
        break;
    case OutputFormat::Text:
        writeText(plan, context.out);
        break;
    }
    return Done;
}

} // namespace

std::unique_ptr<Command> makePlanCommand()
{
    return std::make_unique<PlanCommand>();
}

} // namespace thidua::cli
