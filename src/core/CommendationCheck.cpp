// checkShortlist: the rules of spec/peers.md ("Rules users will check by hand") that the office
// otherwise checks against paper lists.
#include "Commendation.h"

#include <map>
#include <set>

namespace thidua {
namespace {

using Failures = std::vector<CheckFailure>;

void fail(Failures& failures, CheckProblem problem, std::vector<double> values = {}, std::string detail = {})
{
    failures.push_back({problem, std::move(values), std::move(detail)});
}

std::string joined(const std::vector<std::string>& items)
{
    std::string result;
    for (const std::string& item : items) {
        result += (result.empty() ? "" : ",") + item;
    }
    return result;
}

bool isBlank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// What each unit's Chiến sĩ thi đua cơ sở quota rests on, gathered from the whole list at once.
struct UnitQuota
{
    std::set<std::string> advancedWorkers; // names of included individuals who reached Lao động tiên tiến
    int declaredAdvancedWorkers = 0;       // the largest count a collective entry of the unit declares
    int soldiers = 0;                      // included Chiến sĩ thi đua cơ sở entries

    int base() const { return std::max(static_cast<int>(advancedWorkers.size()), declaredAdvancedWorkers); }
};

std::map<std::string, UnitQuota> quotas(const std::vector<ShortlistEntry>& entries)
{
    std::map<std::string, UnitQuota> result;
    for (const ShortlistEntry& entry : entries) {
        UnitQuota& quota = result[entry.unitCode];
        if (isCollective(entry)) {
            // Declared facts describe the unit whether or not its own title is pursued.
            quota.declaredAdvancedWorkers =
                std::max(quota.declaredAdvancedWorkers, entry.facts.advancedWorkers.value_or(0));
            continue;
        }
        if (!entry.included || isBlank(entry.personName)) {
            continue;
        }
        // A Lao động tiên tiến entry is itself the claim that the person reached it.
        if (entry.reachedAdvancedWorker || entry.award == Award::AdvancedWorker) {
            quota.advancedWorkers.insert(entry.personName);
        }
        if (entry.award == Award::EmulationSoldier) {
            ++quota.soldiers;
        }
    }
    return result;
}

// The counts a title needs, or FactsMissing naming those not entered (database column names, which
// the interface words).
bool requireFacts(Failures& failures, const CollectiveFacts& facts, bool excellent)
{
    std::vector<std::string> missing;
    if (!facts.members) {
        missing.emplace_back("members");
    }
    if (excellent && !facts.completingTasks) {
        missing.emplace_back("completing_tasks");
    }
    if (!facts.advancedWorkers) {
        missing.emplace_back("advanced_workers");
    }
    if (excellent && !facts.emulationSoldiers) {
        missing.emplace_back("emulation_soldiers");
    }
    if (!facts.disciplined) {
        missing.emplace_back("disciplined");
    }
    if (!missing.empty()) {
        fail(failures, CheckProblem::FactsMissing, {}, joined(missing));
    }
    return missing.empty();
}

// Tập thể lao động tiên tiến: more than 50% Lao động tiên tiến (half exactly is not more than half).
// Tập thể lao động xuất sắc: all completed their tasks, at least 70% Lao động tiên tiến, one Chiến sĩ
// thi đua cơ sở or more. Both: nobody disciplined at "warning" or above. Integer arithmetic, so the
// boundaries are exact.
void checkTitleFacts(Failures& failures, const CollectiveFacts& facts, bool excellent)
{
    if (!requireFacts(failures, facts, excellent)) {
        return;
    }
    const int members = *facts.members;
    const int advanced = *facts.advancedWorkers;
    if (excellent) {
        if (*facts.completingTasks < members) {
            fail(failures, CheckProblem::NotAllCompletedTasks, {double(*facts.completingTasks), double(members)});
        }
        if (advanced * 100 < members * 70 || members == 0) {
            fail(failures, CheckProblem::TooFewAdvancedWorkers, {double(advanced), double(members), 70, 0});
        }
        if (*facts.emulationSoldiers < 1) {
            fail(failures, CheckProblem::NoEmulationSoldier);
        }
    } else if (advanced * 2 <= members) {
        fail(failures, CheckProblem::TooFewAdvancedWorkers, {double(advanced), double(members), 50, 1});
    }
    if (*facts.disciplined > 0) {
        fail(failures, CheckProblem::Disciplined, {double(*facts.disciplined)});
    }
}

void checkCollective(Failures& failures, const ShortlistEntry& entry, const RankedUnit* ranked)
{
    // Ranking checks only when the ranking can answer them: an unranked or vetoed unit has no leader
    // proposal and no title candidate, and saying so again would only repeat the first failure.
    bool rankingAnswers = false;
    if (ranked == nullptr) {
        fail(failures, CheckProblem::NotRanked);
    } else if (!ranked->score.eligible) {
        fail(failures, CheckProblem::VetoFailed, {}, joined(ranked->score.vetoedBy));
    } else {
        rankingAnswers = true;
    }
    const std::optional<Award> candidate = ranked != nullptr ? awardFromTitle(ranked->title) : std::nullopt;
    switch (entry.award) {
    case Award::EmulationFlag:
        if (rankingAnswers && ranked->proposal == Proposal::None) {
            fail(failures, CheckProblem::NotLeader);
        }
        break;
    case Award::ExcellentCollective:
        if (rankingAnswers && candidate != Award::ExcellentCollective) {
            fail(failures, CheckProblem::ScoreBelowTitle, {}, ranked->title);
        }
        checkTitleFacts(failures, entry.facts, true);
        break;
    case Award::AdvancedCollective:
        if (rankingAnswers && !candidate) {
            fail(failures, CheckProblem::ScoreBelowTitle, {}, ranked->title);
        }
        checkTitleFacts(failures, entry.facts, false);
        break;
    default:
        break;
    }
}

void checkIndividual(Failures& failures, const ShortlistEntry& entry, const UnitQuota& quota, double share)
{
    if (isBlank(entry.personName)) {
        fail(failures, CheckProblem::NameMissing);
    }
    if (entry.award != Award::EmulationSoldier) {
        return;
    }
    if (!entry.reachedAdvancedWorker) {
        fail(failures, CheckProblem::NotAdvancedWorker);
    }
    if (isBlank(entry.initiative)) {
        fail(failures, CheckProblem::NoInitiative);
    }
    // An excluded entry is told whether including it would break the quota.
    const int proposed = quota.soldiers + (entry.included ? 0 : 1);
    const int allowed = emulationSoldiersAllowed(quota.base(), share);
    if (proposed > allowed) {
        fail(failures, CheckProblem::QuotaExceeded,
             {double(proposed), double(allowed), double(quota.base()), share * 100});
    }
}

} // namespace

std::vector<EntryCheck> checkShortlist(const std::vector<ShortlistEntry>& entries,
                                       const std::vector<GroupRanking>& rankings, const CheckSettings& settings)
{
    std::map<std::string, const RankedUnit*> ranked;
    for (const GroupRanking& ranking : rankings) {
        for (const RankedUnit& unit : ranking.units) {
            ranked.emplace(unit.score.unitCode, &unit);
        }
    }
    const std::map<std::string, UnitQuota> unitQuotas = quotas(entries);

    std::vector<EntryCheck> result;
    result.reserve(entries.size());
    for (const ShortlistEntry& entry : entries) {
        EntryCheck check;
        check.entryId = entry.id;
        if (isCollective(entry)) {
            const auto found = ranked.find(entry.unitCode);
            checkCollective(check.failures, entry, found == ranked.end() ? nullptr : found->second);
        } else {
            checkIndividual(check.failures, entry, unitQuotas.at(entry.unitCode), settings.emulationSoldierQuota);
        }
        result.push_back(std::move(check));
    }
    return result;
}

} // namespace thidua
