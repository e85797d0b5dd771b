#include "TitleBandsModel.h"

#include "SchemeText.h"

#include <QColor>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace thidua::gui {

TitleBandsModel::TitleBandsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TitleBandsModel::setBands(std::vector<TitleBand> bands, double scale, bool editable)
{
    beginResetModel();
    std::stable_sort(bands.begin(), bands.end(),
                     [](const TitleBand& a, const TitleBand& b) { return a.minShare > b.minShare; });
    m_bands = std::move(bands);
    m_scale = scale;
    m_editable = editable;
    m_refused.clear();
    endResetModel();
    setProblem({});
}

void TitleBandsModel::setScale(double scale)
{
    m_scale = scale;
    if (!m_bands.empty()) {
        emit dataChanged(index(0, Points), index(rowCount() - 1, Points));
    }
}

int TitleBandsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_bands.size());
}

int TitleBandsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TitleBandsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const TitleBand& band = m_bands[static_cast<std::size_t>(index.row())];
    const auto refused = m_refused.find({index.row(), index.column()});
    if (refused != m_refused.end()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return refused->second.first;
        case Qt::ToolTipRole:
            return refused->second.second;
        case Qt::BackgroundRole:
            return QColor(255, 214, 214);
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case MinShare:
            return SchemeText::percent(band.minShare);
        case Points:
            return SchemeText::number(band.minShare * m_scale);
        case Title:
            return QString::fromStdString(band.title);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Title) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool TitleBandsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const int row = index.row();
    std::vector<TitleBand> candidate = m_bands;
    TitleBand& band = candidate[static_cast<std::size_t>(row)];
    const QString entered = value.toString().trimmed();
    QString problem;
    if (index.column() == MinShare) {
        const EnteredNumber share = SchemeText::parsePercent(entered);
        if (!share.value) {
            problem = share.empty ? tr("write the share of the scale, e.g. 90%.") : share.error + u'.';
        } else if (*share.value < 0) {
            problem = tr("the share must be 0% or more.");
        } else {
            for (std::size_t other = 0; other < candidate.size(); ++other) {
                if (static_cast<int>(other) != row && std::abs(candidate[other].minShare - *share.value) < 1e-9) {
                    problem = tr("another title already starts at %1.").arg(SchemeText::percent(*share.value));
                }
            }
            band.minShare = *share.value;
        }
    } else if (entered.isEmpty()) {
        problem = tr("a band needs a title.");
    } else {
        band.title = entered.toStdString();
    }
    if (!problem.isEmpty()) {
        m_refused[{row, index.column()}] = {value.toString(), tr("Title bands, row %1: %2").arg(row + 1).arg(problem)};
        emit dataChanged(index, index);
        setProblem(m_refused[{row, index.column()}].second);
        return false;
    }
    if ((band.minShare != m_bands[static_cast<std::size_t>(row)].minShare ||
         band.title != m_bands[static_cast<std::size_t>(row)].title) &&
        !commit(candidate)) {
        return false;
    }
    m_bands = std::move(candidate);
    m_refused.erase({row, index.column()});
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    setProblem(m_refused.empty() ? QString() : m_refused.begin()->second.second);
    return true;
}

Qt::ItemFlags TitleBandsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_editable && index.column() != Points) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant TitleBandsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case MinShare:
        return tr("From (share of S)");
    case Points:
        return tr("Points");
    case Title:
        return tr("Title proposed");
    default:
        return {};
    }
}

int TitleBandsModel::addBand()
{
    if (!m_editable) {
        return -1;
    }
    std::vector<TitleBand> candidate = m_bands;
    double share = 0.9;
    if (!candidate.empty()) {
        const auto lowest = std::min_element(candidate.begin(), candidate.end(),
                                             [](const auto& a, const auto& b) { return a.minShare < b.minShare; });
        if (lowest->minShare <= 0) {
            setProblem(tr("A title already starts at 0%: change the shares before adding a band."));
            return -1;
        }
        share = std::max(0.0, lowest->minShare - 0.1);
    }
    candidate.push_back({share, tr("New title").toStdString()});
    if (!commit(candidate)) {
        return -1;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_bands = std::move(candidate);
    endInsertRows();
    return row;
}

bool TitleBandsModel::removeBand(int row)
{
    if (!m_editable || row < 0 || row >= rowCount()) {
        return false;
    }
    if (rowCount() == 1) {
        setProblem(tr("A scheme keeps at least one title band: change its share or title instead."));
        return false;
    }
    std::vector<TitleBand> candidate = m_bands;
    candidate.erase(candidate.begin() + row);
    if (!commit(candidate)) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_bands = std::move(candidate);
    m_refused.clear();
    endRemoveRows();
    setProblem({});
    return true;
}

bool TitleBandsModel::commit(const std::vector<TitleBand>& candidate)
{
    return m_commit && m_commit(candidate);
}

void TitleBandsModel::setProblem(const QString& message)
{
    m_lastProblem = message;
    emit problemChanged(message);
}

} // namespace thidua::gui
