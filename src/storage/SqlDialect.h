// The few places where SQLite and PostgreSQL differ, kept together so that every other statement
// is written once in SQL both accept. PostgreSQL support (several users in one office) comes later;
// schema text already avoids SQLite-only types and syntax.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace thidua::storage {

class SqlDialect
{
public:
    enum class Engine
    {
        SQLite,
        PostgreSQL,
    };

    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {
    }
    static SqlDialect of(const QSqlDatabase& db);

    Engine engine() const { return m_engine; }

    // Replaces the schema placeholders: `{ID}` becomes the auto-numbered primary key column type.
    QString expand(QString statement) const;

    // Statements to run on every new connection (foreign keys are off by default in SQLite).
    QStringList connectionSetup(bool readOnly) const;

    // The schema version lives in `PRAGMA user_version` in SQLite and in a one-row table elsewhere.
    int schemaVersion(const QSqlDatabase& db) const;
    void setSchemaVersion(const QSqlDatabase& db, int version) const;

private:
    Engine m_engine;
};

} // namespace thidua::storage
