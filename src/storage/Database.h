// One open database file. Opening checks the file before anything is written to it: a file that is
// not a database, a damaged database, or one from a newer version of the app is refused and left
// exactly as it was. An older schema is upgraded in one transaction.
#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace thidua::storage {

enum class Access
{
    ReadWrite,
    ReadOnly,
};

enum class Seed
{
    Empty,      // schema only
    TaySon2021, // the Tây Sơn 2021 plan, phases, units, groups and schemes
};

class Database
{
public:
    // Throws StorageError (Missing, NotADatabase, Damaged, TooNew, Failed).
    static std::unique_ptr<Database> open(const QString& path, Access access = Access::ReadWrite);

    // Creates a database at `path`. Refuses an existing file (StorageError::Exists) unless
    // `overwrite`; the new file is built beside it and moved into place only when complete, so a
    // failure never leaves half a database where a good one was.
    static std::unique_ptr<Database> create(const QString& path, Seed seed, bool overwrite = false);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;

    // Runs `work` in one transaction: committed when it returns, rolled back when it throws (the
    // exception is passed on). A call inside another's work joins the outer transaction, so a
    // repository write can protect itself and still be part of a whole import. Throws
    // StorageError::ReadOnly on a read-only database.
    void transaction(const std::function<void()>& work);

private:
    Database(const QString& path, Access access);
    QString m_path;
    QString m_connectionName;
    Access m_access;
    int m_transactionDepth = 0;
};

// The file the GUI opens by default and `thidua-cli` uses without --db: thidua.sqlite in the
// user's data folder (~/.local/share/thidua on Linux).
QString defaultDatabasePath();

} // namespace thidua::storage
