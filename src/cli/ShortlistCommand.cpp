// `thidua-cli shortlist --period P [--format text|csv|json] [--pdf FILE] [--xlsx FILE] [--sync]`: the
// period's commendation shortlist with each entry's review status and the checks people would
// otherwise make by hand, and the printed list (PDF) or its spreadsheet (XLSX). `--sync` first adds
// what the ranking proposes; it is the only part that writes, so only then is the database opened
// for writing.
#include "Command.h"
#include "CommandSupport.h"
#include "PeriodSupport.h"
#include "TextTable.h"

#include "core/Commendation.h"
#include "core/Csv.h"
#include "documents/Documents.h"
#include "documents/XlsxExport.h"
#include "i18n/CommendationText.h"
#include "i18n/DisplayText.h"
#include "storage/ShortlistRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace thidua::cli {
namespace {

// Codes for programs (csv, json), the same in every language; people read CommendationText's words.
QString awardCode(Award award)
{
    return qs(std::string(toCode(award)));
}

QString entryStatusCode(EntryStatus status)
{
    return qs(std::string(toCode(status)));
}

QString checkProblemCode(CheckProblem problem)
{
    switch (problem) {
    case CheckProblem::NotRanked:
        return u"not_ranked"_s;
    case CheckProblem::VetoFailed:
        return u"veto_failed"_s;
    case CheckProblem::NotLeader:
        return u"not_leader"_s;
    case CheckProblem::ScoreBelowTitle:
        return u"score_below_title"_s;
    case CheckProblem::FactsMissing:
        return u"facts_missing"_s;
    case CheckProblem::TooFewAdvancedWorkers:
        return u"too_few_advanced_workers"_s;
    case CheckProblem::NotAllCompletedTasks:
        return u"not_all_completed_tasks"_s;
    case CheckProblem::NoEmulationSoldier:
        return u"no_emulation_soldier"_s;
    case CheckProblem::Disciplined:
        return u"disciplined"_s;
    case CheckProblem::NotAdvancedWorker:
        return u"not_advanced_worker"_s;
    case CheckProblem::NoInitiative:
        return u"no_initiative"_s;
    case CheckProblem::QuotaExceeded:
        return u"quota_exceeded"_s;
    case CheckProblem::NameMissing:
        return u"name_missing"_s;
    }
    return {};
}

struct Listing
{
    ComputedPeriod computed;
    std::vector<ShortlistEntry> entries;
    std::vector<EntryCheck> checks; // one per entry, same order
    std::map<std::string, std::string> unitNames;
    std::optional<int> added; // proposals added by --sync
};

QString unitName(const Listing& listing, const std::string& code)
{
    const auto found = listing.unitNames.find(code);
    return found == listing.unitNames.end() ? qs(code) : qs(found->second);
}

// The collective's name, or the person's.
QString entryName(const Listing& listing, const ShortlistEntry& entry)
{
    return isCollective(entry) ? unitName(listing, entry.unitCode) : qs(entry.personName);
}

// The printed list is what the office signs: entries that fail their checks (members' counts not
// entered, a quota exceeded) are printed as proposals all the same, so the one printing is told.
void warnAboutFailedChecks(const Listing& listing, const QString& period, CommandContext& context)
{
    int failing = 0;
    for (std::size_t i = 0; i < listing.entries.size() && i < listing.checks.size(); ++i) {
        const ShortlistEntry& entry = listing.entries[i];
        failing += entry.included && entry.status != EntryStatus::NotPassed && !listing.checks[i].passed() ? 1 : 0;
    }
    if (failing > 0) {
        context.err << CliText::tr("Warning: %n entry(ies) on the list fail their checks; 'shortlist --period %1' "
                                   "says why.",
                                   nullptr, failing)
                           .arg(period)
                    << u'\n';
    }
}

class ShortlistCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(thidua::cli)

public:
    QString name() const override { return u"shortlist"_s; }

    QString summary() const override
    {
        return tr("List a period's commendation shortlist with its checks; print it to PDF or XLSX.");
    }

    QList<OptionSpec> options() const override
    {
        return {periodOption(),
                formatOption(),
                pdfOption(tr("write the printed list (Danh sách đề nghị khen thưởng) to this PDF file")),
                xlsxOption(tr("write the list to this XLSX workbook")),
                {u"sync"_s, {}, tr("first add the ranking's proposals (writes to the database)")}};
    }

    int run(const ParsedArgs& args, CommandContext& context) override;

private:
    static void writeCsv(const Listing& listing, QTextStream& out);
    static void writeJson(const Listing& listing, QTextStream& out);
    static void writeText(const Listing& listing, QTextStream& out);
};

void ShortlistCommand::writeCsv(const Listing& listing, QTextStream& out)
{
    out << u"id,kind,unit,unit_name,name,position,award,status,included,from_ranking,achievement,"
           u"decision_number,decision_date,checks\n"_s;
    for (std::size_t i = 0; i < listing.entries.size(); ++i) {
        const ShortlistEntry& entry = listing.entries[i];
        QStringList problems;
        for (const CheckFailure& failure : listing.checks[i].failures) {
            problems.append(checkProblemCode(failure.problem));
        }
        const QStringList fields{QString::number(entry.id),
                                 isCollective(entry) ? u"collective"_s : u"individual"_s,
                                 qs(entry.unitCode),
                                 unitName(listing, entry.unitCode),
                                 entryName(listing, entry),
                                 qs(entry.position),
                                 awardCode(entry.award),
                                 entryStatusCode(entry.status),
                                 entry.included ? u"1"_s : u"0"_s,
                                 entry.fromRanking ? u"1"_s : u"0"_s,
                                 qs(entry.achievement),
                                 qs(entry.decisionNumber),
                                 qs(entry.decisionDate),
                                 problems.join(u'|')};
        QStringList quoted;
        for (const QString& value : fields) {
            quoted.append(qs(csvField(value.toStdString()))); // RFC 4180, as the other commands quote
        }
        out << quoted.join(u',') << u'\n';
    }
}

void ShortlistCommand::writeJson(const Listing& listing, QTextStream& out)
{
    QJsonArray entries;
    for (std::size_t i = 0; i < listing.entries.size(); ++i) {
        const ShortlistEntry& entry = listing.entries[i];
        QJsonArray checks;
        for (const CheckFailure& failure : listing.checks[i].failures) {
            QJsonArray values;
            for (const double value : failure.values) {
                values.append(value);
            }
            checks.append(QJsonObject{{u"problem"_s, checkProblemCode(failure.problem)},
                                      {u"values"_s, values},
                                      {u"detail"_s, jsonText(failure.detail)}});
        }
        entries.append(QJsonObject{
            {u"id"_s, static_cast<qint64>(entry.id)},
            {u"kind"_s, isCollective(entry) ? u"collective"_s : u"individual"_s},
            {u"unit"_s, qs(entry.unitCode)},
            {u"unit_name"_s, unitName(listing, entry.unitCode)},
            {u"name"_s, entryName(listing, entry)},
            {u"position"_s, jsonText(entry.position)},
            {u"award"_s, awardCode(entry.award)},
            {u"award_name"_s, CommendationText::awardDocumentName(entry.award)},
            {u"status"_s, entryStatusCode(entry.status)},
            {u"included"_s, entry.included},
            {u"exclusion_reason"_s, jsonText(entry.exclusionReason)},
            {u"from_ranking"_s, entry.fromRanking},
            {u"achievement"_s, jsonText(entry.achievement)},
            {u"decision_number"_s, jsonText(entry.decisionNumber)},
            {u"decision_date"_s, jsonText(entry.decisionDate)},
            {u"passed"_s, listing.checks[i].passed()},
            {u"checks"_s, checks},
        });
    }
    QJsonObject root{{u"period"_s, qs(listing.computed.period.code)}, {u"entries"_s, entries}};
    if (listing.added) {
        root.insert(u"added"_s, *listing.added);
    }
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void ShortlistCommand::writeText(const Listing& listing, QTextStream& out)
{
    const Period& period = listing.computed.period;
    out << tr("Commendation shortlist: %1")
               .arg(period.name.empty() ? qs(period.code) : u"%1 (%2)"_s.arg(qs(period.name), qs(period.code)))
        << u'\n';
    if (listing.added) {
        out << tr("Added %n proposal(s) from the ranking.", nullptr, *listing.added) << u'\n';
    }
    if (listing.entries.empty()) {
        out << u'\n' << tr("The shortlist is empty; add the ranking's proposals with --sync.") << u'\n';
        return;
    }

    TextTable table({{tr("No."), TextTable::Align::Right},
                     {tr("Name", "of the collective or the person"), TextTable::Align::Left},
                     {tr("Position"), TextTable::Align::Left},
                     {tr("Unit", "the commune, town or office ranked"), TextTable::Align::Left},
                     {tr("Form of commendation"), TextTable::Align::Left},
                     {tr("Status"), TextTable::Align::Left},
                     {tr("Checks"), TextTable::Align::Left}});
    for (std::size_t i = 0; i < listing.entries.size(); ++i) {
        const ShortlistEntry& entry = listing.entries[i];
        QString status = CommendationText::status(entry.status);
        if (!entry.decisionNumber.empty()) {
            status += u' ' + qs(entry.decisionNumber);
        }
        if (!entry.included) {
            status = tr("not included: %1").arg(qs(entry.exclusionReason));
        }
        QString checks = DisplayText::statusSymbol(Status::Met) + u' ' + tr("passed");
        if (!listing.checks[i].passed()) {
            checks = DisplayText::statusSymbol(Status::NotMet) + u' ' + CommendationText::failures(listing.checks[i]);
        }
        // A collective's name is its unit's: the column is for a person's unit.
        table.addRow({QString::number(i + 1), entryName(listing, entry), qs(entry.position),
                      isCollective(entry) ? QString() : unitName(listing, entry.unitCode),
                      CommendationText::award(entry.award), status, checks});
    }
    out << u'\n' << table.toString();
    out << u'\n' << tr("Proposals only: the Emulation and Commendation Council decides.") << u'\n';
}

int ShortlistCommand::run(const ParsedArgs& args, CommandContext& context)
{
    requireNoOperands(args);
    const OutputFormat format = outputFormat(args);
    const QString code = periodArgument(args);
    const QString pdf = outputFile(args, u"pdf"_s);
    if (!pdf.isEmpty()) {
        requirePainting(); // before anything is changed
    }
    const QString xlsx = outputFile(args, u"xlsx"_s);
    const bool sync = args.isSet(u"sync"_s);

    // Read-only unless asked to change something: listing and printing never write the database.
    const auto db = openDatabase(context, sync ? storage::Access::ReadWrite : storage::Access::ReadOnly);
    Listing listing;
    listing.computed = computeStoredPeriod(*db, requestedPeriod(*db, code, context));
    const std::string& periodCode = listing.computed.period.code;
    storage::ShortlistRepository shortlist(*db);
    if (sync) {
        listing.added = shortlist.syncFromRankings(periodCode, listing.computed.results.rankings, currentUser());
    }

    for (const Unit& unit : listing.computed.data.units) {
        listing.unitNames[unit.code] = unit.name;
    }
    listing.entries = shortlist.entries(periodCode);
    CheckSettings settings;
    settings.emulationSoldierQuota = shortlist.documentSettings().emulationSoldierQuota;
    listing.checks = checkShortlist(listing.entries, listing.computed.results.rankings, settings);

    if (!pdf.isEmpty()) {
        finishWrite(documents::writePdf(documents::shortlistDocument(*db, periodCode), pdf), pdf, args, context);
    }
    if (!xlsx.isEmpty()) {
        finishWrite(documents::writeShortlistXlsx(*db, periodCode, xlsx), xlsx, args, context);
    }
    if (!wantsListing(args)) {
        if (sync) {
            context.out << tr("Added %n proposal(s) from the ranking.", nullptr, listing.added.value_or(0)) << u'\n';
        }
        warnAboutFailedChecks(listing, code, context);
        return Done;
    }
    switch (format) {
    case OutputFormat::Csv:
        writeCsv(listing, context.out);
        break;
    case OutputFormat::Json:
        writeJson(listing, context.out);
        break;
    case OutputFormat::Text:
        writeText(listing, context.out);
        break;
    }
    return Done;
}

} // namespace

std::unique_ptr<Command> makeShortlistCommand()
{
    return std::make_unique<ShortlistCommand>();
}

} // namespace thidua::cli
