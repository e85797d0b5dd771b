// What an import is checked against before anything is written: the codes the database knows and
// the facts of each indicator that values are checked with. Loaded in a few queries per import,
// not one per row, so a file of thousands of report values is checked at once.
#pragma once

#include "core/Vocabulary.h"

#include <QSqlDatabase>

#include <map>
#include <optional>
#include <set>
#include <string>

namespace thidua::storage {

struct IndicatorFacts
{
    IndicatorKind kind = IndicatorKind::AtLeast;
    std::optional<double> minValue; // valid range of a reported value or a target
    std::optional<double> maxValue;
};

struct ImportCatalog
{
    explicit ImportCatalog(const QSqlDatabase& db);

    std::map<std::string, IndicatorFacts> indicators;
    std::map<std::string, std::string> unitSchemes; // unit → the scheme of its group; empty: none
    std::set<std::string> periods;
    std::set<std::string> groups;
    std::set<std::string> headings;
    std::map<std::string, std::set<std::string>> schemeCriteria; // scheme → its criterion codes
};

} // namespace thidua::storage
