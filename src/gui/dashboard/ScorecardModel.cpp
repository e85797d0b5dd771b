#include "ScorecardModel.h"

#include "DashboardData.h"
#include "StatusStyle.h"
#include "gui/schemes/SchemeText.h"
#include "i18n/DisplayText.h"

#include <QCollator>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// The district is on the district dashboard; ranking it among communes would mislead.
bool isDistrict(const Unit& unit)
{
    return unit.code == kDistrictUnitCode || unit.kind == UnitKind::District;
}

bool hasTarget(const DashboardData& data, const std::string& unitCode, const std::string& indicatorCode)
{
    const auto targets = data.campaign.targets.find(unitCode);
    return targets != data.campaign.targets.end() && targets->second.contains(indicatorCode);
}

QString orNone(const QString& text)
{
    return text.isEmpty() ? DisplayText::statusSymbol(Status::NotApplicable) : text;
}

} // namespace

ScorecardModel::ScorecardModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ScorecardModel::setDashboard(const DashboardData& data)
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();

    std::vector<const Unit*> units;
    for (const Unit& unit : data.campaign.units) {
        if (!unit.archived && !isDistrict(unit) && data.achievements(unit.code) != nullptr) {
            units.push_back(&unit);
        }
    }
    std::vector<const Indicator*> indicators;
    for (const Indicator& indicator : data.campaign.indicators) {
        if (std::any_of(units.begin(), units.end(),
                        [&](const Unit* unit) { return hasTarget(data, unit->code, indicator.code); })) {
            indicators.push_back(&indicator);
            m_columns.push_back({DisplayText::text(indicator.code), DisplayText::text(indicator.name),
                                 DisplayText::text(indicator.unitOfMeasure)});
        }
    }

    std::map<std::string, const RankedUnit*> ranked;
    std::map<std::string, int> groupSizes;
    for (const GroupRanking& ranking : data.results.rankings) {
        for (const RankedUnit& unit : ranking.units) {
            ranked[unit.score.unitCode] = &unit;
        }
        groupSizes[ranking.groupCode] = static_cast<int>(ranking.units.size());
    }

    for (const Unit* unit : units) {
        ScorecardRow row;
        row.code = DisplayText::text(unit->code);
        row.name = DisplayText::text(unit->name);
        row.groupCode = DisplayText::text(unit->groupCode);
        const Group* group = data.group(unit->groupCode);
        row.groupName = group ? DisplayText::text(group->name) : DisplayText::unitKind(unit->kind);
        if (const auto found = ranked.find(unit->code); found != ranked.end()) {
            row.total = found->second->score.total;
            row.rank = found->second->rank;
            row.rankedInGroup = groupSizes[unit->groupCode];
        }
        for (const Indicator* indicator : indicators) {
            ScorecardCell cell;
            const Achievement* achievement = data.achievement(unit->code, indicator->code);
            if (achievement != nullptr) {
                cell.achievement = *achievement;
            } else {
                cell.achievement.indicatorCode = indicator->code;
            }
            cell.hasTarget = hasTarget(data, unit->code, indicator->code);
            row.cells.push_back(std::move(cell));
        }
        m_rows.push_back(std::move(row));
    }

    // Until a header is clicked: the groups in the plan's order, each by rank, as the paper table.
    std::map<QString, std::size_t> groupOrder;
    for (std::size_t i = 0; i < data.campaign.groups.size(); ++i) {
        groupOrder[DisplayText::text(data.campaign.groups[i].code)] = i;
    }
    const auto orderOf = [&](const ScorecardRow& row) {
        const auto found = groupOrder.find(row.groupCode);
        return found == groupOrder.end() ? groupOrder.size() : found->second;
    };
    QCollator collator{QLocale()};
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const ScorecardRow& a, const ScorecardRow& b) {
        if (orderOf(a) != orderOf(b)) {
            return orderOf(a) < orderOf(b);
        }
        if (a.rank != b.rank) {
            return a.rank != 0 && (b.rank == 0 || a.rank < b.rank);
        }
        return collator.compare(a.name, b.name) < 0;
    });
    endResetModel();
}

void ScorecardModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    endResetModel();
}

int ScorecardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScorecardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstIndicator + static_cast<int>(m_columns.size());
}

Qt::ItemFlags ScorecardModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant ScorecardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ScorecardRow& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == CodeRole) {
        return row.code;
    }
    if (role == GroupRole) {
        return row.groupCode;
    }
    const int column = index.column();
    if (column >= FirstIndicator) {
        return cellData(row, row.cells[static_cast<std::size_t>(column - FirstIndicator)], column, role);
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case UnitName:
            return row.name;
        case GroupName:
            return row.groupName;
        case Total:
            return row.total ? SchemeText::points(*row.total) : DisplayText::statusSymbol(Status::NotApplicable);
        case Rank:
            return row.rank > 0 ? u"%1/%2"_s.arg(QLocale().toString(row.rank), QLocale().toString(row.rankedInGroup))
                                : DisplayText::statusSymbol(Status::NotApplicable);
        }
        break;
    case SortRole:
        switch (column) {
        case UnitName:
            return row.name;
        case GroupName:
            return row.groupName;
        case Total:
            return row.total ? QVariant(*row.total) : QVariant();
        case Rank:
            return row.rank > 0 ? QVariant(static_cast<double>(row.rank)) : QVariant();
        }
        break;
    case Qt::ToolTipRole:
        if (column == UnitName) {
            return u"%1 (%2)"_s.arg(row.name, row.code);
        }
        if (column == GroupName) {
            return row.groupName;
        }
        if ((column == Total || column == Rank) && !row.total) {
            return tr("Not scored: the unit's group has no scoring scheme.");
        }
        if (column == Rank) {
            return tr("Rank %1 of %2 in %3")
                .arg(QLocale().toString(row.rank), QLocale().toString(row.rankedInGroup), row.groupName);
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Total || column == Rank) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::FontRole:
        if (column == UnitName) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    }
    return {};
}

QVariant ScorecardModel::cellData(const ScorecardRow& row, const ScorecardCell& cell, int column, int role) const
{
    const Achievement& achievement = cell.achievement;
    switch (role) {
    case Qt::DisplayRole: {
        const QString symbol = DisplayText::statusSymbol(achievement.status);
        const QString actual = DisplayText::number(achievement.actual);
        // All_of indicators and missing values have no figure: the symbol alone, never a 0.
        if (achievement.status == Status::NotApplicable || actual.isEmpty()) {
            return symbol;
        }
        return QString(actual + u' ' + symbol);
    }
    case Qt::ToolTipRole:
        return cellToolTip(row, cell, column);
    case Qt::BackgroundRole:
        return statusBackground(achievement.status);
    case Qt::ForegroundRole:
        return statusForeground(achievement.status);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case SortRole:
    case RatioRole:
        return achievement.ratio ? QVariant(*achievement.ratio) : QVariant();
    case StatusRole:
        return static_cast<int>(achievement.status);
    case HasTargetRole:
        return cell.hasTarget;
    }
    return {};
}

QString ScorecardModel::cellToolTip(const ScorecardRow& row, const ScorecardCell& cell, int column) const
{
    const ScorecardColumn& indicator = m_columns[static_cast<std::size_t>(column - FirstIndicator)];
    const Achievement& achievement = cell.achievement;
    QStringList lines;
    lines << u"%1 — %2 %3"_s.arg(row.name, indicator.code, indicator.name);
    if (achievement.status == Status::NotApplicable) {
        lines << (cell.hasTarget ? tr("Not assessed in this reporting period.")
                                 : tr("The unit has no target for this indicator."));
    } else {
        lines << tr("Target: %1").arg(orNone(DisplayText::number(achievement.target)));
        lines << tr("Target for this period: %1").arg(orNone(DisplayText::number(achievement.effectiveTarget)));
        lines
            << tr("Actual: %1").arg(achievement.actual ? DisplayText::number(achievement.actual) : tr("not reported"));
        if (achievement.baseline) {
            lines << tr("Baseline: %1").arg(DisplayText::number(achievement.baseline));
        }
        if (achievement.ratio) {
            lines << tr("Achieved: %1 of the target").arg(DisplayText::percent(achievement.ratio));
        }
    }
    lines << tr("Status: %1").arg(DisplayText::statusText(achievement.status));
    if (!indicator.unitOfMeasure.isEmpty()) {
        lines << tr("Unit of measure: %1").arg(indicator.unitOfMeasure);
    }
    return lines.join(u'\n');
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section >= FirstIndicator) {
        const ScorecardColumn& indicator = m_columns[static_cast<std::size_t>(section - FirstIndicator)];
        if (role == Qt::DisplayRole) {
            return indicator.code;
        }
        if (role == Qt::ToolTipRole) {
            // Units have targets of their own, so the column sorts by how far each met its target.
            const QString sorting = tr("Click to sort by % of target.");
            if (indicator.unitOfMeasure.isEmpty()) {
                return QString(indicator.name + u'\n' + sorting);
            }
            return QString(indicator.name + u'\n' + tr("Unit of measure: %1").arg(indicator.unitOfMeasure) + u'\n' +
                           sorting);
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case UnitName:
            return tr("Unit");
        case GroupName:
            return tr("Cluster / block");
        case Total:
            return tr("Score");
        case Rank:
            return tr("Rank");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Total:
            return tr("The unit's total on its group's scoring scheme");
        case Rank:
            return tr("The unit's rank in its cluster or block");
        }
    }
    return {};
}

} // namespace thidua::gui
