// The audit log of one cell of the report form, newest first: when (local time, dd/MM/yyyy HH:mm),
// who, which field, and the change from the old value to the new one, figures written the
// interface's way.
#pragma once

#include "storage/ReportRepository.h"

#include <QAbstractTableModel>

#include <map>
#include <string>
#include <vector>

namespace thidua::gui {

class CellHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        Field,
        Change,
        ColumnCount,
    };

    explicit CellHistoryModel(QObject* parent = nullptr);

    // `unitNames` names the members of a named set, whose changes storage logs by unit code.
    void setEntries(std::vector<storage::AuditEntry> entries, std::map<std::string, std::string> unitNames);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString fieldName(const QString& field) const;
    QString valueText(const QString& field, const QString& value) const;

    std::vector<storage::AuditEntry> m_entries;
    std::map<std::string, std::string> m_unitNames;
};

} // namespace thidua::gui
