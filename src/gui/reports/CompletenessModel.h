// The units expected to report in one period, one row each: the state of their report (not started,
// being entered, submitted, approved), when it came in and whether by the deadline, and how many of
// the values they owe are entered. Everything comes from storage's completeness(); this model only
// puts it into words.
#pragma once

#include "storage/ReportRepository.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

namespace thidua::gui {

// One unit's line, with the names the screen shows beside the codes storage works with.
struct CompletenessRow
{
    storage::ReportProgress progress;
    QString unitName;
    QString groupName;    // empty: the unit is in no group (the district)
    bool overdue = false; // not received although the deadline has passed
};

class CompletenessModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Unit,
        Group,
        Status,
        SubmittedAt,
        Timeliness,
        Values,
        Missing,
        ColumnCount,
    };

    static constexpr int CodeRole = Qt::UserRole + 1; // the unit's code, in every column
    static constexpr int SortRole = Qt::UserRole + 2; // what a column sorts by (numbers, ISO times)

    // What the summary line above the table says.
    struct Totals
    {
        int expected = 0;
        int received = 0; // submitted or approved
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int approved = 0;
        int missingValues = 0;
    };

    explicit CompletenessModel(QObject* parent = nullptr);

    void setRows(std::vector<CompletenessRow> rows);
    Totals totals() const;

    // The report's state in words: "not started" when the unit has entered nothing.
    static QString statusText(const std::optional<storage::ReportInfo>& report);
    // Stored ISO UTC time as the official's clock showed it, dd/MM/yyyy HH:mm; empty for none.
    static QString localTime(const QString& isoUtc);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CompletenessRow& row, int column) const;
    QVariant sortKey(const CompletenessRow& row, int column) const;
    QVariant toolTip(const CompletenessRow& row, int column) const;
    QString timeliness(const CompletenessRow& row) const;

    std::vector<CompletenessRow> m_rows;
};

} // namespace thidua::gui
