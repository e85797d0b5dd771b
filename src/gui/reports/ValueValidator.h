// Reads what an official typed or pasted in a number cell of the report form. Vietnamese `12,5` and
// English `12.5` are both accepted; `2.000` is refused because it may mean two or two thousand. The
// indicator's valid range and the 0/1 of an "achieved or not" indicator are checked here, before
// anything reaches storage, so the message can stand next to the cell.
#pragma once

#include "core/Plan.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace thidua::gui {

struct CheckedNumber
{
    std::optional<double> value; // empty with no error: the cell was cleared
    QString error;               // translated sentence; empty when the text is accepted

    bool ok() const { return error.isEmpty(); }
};

class ValueValidator
{
    Q_DECLARE_TR_FUNCTIONS(thidua::gui::ValueValidator)

public:
    static CheckedNumber actual(const Indicator& indicator, const QString& text);
    static CheckedNumber baseline(const Indicator& indicator, const QString& text);

    // A figure as it is typed back into a cell: the locale's decimal mark and no thousands
    // separator, so that editing it again is accepted ("2000", "93,5").
    static QString editText(std::optional<double> value);

private:
    static CheckedNumber check(const Indicator& indicator, const QString& text, bool isActual);
};

} // namespace thidua::gui
