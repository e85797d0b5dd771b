#include "AdjustmentsModel.h"

#include "gui/schemes/SchemeText.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace thidua::gui {

AdjustmentsModel::AdjustmentsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AdjustmentsModel::setItems(std::vector<Adjustment> items, bool editable)
{
    beginResetModel();
    m_items = std::move(items);
    m_editable = editable;
    m_problems.clear();
    endResetModel();
    emit problemChanged({});
}

double AdjustmentsModel::sum(AdjustmentType type) const
{
    double total = 0;
    for (const Adjustment& item : m_items) {
        if (item.type == type) {
            total += item.points;
        }
    }
    return total;
}

int AdjustmentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int AdjustmentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdjustmentsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Adjustment& item = m_items[static_cast<std::size_t>(index.row())];
    const auto problem = m_problems.find({index.row(), index.column()});
    const bool refused = problem != m_problems.end();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (refused) {
            return problem->second.first;
        }
        switch (index.column()) {
        case Type:
            return SchemeText::adjustmentType(item.type);
        case Reason:
            return QString::fromStdString(item.reason);
        case Points:
            if (role == Qt::EditRole) {
                return SchemeText::editNumber(item.points);
            }
            // A deduction reads as one: −1,50 beside +2,00.
            return QString((item.type == AdjustmentType::Bonus ? u"+"_s : u"\u2212"_s) +
                           SchemeText::points(item.points));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (refused) {
            return problem->second.second;
        }
        return index.column() == Reason ? QVariant(QString::fromStdString(item.reason)) : QVariant();
    case Qt::BackgroundRole:
        return refused ? QVariant(QColor(255, 214, 214)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Points ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

bool AdjustmentsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const int row = index.row();
    const Adjustment current = m_items[static_cast<std::size_t>(row)];
    Adjustment updated = current;
    const QString typed = value.toString();
    QString problem;
    if (index.column() == Reason) {
        updated.reason = typed.trimmed().toStdString();
        if (updated.reason.empty()) {
            problem = tr("a bonus item or deduction needs a reason.");
        }
    } else {
        const EnteredNumber number = SchemeText::parseNumber(typed);
        if (!number.value) {
            problem = number.empty ? tr("write the points.") : number.error + u'.';
        } else if (*number.value < 0) {
            problem = tr("the points must be 0 or more; a deduction is entered as a deduction, not below 0.");
        } else {
            updated.points = *number.value;
        }
    }
    if (problem.isEmpty() && (updated.reason != current.reason || updated.points != current.points)) {
        problem = m_update ? m_update(current, updated) : tr("nothing stores it.");
    }
    const std::pair<int, int> cell{row, index.column()};
    if (!problem.isEmpty()) {
        m_problems[cell] = {
            typed, tr("%1 '%2': %3")
                       .arg(SchemeText::adjustmentType(current.type), QString::fromStdString(current.reason), problem)};
        emit dataChanged(index, index);
        emit problemChanged(m_problems[cell].second);
        return false;
    }
    m_items[static_cast<std::size_t>(row)] = updated;
    m_problems.erase(cell);
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    emit problemChanged(m_problems.empty() ? QString() : m_problems.begin()->second.second);
    emit itemChanged();
    return true;
}

Qt::ItemFlags AdjustmentsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_editable && index.column() != Type) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant AdjustmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Type:
        return tr("Kind");
    case Reason:
        return tr("Reason");
    case Points:
        return tr("Points");
    default:
        return {};
    }
}

} // namespace thidua::gui
