// Helpers of the scoring suites (schemes editor, manual scores): typing in a table and a field as a
// person does, numbers the way the interface writes them, widgets found by name, and the schemes
// as stored.
#pragma once

#include "core/Plan.h"

#include <QModelIndex>
#include <QString>
#include <QWidget>

#include <memory>
#include <string>
#include <vector>

class QLineEdit;
class QTableView;

namespace thidua::storage {
class Database;
}

namespace thidua::gui {
class DatabaseSession;
class SchemesView;
} // namespace thidua::gui

namespace thidua::test {

// The line editor open in the table, if any.
QLineEdit* openLineEditor(const QTableView& table);

// Makes `cell` current and types `text` into it, ending with Enter; an empty text empties the cell.
// The first key opens the editor and replaces the text. False when no editor opened (the cell is
// not editable).
bool typeInCell(QTableView& table, const QModelIndex& cell, const QString& text);

// Replaces the text of a line edit and presses Enter.
void typeInField(QLineEdit* field, const QString& text);

// A number the way the interface writes it (7,5 in Vietnamese, 7.5 in English).
QString localNumber(double value, int decimals = -1);

template <typename T>
T* child(const QWidget& view, const QString& name)
{
    auto* found = view.findChild<T*>(name);
    if (!found) {
        qFatal("no widget named %s", qPrintable(name));
    }
    return found;
}

// The schemes editor, shown, on `scheme`.
std::unique_ptr<gui::SchemesView> shownSchemes(gui::DatabaseSession& session,
                                               const QString& scheme = QStringLiteral("TC_CUM_XA"));
// The figure beside `label` (a heading, or a line of the editor's own) in the editor's totals box.
QString schemeTotal(const gui::SchemesView& view, const QString& label);
// A string of the schemes editor in the interface language.
QString schemesText(const char* source);

Scheme storedScheme(storage::Database& db, const std::string& code);
const Criterion* criterionOf(const Scheme& scheme, const std::string& code); // nullptr: none
std::vector<std::string> codesOf(const Scheme& scheme);

} // namespace thidua::test
