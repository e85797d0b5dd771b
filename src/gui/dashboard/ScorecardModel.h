// The scorecard's table (issue 5): one row per unit with targets in the period, one column per
// indicator some unit has a target for, each cell the unit's achievement. The model only adapts
// DashboardData: statuses, ratios, totals and ranks all come from the core.
#pragma once

#include "core/Achievement.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace thidua::gui {

struct DashboardData;

struct ScorecardColumn
{
    QString code; // the indicator's code, the column's header
    QString name;
    QString unitOfMeasure;
};

struct ScorecardCell
{
    Achievement achievement; // status n/a without a target
    bool hasTarget = false;  // n/a may also mean the period basis excludes the period
};

struct ScorecardRow
{
    QString code;
    QString name;
    QString groupCode; // empty: in no group
    QString groupName;
    std::optional<double> total; // empty: the group has no scheme, or the unit is not ranked
    int rank = 0;                // 0: not ranked
    int rankedInGroup = 0;
    std::vector<ScorecardCell> cells; // one per column, in column order
};

class ScorecardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UnitName,
        GroupName,
        Total,
        Rank,
        FirstIndicator, // indicator columns follow, in plan order
    };

    enum Role
    {
        // What the proxy sorts by: a name (QString) or a number (double); invalid for n/a, no data
        // and unranked, which sort after every real value.
        SortRole = Qt::UserRole + 1,
        CodeRole,      // the unit's code
        GroupRole,     // the unit's group code
        StatusRole,    // indicator cells: int(Status)
        RatioRole,     // indicator cells: r, invalid when there is none
        HasTargetRole, // indicator cells: bool
        CountRole,     // averages row (ScorecardAveragesModel): how many rows the mean is over
    };

    explicit ScorecardModel(QObject* parent = nullptr);

    // Every non-archived unit with targets in the period except the district, which the district
    // dashboard shows. Rows in group order, then rank, then name.
    void setDashboard(const DashboardData& data);
    void clear();

    const std::vector<ScorecardRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVariant cellData(const ScorecardRow& row, const ScorecardCell& cell, int column, int role) const;
    QString cellToolTip(const ScorecardRow& row, const ScorecardCell& cell, int column) const;

    std::vector<ScorecardColumn> m_columns;
    std::vector<ScorecardRow> m_rows;
};

} // namespace thidua::gui
