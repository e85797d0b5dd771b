// A figure typed into a form field by an official, and the figure shown there for editing: the
// interface's decimal mark (Vietnamese 0,5; a dot is accepted too, as spreadsheets write it) and no
// thousands grouping, since 2.000 may mean two or two thousand.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace thidua::gui {

class NumberField
{
    Q_DECLARE_TR_FUNCTIONS(thidua::gui::NumberField)

public:
    struct Reading
    {
        std::optional<double> value; // empty when the field is empty or refused
        QString error;               // why the text is refused, naming `what`; empty when accepted
    };

    // `what` names the field in the error, e.g. "Maximum".
    static Reading read(const QString& typed, const QString& what);
    static QString text(const std::optional<double>& value);
};

} // namespace thidua::gui
