// Which entry workbooks to write: a period, and one unit or every unit with targets that year (one
// file each, into a folder). The district office sends these out; units fill in the unlocked cells
// and send them back for File > Import Reports….
#pragma once

#include "core/Plan.h"

#include <QDialog>

#include <string>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

class ExportWorkbookDialog : public QDialog
{
    Q_OBJECT

public:
    // Reads the periods and the targets of `db`. Throws storage::StorageError.
    ExportWorkbookDialog(storage::Database& db, const QString& folder, QWidget* parent = nullptr);

    std::string periodCode() const;
    QString periodName() const;
    // The unit chosen, or every unit with targets in the period's year when "all" is chosen.
    std::vector<Unit> units() const;
    bool allUnits() const;
    // Where the files of "all units" go.
    QString folder() const;

    // "bao-cao-UNIT-PERIOD.xlsx": plain ASCII, so it survives any e-mail program and file system.
    static QString fileName(const std::string& unitCode, const std::string& periodCode);

private:
    void fillUnits();
    void check();
    void chooseFolder();

    storage::Database& m_db;
    std::vector<Period> m_periods;
    std::vector<Unit> m_units; // with targets in the current period's year, as offered
    QComboBox* m_period;
    QComboBox* m_unit;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_chooseFolder;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace thidua::gui
