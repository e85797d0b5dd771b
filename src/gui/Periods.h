// The reporting periods every period picker offers, and the one it starts on.
#pragma once

#include "core/Plan.h"

#include <optional>
#include <string>
#include <vector>

class QComboBox;

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

// Every period of every plan year, oldest first. Throws storage::StorageError.
std::vector<Period> readPeriods(storage::Database& database);

// The period the office is most likely working on: the first whose deadline has not passed, or,
// without a deadline, that ended less than a month ago (reports arrive in the weeks after a period
// closes); when every one is past, the latest. -1 for none.
int currentPeriodIndex(const std::vector<Period>& periods);

// The period before `code` in `periods` (oldest first): the six-month report before the year-end
// one, the previous year's year-end report before a six-month one. Empty for the first.
// Offers `periods` in `combo` (name shown, code as data) without announcing it: keeps the period
// chosen before if it is still offered, else currentPeriodIndex. Every period picker fills itself so.
void fillPeriodCombo(QComboBox& combo, const std::vector<Period>& periods);

std::optional<Period> previousPeriod(const std::vector<Period>& periods, const std::string& code);

} // namespace thidua::gui
