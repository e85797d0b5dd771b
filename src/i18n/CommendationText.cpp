#include "CommendationText.h"

#include "DisplayText.h"

#include <QStringList>

#include <cstddef>

using namespace Qt::StringLiterals;

namespace thidua {
namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

double valueAt(const CheckFailure& failure, std::size_t index)
{
    return index < failure.values.size() ? failure.values[index] : 0;
}

int countAt(const CheckFailure& failure, std::size_t index)
{
    return static_cast<int>(valueAt(failure, index));
}

// "41,7%" of the members; nothing to divide when the unit declared no members.
QString shareOf(double part, double whole)
{
    return whole > 0 ? DisplayText::percent(part / whole) : DisplayText::percent(0.0);
}

} // namespace

QString CommendationText::award(Award award)
{
    switch (award) {
    case Award::EmulationFlag:
        return tr("Emulation flag");
    case Award::ExcellentCollective:
        return tr("Excellent labour collective");
    case Award::AdvancedCollective:
        return tr("Advanced labour collective");
    case Award::CollectiveCertificate:
        return tr("Certificate of merit of the district chairman (collective)");
    case Award::AdvancedWorker:
        return tr("Advanced worker");
    case Award::EmulationSoldier:
        return tr("Grassroots emulation soldier");
    case Award::IndividualCertificate:
        return tr("Certificate of merit of the district chairman (individual)");
    }
    return {};
}

QString CommendationText::awardDocumentName(Award award)
{
    return fromUtf8(awardName(award));
}

QString CommendationText::status(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Proposed:
        return tr("Proposed");
    case EntryStatus::Reviewed:
        return tr("Reviewed");
    case EntryStatus::NotPassed:
        return tr("Not passed");
    case EntryStatus::Raised:
        return tr("Raised to a higher form");
    case EntryStatus::Approved:
        return tr("Approved");
    }
    return {};
}

QString CommendationText::fact(std::string_view code)
{
    if (code == "members") {
        return tr("members");
    }
    if (code == "completing_tasks") {
        return tr("members who completed their tasks");
    }
    if (code == "advanced_workers") {
        return tr("advanced workers");
    }
    if (code == "emulation_soldiers") {
        return tr("grassroots emulation soldiers");
    }
    if (code == "disciplined") {
        return tr("members disciplined");
    }
    return fromUtf8(code);
}

QString CommendationText::failure(const CheckFailure& failure)
{
    const QString detail = QString::fromStdString(failure.detail);
    switch (failure.problem) {
    case CheckProblem::NotRanked:
        return tr("The unit is not in the ranking of the period.");
    case CheckProblem::VetoFailed:
        return tr("The unit fails the veto criteria %1 and is not eligible.").arg(detail.split(u',').join(u", "_s));
    case CheckProblem::NotLeader:
        return tr("The unit is not the leader of its group in the ranking.");
    case CheckProblem::ScoreBelowTitle:
        return detail.isEmpty() ? tr("The unit's total reaches no title band.")
                                : tr("The unit's total reaches only the band of %1.").arg(detail);
    case CheckProblem::FactsMissing: {
        QStringList facts;
        for (const QString& code : detail.split(u',', Qt::SkipEmptyParts)) {
            facts << fact(code.toStdString());
        }
        return tr("Not entered yet: the number of %1.").arg(facts.join(u", "_s));
    }
    case CheckProblem::TooFewAdvancedWorkers: {
        const double advanced = valueAt(failure, 0);
        const double members = valueAt(failure, 1);
        const QString required = DisplayText::number(valueAt(failure, 2));
        const QString share = shareOf(advanced, members);
        return valueAt(failure, 3) != 0
                   ? tr("Only %1 of %2 members (%3) reached Advanced worker; more than %4% are required.")
                         .arg(DisplayText::number(advanced), DisplayText::number(members), share, required)
                   : tr("Only %1 of %2 members (%3) reached Advanced worker; at least %4% are required.")
                         .arg(DisplayText::number(advanced), DisplayText::number(members), share, required);
    }
    case CheckProblem::NotAllCompletedTasks:
        return tr("Only %1 of %2 members completed their tasks; all of them are required to.")
            .arg(DisplayText::number(valueAt(failure, 0)), DisplayText::number(valueAt(failure, 1)));
    case CheckProblem::NoEmulationSoldier:
        return tr("No member reached Grassroots emulation soldier; at least one is required.");
    case CheckProblem::Disciplined:
        return tr("%n member(s) disciplined at warning level or above; nobody may be.", nullptr, countAt(failure, 0));
    case CheckProblem::NotAdvancedWorker:
        return tr("The person did not reach Advanced worker, which Grassroots emulation soldier requires.");
    case CheckProblem::NoInitiative:
        return tr("No recognised initiative is entered; Grassroots emulation soldier requires one.");
    case CheckProblem::QuotaExceeded:
        return tr("The unit proposes %1 Grassroots emulation soldiers, but %2 of its %3 advanced workers allow at "
                  "most %4.")
            .arg(DisplayText::number(valueAt(failure, 0)), DisplayText::number(valueAt(failure, 3)) + u'%',
                 DisplayText::number(valueAt(failure, 2)), DisplayText::number(valueAt(failure, 1)));
    case CheckProblem::NameMissing:
        return tr("The person's name is missing.");
    }
    return {};
}

QString CommendationText::failures(const EntryCheck& check)
{
    QStringList sentences;
    for (const CheckFailure& item : check.failures) {
        sentences << failure(item);
    }
    return sentences.join(u' ');
}

} // namespace thidua
