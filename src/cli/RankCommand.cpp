// `thidua-cli rank --period P [--group CODE] [--format text|csv|json]`: each group's units by total
// with the proposals that follow (spec/computation.md, "Ranking"). csv is core's rankCsv, the contract
// of spec/interchange.md; json carries every unit's explanation, criterion by criterion, because a
// ranking someone cannot check is one nobody should sign (docs/cli.md).
#include "Command.h"
#include "CommandSupport.h"
#include "PeriodSupport.h"
#include "TextTable.h"
#include "i18n/DisplayText.h"

#include "core/Campaign.h"
#include "core/ResultCsv.h"
#include "core/Scoring.h"
#include "documents/XlsxExport.h"

#include <QCollator>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace thidua::cli {
namespace {

const Scheme* findScheme(const CampaignData& data, const std::string& code)
{
    const auto found =
        std::find_if(data.schemes.begin(), data.schemes.end(), [&code](const Scheme& s) { return s.code == code; });
    return found == data.schemes.end() ? nullptr : &*found;
}

const Group* findGroup(const CampaignData& data, const std::string& code)
{
    const auto found =
        std::find_if(data.groups.begin(), data.groups.end(), [&code](const Group& g) { return g.code == code; });
    return found == data.groups.end() ? nullptr : &*found;
}

QJsonObject criterionJson(const CriterionScore& criterion, const Scheme* scheme)
{
    bool veto = false;
    if (scheme != nullptr) {
        for (const Criterion& c : scheme->criteria) {
            if (c.code == criterion.criterionCode) {
                veto = c.veto;
            }
        }
    }
    return QJsonObject{
        {u"criterion"_s, qs(criterion.criterionCode)},
        {u"manual"_s, criterion.manual},
        {u"applicable"_s, criterion.applicable},
        // Manual criteria have no indicator, so no status or r: their points come from a level.
        {u"status"_s, criterion.manual ? QJsonValue() : QJsonValue(qs(std::string(toCode(criterion.status))))},
        {u"ratio"_s, criterion.manual ? QJsonValue() : jsonNumber(criterion.ratio)},
        {u"level"_s, criterion.levelUsed ? QJsonValue(qs(std::string(toCode(*criterion.levelUsed)))) : QJsonValue()},
        {u"max"_s, criterion.maxPoints},
        {u"points"_s, criterion.points},
        {u"bonus"_s, criterion.bonus},
        {u"veto"_s, veto},
        {u"veto_failed"_s, criterion.vetoFailed},
    };
}

QJsonObject unitJson(const RankedUnit& ranked, const Scheme* scheme)
{
    const UnitScore& score = ranked.score;
    QJsonArray criteria;
    for (const CriterionScore& criterion : score.criteria) {
        criteria.append(criterionJson(criterion, scheme));
    }
    QJsonArray adjustments;
    for (const Adjustment& adjustment : score.adjustments) {
        adjustments.append(QJsonObject{{u"type"_s, qs(std::string(toCode(adjustment.type)))},
                                       {u"reason"_s, qs(adjustment.reason)},
                                       {u"points"_s, adjustment.points}});
    }
    QJsonArray vetoedBy;
    for (const std::string& code : score.vetoedBy) {
        vetoedBy.append(qs(code));
    }
    const std::string_view proposal = toCode(ranked.proposal);
    return QJsonObject{
        {u"rank"_s, ranked.rank},
        {u"unit"_s, qs(score.unitCode)},
        {u"name"_s, qs(score.unitName)},
        {u"total"_s, score.total},
        {u"eligible"_s, score.eligible},
        {u"vetoed_by"_s, vetoedBy},
        {u"proposal"_s, proposal.empty() ? QJsonValue() : QJsonValue(qs(std::string(proposal)))},
        {u"title"_s, jsonText(ranked.title)},
        {u"points"_s, score.points},
        {u"applicable_max"_s, score.applicableMax},
        {u"base"_s, score.base},
        {u"bonus_items"_s, score.bonusItems},
        {u"bonus"_s, score.bonusApplied},
        {u"deductions"_s, score.deductions},
        {u"adjustments"_s, adjustments},
        {u"criteria"_s, criteria},
    };
}

class RankCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    QString name() const override { return u"rank"_s; }

    QString summary() const override { return tr("Rank the units of each group by score, with the proposals."); }

    QList<OptionSpec> options() const override
    {
        return {periodOption(),
                {u"group"_s, u"CODE"_s, tr("only this cluster or block")},
                formatOption(),
                xlsxOption(tr("also write every group's ranking to this XLSX workbook, one sheet per group"))};
    }

    int run(const ParsedArgs& args, CommandContext& context) override;

private:
    static std::vector<const GroupRanking*> selected(const ComputedPeriod& computed, const std::string& group);
    static void writeJson(const ComputedPeriod& computed, const std::vector<const GroupRanking*>& groups,
                          QTextStream& out);
    static void writeText(const ComputedPeriod& computed, const std::vector<const GroupRanking*>& groups,
                          QTextStream& out);
    static void writeGroupText(const CampaignData& data, const GroupRanking& ranking, QTextStream& out);
};

std::vector<const GroupRanking*> RankCommand::selected(const ComputedPeriod& computed, const std::string& group)
{
    std::vector<const GroupRanking*> groups;
    for (const GroupRanking& ranking : computed.results.rankings) {
        if (group.empty() || ranking.groupCode == group) {
            groups.push_back(&ranking);
        }
    }
    std::sort(groups.begin(), groups.end(),
              [](const GroupRanking* a, const GroupRanking* b) { return a->groupCode < b->groupCode; });
    return groups;
}

void RankCommand::writeJson(const ComputedPeriod& computed, const std::vector<const GroupRanking*>& groups,
                            QTextStream& out)
{
    QJsonArray groupsJson;
    for (const GroupRanking* ranking : groups) {
        const Group* group = findGroup(computed.data, ranking->groupCode);
        const Scheme* scheme = findScheme(computed.data, ranking->schemeCode);
        QJsonArray units;
        for (const RankedUnit& ranked : ranking->units) {
            units.append(unitJson(ranked, scheme));
        }
        groupsJson.append(QJsonObject{
            {u"group"_s, qs(ranking->groupCode)},
            {u"name"_s, group != nullptr ? QJsonValue(qs(group->name)) : QJsonValue()},
            {u"kind"_s, group != nullptr ? QJsonValue(qs(std::string(toCode(group->kind)))) : QJsonValue()},
            {u"scheme"_s, qs(ranking->schemeCode)},
            {u"scale"_s, scheme != nullptr ? QJsonValue(schemeScale(*scheme)) : QJsonValue()},
            {u"bonus_cap"_s, scheme != nullptr ? QJsonValue(schemeBonusCap(*scheme)) : QJsonValue()},
            {u"flag_threshold"_s, scheme != nullptr ? QJsonValue(schemeFlagThreshold(*scheme)) : QJsonValue()},
            {u"units"_s, units},
        });
    }
    const QJsonObject root{{u"period"_s, qs(computed.period.code)}, {u"groups"_s, groupsJson}};
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void RankCommand::writeGroupText(const CampaignData& data, const GroupRanking& ranking, QTextStream& out)
{
    const Group* group = findGroup(data, ranking.groupCode);
    const Scheme* scheme = findScheme(data, ranking.schemeCode);
    out << qs(ranking.groupCode);
    if (group != nullptr && !group->name.empty()) {
        out << u" \u2013 "_s << qs(group->name);
    }
    out << u'\n';
    if (scheme != nullptr) {
        out << tr("Scheme %1: scale %2, bonus up to %3, leader from %4 points.")
                   .arg(qs(scheme->code), figure(schemeScale(*scheme)), figure(schemeBonusCap(*scheme)),
                        figure(schemeFlagThreshold(*scheme)))
            << u'\n';
    }

    // People look for a name: equal ranks are listed in Vietnamese alphabetical order of names,
    // where exports use unit codes (spec/computation.md).
    std::vector<const RankedUnit*> units;
    for (const RankedUnit& ranked : ranking.units) {
        units.push_back(&ranked);
    }
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::stable_sort(units.begin(), units.end(), [&collator](const RankedUnit* a, const RankedUnit* b) {
        if (a->rank != b->rank) {
            return a->rank < b->rank;
        }
        return collator.compare(qs(a->score.unitName), qs(b->score.unitName)) < 0;
    });

    TextTable table({{tr("Rank"), TextTable::Align::Right},
                     {tr("Code"), TextTable::Align::Left},
                     {tr("Unit", "the commune, town or office ranked"), TextTable::Align::Left},
                     {tr("Total"), TextTable::Align::Right},
                     {tr("Eligible"), TextTable::Align::Left},
                     {tr("Proposal"), TextTable::Align::Left},
                     {tr("Title"), TextTable::Align::Left}});
    bool anyLeader = false;
    for (const RankedUnit* ranked : units) {
        const UnitScore& score = ranked->score;
        QString eligible = score.eligible ? DisplayText::statusSymbol(Status::Met) + u' ' + tr("yes")
                                          : DisplayText::statusSymbol(Status::NotMet) + u' ' + tr("no");
        if (!score.eligible) {
            QStringList codes;
            for (const std::string& code : score.vetoedBy) {
                codes.append(qs(code));
            }
            eligible += u", "_s + tr("veto criterion %1 not met").arg(codes.join(u", "_s));
        }
        anyLeader = anyLeader || ranked->proposal != Proposal::None;
        table.addRow({QString::number(ranked->rank), qs(score.unitCode), qs(score.unitName), scoreText(score.total),
                      eligible, DisplayText::proposal(ranked->proposal), qs(ranked->title)});
    }
    out << table.toString();
    if (!anyLeader && scheme != nullptr && !units.empty()) {
        out << tr("No leader proposed: no eligible unit reaches %1 points.").arg(figure(schemeFlagThreshold(*scheme)))
            << u'\n';
    }
}

void RankCommand::writeText(const ComputedPeriod& computed, const std::vector<const GroupRanking*>& groups,
                            QTextStream& out)
{
    const QString period = computed.period.name.empty()
                               ? qs(computed.period.code)
                               : u"%1 (%2)"_s.arg(qs(computed.period.name), qs(computed.period.code));
    out << tr("Emulation ranking: %1").arg(period) << u'\n';
    if (groups.empty()) {
        out << u'\n' << tr("No group has a scoring scheme to rank by.") << u'\n';
    }
    for (const GroupRanking* ranking : groups) {
        out << u'\n';
        writeGroupText(computed.data, *ranking, out);
    }
    out << u'\n' << tr("Proposals only: the Emulation and Commendation Council decides.") << u'\n';
}

int RankCommand::run(const ParsedArgs& args, CommandContext& context)
{
    requireNoOperands(args);
    const OutputFormat format = outputFormat(args);
    const QString xlsx = outputFile(args, u"xlsx"_s);
    const ComputedPeriod computed = computeRequestedPeriod(args, context);

    std::string group;
    if (args.isSet(u"group"_s)) {
        group = args.value(u"group"_s).toStdString();
        if (findGroup(computed.data, group) == nullptr) {
            throw UsageError(tr("There is no group '%1' in the database.").arg(args.value(u"group"_s)));
        }
    }

    if (!xlsx.isEmpty()) {
        const auto db = openDatabase(context, storage::Access::ReadOnly);
        finishWrite(documents::writeRankingsXlsx(*db, computed.period.code, xlsx), xlsx, args, context);
        if (!wantsListing(args)) {
            return Done;
        }
    }
    switch (format) {
    case OutputFormat::Csv:
        context.out << qs(rankCsv(computed.results, group));
        break;
    case OutputFormat::Json:
        writeJson(computed, selected(computed, group), context.out);
        break;
    case OutputFormat::Text:
        writeText(computed, selected(computed, group), context.out);
        break;
    }
    return Done;
}

} // namespace

std::unique_ptr<Command> makeRankCommand()
{
    return std::make_unique<RankCommand>();
}

} // namespace thidua::cli
