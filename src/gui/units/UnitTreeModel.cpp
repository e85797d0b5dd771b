#include "UnitTreeModel.h"

#include "i18n/DisplayText.h"

#include <QColor>
#include <QFont>

namespace thidua::gui {

UnitTreeModel::UnitTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void UnitTreeModel::setUnits(std::vector<Group> groups, std::vector<Unit> units, const std::vector<Scheme>& schemes)
{
    beginResetModel();
    m_groups = std::move(groups);
    m_rows.clear();
    for (const Group& group : m_groups) {
        Row row{&group, {}, {}};
        for (const Scheme& scheme : schemes) {
            if (scheme.code == group.schemeCode) {
                row.schemeName = DisplayText::text(scheme.name);
            }
        }
        m_rows.push_back(std::move(row));
    }

    Row ungrouped;
    for (Unit& unit : units) {
        if (unit.kind == UnitKind::District) {
            continue;
        }
        Row* home = &ungrouped;
        for (Row& row : m_rows) {
            if (row.group->code == unit.groupCode) {
                home = &row;
                break;
            }
        }
        home->members.push_back(std::move(unit));
    }
    if (!ungrouped.members.empty()) {
        m_rows.push_back(std::move(ungrouped));
    }
    endResetModel();
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    // Internal ids: 0 for a group row; a member row carries its group's row + 1.
    return createIndex(row, column, parent.isValid() ? static_cast<quintptr>(parent.row()) + 1 : quintptr(0));
}

QModelIndex UnitTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int UnitTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_rows.size());
    }
    if (parent.column() > 0 || parent.internalId() != 0) {
        return 0;
    }
    return static_cast<int>(m_rows[parent.row()].members.size());
}

int UnitTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant UnitTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        return groupData(m_rows[index.row()], index.column(), role);
    }
    return unitData(m_rows[index.internalId() - 1].members[index.row()], index.column(), role);
}

const Group* UnitTreeModel::group(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index) || index.internalId() != 0) {
        return nullptr;
    }
    return m_rows[index.row()].group;
}

const Unit* UnitTreeModel::unit(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index) || index.internalId() == 0) {
        return nullptr;
    }
    return &m_rows[index.internalId() - 1].members[index.row()];
}

QModelIndex UnitTreeModel::groupIndex(const QString& code) const
{
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
        if (m_rows[row].group && DisplayText::text(m_rows[row].group->code) == code) {
            return index(row, 0);
        }
    }
    return {};
}

QModelIndex UnitTreeModel::unitIndex(const QString& code) const
{
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
        const std::vector<Unit>& members = m_rows[row].members;
        for (int member = 0; member < static_cast<int>(members.size()); ++member) {
            if (DisplayText::text(members[member].code) == code) {
                return index(member, 0, index(row, 0));
            }
        }
    }
    return {};
}

QVariant UnitTreeModel::groupData(const Row& row, int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == CodeRole) {
        return row.group ? DisplayText::text(row.group->code) : QString();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (!row.group) {
        return column == Name ? tr("Units in no group") : QVariant();
    }
    switch (column) {
    case Name:
        return DisplayText::text(row.group->name);
    case Code:
        return DisplayText::text(row.group->code);
    case Kind:
        return DisplayText::groupKind(row.group->kind);
    case SchemeName:
        // Said outright: members of a group without a scheme are not scored.
        return row.group->schemeCode.empty() ? tr("(none: members are not scored)") : row.schemeName;
    default:
        return {};
    }
}

QVariant UnitTreeModel::unitData(const Unit& unit, int column, int role) const
{
    if (role == CodeRole) {
        return DisplayText::text(unit.code);
    }
    if (unit.archived && (role == Qt::ToolTipRole || role == Qt::ForegroundRole)) {
        // Archived units stay listed for the years they took part in, visibly set apart.
        return role == Qt::ToolTipRole ? QVariant(tr("Archived: no longer takes part; its history is kept"))
                                       : QVariant(QColor(Qt::gray));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Name:
        // Said in words too, not by the grey colour alone.
        return unit.archived ? tr("%1 (archived)").arg(DisplayText::text(unit.name)) : DisplayText::text(unit.name);
    case Code:
        return DisplayText::text(unit.code);
    case Kind:
        return DisplayText::unitKind(unit.kind);
    default:
        return {};
    }
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Group / unit");
    case Code:
        return tr("Code");
    case Kind:
        return tr("Kind");
    case SchemeName:
        return tr("Scoring scheme");
    default:
        return {};
    }
}

} // namespace thidua::gui
