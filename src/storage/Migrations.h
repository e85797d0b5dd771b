// The schema as an ordered list of steps. Step N turns a database of version N-1 into version N;
// a database is upgraded by running the missing steps in one transaction, so an upgrade that fails
// leaves the file at its old version. Steps are never edited once released: changes are new steps.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace thidua::storage {

struct MigrationStep
{
    int version;         // the version the step produces
    QString description; // for the log and the tests
    QStringList statements;
};

const std::vector<MigrationStep>& migrationSteps();

// The version this build of the app writes.
int currentSchemaVersion();

// Runs the steps after the database's version up to `target` (default: current) inside the
// caller's transaction. Throws StorageError::TooNew for a database newer than `target`.
void migrate(const QSqlDatabase& db, int target = currentSchemaVersion());

} // namespace thidua::storage
