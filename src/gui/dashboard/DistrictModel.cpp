#include "DistrictModel.h"

#include "StatusStyle.h"
#include "core/NumberFormat.h"
#include "i18n/DisplayText.h"

#include <QFont>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace thidua::gui {

DistrictModel::DistrictModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void DistrictModel::setDashboard(std::shared_ptr<const DashboardData> data, DistrictSummary summary)
{
    beginResetModel();
    m_data = std::move(data);
    m_summary = std::move(summary);
    build();
    endResetModel();
}

void DistrictModel::clear()
{
    setDashboard(nullptr, {});
}

void DistrictModel::build()
{
    m_nodes.clear();
    m_topLevel.clear();
    if (!m_data) {
        return;
    }
    std::map<std::string, int> headingNodes;
    for (int i = 0; i < static_cast<int>(m_data->headings.size()); ++i) {
        headingNodes[m_data->headings[i].code] = addNode(true, i, -1);
    }
    const std::vector<thidua::Indicator>& plan = m_data->campaign.indicators;
    // districtView gives one line per indicator, in plan order; anything else is not shown.
    const int size = static_cast<int>(std::min(plan.size(), m_data->district.size()));
    std::map<std::string, int> byCode;
    for (int i = 0; i < size; ++i) {
        byCode[plan[i].code] = i;
    }
    // A parent gets its node before its children wherever an edit moved it in plan order; an
    // indicator whose parent is unknown, or whose parents loop, is shown one level higher.
    std::vector<int> nodeOf(static_cast<std::size_t>(size), -1);
    std::vector<bool> placing(static_cast<std::size_t>(size), false);
    const auto place = [&](const auto& self, int i) -> int {
        if (nodeOf[i] >= 0) {
            return nodeOf[i];
        }
        placing[i] = true;
        int parent = -1;
        if (const auto found = byCode.find(plan[i].parentCode); found != byCode.end() && !placing[found->second]) {
            parent = self(self, found->second);
        } else if (const auto heading = headingNodes.find(plan[i].headingCode); heading != headingNodes.end()) {
            parent = heading->second;
        }
        placing[i] = false;
        nodeOf[i] = addNode(false, i, parent);
        return nodeOf[i];
    };
    for (int i = 0; i < size; ++i) {
        place(place, i);
    }
}

int DistrictModel::addNode(bool isHeading, int item, int parent)
{
    const int node = static_cast<int>(m_nodes.size());
    const auto row = static_cast<int>((parent < 0 ? m_topLevel : m_nodes[parent].children).size());
    m_nodes.push_back(Node{isHeading, item, parent, row, {}});
    // Only now: the push may have moved the parent's node, and its children with it.
    (parent < 0 ? m_topLevel : m_nodes[parent].children).push_back(node);
    return node;
}

bool DistrictModel::isHeading(const QModelIndex& index) const
{
    return index.isValid() && checkIndex(index) && m_nodes[index.internalId()].isHeading;
}

const DistrictLine* DistrictModel::line(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index) || m_nodes[index.internalId()].isHeading) {
        return nullptr;
    }
    return &m_data->district[static_cast<std::size_t>(m_nodes[index.internalId()].item)];
}

const Indicator* DistrictModel::indicator(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index) || m_nodes[index.internalId()].isHeading) {
        return nullptr;
    }
    return &m_data->campaign.indicators[static_cast<std::size_t>(m_nodes[index.internalId()].item)];
}

QModelIndex DistrictModel::indicatorIndex(const QString& code) const
{
    const std::string wanted = code.toStdString();
    for (int node = 0; node < static_cast<int>(m_nodes.size()); ++node) {
        if (!m_nodes[node].isHeading && m_data->campaign.indicators[m_nodes[node].item].code == wanted) {
            return createIndex(m_nodes[node].row, 0, static_cast<quintptr>(node));
        }
    }
    return {};
}

std::optional<double> DistrictModel::changeInPoints(const Achievement& now, const Achievement* before)
{
    if (!now.ratio || before == nullptr || !before->ratio) {
        return std::nullopt;
    }
    // Rounded as the percentages beside it are shown, so that "▲ +0" never appears for a change
    // the reader cannot see.
    const double points = roundHalfAwayFromZero((*now.ratio - *before->ratio) * 100, 1);
    return points == 0 ? 0.0 : points; // no "−0"
}

QString DistrictModel::changeText(double points)
{
    if (points > 0) {
        return u"\u25B2 +"_s + DisplayText::number(points); // ▲
    }
    if (points < 0) {
        return u"\u25BC \u2212"_s + DisplayText::number(-points); // ▼ −
    }
    return u"= "_s + DisplayText::number(0.0);
}

const std::vector<int>& DistrictModel::childrenOf(const QModelIndex& parent) const
{
    return parent.isValid() ? m_nodes[parent.internalId()].children : m_topLevel;
}

QModelIndex DistrictModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(childrenOf(parent)[row]));
}

QModelIndex DistrictModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int parent = m_nodes[child.internalId()].parent;
    return parent < 0 ? QModelIndex() : createIndex(m_nodes[parent].row, 0, static_cast<quintptr>(parent));
}

int DistrictModel::rowCount(const QModelIndex& parent) const
{
    return parent.column() > 0 ? 0 : static_cast<int>(childrenOf(parent).size());
}

int DistrictModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DistrictModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node& node = m_nodes[index.internalId()];
    return node.isHeading ? headingData(node.item, index.column(), role) : lineData(node.item, index.column(), role);
}

QVariant DistrictModel::headingData(int item, int column, int role) const
{
    const Heading& heading = m_data->headings[static_cast<std::size_t>(item)];
    const StatusCounts* counts = nullptr;
    for (const HeadingSummary& summary : m_summary.headings) {
        counts = summary.headingCode == heading.code ? &summary.counts : counts;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == IndicatorColumn) {
            return QString(DisplayText::text(heading.code) + u" \u2013 "_s + DisplayText::text(heading.name));
        }
        if (column == StatusColumn && counts && counts->assessed() > 0) {
            return tr("%1/%2 met or exceeded").arg(counts->met).arg(counts->assessed());
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn && counts && counts->assessed() > 0) {
            return tr("Main targets of this heading: %1 met or exceeded, %2 nearly met, %3 not met, %4 without data.")
                .arg(counts->met)
                .arg(counts->near)
                .arg(counts->notMet)
                .arg(counts->noData);
        }
        return column == IndicatorColumn ? DisplayText::text(heading.name) : QVariant();
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

QVariant DistrictModel::lineData(int item, int column, int role) const
{
    const DistrictLine& line = m_data->district[static_cast<std::size_t>(item)];
    switch (role) {
    case Qt::DisplayRole:
        return display(item, column);
    case Qt::ToolTipRole:
        return toolTip(item, column);
    case CodeRole:
        return DisplayText::text(line.district.indicatorCode);
    case StatusRole:
        return static_cast<int>(line.district.status);
    case ChangeRole:
        if (const auto points = changeInPoints(line.district, previous(item))) {
            return *points;
        }
        return {};
    case Qt::BackgroundRole:
        return statusBackground(line.district.status);
    case Qt::ForegroundRole:
        return statusForeground(line.district.status);
    case Qt::TextAlignmentRole:
        if (column == TargetColumn || column == ActualColumn || column == PercentColumn || column == ChangeColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant DistrictModel::display(int item, int column) const
{
    const thidua::Indicator& indicator = m_data->campaign.indicators[static_cast<std::size_t>(item)];
    const Achievement& own = m_data->district[static_cast<std::size_t>(item)].district;
    // No data is never shown as an empty cell or a zero: the reader must see that a figure is owed.
    const QString owed = own.status == thidua::Status::NoData ? u"?"_s : QString();
    switch (column) {
    case IndicatorColumn:
        return QString(DisplayText::text(indicator.code) + u" \u2013 "_s + DisplayText::text(indicator.name));
    case UnitColumn:
        return DisplayText::text(indicator.unitOfMeasure);
    case TargetColumn:
        if (own.target && own.effectiveTarget && *own.effectiveTarget != *own.target) {
            return tr("%1 (year: %2)").arg(DisplayText::number(own.effectiveTarget), DisplayText::number(own.target));
        }
        return DisplayText::number(own.target);
    case ActualColumn:
        // "1,44" alone says nothing for "reduce the birth rate by 0,07": the figure it is measured
        // against stands beside it.
        if (own.actual && own.baseline && needsBaseline(indicator.kind)) {
            return tr("%1 (from %2)").arg(DisplayText::number(own.actual), DisplayText::number(own.baseline));
        }
        return own.actual ? DisplayText::number(own.actual) : owed;
    case PercentColumn:
        return own.ratio ? DisplayText::percent(own.ratio) : owed;
    case StatusColumn:
        return DisplayText::statusText(own.status);
    case ChangeColumn:
        if (const auto points = changeInPoints(own, previous(item))) {
            return changeText(*points);
        }
        return u"\u2013"_s; // –
    default:
        return {};
    }
}

QVariant DistrictModel::toolTip(int item, int column) const
{
    const thidua::Indicator& indicator = m_data->campaign.indicators[static_cast<std::size_t>(item)];
    const Achievement& own = m_data->district[static_cast<std::size_t>(item)].district;
    switch (column) {
    case IndicatorColumn:
        return QString(DisplayText::text(indicator.name) + u"\n"_s + DisplayText::kind(indicator.kind) + u"; "_s +
                       DisplayText::basis(indicator.basis));
    case TargetColumn:
        if (own.target && own.effectiveTarget && *own.effectiveTarget != *own.target) {
            return tr("The year's target is %1; by the end of this period %2 is expected.")
                .arg(DisplayText::number(own.target), DisplayText::number(own.effectiveTarget));
        }
        return {};
    case ActualColumn:
        if (needsBaseline(indicator.kind)) {
            const QString none = tr("not reported");
            return tr("Actual: %1. Same period last year: %2.")
                .arg(own.actual ? DisplayText::number(own.actual) : none,
                     own.baseline ? DisplayText::number(own.baseline) : none);
        }
        return {};
    case StatusColumn:
        return DisplayText::status(own.status);
    case ChangeColumn: {
        const Achievement* before = previous(item);
        if (!m_data->previous) {
            return tr("There is no earlier period to compare with.");
        }
        const QString period = DisplayText::text(m_data->previous->name);
        if (before == nullptr || before->status == thidua::Status::NotApplicable) {
            return tr("Not assessed in %1.").arg(period);
        }
        return tr("%1: actual %2, %3 of target (%4).")
            .arg(period, before->actual ? DisplayText::number(before->actual) : u"?"_s,
                 before->ratio ? DisplayText::percent(before->ratio) : u"?"_s, DisplayText::statusText(before->status));
    }
    default:
        return {};
    }
}

const Achievement* DistrictModel::previous(int item) const
{
    const auto found =
        m_data->previousDistrict.find(m_data->district[static_cast<std::size_t>(item)].district.indicatorCode);
    return found == m_data->previousDistrict.end() ? nullptr : &found->second;
}

QVariant DistrictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole && section == ChangeColumn) {
        return tr("Change of the % of target against the previous period, in percentage points.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case UnitColumn:
        return tr("Unit of measure");
    case TargetColumn:
        return tr("Target");
    case ActualColumn:
        return tr("Actual");
    case PercentColumn:
        return tr("% of target");
    case StatusColumn:
        return tr("Status");
    case ChangeColumn:
        return tr("Change (points)");
    default:
        return {};
    }
}

} // namespace thidua::gui
