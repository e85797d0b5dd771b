// Small helpers so that repositories read as SQL plus data, and every failure of the engine
// becomes a StorageError carrying the engine's own words.
#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <string>

namespace thidua::storage::sql {

// Prepares `statement`; throws StorageError::Failed when the engine rejects it.
QSqlQuery prepare(const QSqlDatabase& db, const QString& statement);

// Executes a prepared query; throws StorageError::Failed with the engine's message.
void exec(QSqlQuery& query);

// Runs a statement without parameters.
void run(const QSqlDatabase& db, const QString& statement);

// The single value of a one-row, one-column query (e.g. a PRAGMA or a count).
QVariant scalar(const QSqlDatabase& db, const QString& statement);

QVariant toVariant(const std::optional<double>& value);
QVariant toVariant(const std::string& text); // UTF-8 in
QVariant nullIfEmpty(const std::string& text);
std::optional<double> toOptionalDouble(const QVariant& value);
std::string toStdString(const QVariant& value); // UTF-8 out

// The row id the engine gave to `code` in `table`, or nothing.
std::optional<qint64> idOf(const QSqlDatabase& db, const QString& table, const std::string& code);

// The row id of `code` in `table`; throws StorageError::Invalid "Unknown <what> code" otherwise.
// `what` is the translated name of the kind of item (unit, indicator…).
qint64 requireId(const QSqlDatabase& db, const QString& table, const QString& what, const std::string& code);

} // namespace thidua::storage::sql
