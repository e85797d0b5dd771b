// Stores edits of the report form: each batch in one transaction through ReportRepository::saveValue
// (which writes the audit log), then shows the stored values in the form. Storage's refusal is
// reported, never thrown at the undo stack, and what the official typed stays in its cell.
#pragma once

#include "ValueChange.h"

#include <QObject>

#include <vector>

namespace thidua::gui {

class DatabaseSession;
class ReportFormModel;

class ReportValueWriter : public QObject
{
    Q_OBJECT

public:
    ReportValueWriter(DatabaseSession* session, ReportFormModel* model, QObject* parent = nullptr);

    enum class Side
    {
        After,  // do or redo the changes
        Before, // undo them: the old values are written back, and audited as any change
    };

    // False, with failed() emitted, when storage refused: then nothing of the batch is stored.
    bool write(const std::vector<ValueChange>& changes, Side side);

signals:
    void written();
    void failed(const QString& message);

private:
    DatabaseSession* m_session;
    ReportFormModel* m_model;
};

} // namespace thidua::gui
