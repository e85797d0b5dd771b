#include "ChangeReportValuesCommand.h"

namespace thidua::gui {

ChangeReportValuesCommand::ChangeReportValuesCommand(ReportValueWriter* writer, std::vector<ValueChange> changes,
                                                     const QString& text)
    : QUndoCommand(text)
    , m_writer(writer)
    , m_changes(std::move(changes))
{
}

void ChangeReportValuesCommand::redo()
{
    if (!m_writer->write(m_changes, ReportValueWriter::Side::After)) {
        setObsolete(true);
    }
}

void ChangeReportValuesCommand::undo()
{
    if (!m_writer->write(m_changes, ReportValueWriter::Side::Before)) {
        setObsolete(true);
    }
}

} // namespace thidua::gui
