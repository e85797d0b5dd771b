// Writing the rows of a checked import file through the repositories, each an upsert on its key.
// An optional column the file leaves out keeps what is stored; one that is present but empty
// clears it (an empty actual clears the stored value, spec/interchange.md).
#pragma once

#include "core/ImportFile.h"

#include <QString>

namespace thidua::storage {

class Database;

// Returns the number of rows written (for schemes: criterion rows). Call inside the import's
// transaction, after checkAgainstDatabase found nothing.
int applyImportRows(Database& db, const ImportFile& file, const QString& user);

} // namespace thidua::storage
