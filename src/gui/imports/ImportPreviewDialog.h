// What an import of report values would do, shown before anything is stored: a summary line, every
// value of the file as new, changed or unchanged, and every problem by file or sheet, row and column.
// A file with problems cannot be applied: the official corrects the spreadsheet and imports it again.
// The dialog decides nothing itself; accepting it means "Apply" and ImportActions stores the file.
#pragma once

#include "ImportPreviewModel.h"
#include "storage/ImportPreview.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace thidua::gui {

class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `rows`: the preview's values with their names, in file order; `fileName` as the user knows it.
    ImportPreviewDialog(const storage::ImportPreview& preview, std::vector<ImportPreviewRow> rows,
                        const QString& fileName, QWidget* parent = nullptr);

    ImportPreviewModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    bool canApply() const;

    // "N new, M changed, K unchanged values; P problems".
    static QString summary(const storage::ImportPreview& preview);

private:
    void showOnlyChanges(bool only);

    ImportPreviewModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_summary;
    QLabel* m_verdict;
    QCheckBox* m_onlyChanges;
    QTableView* m_table;
    QLabel* m_problemsLabel;
    QListWidget* m_problems;
    QDialogButtonBox* m_buttons;
    QPushButton* m_apply;
};

} // namespace thidua::gui
