// Editing the plan's indicators from the Plan tab: a new indicator, or a change to the name, unit of
// measure, kind, period basis, mid-year share, valid range, parent, heading and named members of one.
// The checks here guard what the computation relies on, whatever front end calls them: the tree of
// parents has no loop (an all_of indicator is computed from its children), a range is not upside
// down, and only a named_set indicator names member units.
#pragma once

#include "core/Plan.h"

namespace thidua::storage {

class Database;

class IndicatorAdmin
{
public:
    explicit IndicatorAdmin(Database& db)
        : m_db(db)
    {
    }

    // Each runs in one transaction and throws StorageError::Invalid, naming the indicator, when a
    // rule is broken; nothing is changed then.
    void addIndicator(const Indicator& indicator); // also refuses a code in use or not valid
    // The indicator is found by its code, which does not change: reports, targets, criteria and
    // interchange files refer to it.
    void updateIndicator(const Indicator& indicator);

private:
    void check(const Indicator& indicator) const;

    Database& m_db;
};

} // namespace thidua::storage
