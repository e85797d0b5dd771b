// Internal to storage: the audit log writer the shortlist and the document settings share. One
// change of one field is one row, as for report values, so the log reads the same everywhere.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <utility>
#include <vector>

namespace thidua::storage::shortlist {

// A record as (field, value as text) pairs; an absent record is an empty list.
using Fields = std::vector<std::pair<QString, QString>>;

class AuditWriter
{
public:
    // `entity` names the kind of item ('shortlist_entry', 'document_settings'); the time is taken once
    // so that every row of one change carries the same stamp.
    AuditWriter(const QSqlDatabase& db, QString user, QString entity);

    // One row per field whose value differs between `before` and `after` (fields missing on one side
    // count as empty); empty values are stored as NULL.
    void log(const QString& key, const Fields& before, const Fields& after);

private:
    QSqlQuery m_query;
    QString m_user;
    QString m_entity;
    QString m_at;
};

} // namespace thidua::storage::shortlist
