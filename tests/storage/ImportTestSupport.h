// What the import and campaign tests share: a database seeded with the Tây Sơn 2021 plan, a CSV
// text read and applied as the command line does, and a dump of the whole database to prove that
// a refused file stored nothing at all.
#pragma once

#include "core/ImportFile.h"
#include "storage/Database.h"
#include "storage/Importer.h"
#include "support/TempDir.h"

#include <QString>

#include <memory>
#include <string>

namespace thidua::test {

struct SeededDatabase
{
    SeededDatabase();
    TempDir dir;
    std::unique_ptr<storage::Database> db;
};

// Reads `text` as a file of `kind` and, when it has no faults of its own, applies it as `user`.
storage::ImportResult importText(storage::Database& db, ImportKind kind, const std::string& text,
                                 const QString& user = QStringLiteral("lan"));

// Every row of every table, in a stable order: two equal dumps mean nothing was written.
std::string dumpDatabase(storage::Database& db);

// One table's rows, in a stable order.
std::string dumpTable(storage::Database& db, const QString& table);

int countRows(storage::Database& db, const QString& table);

// "LINE column" of each fault, in order.
std::string faultLines(const storage::ImportResult& result);

} // namespace thidua::test
