// The emulation groups (clusters of communes, blocks of agencies) with their scoring scheme, and the
// member units under each. The district unit is ranked with nobody and is left to the view to show
// apart; other units in no group are gathered under a last row, so none goes unseen.
#pragma once

#include "core/Plan.h"

#include <QAbstractItemModel>

#include <vector>

namespace thidua::gui {

class UnitTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Code,
        Kind,
        SchemeName,
        ColumnCount,
    };

    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit UnitTreeModel(QObject* parent = nullptr);

    void setUnits(std::vector<Group> groups, std::vector<Unit> units, const std::vector<Scheme>& schemes);

    // What a row stands for, for the view's actions: a group (nullptr for the row of units in no
    // group and for unit rows), or a unit (nullptr for group rows).
    const Group* group(const QModelIndex& index) const;
    const Unit* unit(const QModelIndex& index) const;
    // The row of the group or unit with that code, in column 0; invalid when there is none.
    QModelIndex groupIndex(const QString& code) const;
    QModelIndex unitIndex(const QString& code) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        const Group* group = nullptr; // nullptr: the units in no group
        QString schemeName;
        std::vector<Unit> members;
    };

    QVariant groupData(const Row& row, int column, int role) const;
    QVariant unitData(const Unit& unit, int column, int role) const;

    std::vector<Group> m_groups;
    std::vector<Row> m_rows;
};

} // namespace thidua::gui
