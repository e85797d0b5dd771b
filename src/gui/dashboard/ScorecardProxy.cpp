#include "ScorecardProxy.h"

#include "ScorecardModel.h"
#include "gui/schemes/SchemeText.h"
#include "i18n/DisplayText.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

using Model = ScorecardModel;

// Without a value, no data comes before n/a: a missing report is something to chase, a missing
// target is not.
int missingOrder(const QModelIndex& index)
{
    const QVariant status = index.data(Model::StatusRole);
    return status.isValid() && status.toInt() == static_cast<int>(Status::NotApplicable) ? 1 : 0;
}

} // namespace

ScorecardProxy::ScorecardProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale())
{
    setSortRole(Model::SortRole);
}

void ScorecardProxy::setGroupFilter(const QString& groupCode)
{
    if (groupCode != m_group) {
        m_group = groupCode;
        invalidateFilter(); // rows and columns
    }
}

bool ScorecardProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return m_group.isEmpty() ||
           sourceModel()->index(sourceRow, 0, sourceParent).data(Model::GroupRole).toString() == m_group;
}

bool ScorecardProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const
{
    if (sourceColumn < Model::FirstIndicator || m_group.isEmpty()) {
        return true; // unfiltered, every indicator column has a target somewhere by construction
    }
    const QAbstractItemModel& source = *sourceModel();
    for (int row = 0; row < source.rowCount(sourceParent); ++row) {
        if (filterAcceptsRow(row, sourceParent) &&
            source.index(row, sourceColumn, sourceParent).data(Model::HasTargetRole).toBool()) {
            return true;
        }
    }
    return false;
}

bool ScorecardProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Qt sorts descending by asking lessThan(right, left): answers are flipped here wherever the
    // order must not turn with the direction (missing values last, names A to Z among equals).
    const bool descending = sortOrder() == Qt::DescendingOrder;
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.isValid() != b.isValid()) {
        return a.isValid() != descending;
    }
    if (!a.isValid()) {
        const int order = missingOrder(left) - missingOrder(right);
        if (order != 0) {
            return (order < 0) != descending;
        }
    } else if (a.typeId() == QMetaType::QString) {
        const int order = m_collator.compare(a.toString(), b.toString());
        if (order != 0) {
            return order < 0;
        }
    } else if (a.toDouble() != b.toDouble()) {
        return a.toDouble() < b.toDouble();
    }
    const QString leftName = left.siblingAtColumn(Model::UnitName).data(sortRole()).toString();
    const QString rightName = right.siblingAtColumn(Model::UnitName).data(sortRole()).toString();
    const int order = m_collator.compare(leftName, rightName);
    return order != 0 ? (order < 0) != descending : (left.row() < right.row()) != descending;
}

QVariant ScorecardProxy::data(const QModelIndex& index, int role) const
{
    QVariant value = QSortFilterProxyModel::data(index, role);
    if (role != Qt::ToolTipRole || !index.isValid() || mapToSource(index).column() < Model::FirstIndicator) {
        return value;
    }
    const QVariant ratio = index.data(Model::RatioRole);
    const ColumnAverage average = columnAverage(*this, index.column(), Model::RatioRole);
    if (!ratio.isValid() || !average.mean || average.count < 2) {
        return value;
    }
    const QString mean = DisplayText::percent(average.mean);
    const double r = ratio.toDouble();
    const QString comparison = r > *average.mean   ? tr("Above the average of the units shown (%1).").arg(mean)
                               : r < *average.mean ? tr("Below the average of the units shown (%1).").arg(mean)
                                                   : tr("At the average of the units shown (%1).").arg(mean);
    return QString(value.toString() + u'\n' + comparison);
}

ColumnAverage columnAverage(const QAbstractItemModel& model, int column, int role)
{
    ColumnAverage average;
    double sum = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant value = model.index(row, column).data(role);
        if (value.isValid()) {
            sum += value.toDouble();
            ++average.count;
        }
    }
    if (average.count > 0) {
        average.mean = sum / average.count;
    }
    return average;
}

ColumnAverage reportedTotalsAverage(const QAbstractItemModel& model, int column, int role, int firstIndicator)
{
    ColumnAverage average;
    double sum = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        bool reported = false;
        for (int indicator = firstIndicator; indicator < model.columnCount() && !reported; ++indicator) {
            reported = model.index(row, indicator).data(role).isValid();
        }
        const QVariant value = model.index(row, column).data(role);
        if (reported && value.isValid()) {
            sum += value.toDouble();
            ++average.count;
        }
    }
    if (average.count > 0) {
        average.mean = sum / average.count;
    }
    return average;
}

ScorecardAveragesModel::ScorecardAveragesModel(QAbstractItemModel* shown, QObject* parent)
    : QAbstractTableModel(parent)
    , m_shown(shown)
{
    // Sorting (layoutChanged) moves rows but changes no average.
    connect(shown, &QAbstractItemModel::modelReset, this, &ScorecardAveragesModel::recompute);
    connect(shown, &QAbstractItemModel::rowsInserted, this, &ScorecardAveragesModel::recompute);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &ScorecardAveragesModel::recompute);
    connect(shown, &QAbstractItemModel::columnsInserted, this, &ScorecardAveragesModel::recompute);
    connect(shown, &QAbstractItemModel::columnsRemoved, this, &ScorecardAveragesModel::recompute);
    connect(shown, &QAbstractItemModel::dataChanged, this, &ScorecardAveragesModel::recompute);
    connect(shown, &QAbstractItemModel::headerDataChanged, this, &ScorecardAveragesModel::recompute);
    recompute();
}

void ScorecardAveragesModel::recompute()
{
    beginResetModel();
    m_units = m_shown ? m_shown->rowCount() : 0;
    m_columns = m_shown ? m_shown->columnCount() : 0;
    m_averages.assign(static_cast<std::size_t>(m_columns), {});
    for (int column = Model::Total; column < m_columns; ++column) {
        // SortRole is the total in the Total column and r in an indicator column. A unit that has
        // reported nothing scores 0: counted in the mean total, the six missing communes made the
        // district's average look like 53 when the nine that reported averaged 89.
        if (column == Model::Total) {
            m_averages[static_cast<std::size_t>(column)] =
                reportedTotalsAverage(*m_shown, column, Model::SortRole, Model::FirstIndicator);
        } else if (column != Model::Rank) {
            m_averages[static_cast<std::size_t>(column)] = columnAverage(*m_shown, column, Model::SortRole);
        }
    }
    endResetModel();
}

int ScorecardAveragesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_units == 0 ? 0 : 1;
}

int ScorecardAveragesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

Qt::ItemFlags ScorecardAveragesModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant ScorecardAveragesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int column = index.column();
    const ColumnAverage& average = m_averages[static_cast<std::size_t>(column)];
    const QString none = DisplayText::statusSymbol(Status::NotApplicable);
    switch (role) {
    case Qt::DisplayRole:
        if (column == Model::UnitName) {
            return tr("Average");
        }
        if (column == Model::GroupName) {
            return tr("%n unit(s)", nullptr, m_units);
        }
        if (column == Model::Total) {
            return average.mean ? u"%1 (%2)"_s.arg(SchemeText::points(*average.mean), QLocale().toString(average.count))
                                : none;
        }
        if (column >= Model::FirstIndicator) {
            // How many units the mean is over, because a mean of two says less than a mean of twelve.
            return average.mean
                       ? u"%1 (%2)"_s.arg(DisplayText::percent(average.mean), QLocale().toString(average.count))
                       : none;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Model::UnitName || column == Model::GroupName) {
            return tr("Averages over the %n unit(s) shown", nullptr, m_units);
        }
        if (column == Model::Total) {
            return tr("Average score of the %n unit(s) shown that have reported figures", nullptr, average.count);
        }
        if (column >= Model::FirstIndicator) {
            return average.mean ? tr("Average achievement of the %n unit(s) shown that have one: %1 of the target",
                                     nullptr, average.count)
                                      .arg(DisplayText::percent(average.mean))
                                : tr("No unit shown has an achievement for this indicator.");
        }
        return {};
    case Model::SortRole:
    case Model::RatioRole:
        return average.mean ? QVariant(*average.mean) : QVariant();
    case Model::CountRole:
        return column >= Model::Total && column != Model::Rank ? QVariant(average.count) : QVariant();
    case Qt::TextAlignmentRole:
        return column >= Model::FirstIndicator ? QVariant::fromValue(Qt::AlignCenter)
               : column >= Model::Total        ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    }
    return {};
}

QVariant ScorecardAveragesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_shown && section >= 0 && section < m_columns) {
        return m_shown->headerData(section, orientation, role);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace thidua::gui
