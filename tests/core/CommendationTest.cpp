// The commendation rules users otherwise check by hand (spec/peers.md): each at its boundary, the
// Chiến sĩ thi đua cơ sở quota, and the proposals a ranking makes.
#include "core/Commendation.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace thidua;

namespace {

RankedUnit ranked(std::string code, int rank, double total, Proposal proposal, std::string title, bool eligible = true)
{
    RankedUnit unit;
    unit.score.unitCode = std::move(code);
    unit.score.total = total;
    unit.score.eligible = eligible;
    if (!eligible) {
        unit.score.vetoedBy = {"C10", "C11"};
    }
    unit.rank = rank;
    unit.proposal = proposal;
    unit.title = std::move(title);
    return unit;
}

// A cluster of five: A leads, B the LĐTT band, C below the bands, D vetoed above them all, E unranked.
std::vector<GroupRanking> cluster()
{
    GroupRanking group;
    group.groupCode = "CUM_XA";
    group.units = {ranked("D", 1, 99, Proposal::None, "", false),
                   ranked("A", 2, 95, Proposal::Leader, "Tập thể lao động xuất sắc"),
                   ranked("B", 3, 80, Proposal::None, "Tập thể lao động tiên tiến"),
                   ranked("C", 4, 50.5, Proposal::None, "")};
    return {group};
}

ShortlistEntry collective(std::string unit, Award award, CollectiveFacts facts = {})
{
    ShortlistEntry entry;
    entry.id = 1;
    entry.periodCode = "2021-Y";
    entry.unitCode = std::move(unit);
    entry.award = award;
    entry.facts = facts;
    return entry;
}

ShortlistEntry person(std::string unit, std::string name, Award award, bool reached = true,
                      std::string initiative = "Sáng kiến")
{
    ShortlistEntry entry;
    entry.periodCode = "2021-Y";
    entry.unitCode = std::move(unit);
    entry.personName = std::move(name);
    entry.award = award;
    entry.reachedAdvancedWorker = reached;
    entry.initiative = std::move(initiative);
    return entry;
}

std::vector<CheckProblem> problems(const ShortlistEntry& entry, const CheckSettings& settings = {})
{
    const auto checks = checkShortlist({entry}, cluster(), settings);
    REQUIRE(checks.size() == 1);
    std::vector<CheckProblem> result;
    for (const CheckFailure& failure : checks[0].failures) {
        result.push_back(failure.problem);
    }
    return result;
}

const CheckFailure& only(const std::vector<EntryCheck>& checks, std::size_t index)
{
    REQUIRE(checks.at(index).failures.size() == 1);
    return checks[index].failures[0];
}

using P = CheckProblem;
using Problems = std::vector<CheckProblem>;

} // namespace

TEST_CASE("award and status codes read back and names are the Law's", "[commendation]")
{
    for (const Award award : allAwards()) {
        CHECK(awardFromCode(toCode(award)) == award);
        CHECK_FALSE(awardName(award).empty());
    }
    CHECK(allAwards().size() == 7);
    CHECK(toCode(Award::EmulationFlag) == "co_thi_dua");
    CHECK(toCode(Award::IndividualCertificate) == "giay_khen_ca_nhan");
    CHECK(awardName(Award::EmulationSoldier) == "Chiến sĩ thi đua cơ sở");
    CHECK(awardName(Award::CollectiveCertificate) == "Giấy khen của Chủ tịch UBND huyện");
    CHECK_FALSE(awardFromCode("bang_khen"));
    CHECK(isCollective(Award::CollectiveCertificate));
    CHECK_FALSE(isCollective(Award::IndividualCertificate));
    for (const auto status : {EntryStatus::Proposed, EntryStatus::Reviewed, EntryStatus::NotPassed, EntryStatus::Raised,
                              EntryStatus::Approved}) {
        CHECK(entryStatusFromCode(toCode(status)) == status);
    }
    CHECK(toCode(EntryStatus::NotPassed) == "not_passed");
    CHECK_FALSE(entryStatusFromCode("Approved"));
}

TEST_CASE("a title names its award in any case and spacing", "[commendation]")
{
    CHECK(awardFromTitle("Tập thể lao động xuất sắc") == Award::ExcellentCollective);
    CHECK(awardFromTitle("Tập thể Lao động Tiên tiến") == Award::AdvancedCollective);
    CHECK(awardFromTitle("TẬP THỂ LAO ĐỘNG XUẤT SẮC") == Award::ExcellentCollective);
    CHECK(awardFromTitle("  tập thể  lao động tiên tiến ") == Award::AdvancedCollective);
    CHECK_FALSE(awardFromTitle(""));
    CHECK_FALSE(awardFromTitle("Tập thể lao động"));
    CHECK_FALSE(awardFromTitle("Giấy khen của Chủ tịch UBND huyện"));
}

TEST_CASE("advanced collective: more than half advanced workers, nobody disciplined", "[commendation]")
{
    CHECK(problems(collective("B", Award::AdvancedCollective, {12, 12, 7, 0, 0})).empty());
    // 6 of 12 is exactly half: "more than 50%" is not met.
    const auto checks = checkShortlist({collective("B", Award::AdvancedCollective, {12, 12, 6, 0, 0})}, cluster(), {});
    const CheckFailure& failure = only(checks, 0);
    CHECK(failure.problem == P::TooFewAdvancedWorkers);
    CHECK(failure.values == std::vector<double>{6, 12, 50, 1});
    CHECK(problems(collective("B", Award::AdvancedCollective, {12, 12, 7, 0, 1})) == Problems{P::Disciplined});
    // An excellent candidate qualifies for the lower title as well.
    CHECK(problems(collective("A", Award::AdvancedCollective, {12, 12, 7, 0, 0})).empty());
    CHECK(problems(collective("C", Award::AdvancedCollective, {12, 12, 7, 0, 0})) == Problems{P::ScoreBelowTitle});
}

TEST_CASE("excellent collective: all tasks done, 70% advanced, a soldier, nobody disciplined", "[commendation]")
{
    // 7 of 10 is exactly 70%: "at least 70%" is met.
    CHECK(problems(collective("A", Award::ExcellentCollective, {10, 10, 7, 1, 0})).empty());
    const auto checks = checkShortlist({collective("A", Award::ExcellentCollective, {10, 9, 6, 0, 2})}, cluster(), {});
    REQUIRE(checks[0].failures.size() == 4);
    CHECK(checks[0].failures[0].problem == P::NotAllCompletedTasks);
    CHECK(checks[0].failures[0].values == std::vector<double>{9, 10});
    CHECK(checks[0].failures[1].problem == P::TooFewAdvancedWorkers);
    CHECK(checks[0].failures[1].values == std::vector<double>{6, 10, 70, 0});
    CHECK(checks[0].failures[2].problem == P::NoEmulationSoldier);
    CHECK(checks[0].failures[3].problem == P::Disciplined);
    CHECK(checks[0].failures[3].values == std::vector<double>{2});
    // B's score reaches only the advanced band.
    const auto below = checkShortlist({collective("B", Award::ExcellentCollective, {10, 10, 7, 1, 0})}, cluster(), {});
    CHECK(only(below, 0).problem == P::ScoreBelowTitle);
    CHECK(only(below, 0).detail == "Tập thể lao động tiên tiến");
}

TEST_CASE("missing counts are named", "[commendation]")
{
    const auto excellent =
        checkShortlist({collective("A", Award::ExcellentCollective, {10, {}, 7, {}, {}})}, cluster(), {});
    CHECK(only(excellent, 0).problem == P::FactsMissing);
    CHECK(only(excellent, 0).detail == "completing_tasks,emulation_soldiers,disciplined");
    // The advanced title does not ask for tasks or soldiers.
    const auto advanced =
        checkShortlist({collective("B", Award::AdvancedCollective, {{}, {}, 7, {}, 0})}, cluster(), {});
    CHECK(only(advanced, 0).detail == "members");
}

TEST_CASE("the ranking decides the flag, the certificate and whether a unit is ranked", "[commendation]")
{
    CHECK(problems(collective("A", Award::EmulationFlag)).empty());
    CHECK(problems(collective("B", Award::EmulationFlag)) == Problems{P::NotLeader});
    CHECK(problems(collective("C", Award::CollectiveCertificate)).empty());
    const auto vetoed = checkShortlist({collective("D", Award::CollectiveCertificate)}, cluster(), {});
    CHECK(only(vetoed, 0).problem == P::VetoFailed);
    CHECK(only(vetoed, 0).detail == "C10,C11");
    // A vetoed unit is not told again that it does not lead.
    CHECK(problems(collective("D", Award::EmulationFlag)) == Problems{P::VetoFailed});
    CHECK(problems(collective("E", Award::CollectiveCertificate)) == Problems{P::NotRanked});
}

TEST_CASE("individuals: a name, and for the soldier title an initiative on top of advanced worker", "[commendation]")
{
    CHECK(problems(person("A", "Nguyễn Văn An", Award::AdvancedWorker)).empty());
    CHECK(problems(person("A", " ", Award::IndividualCertificate)) == Problems{P::NameMissing});
    // One soldier needs 7 advanced workers at 15% (6 × 0,15 = 0,9 rounds down to none).
    std::vector<ShortlistEntry> list{collective("A", Award::CollectiveCertificate, {40, 40, 7, 1, 0}),
                                     person("A", "Trần Thị Bình", Award::EmulationSoldier, false, "")};
    const auto checks = checkShortlist(list, cluster(), {});
    REQUIRE(checks[1].failures.size() == 2);
    CHECK(checks[1].failures[0].problem == P::NotAdvancedWorker);
    CHECK(checks[1].failures[1].problem == P::NoInitiative);
}

TEST_CASE("the soldier quota: 15% of the unit's advanced workers, rounded down", "[commendation]")
{
    CHECK(emulationSoldiersAllowed(20, 0.15) == 3);
    CHECK(emulationSoldiersAllowed(6, 0.15) == 0);
    CHECK(emulationSoldiersAllowed(7, 0.15) == 1);
    CHECK(emulationSoldiersAllowed(100, 0.15) == 15);
    CHECK(emulationSoldiersAllowed(0, 0.15) == 0);
    CHECK(emulationSoldiersAllowed(10, 0.2) == 2);

    // 20 advanced workers declared: three soldiers pass, a fourth breaks the quota for all four.
    std::vector<ShortlistEntry> list{collective("A", Award::ExcellentCollective, {25, 25, 20, 4, 0})};
    for (const char* name : {"An", "Bình", "Chi"}) {
        list.push_back(person("A", name, Award::EmulationSoldier));
    }
    auto checks = checkShortlist(list, cluster(), {});
    for (const EntryCheck& check : checks) {
        CHECK(check.passed());
    }
    list.push_back(person("A", "Dũng", Award::EmulationSoldier));
    checks = checkShortlist(list, cluster(), {});
    CHECK(checks[0].passed());
    for (std::size_t i = 1; i < checks.size(); ++i) {
        CHECK(only(checks, i).problem == P::QuotaExceeded);
        CHECK(only(checks, i).values == std::vector<double>{4, 3, 20, 15});
    }

    // Left out, the fourth counts in no quota, and is told that including it would break it.
    list.back().included = false;
    list.back().exclusionReason = "Hết chỉ tiêu";
    checks = checkShortlist(list, cluster(), {});
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(checks[i].passed());
    }
    CHECK(only(checks, 4).problem == P::QuotaExceeded);

    // A quota setting of 20% allows four.
    list.back().included = true;
    for (const EntryCheck& check : checkShortlist(list, cluster(), {0.2})) {
        CHECK(check.passed());
    }
}

TEST_CASE("the quota also counts advanced workers proposed by name", "[commendation]")
{
    // No collective facts: seven named advanced workers (one of them a soldier) allow one soldier.
    std::vector<ShortlistEntry> list;
    for (const char* name : {"An", "Bình", "Chi", "Dũng", "Em", "Giang"}) {
        list.push_back(person("B", name, Award::AdvancedWorker, false));
    }
    list.push_back(person("B", "Hà", Award::EmulationSoldier));
    CHECK(checkShortlist(list, cluster(), {}).back().passed());
    // The same person twice is one advanced worker; six allow none.
    list[5].personName = "Hà";
    CHECK(only(checkShortlist(list, cluster(), {}), 6).problem == P::QuotaExceeded);
    // Another unit's people do not count.
    list[5].personName = "Giang";
    list[5].unitCode = "C";
    CHECK(only(checkShortlist(list, cluster(), {}), 6).values == std::vector<double>{1, 0, 6, 15});
}

TEST_CASE("the ranking proposes its leaders and title candidates", "[commendation]")
{
    GroupRanking block;
    block.groupCode = "KHOI";
    block.units = {ranked("P", 1, 48.5, Proposal::LeaderTie, "tập thể lao động xuất sắc"),
                   ranked("Q", 1, 48.5, Proposal::LeaderTie, "Tập thể lao động xuất sắc"),
                   ranked("R", 3, 40, Proposal::None, "Tập thể lao động tiên tiến"),
                   ranked("S", 4, 38, Proposal::None, "Danh hiệu riêng của tiêu chí")};
    std::vector<GroupRanking> rankings = cluster();
    rankings.push_back(block);

    const auto proposals = proposalsFromRankings("2021-Y", rankings);
    std::vector<std::pair<std::string, Award>> got;
    for (const ShortlistEntry& entry : proposals) {
        CHECK(entry.fromRanking);
        CHECK(entry.periodCode == "2021-Y");
        CHECK(entry.included);
        CHECK(entry.status == EntryStatus::Proposed);
        got.emplace_back(entry.unitCode, entry.award);
    }
    // The vetoed D ranks first but gets nothing; C is below the bands; S's title is no award.
    CHECK(got == std::vector<std::pair<std::string, Award>>{{"A", Award::EmulationFlag},
                                                            {"A", Award::ExcellentCollective},
                                                            {"B", Award::AdvancedCollective},
                                                            {"P", Award::EmulationFlag},
                                                            {"Q", Award::EmulationFlag},
                                                            {"P", Award::ExcellentCollective},
                                                            {"Q", Award::ExcellentCollective},
                                                            {"R", Award::AdvancedCollective}});
    CHECK(proposals[0].achievement == "Hạng 2/4, 95,00 điểm");
    CHECK(proposals[5].achievement == "Hạng 1/4, 48,50 điểm");
}
