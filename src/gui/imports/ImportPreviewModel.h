// The values of a report import before they are stored, one row each: whose value, which period and
// indicator, the stored and the imported actual and baseline, and whether the value is new, changed
// or unchanged. storage's previewReportImport decides all of it; this model only puts it into words
// and names beside the codes.
#pragma once

#include "storage/ImportPreview.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace thidua::gui {

// One value with the names the official reads; a code the database does not know keeps its code.
struct ImportPreviewRow
{
    storage::PreviewValue value;
    QString unitName;
    QString periodName;
    QString indicatorName;
    QString problem; // what is wrong with the value's row, when something is: the row is then marked
};

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Unit,
        Period,
        Indicator,
        Actual,
        Baseline,
        Change,
        ColumnCount,
    };

    // "new", "changed", "unchanged" or "problem" in every column: what the "only new and changed" filter reads.
    static constexpr int ChangeRole = Qt::UserRole + 1;
    static constexpr int LineRole = Qt::UserRole + 2; // the file's line / the sheet's row

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setRows(std::vector<ImportPreviewRow> rows);

    static QString changeText(storage::PreviewValue::Change change);
    static QString changeCode(storage::PreviewValue::Change change);
    // "10,2 → 10,5" when it changes, the value alone when it does not.
    static QString transition(const std::optional<double>& before, const std::optional<double>& after,
                              storage::PreviewValue::Change change);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ImportPreviewRow& row, int column) const;
    QVariant toolTip(const ImportPreviewRow& row, int column) const;

    std::vector<ImportPreviewRow> m_rows;
};

} // namespace thidua::gui
