#include "SqlHelpers.h"

#include "StorageText.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace thidua::storage::sql {
namespace {

[[noreturn]] void fail(const QSqlQuery& query)
{
    throw StorageError(StorageError::Kind::Failed,
                       StorageText::tr("The database reported an error: %1").arg(query.lastError().text()));
}

} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.prepare(statement)) {
        fail(query);
    }
    return query;
}

void exec(QSqlQuery& query)
{
    if (!query.exec()) {
        fail(query);
    }
}

void run(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        fail(query);
    }
}

QVariant scalar(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        fail(query);
    }
    return query.next() ? query.value(0) : QVariant();
}

QVariant toVariant(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant toVariant(const std::string& text)
{
    return QString::fromStdString(text);
}

QVariant nullIfEmpty(const std::string& text)
{
    return text.empty() ? QVariant() : QString::fromStdString(text);
}

std::optional<double> toOptionalDouble(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toDouble();
}

std::string toStdString(const QVariant& value)
{
    return value.toString().toStdString();
}

std::optional<qint64> idOf(const QSqlDatabase& db, const QString& table, const std::string& code)
{
    QSqlQuery query = prepare(db, u"SELECT id FROM "_s + table + u" WHERE code = ?"_s);
    query.addBindValue(toVariant(code));
    exec(query);
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

qint64 requireId(const QSqlDatabase& db, const QString& table, const QString& what, const std::string& code)
{
    const auto id = idOf(db, table, code);
    if (!id) {
        throw StorageError(StorageError::Kind::Invalid,
                           StorageText::tr("Unknown %1 code '%2'.").arg(what, QString::fromStdString(code)));
    }
    return *id;
}

} // namespace thidua::storage::sql
