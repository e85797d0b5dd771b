#include "RawSqlite.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace thidua::test {

void runRawSql(const QString& path, const QStringList& statements)
{
    const QString name = u"raw-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            throw std::runtime_error("cannot open raw sqlite file");
        }
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                throw std::runtime_error(query.lastError().text().toStdString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int rawPragma(const QString& path, const QString& pragma)
{
    const QString name = u"raw-pragma-"_s + path;
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA "_s + pragma) && query.next()) {
                value = query.value(0).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace thidua::test
