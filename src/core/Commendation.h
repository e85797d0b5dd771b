// Commendation proposals (issue 6): the forms of commendation a district proposes, the shortlist
// entries people review, and the checks users otherwise make by hand (spec/peers.md, "Rules users
// will check by hand"). The app proposes and checks; people decide, and the app records it.
#pragma once

#include "Ranking.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua {

// The forms of the Law on Emulation and Commendation a district proposes. Codes are stable (files,
// the database); names are Vietnamese data words (i18n words them for English).
enum class Award
{
    EmulationFlag,         // co_thi_dua: "Cờ thi đua" — the cluster's or block's leading unit
    ExcellentCollective,   // tap_the_ldxs: "Tập thể lao động xuất sắc"
    AdvancedCollective,    // tap_the_ldtt: "Tập thể lao động tiên tiến"
    CollectiveCertificate, // giay_khen_tap_the: "Giấy khen của Chủ tịch UBND huyện" (collective)
    AdvancedWorker,        // ldtt: "Lao động tiên tiến"
    EmulationSoldier,      // cstdcs: "Chiến sĩ thi đua cơ sở" (rests on an initiative)
    IndividualCertificate, // giay_khen_ca_nhan: "Giấy khen của Chủ tịch UBND huyện" (individual)
};
std::string_view toCode(Award award);
std::optional<Award> awardFromCode(std::string_view code);
bool isCollective(Award award);
// The ranking's title candidate ("Tập thể lao động xuất sắc", any case) as an award, if it is one.
std::optional<Award> awardFromTitle(std::string_view title);
// The award's name as printed on documents, always Vietnamese whatever the interface language
// (documents are Vietnamese): "Cờ thi đua", "Giấy khen của Chủ tịch UBND huyện" …
std::string_view awardName(Award award);
// Every award in the order lists print them: collectives, then individuals.
const std::vector<Award>& allAwards();

// The review of an entry (Vietnamese commendation software's flow).
enum class EntryStatus
{
    Proposed,  // proposed
    Reviewed,  // reviewed
    NotPassed, // not_passed
    Raised,    // raised: raised to a higher form
    Approved,  // approved: a decision was made
};
std::string_view toCode(EntryStatus status);
std::optional<EntryStatus> entryStatusFromCode(std::string_view code);

// What a collective declares for its title (counts of people); empty: not entered yet.
struct CollectiveFacts
{
    std::optional<int> members;           // tổng số cán bộ, công chức, người lao động
    std::optional<int> completingTasks;   // members who completed their tasks
    std::optional<int> advancedWorkers;   // members who reached Lao động tiên tiến
    std::optional<int> emulationSoldiers; // members who reached Chiến sĩ thi đua cơ sở
    std::optional<int> disciplined;       // members disciplined at "warning" or above
};

struct ShortlistEntry
{
    std::int64_t id = 0; // 0: not stored yet
    std::string periodCode;
    std::string unitCode; // collective: the unit proposed; individual: the person's unit
    Award award = Award::AdvancedWorker;
    // Individuals only.
    std::string personName;
    std::string position;               // chức vụ
    std::string initiative;             // sáng kiến, for Chiến sĩ thi đua cơ sở
    bool reachedAdvancedWorker = false; // the person reached Lao động tiên tiến this year
    // Collectives only.
    CollectiveFacts facts;
    bool fromRanking = false; // proposed by the ranking (leader, title candidate), not typed in
    std::string achievement;  // thành tích: one line for the printed list
    // The office's review.
    bool included = true;
    std::string exclusionReason; // required when not included
    EntryStatus status = EntryStatus::Proposed;
    std::string decisionNumber; // e.g. "125/QĐ-UBND"
    std::string decisionDate;   // ISO date
    std::string decisionSigner;
    std::string note;
};

inline bool isCollective(const ShortlistEntry& entry)
{
    return isCollective(entry.award);
}

// Why a check failed; numbers in `values` as the problem's comment says, for the words.
enum class CheckProblem
{
    NotRanked,             // collective of a unit the period's ranking does not contain
    VetoFailed,            // the unit is ineligible in the ranking (values: none; detail: criterion codes)
    NotLeader,             // emulation flag for a unit that is not the proposed leader
    ScoreBelowTitle,       // the ranking's title candidate is lower than the award (detail: the candidate)
    FactsMissing,          // the members' counts needed are not entered (detail: which, comma-separated)
    TooFewAdvancedWorkers, // values: {advancedWorkers, members, required share in %, 1 if strictly more than
                           // the share is required (advanced collective) else 0 (at least: excellent)}
    NotAllCompletedTasks,  // values: {completingTasks, members}
    NoEmulationSoldier,    // excellent collective without a Chiến sĩ thi đua cơ sở
    Disciplined,           // values: {disciplined}
    NotAdvancedWorker,     // Chiến sĩ thi đua cơ sở for someone who did not reach Lao động tiên tiến
    NoInitiative,          // Chiến sĩ thi đua cơ sở without an initiative
    QuotaExceeded,         // values: {soldiers proposed in the unit, allowed, advanced workers, quota %}
    NameMissing,           // an individual entry without a name
};

struct CheckFailure
{
    CheckProblem problem = CheckProblem::NotRanked;
    std::vector<double> values;
    std::string detail;
};

struct EntryCheck
{
    std::int64_t entryId = 0;
    std::vector<CheckFailure> failures; // empty: every check passed
    bool passed() const { return failures.empty(); }
};

struct CheckSettings
{
    double emulationSoldierQuota = 0.15; // share of those who reached Lao động tiên tiến (a setting)
};

// How many may be proposed for Chiến sĩ thi đua cơ sở among `advancedWorkers` who reached Lao động
// tiên tiến: the quota's share rounded down (a cap is never exceeded by rounding up), 20 × 15% = 3,
// 6 × 15% = 0.
int emulationSoldiersAllowed(int advancedWorkers, double quota);

// Checks every entry of one period against the period's rankings and each other (the quota counts
// the included Chiến sĩ thi đua cơ sở entries of a unit against its Lao động tiên tiến: the larger of
// the included individual entries who reached it and the unit's declared advancedWorkers). Entries
// not included are checked too (so the office sees why), but count in no quota. One result per entry,
// in the order given.
std::vector<EntryCheck> checkShortlist(const std::vector<ShortlistEntry>& entries,
                                       const std::vector<GroupRanking>& rankings, const CheckSettings& settings);

// The collective entries the rankings propose: the leader(s) of each group (EmulationFlag) and
// each eligible title candidate whose title is an award (awardFromTitle). fromRanking is set;
// `achievement` says the rank and total in plain words ("Hạng 1/15, 103,19 điểm").
std::vector<ShortlistEntry> proposalsFromRankings(const std::string& periodCode,
                                                  const std::vector<GroupRanking>& rankings);

} // namespace thidua
