// A synthetic campaign for thidua-bench, shaped like a real one but as large as asked: units in
// groups of about twenty on one scheme, criteria linked to indicators of every kind, basis and
// scoring method, a few manual criteria, and reported values scattered around the targets so that
// every status occurs. Deterministic for a given seed, so two runs time the same work.
#pragma once

#include "core/Campaign.h"

#include <cstdint>

namespace thidua::bench {

struct GeneratorOptions
{
    int units = 10000;
    int criteria = 40;
    int groupSize = 20;
    std::uint64_t seed = 2021;
    PeriodKind period = PeriodKind::YearEnd;
};

// A small portable generator (splitmix64): the standard distributions differ between standard
// libraries, and the figures of docs/performance.md should be reproducible anywhere.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next();
    double uniform(double low, double high); // [low, high)
    int between(int low, int high);          // [low, high]
    bool chance(double probability);

private:
    std::uint64_t m_state;
};

CampaignData generateCampaign(const GeneratorOptions& options);

// The criterion codes of the generated scheme that are linked to an indicator, with that indicator.
struct LinkedIndicator
{
    std::string criterionCode;
    std::string indicatorCode;
};
std::vector<LinkedIndicator> linkedIndicators(const CampaignData& data);

} // namespace thidua::bench
