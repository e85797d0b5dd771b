// The columns of each kind of import file (spec/interchange.md): which form the row's key, which a
// file must have, and which must be filled on every row. One table per kind, so the reader, the
// messages and any template a front end writes agree on the same names.
#pragma once

#include "ImportFile.h"

#include <string_view>
#include <vector>

namespace thidua {

struct ImportColumn
{
    std::string_view name; // lower-case, as the spec spells it
    bool key = false;      // part of the row's key: required and filled
    bool required = false; // the file must have the column (not italic in the spec)
    bool filled = false;   // every row must give a value
};

// In the order of the spec's table.
const std::vector<ImportColumn>& importColumns(ImportKind kind);

// The spec's columns of `kind`, joined by ", " (the detail of an unknown column).
std::string importColumnList(ImportKind kind);

} // namespace thidua
