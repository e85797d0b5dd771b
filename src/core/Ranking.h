// Ranking within a group and the proposals that follow from it (spec/computation.md, "Ranking").
// Always proposals: the Council decides.
#pragma once

#include "Scoring.h"

#include <string>
#include <string_view>
#include <vector>

namespace thidua {

enum class Proposal
{
    None,
    Leader,    // the eligible unit with the highest total, at or above the flag threshold
    LeaderTie, // several eligible units share that highest total
};

std::string_view toCode(Proposal proposal); // "", "leader", "leader_tie"

struct RankedUnit
{
    UnitScore score;
    int rank = 0; // standard competition ranking on rounded totals: 1, 2, 2, 4
    Proposal proposal = Proposal::None;
    std::string title; // title candidate by band (eligible units only), or empty
};

struct GroupRanking
{
    std::string groupCode;
    std::string schemeCode;
    std::vector<RankedUnit> units; // by rank, then unit code
};

GroupRanking rankGroup(const Group& group, const Scheme& scheme, std::vector<UnitScore> scores);

} // namespace thidua
