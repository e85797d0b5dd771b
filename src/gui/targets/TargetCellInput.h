// What an official types or pastes into one cell of the targets grid, read against the column's
// indicator: a figure (decimal comma or point), empty for "not assigned", or for kinds without a
// target value a mark saying that the indicator applies. Every refusal is a sentence that names the
// unit, the indicator and the text, so a list of them can be read away from the grid.
#pragma once

#include "core/Plan.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace thidua::gui {

struct TargetCellValue
{
    bool applies = false;        // false: the indicator is not assigned to the unit
    std::optional<double> value; // the target, for kinds that take one
    QString problem;             // non-empty: the text cannot be stored, and why
};

class TargetCellInput
{
    Q_DECLARE_TR_FUNCTIONS(thidua::gui::TargetCellInput)

public:
    static TargetCellValue read(const QString& text, const Indicator& indicator, const QString& unitName);

    // The word shown in a cell whose indicator applies without a target value ("áp dụng"); typing it
    // back, or x, or 1, means the same.
    static QString appliesText();

    // A figure as it is typed back: the interface's decimal mark, no thousands separators (which
    // read() refuses), so that editing a cell and pressing Enter never turns a value into an error.
    static QString editText(double value);
};

} // namespace thidua::gui
