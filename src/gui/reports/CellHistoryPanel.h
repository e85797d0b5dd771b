// Beside the report form: who changed the current cell, when, and from what to what (DHIS2 shows
// the audit next to the cell; officials check a figure's history before they approve it).
#pragma once

#include "storage/ReportRepository.h"

#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QLabel;
class QTableView;

namespace thidua::gui {

class CellHistoryModel;

class CellHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CellHistoryPanel(QWidget* parent = nullptr);

    // `showField`: the entries are of several fields (actual, baseline, note…), so say which.
    void showHistory(const QString& title, std::vector<storage::AuditEntry> entries,
                     std::map<std::string, std::string> unitNames, bool showField);
    void showNothing();
    CellHistoryModel* model() const { return m_model; }

private:
    CellHistoryModel* m_model;
    QLabel* m_title;
    QLabel* m_empty;
    QTableView* m_table;
};

} // namespace thidua::gui
