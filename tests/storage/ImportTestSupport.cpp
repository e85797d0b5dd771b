#include "ImportTestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace thidua::test {

SeededDatabase::SeededDatabase()
    : db(storage::Database::create(dir.path(u"thidua.sqlite"_s), storage::Seed::TaySon2021))
{
}

storage::ImportResult importText(storage::Database& db, ImportKind kind, const std::string& text, const QString& user)
{
    const ImportFile file = readImportFile(kind, std::string(toCode(kind)) + ".csv", text);
    if (!file.errors.empty()) {
        return {file.errors, 0};
    }
    return storage::Importer(db).apply(file, user);
}

std::string dumpTable(storage::Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT * FROM "_s + table + u" ORDER BY rowid"_s)) {
        throw std::runtime_error("cannot read table " + table.toStdString());
    }
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i) {
            fields << (query.isNull(i) ? u"NULL"_s : query.value(i).toString());
        }
        rows << fields.join(u'|');
    }
    return QString(table + u":\n"_s + rows.join(u'\n')).toStdString();
}

std::string dumpDatabase(storage::Database& db)
{
    QSqlQuery tables(db.connection());
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    std::string dump;
    while (tables.next()) {
        dump += dumpTable(db, tables.value(0).toString()) + '\n';
    }
    return dump;
}

int countRows(storage::Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    query.exec(u"SELECT COUNT(*) FROM "_s + table);
    return query.next() ? query.value(0).toInt() : -1;
}

std::string faultLines(const storage::ImportResult& result)
{
    std::string text;
    for (const ImportError& error : result.errors) {
        text += (text.empty() ? "" : "; ") + std::to_string(error.line) + ' ' + error.column;
    }
    return text;
}

} // namespace thidua::test
