// Makes SQLite files the way other programs (or older versions of ours) would, behind the back of
// the storage layer, so tests can hand Database::open exactly the file they mean.
#pragma once

#include <QString>
#include <QStringList>

namespace thidua::test {

// Runs `statements` on `path` (creating it) through a plain connection, then closes it.
void runRawSql(const QString& path, const QStringList& statements);

// Reads one integer PRAGMA of `path` without going through the storage layer.
int rawPragma(const QString& path, const QString& pragma);

// The Thi Đua application id, as the storage layer writes it.
constexpr int kThiduaApplicationId = 0x54445541;

} // namespace thidua::test
