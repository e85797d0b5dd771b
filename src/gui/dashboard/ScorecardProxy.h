// What the scorecard shows of ScorecardModel: the units of one group (or all), the indicator columns
// that group has targets for, sorted by the clicked column with n/a and no data after every real
// value in both directions (an empty cell is not a low score); and the averages row computed over
// exactly those rows, so that the averages always describe the table above them.
#pragma once

#include <QAbstractTableModel>
#include <QCollator>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>
#include <vector>

namespace thidua::gui {

class ScorecardProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ScorecardProxy(QObject* parent = nullptr);

    // A group's code, or empty for every unit.
    void setGroupFilter(const QString& groupCode);
    QString groupFilter() const { return m_group; }

    // Adds to an indicator cell's tooltip whether the unit is above or below the shown average.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // The fixed columns always; an indicator column when a unit shown has a target for it.
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_group;
    QCollator m_collator;
};

// The mean of `role` (a number) over the rows of `model` in `column`, and how many rows had one.
struct ColumnAverage
{
    std::optional<double> mean;
    int count = 0;
};
ColumnAverage columnAverage(const QAbstractItemModel& model, int column, int role);
// The mean of `column` over the rows that have a value in at least one column from `firstIndicator`
// on: the average total of the units that have reported something.
ColumnAverage reportedTotalsAverage(const QAbstractItemModel& model, int column, int role, int firstIndicator);

// One row of averages over the rows `shown` holds (the scorecard after the proxy): per indicator
// column the mean r over the units that have one and how many they are, the mean total. Follows
// every change of `shown`; its columns are `shown`'s. No row when `shown` has none.
class ScorecardAveragesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ScorecardAveragesModel(QAbstractItemModel* shown, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // The mean is also under ScorecardModel::SortRole and RatioRole, the count under CountRole.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void recompute();

    QPointer<QAbstractItemModel> m_shown;
    int m_units = 0;
    int m_columns = 0;
    std::vector<ColumnAverage> m_averages; // by column of `shown`
};

} // namespace thidua::gui
