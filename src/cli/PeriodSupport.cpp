#include "PeriodSupport.h"

#include "CommandSupport.h"

#include "core/NumberFormat.h"
#include "storage/CampaignRepository.h"
#include "storage/PlanRepository.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace thidua::cli {
namespace {

constexpr int kFigureDecimals = 4;

} // namespace

OptionSpec periodOption()
{
    return {u"period"_s, u"P"_s, CliText::tr("the reporting period: YYYY-H1 (six months) or YYYY-Y (the year)")};
}

QString periodArgument(const ParsedArgs& args)
{
    if (!args.isSet(u"period"_s)) {
        throw UsageError(CliText::tr("Say which period with --period, e.g. --period 2021-Y."));
    }
    const QString code = args.value(u"period"_s);
    if (!PeriodCode::parse(code.toStdString())) {
        throw UsageError(CliText::tr("'%1' is not a period; write YYYY-H1 for the six-month report or YYYY-Y for "
                                     "the year, e.g. 2021-Y.")
                             .arg(code));
    }
    return code;
}

Period requestedPeriod(storage::Database& db, const QString& code, const CommandContext& context)
{
    const std::optional<PeriodCode> parsed = PeriodCode::parse(code.toStdString());
    const std::vector<Period> periods =
        parsed ? storage::PlanRepository(db).periods(parsed->year) : std::vector<Period>{};
    const auto found =
        std::find_if(periods.begin(), periods.end(), [&code](const Period& period) { return qs(period.code) == code; });
    if (found != periods.end()) {
        return *found;
    }
    const QString path = displayPath(context.databasePath);
    if (periods.empty()) {
        throw UsageError(CliText::tr("The database %1 has no period %2.").arg(path, code));
    }
    QStringList known;
    for (const Period& period : periods) {
        known.append(qs(period.code));
    }
    throw UsageError(CliText::tr("The database %1 has no period %2; it has %3.").arg(path, code, known.join(u", "_s)));
}

ComputedPeriod computeStoredPeriod(storage::Database& db, const Period& period)
{
    ComputedPeriod computed;
    computed.period = period;
    computed.data = storage::CampaignRepository(db).load(period.code);
    computed.results = computePeriod(computed.data);
    return computed;
}

ComputedPeriod computeRequestedPeriod(const ParsedArgs& args, const CommandContext& context)
{
    const QString code = periodArgument(args);
    const auto db = openDatabase(context, storage::Access::ReadOnly);
    return computeStoredPeriod(*db, requestedPeriod(*db, code, context));
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QJsonValue jsonNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue jsonText(const std::string& text)
{
    return text.empty() ? QJsonValue() : QJsonValue(qs(text));
}

QString figure(std::optional<double> value)
{
    return value ? qs(formatNumber(*value, kFigureDecimals, NumberStyle::Vietnamese)) : QString();
}

QString percent(std::optional<double> ratio)
{
    return ratio ? qs(formatNumber(*ratio * 100, 1, NumberStyle::Vietnamese)) + u'%' : QString();
}

QString scoreText(double value)
{
    return qs(formatFixed(value, 2, NumberStyle::Vietnamese));
}

} // namespace thidua::cli
