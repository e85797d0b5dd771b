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
    std::map<std::string, int> byCode;
    for (int i = 0; i < static_cast<int>(m_indicators.size()); ++i) {
        byCode[m_indicators[i].code] = i;
    }
    // A parent gets its node before its children, wherever an edit moved it in plan order. An
    // indicator whose parent or heading is unknown, or whose parents loop, is still shown, one
    // level higher.
    std::vector<int> nodeOf(m_indicators.size(), -1);
    std::vector<bool> placing(m_indicators.size(), false);
    const auto place = [&](const auto& self, int i) -> int {
        if (nodeOf[i] >= 0) {
            return nodeOf[i];
        }
        placing[i] = true;
        const Indicator& indicator = m_indicators[i];
        int parent = -1;
        if (const auto found = byCode.find(indicator.parentCode); found != byCode.end() && !placing[found->second]) {
            parent = self(self, found->second);
        } else if (const auto heading = headingNodes.find(indicator.headingCode); heading != headingNodes.end()) {
            parent = heading->second;
        }
        placing[i] = false;
        nodeOf[i] = addNode(false, i, parent);
        return nodeOf[i];
    };
    for (int i = 0; i < static_cast<int>(m_indicators.size()); ++i) {
        place(place, i);
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

const Indicator* IndicatorTreeModel::indicator(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index) || m_nodes[index.internalId()].isHeading) {
        return nullptr;
    }
    return &m_indicators[m_nodes[index.internalId()].item];
}

const Heading* IndicatorTreeModel::heading(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index) || !m_nodes[index.internalId()].isHeading) {
        return nullptr;
    }
    return &m_headings[m_nodes[index.internalId()].item];
}

QModelIndex IndicatorTreeModel::indicatorIndex(const QString& code) const
{
    for (int node = 0; node < static_cast<int>(m_nodes.size()); ++node) {
        if (!m_nodes[node].isHeading && DisplayText::text(m_indicators[m_nodes[node].item].code) == code) {
            return createIndex(m_nodes[node].row, 0, static_cast<quintptr>(node));
        }
    }
    return {};
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
    if (role == Qt::ToolTipRole && column == Name) {
        return details(indicator);
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

// What the columns leave out, for a reader of a read-only database too: the valid range of a
// reported value, the share expected at mid-year, the named units.
QString IndicatorTreeModel::details(const Indicator& indicator) const
{
    QStringList lines{DisplayText::text(indicator.name)};
    if (indicator.minValue && indicator.maxValue) {
        lines << tr("Valid values: from %1 to %2")
                     .arg(DisplayText::number(indicator.minValue), DisplayText::number(indicator.maxValue));
    } else if (indicator.minValue) {
        lines << tr("Valid values: at least %1").arg(DisplayText::number(indicator.minValue));
    } else if (indicator.maxValue) {
        lines << tr("Valid values: at most %1").arg(DisplayText::number(indicator.maxValue));
    }
    if (indicator.basis == PeriodBasis::Cumulative) {
        lines << tr("Expected by mid-year: %1 × the year's target")
                     .arg(DisplayText::number(indicator.midYearShare.value_or(0.5)));
    }
    if (!indicator.memberCodes.empty()) {
        QStringList members;
        for (const std::string& code : indicator.memberCodes) {
            members << DisplayText::text(code);
        }
        lines << tr("Named units: %1").arg(members.join(u", "_s));
    }
    return lines.join(u'\n');
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
