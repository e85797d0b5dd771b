#include "Campaign.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace thidua {
namespace {

// The district reports district-wide figures and is never ranked, even if an import put it in a
// group by mistake (spec/plan-2021.md): its figures would otherwise compete with its own communes'.
bool isDistrict(const Unit& unit)
{
    return unit.code == kDistrictUnitCode || unit.kind == UnitKind::District;
}

// A unit that takes part in its group's ranking: not archived, not the district, in a group.
bool isRanked(const Unit& unit)
{
    return !unit.archived && !isDistrict(unit) && !unit.groupCode.empty();
}

template <typename Map>
const typename Map::mapped_type* findIn(const Map& map, const std::string& key)
{
    const auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
}

const Scheme* findScheme(const std::vector<Scheme>& schemes, const std::string& code)
{
    const auto it = std::find_if(schemes.begin(), schemes.end(), [&](const Scheme& s) { return s.code == code; });
    return it == schemes.end() ? nullptr : &*it;
}

// Where each indicator a scheme's criteria link to sits in the plan, so that a unit's score input
// holds only the achievements the scheme reads (a handful of map entries per unit, not the plan).
std::vector<std::size_t> linkedPlanPositions(const std::vector<Indicator>& plan, const Scheme& scheme)
{
    std::vector<std::size_t> positions;
    for (const Criterion& criterion : scheme.criteria) {
        if (criterion.indicatorCode.empty()) {
            continue;
        }
        const auto it = std::find_if(plan.begin(), plan.end(),
                                     [&](const Indicator& i) { return i.code == criterion.indicatorCode; });
        if (it != plan.end()) {
            positions.push_back(static_cast<std::size_t>(it - plan.begin()));
        }
    }
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    return positions;
}

// A unit without any target for the year is not assessed at all: its indicator criteria are n/a,
// which is what an absent achievement means to scoreUnit.
std::vector<Achievement> assess(const CampaignData& data, const TargetMap* targets, const MeasurementMap* values)
{
    if (targets == nullptr || targets->empty()) {
        return {};
    }
    static const MeasurementMap kNoValues;
    return assessUnit(data.indicators, *targets, values != nullptr ? *values : kNoValues, data.period.kind,
                      data.settings);
}

// What one unit brings to the computation, found once.
struct UnitEntry
{
    const Unit* unit = nullptr;
    const TargetMap* targets = nullptr;
    const MeasurementMap* values = nullptr;
    const std::map<std::string, ManualPoints>* manual = nullptr;
    const std::vector<Adjustment>* adjustments = nullptr;
    const std::vector<Achievement>* achievements = nullptr;
};

// Attaches a map's entries to units sorted by code in one joint pass: at 10,000 units, a tree
// lookup per unit and per map costs more than the scoring itself.
template <typename Map>
void attach(const Map& map, std::vector<UnitEntry>& entries, const typename Map::mapped_type* UnitEntry::*member)
{
    auto it = map.begin();
    for (UnitEntry& entry : entries) {
        while (it != map.end() && it->first < entry.unit->code) {
            ++it;
        }
        if (it != map.end() && it->first == entry.unit->code) {
            entry.*member = &it->second;
        }
    }
}

// The score input of one group's units. Its achievement map holds exactly the indicators the scheme
// links to, created once; each unit overwrites the values in place (no node allocated, no key looked
// up), as do its manual points and adjustments.
class ScoreInputBuffer
{
public:
    ScoreInputBuffer(const std::vector<Indicator>& plan, const Scheme& scheme)
    {
        for (const std::size_t position : linkedPlanPositions(plan, scheme)) {
            Achievement& slot = m_input.achievements[plan[position].code];
            slot.indicatorCode = plan[position].code;
            m_slots.push_back({&slot, position});
        }
    }

    const UnitScoreInput& fill(const UnitEntry& entry)
    {
        m_input.unitCode = entry.unit->code;
        m_input.unitName = entry.unit->name;
        for (const Slot& slot : m_slots) {
            if (entry.achievements != nullptr) {
                // assessUnit lists the whole plan in plan order: a plan position indexes it.
                *slot.achievement = (*entry.achievements)[slot.position];
            } else {
                // Not assessed (no target at all): n/a, as an absent achievement would be.
                std::string code = std::move(slot.achievement->indicatorCode);
                *slot.achievement = Achievement{};
                slot.achievement->indicatorCode = std::move(code);
            }
        }
        if (entry.manual != nullptr) {
            m_input.manual = *entry.manual;
        } else {
            m_input.manual.clear();
        }
        if (entry.adjustments != nullptr) {
            m_input.adjustments = *entry.adjustments;
        } else {
            m_input.adjustments.clear();
        }
        return m_input;
    }

private:
    struct Slot
    {
        Achievement* achievement;
        std::size_t position;
    };
    UnitScoreInput m_input;
    std::vector<Slot> m_slots;
};

// Storage loads units ordered by code, so a bisection usually finds the unit in a dozen steps; a
// scan covers any other order. Nothing proportional to the number of units is built.
const Unit* findUnit(const std::vector<Unit>& units, const std::string& code)
{
    std::size_t low = 0;
    std::size_t high = units.size();
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        const int order = units[middle].code.compare(code);
        if (order == 0) {
            return &units[middle];
        }
        if (order < 0) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    const auto it = std::find_if(units.begin(), units.end(), [&](const Unit& u) { return u.code == code; });
    return it == units.end() ? nullptr : &*it;
}

} // namespace

PeriodResults computePeriod(const CampaignData& data)
{
    PeriodResults results;

    std::vector<UnitEntry> entries;
    entries.reserve(data.units.size());
    for (const Unit& unit : data.units) {
        if (!unit.archived) {
            entries.push_back(UnitEntry{&unit});
        }
    }
    const auto byCode = [](const UnitEntry& a, const UnitEntry& b) {
        return a.unit->code < b.unit->code;
    };
    if (!std::is_sorted(entries.begin(), entries.end(), byCode)) {
        std::sort(entries.begin(), entries.end(), byCode);
    }
    attach(data.targets, entries, &UnitEntry::targets);
    attach(data.values, entries, &UnitEntry::values);
    attach(data.manualPoints, entries, &UnitEntry::manual);
    attach(data.adjustments, entries, &UnitEntry::adjustments);

    for (UnitEntry& entry : entries) {
        std::vector<Achievement> achievements = assess(data, entry.targets, entry.values);
        if (!achievements.empty()) {
            // Units come in code order, so each goes at the end of the map.
            const auto it = results.achievements.emplace_hint(results.achievements.end(), entry.unit->code,
                                                              std::move(achievements));
            entry.achievements = &it->second;
        }
    }

    std::vector<const Group*> groups;
    groups.reserve(data.groups.size());
    for (const Group& group : data.groups) {
        groups.push_back(&group);
    }
    std::sort(groups.begin(), groups.end(), [](const Group* a, const Group* b) { return a->code < b->code; });
    std::unordered_map<std::string_view, std::size_t> groupIndex;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        groupIndex.emplace(groups[i]->code, i);
    }
    std::vector<std::vector<const UnitEntry*>> members(groups.size());
    for (const UnitEntry& entry : entries) {
        if (!isRanked(*entry.unit)) {
            continue;
        }
        if (const auto group = groupIndex.find(entry.unit->groupCode); group != groupIndex.end()) {
            members[group->second].push_back(&entry);
        }
    }

    for (std::size_t g = 0; g < groups.size(); ++g) {
        const Scheme* scheme = findScheme(data.schemes, groups[g]->schemeCode);
        if (scheme == nullptr) {
            continue; // a group without a scheme cannot be scored; screens say so
        }
        ScoreInputBuffer input(data.indicators, *scheme);
        std::vector<UnitScore> scores;
        scores.reserve(members[g].size());
        for (const UnitEntry* entry : members[g]) {
            scores.push_back(scoreUnit(*scheme, input.fill(*entry)));
        }
        results.rankings.push_back(rankGroup(*groups[g], *scheme, std::move(scores)));
    }
    return results;
}

UnitScore scoreOneUnit(const CampaignData& data, const std::string& unitCode)
{
    // Only this unit's own entries are looked up: the report form calls this as a user types, with
    // thousands of units loaded.
    const Unit* unit = findUnit(data.units, unitCode);
    if (unit == nullptr) {
        throw std::invalid_argument(fmt::format("unknown unit '{}'", unitCode));
    }
    if (!isRanked(*unit)) {
        throw std::invalid_argument(
            fmt::format("unit '{}' is not scored: archived, the district, or in no group", unitCode));
    }
    const auto group =
        std::find_if(data.groups.begin(), data.groups.end(), [&](const Group& g) { return g.code == unit->groupCode; });
    const Scheme* scheme = group == data.groups.end() ? nullptr : findScheme(data.schemes, group->schemeCode);
    if (scheme == nullptr) {
        throw std::invalid_argument(
            fmt::format("unit '{}' is not scored: its group '{}' has no scheme", unitCode, unit->groupCode));
    }
    UnitEntry entry{unit, findIn(data.targets, unitCode), findIn(data.values, unitCode),
                    findIn(data.manualPoints, unitCode), findIn(data.adjustments, unitCode)};
    const std::vector<Achievement> achievements = assess(data, entry.targets, entry.values);
    entry.achievements = achievements.empty() ? nullptr : &achievements;
    ScoreInputBuffer input(data.indicators, *scheme);
    return scoreUnit(*scheme, input.fill(entry));
}

} // namespace thidua
