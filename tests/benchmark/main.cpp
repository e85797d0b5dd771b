// thidua-bench: how long the computation core takes on a campaign far larger than a district's, so
// that the contract of spec/computation.md ("Scale") is measured, not assumed. A program, not a
// test: timings depend on the machine, so ctest does not run it; docs/performance.md records them.
#include "CampaignGenerator.h"

#include "core/Campaign.h"
#include "core/DistrictView.h"
#include "core/ResultCsv.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <functional>
#include <string_view>
#include <vector>

using namespace thidua;
using Clock = std::chrono::steady_clock;

namespace {

struct Options
{
    int units = 10000;
    int criteria = 40;
    int repeat = 5;
};

const char* const kUsage = "usage: thidua-bench [--units N] [--criteria M] [--repeat K]\n"
                           "  --units N     units to score and rank (default 10000), in groups of 20\n"
                           "  --criteria M  criteria of the scheme (default 40), one in ten manual\n"
                           "  --repeat K    full runs to time (default 5); one-unit edits are timed 100 × K times\n";

bool parsePositive(std::string_view text, int& out)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && out > 0;
}

bool parseOptions(int argc, char** argv, Options& options)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view name = argv[i];
        int* target = name == "--units"      ? &options.units
                      : name == "--criteria" ? &options.criteria
                      : name == "--repeat"   ? &options.repeat
                                             : nullptr;
        if (target == nullptr || i + 1 >= argc || !parsePositive(argv[i + 1], *target)) {
            return false;
        }
        ++i;
    }
    return true;
}

double elapsedSeconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

std::string duration(double seconds)
{
    if (seconds >= 1) {
        return fmt::format("{:.2f} s", seconds);
    }
    if (seconds >= 1e-3) {
        return fmt::format("{:.1f} ms", seconds * 1e3);
    }
    return fmt::format("{:.1f} µs", seconds * 1e6);
}

struct Timing
{
    std::string what;
    std::vector<double> samples;
};

void printRow(const Timing& timing)
{
    std::vector<double> sorted = timing.samples;
    std::sort(sorted.begin(), sorted.end());
    fmt::print("{:<40} {:>6} {:>10} {:>10} {:>10}\n", timing.what, sorted.size(), duration(sorted.front()),
               duration(sorted[sorted.size() / 2]), duration(sorted.back()));
}

Timing timeRepeated(std::string what, int repeat, const std::function<void()>& work)
{
    Timing timing{std::move(what), {}};
    for (int i = 0; i < repeat; ++i) {
        const auto start = Clock::now();
        work();
        timing.samples.push_back(elapsedSeconds(start));
    }
    return timing;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    if (argc == 2 && std::string_view(argv[1]) == "--help") {
        fmt::print("{}", kUsage);
        return 0;
    }
    if (!parseOptions(argc, argv, options)) {
        fmt::print(stderr, "{}", kUsage);
        return 2;
    }

    const auto generating = Clock::now();
    bench::GeneratorOptions generator;
    generator.units = options.units;
    generator.criteria = options.criteria;
    CampaignData data = bench::generateCampaign(generator);
    const double generated = elapsedSeconds(generating);
    const std::vector<bench::LinkedIndicator> linked = bench::linkedIndicators(data);

    fmt::print("thidua-bench: {} units in {} groups, {} criteria ({} on indicators, {} manual), {} indicators, "
               "period {}, seed {}\n",
               options.units, data.groups.size(), data.schemes.front().criteria.size(), linked.size(),
               data.schemes.front().criteria.size() - linked.size(), data.indicators.size(), data.period.toString(),
               generator.seed);
    fmt::print("data generated in {}\n\n", duration(generated));
    fmt::print("{:<40} {:>6} {:>10} {:>10} {:>10}\n", "what", "runs", "min", "median", "max");

    PeriodResults results;
    printRow(
        timeRepeated("(a) computePeriod: assess, score, rank", options.repeat, [&] { results = computePeriod(data); }));

    // (b) What the report form does as a user types: one value changes, the unit is re-scored.
    // Units and indicators are picked by the same generator, so each sample edits another pair.
    bench::Random picker(generator.seed + 1);
    Timing one{"(b) scoreOneUnit after one edit", {}};
    double checksum = 0;
    const bool anyScored =
        std::any_of(data.units.begin() + 1, data.units.end(), [](const Unit& u) { return !u.archived; });
    const std::size_t edits = linked.empty() || !anyScored ? 0 : static_cast<std::size_t>(options.repeat) * 100;
    while (one.samples.size() < edits) {
        const Unit& unit = data.units[static_cast<std::size_t>(picker.between(1, options.units))];
        if (unit.archived) {
            continue; // not scored: scoreOneUnit refuses it
        }
        const std::string& indicator =
            linked[static_cast<std::size_t>(picker.between(0, static_cast<int>(linked.size()) - 1))].indicatorCode;
        Measurement& value = data.values[unit.code][indicator];
        value.actual = value.actual.value_or(1) * picker.uniform(0.9, 1.1);
        const auto start = Clock::now();
        const UnitScore score = scoreOneUnit(data, unit.code);
        one.samples.push_back(elapsedSeconds(start));
        checksum += score.total;
    }
    printRow(one);

    std::size_t bytes = 0;
    printRow(timeRepeated("(c) progressCsv + rankCsv", options.repeat,
                          [&] { bytes = progressCsv(data, results).size() + rankCsv(results).size(); }));
    std::size_t lines = 0;
    printRow(timeRepeated("(d) districtView", options.repeat, [&] { lines = districtView(data, results).size(); }));

    // The edits above changed the data after (a) ran: a fresh full run must agree with the one-unit
    // path on every unit, or the fast path is not the same computation.
    results = computePeriod(data);
    std::size_t compared = 0;
    std::size_t differing = 0;
    for (const GroupRanking& ranking : results.rankings) {
        for (const RankedUnit& unit : ranking.units) {
            ++compared;
            differing += scoreOneUnit(data, unit.score.unitCode).total == unit.score.total ? 0 : 1;
        }
    }
    fmt::print("\ncsv {} bytes, district view {} lines, checksum of the edited totals {:.2f}\n", bytes, lines,
               checksum);
    fmt::print("check: scoreOneUnit equals computePeriod on {} of {} units\n", compared - differing, compared);
    return differing == 0 ? 0 : 1;
}
