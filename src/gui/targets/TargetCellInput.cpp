#include "TargetCellInput.h"

#include "core/NumberFormat.h"
#include "storage/TargetRepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// Both decimal marks are accepted because figures arrive from Vietnamese and English spreadsheets
// alike. A text that could be a figure with thousands grouped in the interface's own convention
// (2.000 in Vietnamese, 2,000 in English) is refused rather than guessed.
ParsedNumber parseFigure(const QString& text)
{
    const std::string utf8 = text.toStdString();
    const bool commaIsDecimal = QLocale().decimalPoint() == u","_s;
    ParsedNumber parsed = parseNumber(utf8, commaIsDecimal);
    if (!commaIsDecimal && parsed.problem == NumberProblem::NotANumber && text.contains(u',')) {
        parsed = parseNumber(utf8, true);
    }
    return parsed;
}

bool meansApplies(const QString& text)
{
    const QString word = text.trimmed();
    return word == u"x"_s || word == u"X"_s || word == u"1"_s || word == u"✓"_s || word == u"✔"_s ||
           word.compare(TargetCellInput::appliesText(), Qt::CaseInsensitive) == 0;
}

} // namespace

QString TargetCellInput::appliesText()
{
    return tr("applies");
}

QString TargetCellInput::editText(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

TargetCellValue TargetCellInput::read(const QString& text, const Indicator& indicator, const QString& unitName)
{
    const QString code = QString::fromStdString(indicator.code);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    if (!takesTargetValue(indicator.kind)) {
        if (meansApplies(trimmed)) {
            return {true, std::nullopt, {}};
        }
        if (trimmed == u"0"_s) {
            return {};
        }
        return {false, std::nullopt,
                tr("“%1” for %2 on indicator %3: this indicator takes no target value; write x to apply it to the "
                   "unit, or leave the cell empty.")
                    .arg(trimmed, unitName, code)};
    }
    const ParsedNumber parsed = parseFigure(trimmed);
    if (parsed.problem == NumberProblem::ThousandsSeparator) {
        return {false, std::nullopt,
                tr("“%1” for %2 on indicator %3: thousands separators are not accepted; write the plain figure, "
                   "e.g. 2000.")
                    .arg(trimmed, unitName, code)};
    }
    if (!parsed.value) {
        return {false, std::nullopt, tr("“%1” for %2 on indicator %3 is not a number.").arg(trimmed, unitName, code)};
    }
    TargetCellValue cell{true, parsed.value, storage::TargetRepository::problem(indicator, unitName, parsed.value)};
    if (!cell.problem.isEmpty()) {
        cell.applies = false;
        cell.value.reset();
    }
    return cell;
}

} // namespace thidua::gui
