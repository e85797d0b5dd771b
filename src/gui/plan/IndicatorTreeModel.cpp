#include "IndicatorTreeModel.h"

#include "i18n/DisplayText.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace thidua::gui {

IndicatorTreeModel::IndicatorTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void IndicatorTreeModel::setPlan(std::vector<Heading> headings, std::vector<Indicator> indicators,
                                 std::map<std::string, std::optional<double>> districtTargets)
{
    beginResetModel();
    m_headings = std::move(headings);
    m_indicators = std::move(indicators);
    m_targets = std::move(districtTargets);
    m_nodes.clear();
    m_topLevel.clear();

    std::map<std::string, int> headingNodes;
    for (int i = 0; i < static_cast<int>(m_headings.size()); ++i) {
        headingNodes[m_headings[i].code] = addNode(true, i, -1);
    }
    // Plan order puts a parent before its children, so each parent's node already exists. An
    // indicator whose parent or heading is unknown is still shown, one level higher.
    std::map<std::string, int> indicatorNodes;
    for (int i = 0; i < static_cast<int>(m_indicators.size()); ++i) {
        const Indicator& indicator = m_indicators[i];
        int parent = -1;
        if (const auto found = indicatorNodes.find(indicator.parentCode); found != indicatorNodes.end()) {
            parent = found->second;
        } else if (const auto heading = headingNodes.find(indicator.headingCode); heading != headingNodes.end()) {
            parent = heading->second;
        }
        indicatorNodes[indicator.code] = addNode(false, i, parent);
    }
    endResetModel();
}

void IndicatorTreeModel::clear()
{
    setPlan({}, {}, {});
}

bool IndicatorTreeModel::isHeading(const QModelIndex& index) const
{
    return index.isValid() && m_nodes[index.internalId()].isHeading;
}

int IndicatorTreeModel::addNode(bool isHeading, int item, int parent)
{
    const int node = static_cast<int>(m_nodes.size());
    const auto row = static_cast<int>((parent < 0 ? m_topLevel : m_nodes[parent].children).size());
    m_nodes.push_back(Node{isHeading, item, parent, row, {}});
    // Only now: the push may have moved the parent's node, and its children with it.
    (parent < 0 ? m_topLevel : m_nodes[parent].children).push_back(node);
    return node;
}

const std::vector<int>& IndicatorTreeModel::childrenOf(const QModelIndex& parent) const
{
    return parent.isValid() ? m_nodes[parent.internalId()].children : m_topLevel;
}

QModelIndex IndicatorTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(childrenOf(parent)[row]));
}

QModelIndex IndicatorTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int parent = m_nodes[child.internalId()].parent;
    if (parent < 0) {
        return {};
    }
    return createIndex(m_nodes[parent].row, 0, static_cast<quintptr>(parent));
}

int IndicatorTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return static_cast<int>(childrenOf(parent).size());
}

int IndicatorTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant IndicatorTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node& node = m_nodes[index.internalId()];
    if (node.isHeading) {
        return headingData(m_headings[node.item], index.column(), role);
    }
    return indicatorData(m_indicators[node.item], index.column(), role);
}

QVariant IndicatorTreeModel::headingData(const Heading& heading, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == Code) {
            // Views span a heading's first cell over the row, so the name is there too.
            return QString(DisplayText::text(heading.code) + u" \u2013 "_s + DisplayText::text(heading.name));
        }
        if (column == Name) {
            return DisplayText::text(heading.name);
        }
        return {};
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case CodeRole:
        return DisplayText::text(heading.code);
    default:
        return {};
    }
}

QVariant IndicatorTreeModel::indicatorData(const Indicator& indicator, int column, int role) const
{
    if (role == CodeRole) {
        return DisplayText::text(indicator.code);
    }
    if (role == Qt::TextAlignmentRole) {
        return column == DistrictTarget ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }

    switch (column) {
    case Code:
        return DisplayText::text(indicator.code);
    case Name:
        return DisplayText::text(indicator.name);
    case UnitOfMeasure:
        return DisplayText::text(indicator.unitOfMeasure);
    case Kind:
        return DisplayText::kind(indicator.kind);
    case Basis:
        return DisplayText::basis(indicator.basis);
    case DistrictTarget: {
        const auto target = m_targets.find(indicator.code);
        return target == m_targets.end() ? QString() : DisplayText::number(target->second);
    }
    default:
        return {};
    }
}

QVariant IndicatorTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Indicator");
    case UnitOfMeasure:
        return tr("Unit of measure");
    case Kind:
        return tr("Kind");
    case Basis:
        return tr("Period basis");
    case DistrictTarget:
        return tr("District target");
    default:
        return {};
    }
}

} // namespace thidua::gui
