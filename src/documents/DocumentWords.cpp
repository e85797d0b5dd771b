#include "DocumentWords.h"

#include "DocumentHtml.h"
#include "core/NumberFormat.h"
#include "storage/PlanRepository.h"
#include "storage/StorageError.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace thidua::documents::words {

QString status(Status status)
{
    switch (status) {
    case Status::Met:
        return u"đạt"_s;
    case Status::Near:
        return u"gần đạt"_s;
    case Status::NotMet:
        return u"chưa đạt"_s;
    case Status::NoData:
        return u"chưa có số liệu"_s;
    case Status::NotApplicable:
        break;
    }
    return u"không áp dụng"_s;
}

QString award(Award award)
{
    const std::string_view name = awardName(award);
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

QString number(std::optional<double> value, int maxDecimals)
{
    if (!value) {
        return {};
    }
    return QString::fromStdString(formatNumber(*value, maxDecimals, NumberStyle::Vietnamese));
}

QString fixed(double value, int decimals)
{
    return QString::fromStdString(formatFixed(value, decimals, NumberStyle::Vietnamese));
}

QString percent(std::optional<double> ratio)
{
    if (!ratio) {
        return {};
    }
    return QString::fromStdString(formatNumber(*ratio * 100, 1, NumberStyle::Vietnamese)) + u'%';
}

QString date(const std::string& isoDate)
{
    const QString text = QString::fromStdString(isoDate);
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    return parsed.isValid() ? parsed.toString(u"dd/MM/yyyy"_s) : text;
}

Period findPeriod(storage::Database& db, const std::string& code)
{
    const auto parsed = PeriodCode::parse(code);
    if (parsed) {
        for (const Period& period : storage::PlanRepository(db).periods(parsed->year)) {
            if (period.code == code) {
                return period;
            }
        }
    }
    throw storage::StorageError(
        storage::StorageError::Kind::Invalid,
        DocumentText::tr("The plan has no reporting period %1.").arg(QString::fromStdString(code)));
}

} // namespace thidua::documents::words
