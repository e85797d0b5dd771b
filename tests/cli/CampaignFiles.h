// A folder of CSV files of spec/interchange.md's kinds, imported through thidua-cli as a user would,
// and what the golden and fixture tests need to compare outputs: shared by both so they import the
// same way.
#pragma once

#include "support/TempDir.h"

#include <QString>
#include <QStringList>

namespace thidua::test {

// The kinds in the order one file may refer to another's rows: schemes name indicators, groups name
// schemes, units name groups; targets, reports, scores and adjustments name units, indicators and
// criteria. Files are named after their kind: `reports.csv`.
const QStringList& importOrder();

// Imports into the database `db` every kind file present in `folder`, in importOrder(). Returns
// what went wrong (the command, its status and its stderr), empty when every import succeeded.
QString importFolder(const QString& db, const QString& folder);

// A new database at `db` with an empty plan for `year` and its two reporting periods
// (`init --empty --year`), then importFolder(): what a user starting from their own files does.
QString createFromFolder(const QString& db, const QString& folder, int year = 2021);

// createFromFolder() into `dir`/NAME.sqlite, failing the test with what went wrong; returns the path.
QString databaseFromFolder(const TempDir& dir, const QString& folder, const QString& name);
// The same for the golden ranking case NAME.
QString goldenDatabase(const TempDir& dir, const QString& name);

// The folder of a golden ranking case (tests/golden/ranking/NAME), whose files other tests reuse as
// ready-made, hand-checked data.
QString goldenCase(const QString& name);

// The file's text, as UTF-8; empty when it cannot be read.
QString readText(const QString& path);

// A line diff of two texts, "- " for lines only expected, "+ " for lines only in the output, "  " for
// lines in both; empty when the texts are equal.
QString lineDiff(const QString& expected, const QString& actual);

} // namespace thidua::test
