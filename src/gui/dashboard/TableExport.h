// "Export to CSV" for every dashboard table: what the table shows, as it shows it (sorted and
// filtered, numbers in the interface's format, statuses in words), so that a council member's
// secretary can paste it into a report. UTF-8 with a byte-order mark and `;` between fields when
// the numbers use decimal commas, which is how Excel on a Vietnamese computer reads CSV.
#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace thidua::gui {

// The model's header row and every row (children of a tree under their parent, indented by two
// spaces per level in the first column), DisplayRole text only.
QString tableToCsv(const QAbstractItemModel& model, QChar delimiter);

// Asks for a file name (suggesting `suggestedName`.csv in the user's documents folder) and writes
// the table there; a failure is told in a message box. Returns false when nothing was written.
bool exportTableToCsv(QWidget* parent, const QAbstractItemModel& model, const QString& suggestedName);

} // namespace thidua::gui
