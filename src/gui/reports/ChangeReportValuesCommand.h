// One undo step of the report form (after Tiled's small commands per kind of edit): one cell typed,
// a member ticked, or a whole block pasted. Redo stores the new values, undo writes the old ones
// back; both go through storage, so both are audited. A step storage refuses is dropped from the
// stack (QUndoCommand::setObsolete), since it did not happen.
#pragma once

#include "ReportValueWriter.h"
#include "ValueChange.h"

#include <QUndoCommand>

#include <vector>

namespace thidua::gui {

class ChangeReportValuesCommand : public QUndoCommand
{
public:
    ChangeReportValuesCommand(ReportValueWriter* writer, std::vector<ValueChange> changes, const QString& text);

    void redo() override;
    void undo() override;

private:
    ReportValueWriter* m_writer;
    std::vector<ValueChange> m_changes;
};

} // namespace thidua::gui
