// Text pasted from a spreadsheet into the report form. Spreadsheets copy a block as lines of
// tab-separated cells (a cell holding a tab or a line break comes quoted). The lines fill the form's
// indicator rows from the current one down, as Enter goes (headings and member rows are not lines of
// a workbook's list); the cells of a line fill the input columns from the current one to the right:
// actual, baseline, note. Every cell is checked like a typed one.
#pragma once

#include "ValueChange.h"

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>
#include <QStringList>

#include <vector>

namespace thidua::gui {

class ReportFormModel;

struct PasteResult
{
    std::vector<ValueChange> changes; // the accepted cells, grouped by indicator
    int accepted = 0;                 // cells whose text was accepted
    int refused = 0;                  // cells left marked with the reason
    QString firstRefusal;
    QStringList unused; // why some pasted text went nowhere
};

class ReportPaste
{
    Q_DECLARE_TR_FUNCTIONS(thidua::gui::ReportPaste)

public:
    static std::vector<QStringList> parse(const QString& text);
    static PasteResult prepare(ReportFormModel& model, const QModelIndex& start, const QString& text);
    // What the message line says once the accepted cells are stored.
    static QString summary(const PasteResult& result);
};

} // namespace thidua::gui
