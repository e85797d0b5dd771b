// The checks of an import file that need the database (spec/interchange.md): unknown units,
// indicators, periods, groups, schemes, criteria, parents, headings and members; values outside
// an indicator's valid range; a boolean indicator's value other than 0/1. A code defined by an
// earlier row of the same file counts as known (an indicator's parent above it).
#pragma once

#include "ImportCatalog.h"
#include "core/ImportFile.h"

#include <vector>

namespace thidua::storage {

// Every fault, in line order; empty when the file may be applied.
std::vector<ImportError> checkAgainstDatabase(const ImportFile& file, const ImportCatalog& catalog);

} // namespace thidua::storage
