#include "PhaseTreeModel.h"

#include "i18n/DisplayText.h"

#include <QFont>

namespace thidua::gui {

PhaseTreeModel::PhaseTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void PhaseTreeModel::setPhases(std::vector<Phase> phases, std::vector<Period> periods)
{
    beginResetModel();
    m_phases = std::move(phases);
    m_periods.assign(m_phases.size(), {});
    for (Period& period : periods) {
        for (std::size_t i = 0; i < m_phases.size(); ++i) {
            if (m_phases[i].code == period.phaseCode) {
                m_periods[i].push_back(std::move(period));
                break;
            }
        }
    }
    endResetModel();
}

QModelIndex PhaseTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, parent.isValid() ? periodId(parent.row()) : quintptr(0));
}

QModelIndex PhaseTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int PhaseTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_phases.size());
    }
    if (parent.column() > 0 || parent.internalId() != 0) {
        return 0;
    }
    return static_cast<int>(m_periods[parent.row()].size());
}

int PhaseTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PhaseTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        return phaseData(m_phases[index.row()], index.column(), role);
    }
    return periodData(m_periods[index.internalId() - 1][index.row()], index.column(), role);
}

QVariant PhaseTreeModel::phaseData(const Phase& phase, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return DisplayText::text(phase.name);
        case Code:
            return DisplayText::text(phase.code);
        case StartsOn:
            return DisplayText::date(phase.startsOn);
        case EndsOn:
            return DisplayText::date(phase.endsOn);
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case SalutesRole:
        return DisplayText::text(phase.salutes);
    case CodeRole:
        return DisplayText::text(phase.code);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default:
        return {};
    }
}

QVariant PhaseTreeModel::periodData(const Period& period, int column, int role) const
{
    if (role == CodeRole) {
        return DisplayText::text(period.code);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Name:
        return DisplayText::text(period.name);
    case Code:
        return DisplayText::text(period.code);
    case StartsOn:
        return DisplayText::date(period.startsOn);
    case EndsOn:
        return DisplayText::date(period.endsOn);
    case Deadline:
        return period.deadline.empty() ? tr("not set") : DisplayText::date(period.deadline);
    default:
        return {};
    }
}

QVariant PhaseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Phase / reporting period");
    case Code:
        return tr("Code");
    case StartsOn:
        return tr("From");
    case EndsOn:
        return tr("To");
    case Deadline:
        return tr("Report deadline");
    default:
        return {};
    }
}

} // namespace thidua::gui
