#include "ImportCatalog.h"

#include "SqlHelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

std::set<std::string> codes(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query = sql::prepare(db, u"SELECT code FROM "_s + table);
    sql::exec(query);
    std::set<std::string> result;
    while (query.next()) {
        result.insert(sql::toStdString(query.value(0)));
    }
    return result;
}

} // namespace

ImportCatalog::ImportCatalog(const QSqlDatabase& db)
    : periods(codes(db, u"periods"_s))
    , groups(codes(db, u"unit_groups"_s))
    , headings(codes(db, u"headings"_s))
{
    QSqlQuery query = sql::prepare(db, u"SELECT code, kind, min_value, max_value FROM indicators"_s);
    sql::exec(query);
    while (query.next()) {
        indicators[sql::toStdString(query.value(0))] = {
            indicatorKindFromCode(sql::toStdString(query.value(1))).value_or(IndicatorKind::AtLeast),
            sql::toOptionalDouble(query.value(2)), sql::toOptionalDouble(query.value(3))};
    }

    query = sql::prepare(db, uR"(SELECT u.code, s.code FROM units u LEFT JOIN unit_groups g ON g.id = u.group_id
        LEFT JOIN schemes s ON s.id = g.scheme_id)"_s);
    sql::exec(query);
    while (query.next()) {
        unitSchemes[sql::toStdString(query.value(0))] = sql::toStdString(query.value(1));
    }

    for (const std::string& scheme : codes(db, u"schemes"_s)) {
        schemeCriteria[scheme];
    }
    query = sql::prepare(db, u"SELECT s.code, c.code FROM criteria c JOIN schemes s ON s.id = c.scheme_id"_s);
    sql::exec(query);
    while (query.next()) {
        schemeCriteria[sql::toStdString(query.value(0))].insert(sql::toStdString(query.value(1)));
    }
}

} // namespace thidua::storage
