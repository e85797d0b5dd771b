#include "SchemeText.h"

#include "core/NumberFormat.h"

#include <QLocale>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QString shortest(double value, int maxDecimals, bool grouped)
{
    QLocale locale;
    if (!grouped) {
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    }
    return locale.toString(roundHalfAwayFromZero(value, maxDecimals), 'f', QLocale::FloatingPointShortest);
}

} // namespace

EnteredNumber SchemeText::parseNumber(const QString& text)
{
    // The interface's decimal mark decides: in Vietnamese 7,5 is seven and a half (7.5 is read the
    // same, as a spreadsheet habit); thousands separators are refused because 2.000 is ambiguous.
    const bool decimalComma = QLocale().decimalPoint() == u","_s;
    const ParsedNumber parsed = thidua::parseNumber(text.toStdString(), decimalComma);
    switch (parsed.problem) {
    case NumberProblem::None:
        return {parsed.value, {}, false};
    case NumberProblem::Empty:
        return {std::nullopt, {}, true};
    case NumberProblem::ThousandsSeparator:
        return {std::nullopt, tr("write the figure without thousands separators, e.g. 2000"), false};
    case NumberProblem::NotANumber:
        break;
    }
    return {std::nullopt, tr("'%1' is not a number").arg(text.trimmed()), false};
}

EnteredNumber SchemeText::parsePercent(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.endsWith(u'%')) {
        trimmed.chop(1);
    }
    EnteredNumber parsed = parseNumber(trimmed);
    if (parsed.value) {
        *parsed.value /= 100;
    } else if (!parsed.empty) {
        parsed.error = tr("'%1' is not a percentage").arg(text.trimmed());
    }
    return parsed;
}

EnteredBands SchemeText::parseBands(const QString& text)
{
    EnteredBands result;
    std::set<double> minima;
    const QStringList parts = text.split(u'|', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QStringList pair = part.split(u':');
        const EnteredNumber minRatio = pair.size() == 2 ? parseNumber(pair[0]) : EnteredNumber{};
        const EnteredNumber share = pair.size() == 2 ? parseNumber(pair[1]) : EnteredNumber{};
        if (!minRatio.value || !share.value) {
            result.error = tr("'%1' is not a band: write the minimum ratio and the share of the maximum, e.g. %2")
                               .arg(part.trimmed(), number(0.9) + u':' + number(0.7));
            return result;
        }
        if (*minRatio.value < 0 || *share.value < 0) {
            result.error = tr("In '%1' the ratio and the share must be 0 or more.").arg(part.trimmed());
            return result;
        }
        if (!minima.insert(*minRatio.value).second) {
            result.error = tr("Two bands start at the ratio %1.").arg(number(*minRatio.value));
            return result;
        }
        result.bands.push_back({*minRatio.value, *share.value});
    }
    std::sort(result.bands.begin(), result.bands.end(),
              [](const Band& a, const Band& b) { return a.minRatio > b.minRatio; });
    return result;
}

QString SchemeText::number(double value)
{
    return shortest(value, 2, true);
}

QString SchemeText::editNumber(double value)
{
    return shortest(value, 4, false);
}

QString SchemeText::points(double value)
{
    return QLocale().toString(roundHalfAwayFromZero(value, 2), 'f', 2);
}

QString SchemeText::percent(double share)
{
    return shortest(share * 100, 2, true) + u'%';
}

QString SchemeText::bands(const std::vector<Band>& bands)
{
    std::vector<Band> sorted = bands;
    std::sort(sorted.begin(), sorted.end(), [](const Band& a, const Band& b) { return a.minRatio > b.minRatio; });
    QStringList parts;
    for (const Band& band : sorted) {
        parts << shortest(band.minRatio, 4, false) + u':' + shortest(band.share, 4, false);
    }
    return parts.join(u'|');
}

QString SchemeText::method(ScoringMethod method)
{
    switch (method) {
    case ScoringMethod::Proportional:
        return tr("Proportional");
    case ScoringMethod::PassFail:
        return tr("Pass or fail");
    case ScoringMethod::Banded:
        return tr("By bands");
    }
    return {};
}

QString SchemeText::level(ScoreLevel level)
{
    switch (level) {
    case ScoreLevel::Self:
        return tr("Self-score");
    case ScoreLevel::Cluster:
        return tr("Cluster head");
    case ScoreLevel::Final:
        return tr("Home Affairs (final)");
    }
    return {};
}

QString SchemeText::adjustmentType(AdjustmentType type)
{
    switch (type) {
    case AdjustmentType::Bonus:
        return tr("Bonus item");
    case AdjustmentType::Deduction:
        return tr("Deduction");
    }
    return {};
}

} // namespace thidua::gui
