#include "NumberField.h"

#include "core/NumberFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace thidua::gui {

NumberField::Reading NumberField::read(const QString& typed, const QString& what)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    const ParsedNumber parsed = parseNumber(trimmed.toStdString(), QLocale().decimalPoint() == u","_s);
    if (parsed.problem == NumberProblem::ThousandsSeparator) {
        return {std::nullopt, tr("%1: write %2 without thousands separators, e.g. 2000.").arg(what, trimmed)};
    }
    if (!parsed.value) {
        return {std::nullopt, tr("%1: '%2' is not a number. Write it like %3.").arg(what, trimmed, text(12.5))};
    }
    return {parsed.value, {}};
}

QString NumberField::text(const std::optional<double>& value)
{
    if (!value) {
        return {};
    }
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(*value, 'f', QLocale::FloatingPointShortest);
}

} // namespace thidua::gui
