// The plan's indicators as a tree: the three headings (KT, XH, QP) at the top, each indicator under
// its heading or under its parent indicator, in plan order. The district's target of the year stands
// beside each indicator. The model only adapts what storage read (see KeePassXC's EntryModel).
#pragma once

#include "core/Plan.h"

#include <QAbstractItemModel>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace thidua::gui {

class IndicatorTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Name,
        UnitOfMeasure,
        Kind,
        Basis,
        DistrictTarget,
        ColumnCount,
    };

    // The item's code (heading or indicator) under every column, for finding rows.
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit IndicatorTreeModel(QObject* parent = nullptr);

    // `districtTargets` maps indicator codes to the district's target value of the shown year; an
    // indicator missing from it, or mapped to no value, shows an empty target.
    void setPlan(std::vector<Heading> headings, std::vector<Indicator> indicators,
                 std::map<std::string, std::optional<double>> districtTargets);
    void clear();

    int indicatorCount() const { return static_cast<int>(m_indicators.size()); }
    bool isHeading(const QModelIndex& index) const;
    // What a row stands for: an indicator (nullptr for headings) or a heading (nullptr otherwise).
    const Indicator* indicator(const QModelIndex& index) const;
    const Heading* heading(const QModelIndex& index) const;
    // The row of the indicator with that code, in column 0; invalid when there is none.
    QModelIndex indicatorIndex(const QString& code) const;

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
        int item = 0;    // index into m_headings or m_indicators
        int parent = -1; // node index; -1: top level
        int row = 0;     // position among its siblings
        std::vector<int> children;
    };

    int addNode(bool isHeading, int item, int parent);
    const std::vector<int>& childrenOf(const QModelIndex& parent) const;
    QVariant headingData(const Heading& heading, int column, int role) const;
    QVariant indicatorData(const Indicator& indicator, int column, int role) const;
    QString details(const Indicator& indicator) const;

    std::vector<Heading> m_headings;
    std::vector<Indicator> m_indicators;
    std::map<std::string, std::optional<double>> m_targets;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
};

} // namespace thidua::gui
