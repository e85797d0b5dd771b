// Everything the report form of one (unit, period) shows, read from storage in one go: the plan, the
// unit's targets of the period's year, the stored values, and last year's figures offered as
// baselines. The model adapts this; it never reads storage itself.
#pragma once

#include "core/Achievement.h"
#include "core/Plan.h"
#include "storage/ReportRepository.h"

#include <map>
#include <string>
#include <vector>

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

struct ReportFormData
{
    std::string unitCode;
    std::string periodCode;
    PeriodKind period = PeriodKind::YearEnd;
    std::vector<Heading> headings;
    std::vector<Indicator> indicators; // the whole plan in plan order: all_of needs its children
    TargetMap targets;                 // the unit's targets of the period's year
    std::vector<storage::ReportValue> values;
    std::map<std::string, double> baselineHints;  // by indicator code
    std::map<std::string, std::string> unitNames; // by unit code, for the named members

    // Throws storage::StorageError; an unknown period code gives an empty form.
    static ReportFormData load(storage::Database& database, const std::string& unitCode, const std::string& periodCode);
};

} // namespace thidua::gui
