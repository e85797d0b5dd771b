#include "ValueValidator.h"

#include "core/NumberFormat.h"
#include "i18n/DisplayText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QString rangeText(const Indicator& indicator)
{
    const QString min = DisplayText::number(indicator.minValue);
    const QString max = DisplayText::number(indicator.maxValue);
    if (indicator.minValue && indicator.maxValue) {
        return ValueValidator::tr("from %1 to %2").arg(min, max);
    }
    return indicator.minValue ? ValueValidator::tr("at least %1").arg(min) : ValueValidator::tr("at most %1").arg(max);
}

} // namespace

CheckedNumber ValueValidator::actual(const Indicator& indicator, const QString& text)
{
    return check(indicator, text, true);
}

CheckedNumber ValueValidator::baseline(const Indicator& indicator, const QString& text)
{
    return check(indicator, text, false);
}

QString ValueValidator::editText(std::optional<double> value)
{
    if (!value) {
        return {};
    }
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(*value, 'f', QLocale::FloatingPointShortest);
}

CheckedNumber ValueValidator::check(const Indicator& indicator, const QString& text, bool isActual)
{
    const QString trimmed = text.trimmed();
    // Both decimal marks are accepted whatever the interface language: officials copy figures from
    // Vietnamese and English spreadsheets alike.
    const ParsedNumber parsed = parseNumber(trimmed.toStdString(), true);
    switch (parsed.problem) {
    case NumberProblem::Empty:
        return {};
    case NumberProblem::NotANumber:
        return {std::nullopt, tr("“%1” is not a number. Type a figure such as 12,5.").arg(trimmed)};
    case NumberProblem::ThousandsSeparator:
        return {std::nullopt, tr("“%1” has a thousands separator and could be read two ways. Type the plain "
                                 "figure without dots, e.g. 2000; decimals take a comma, e.g. 12,5.")
                                  .arg(trimmed)};
    case NumberProblem::None:
        break;
    }
    const double value = *parsed.value;
    if (isActual && indicator.kind == IndicatorKind::Boolean && value != 0 && value != 1) {
        return {std::nullopt, tr("Type 1 if %1 was achieved, 0 if not (the value given was %2).")
                                  .arg(QString::fromStdString(indicator.code), trimmed)};
    }
    if ((indicator.minValue && value < *indicator.minValue) || (indicator.maxValue && value > *indicator.maxValue)) {
        return {std::nullopt,
                tr("%1 is outside the range allowed for %2: %3.")
                    .arg(DisplayText::number(value), QString::fromStdString(indicator.code), rangeText(indicator))};
    }
    return {value, {}};
}

} // namespace thidua::gui
