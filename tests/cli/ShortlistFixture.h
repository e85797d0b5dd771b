// The demo district (tests/demo) with its 2021 shortlist, as the document tests need it: the
// ranking's proposals added by `shortlist --sync`, then what an office does by hand — one proposal
// left out, one not passed, one person added — so a test can see which entries the documents list.
#pragma once

#include "support/TempDir.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace thidua::test {

// A new demo database at `dir`/demo.sqlite; returns its path.
QString demoDatabase(const TempDir& dir);

// demoDatabase() with `shortlist --period 2021-Y --sync` run, then the second and third entries
// changed (not included; not passed) and an individual added: "Nguyễn Văn An", Lao động tiên tiến,
// "Chủ tịch UBND xã" of Xã Bình Thành.
QString reviewedShortlistDatabase(const TempDir& dir);

// The records of a CSV text as written by thidua-cli (header first), fields unquoted.
QList<QStringList> csvRecords(const QString& text);

// The Vietnamese name of an award code of the shortlist's csv ("co_thi_dua" -> "Cờ thi đua"),
// spelled out here rather than taken from the code under test.
QString awardNameOfCode(const QString& code);

} // namespace thidua::test
