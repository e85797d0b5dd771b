#include "IndicatorAdmin.h"

#include "Database.h"
#include "PlanRepository.h"
#include "SqlHelpers.h"
#include "StorageText.h"
#include "UnitAdmin.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace thidua::storage {
namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw StorageError(StorageError::Kind::Invalid, message);
}

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

// Whether `ancestor` is `id` or one of its parents, grandparents…
bool isAncestorOrSelf(const QSqlDatabase& db, qint64 ancestor, qint64 id)
{
    QSqlQuery parent = sql::prepare(db, u"SELECT parent_id FROM indicators WHERE id = ?"_s);
    // The stored tree has no loop, but a bound keeps a damaged file from hanging the check.
    for (int depth = 0; depth < 1000; ++depth) {
        if (id == ancestor) {
            return true;
        }
        parent.bindValue(0, id);
        sql::exec(parent);
        if (!parent.next() || parent.value(0).isNull()) {
            return false;
        }
        id = parent.value(0).toLongLong();
    }
    return true;
}

} // namespace

void IndicatorAdmin::addIndicator(const Indicator& indicator)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        if (!isValidCode(indicator.code)) {
            refuse(StorageText::tr("'%1' cannot be a code: use 1 to 32 letters without accents, digits, '_', '.' or "
                                   "'-', without spaces.")
                       .arg(text(indicator.code)));
        }
        if (sql::idOf(db, u"indicators"_s, indicator.code)) {
            refuse(StorageText::tr("The code %1 is already used by another indicator.").arg(text(indicator.code)));
        }
        check(indicator);
        PlanRepository(m_db).saveIndicator(indicator);
    });
}

void IndicatorAdmin::updateIndicator(const Indicator& indicator)
{
    m_db.transaction([&] {
        const QSqlDatabase db = m_db.connection();
        const qint64 id = sql::requireId(db, u"indicators"_s, StorageText::tr("indicator"), indicator.code);
        check(indicator);
        if (!indicator.parentCode.empty()) {
            const qint64 parent =
                sql::requireId(db, u"indicators"_s, StorageText::tr("indicator"), indicator.parentCode);
            if (isAncestorOrSelf(db, id, parent)) {
                refuse(StorageText::tr("%1 cannot be placed under %2: %2 is %1 itself or one of its sub-indicators.")
                           .arg(text(indicator.code), text(indicator.parentCode)));
            }
        }
        PlanRepository(m_db).saveIndicator(indicator);
    });
}

void IndicatorAdmin::check(const Indicator& indicator) const
{
    const QString code = text(indicator.code);
    if (text(indicator.name).trimmed().isEmpty()) {
        refuse(StorageText::tr("The indicator %1 needs a name.").arg(code));
    }
    if (indicator.parentCode == indicator.code) {
        refuse(StorageText::tr("The indicator %1 cannot be its own parent.").arg(code));
    }
    if (indicator.minValue && indicator.maxValue && *indicator.minValue > *indicator.maxValue) {
        refuse(StorageText::tr("The valid range of %1 is upside down: the minimum %2 is above the maximum %3.")
                   .arg(code, number(*indicator.minValue), number(*indicator.maxValue)));
    }
    if (indicator.midYearShare && !(*indicator.midYearShare > 0 && *indicator.midYearShare <= 1)) {
        refuse(StorageText::tr("The mid-year share of %1 must be above 0 and at most 1, not %2.")
                   .arg(code, number(*indicator.midYearShare)));
    }
    if (indicator.kind != IndicatorKind::NamedSet && !indicator.memberCodes.empty()) {
        refuse(StorageText::tr("Only an indicator of the kind 'named units reach the standard' names member units; "
                               "%1 is of another kind.")
                   .arg(code));
    }
}

} // namespace thidua::storage
