// The district's lines for one period as a tree: the plan's headings at the top, each indicator
// under its heading or under its parent indicator (KT05 > KT05.1 > KT05.2), with the district's
// target, actual, % of target, status (colour, symbol and word) and the change of % of target against
// the previous period. Heading rows carry their count of main targets met. Read only: it adapts a
// DashboardData and computes nothing itself.
#pragma once

#include "DashboardData.h"
#include "core/DistrictSummary.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <vector>

namespace thidua::gui {

class DistrictModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        IndicatorColumn,
        UnitColumn,
        TargetColumn,
        ActualColumn,
        PercentColumn,
        StatusColumn,
        ChangeColumn,
        ColumnCount,
    };

    // The row's code (heading or indicator) under every column, for finding rows.
    static constexpr int CodeRole = Qt::UserRole + 1;
    // The indicator's Status as an int; none on heading rows.
    static constexpr int StatusRole = Qt::UserRole + 2;
    // The change of % of target in percentage points (double, one decimal); none without a change.
    static constexpr int ChangeRole = Qt::UserRole + 3;

    explicit DistrictModel(QObject* parent = nullptr);

    // `summary` gives the heading rows their counts (summarizeDistrict of the same data).
    void setDashboard(std::shared_ptr<const DashboardData> data, DistrictSummary summary);
    void clear();
    const DashboardData* dashboard() const { return m_data.get(); }

    bool isHeading(const QModelIndex& index) const;
    // The district line of an indicator row (nullptr for headings); its indicator.
    const DistrictLine* line(const QModelIndex& index) const;
    const Indicator* indicator(const QModelIndex& index) const;
    // The row of the indicator with that code, in column 0; invalid when there is none.
    QModelIndex indicatorIndex(const QString& code) const;

    // The change of % of target against the previous period, in percentage points rounded to one
    // decimal; empty when either period has no ratio for the indicator.
    static std::optional<double> changeInPoints(const Achievement& now, const Achievement* before);
    // "▲ +4,2", "▼ −3", "= 0": the arrow says the direction without colour.
    static QString changeText(double points);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        bool isHeading = false;
        int item = 0;    // index into the headings, or into the plan's indicators and district lines
        int parent = -1; // node index; -1: top level
        int row = 0;     // position among its siblings
        std::vector<int> children;
    };

    void build();
    int addNode(bool isHeading, int item, int parent);
    const std::vector<int>& childrenOf(const QModelIndex& parent) const;
    QVariant headingData(int heading, int column, int role) const;
    QVariant lineData(int item, int column, int role) const;
    QVariant display(int item, int column) const;
    QVariant toolTip(int item, int column) const;
    const Achievement* previous(int item) const;

    std::shared_ptr<const DashboardData> m_data;
    DistrictSummary m_summary;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
};

} // namespace thidua::gui
