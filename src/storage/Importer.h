// Applies a file read by core's readImportFile to the database: the checks that need the database
// (unknown codes, values outside an indicator's valid range), then every row as an upsert on its
// key, all in one transaction. One wrong row and nothing of the file is stored.
#pragma once

#include "core/ImportFile.h"

#include <QString>

#include <vector>

namespace thidua::storage {

class Database;

struct ImportResult
{
    std::vector<ImportError> errors; // when not empty, nothing was stored
    int rows = 0;                    // rows applied
};

class Importer
{
public:
    explicit Importer(Database& db)
        : m_db(db)
    {
    }

    // `file.errors` must be empty (a file with faults of its own is never applied). `user` is
    // written to the audit log for report values.
    ImportResult apply(const ImportFile& file, const QString& user);

private:
    Database& m_db;
};

} // namespace thidua::storage
