#include "Ranking.h"

#include "Tolerance.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>

namespace thidua {
namespace {

using detail::atLeast;

// computation.md's title bands, used when a scheme sets none of its own.
const std::vector<TitleBand>& defaultTitleBands()
{
    static const std::vector<TitleBand> bands{
        {0.9, "Tập thể lao động xuất sắc"},
        {0.7, "Tập thể lao động tiên tiến"},
    };
    return bands;
}

// The band with the highest share the total reaches (the first listed among equal shares). Shares of
// S are compared with the tolerance: 0.9 × 42 is 37.800000000000004 in binary, and a total of
// 37,80 reaches it as the officer reading "90% of 42" expects.
const TitleBand* titleBandFor(const std::vector<TitleBand>& bands, double total, double scale)
{
    const TitleBand* used = nullptr;
    for (const TitleBand& band : bands) {
        if (atLeast(total, band.minShare * scale) && (used == nullptr || band.minShare > used->minShare)) {
            used = &band;
        }
    }
    return used;
}

} // namespace

std::string_view toCode(Proposal proposal)
{
    switch (proposal) {
    case Proposal::None:
        return "";
    case Proposal::Leader:
        return "leader";
    case Proposal::LeaderTie:
        return "leader_tie";
    }
    return "";
}

GroupRanking rankGroup(const Group& group, const Scheme& scheme, std::vector<UnitScore> scores)
{
    GroupRanking ranking;
    ranking.groupCode = group.code;
    ranking.schemeCode = scheme.code;

    // Ranks compare the totals as printed (two decimals), so two units shown with the same total never
    // get different ranks because of a digit nobody sees. scoreUnit already rounds; rounding again is
    // harmless and protects totals built elsewhere.
    std::vector<std::pair<double, UnitScore>> entries;
    entries.reserve(scores.size());
    for (UnitScore& score : scores) {
        const double rounded = round2(score.total);
        entries.emplace_back(rounded, std::move(score));
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first) {
            return a.first > b.first;
        }
        return a.second.unitCode < b.second.unitCode;
    });

    ranking.units.reserve(entries.size());
    std::optional<double> bestEligible;
    int bestEligibleCount = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        RankedUnit unit;
        // Standard competition ranking: equal totals share a rank, and the next rank skips (1, 2, 2, 4).
        const bool sameAsPrevious = i > 0 && entries[i].first == entries[i - 1].first;
        unit.rank = sameAsPrevious ? ranking.units.back().rank : static_cast<int>(i) + 1;
        unit.score = std::move(entries[i].second);
        if (unit.score.eligible) {
            if (!bestEligible) {
                bestEligible = entries[i].first;
            }
            bestEligibleCount += entries[i].first == *bestEligible ? 1 : 0;
        }
        ranking.units.push_back(std::move(unit));
    }

    // The leader is proposed among eligible units only: a vetoed unit ranked above does not block the
    // best eligible one. Several eligible units on the same best total are all proposed, as a tie, for
    // the Council to decide.
    const double scale = schemeScale(scheme);
    if (bestEligible && atLeast(*bestEligible, schemeFlagThreshold(scheme))) {
        const Proposal proposal = bestEligibleCount > 1 ? Proposal::LeaderTie : Proposal::Leader;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (ranking.units[i].score.eligible && entries[i].first == *bestEligible) {
                ranking.units[i].proposal = proposal;
            }
        }
    }

    const std::vector<TitleBand>& bands = scheme.titleBands.empty() ? defaultTitleBands() : scheme.titleBands;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!ranking.units[i].score.eligible) {
            continue;
        }
        if (const TitleBand* band = titleBandFor(bands, entries[i].first, scale)) {
            ranking.units[i].title = band->title;
        }
    }
    return ranking;
}

} // namespace thidua
