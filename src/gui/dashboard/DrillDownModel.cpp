#include "DrillDownModel.h"

#include "StatusStyle.h"
#include "i18n/DisplayText.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QString targetText(const Achievement& achievement)
{
    if (achievement.target && achievement.effectiveTarget && *achievement.effectiveTarget != *achievement.target) {
        return DrillDownModel::tr("%1 (year: %2)")
            .arg(DisplayText::number(achievement.effectiveTarget), DisplayText::number(achievement.target));
    }
    return DisplayText::number(achievement.target);
}

// No data is never an empty cell or a zero: the reader must see that a figure is owed.
QString orOwed(const QString& text, Status status)
{
    return text.isEmpty() && status == Status::NoData ? u"?"_s : text;
}

} // namespace

DrillDownModel::DrillDownModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DrillDownModel::setIndicator(std::shared_ptr<const DashboardData> data, const std::string& indicatorCode)
{
    beginResetModel();
    m_data = std::move(data);
    m_code = indicatorCode;
    m_line = nullptr;
    m_rows.clear();
    if (m_data) {
        const std::vector<Indicator>& plan = m_data->campaign.indicators;
        for (std::size_t i = 0; i < plan.size() && i < m_data->district.size(); ++i) {
            m_line = plan[i].code == indicatorCode ? &m_data->district[i] : m_line;
        }
    }
    if (m_line) {
        for (const Unit& unit : m_data->campaign.units) {
            if (unit.archived || (unit.kind != UnitKind::Commune && unit.kind != UnitKind::Town)) {
                continue;
            }
            std::optional<double> reported;
            if (const auto values = m_data->campaign.values.find(unit.code); values != m_data->campaign.values.end()) {
                if (const auto value = values->second.find(indicatorCode); value != values->second.end()) {
                    reported = value->second.actual;
                }
            }
            const auto targets = m_data->campaign.targets.find(unit.code);
            const bool hasTarget = targets != m_data->campaign.targets.end() && targets->second.contains(indicatorCode);
            // A commune without a target that reported anyway counts in the district's sum, so it
            // is listed too; one with neither has nothing to show.
            if (!hasTarget && !reported) {
                continue;
            }
            Row row{RowKind::Unit, &unit, {}};
            if (const Achievement* found = m_data->achievement(unit.code, indicatorCode)) {
                row.achievement = *found;
            } else {
                row.achievement.indicatorCode = indicatorCode;
            }
            if (!row.achievement.actual) {
                row.achievement.actual = reported;
            }
            m_rows.push_back(std::move(row));
        }
        if (m_line->additive) {
            m_rows.push_back({RowKind::Sum, nullptr, {}});
            m_rows.push_back({RowKind::District, nullptr, m_line->district});
            m_rows.push_back({RowKind::Gap, nullptr, {}});
        }
    }
    endResetModel();
}

void DrillDownModel::clear()
{
    setIndicator(nullptr, {});
}

std::optional<double> DrillDownModel::gap() const
{
    if (!m_line || !m_line->additive || !m_line->communeSum || !m_line->district.actual) {
        return std::nullopt;
    }
    return *m_line->district.actual - *m_line->communeSum;
}

QString DrillDownModel::title() const
{
    const Indicator* indicator = m_line ? m_data->indicator(m_code) : nullptr;
    if (!indicator) {
        return {};
    }
    QString title = DisplayText::text(indicator->code) + u" \u2013 "_s + DisplayText::text(indicator->name);
    if (!indicator->unitOfMeasure.empty()) {
        title += u" ("_s + DisplayText::text(indicator->unitOfMeasure) + u')';
    }
    return title;
}

QString DrillDownModel::summary() const
{
    if (!m_line) {
        return {};
    }
    const QString reported =
        tr("%1 of %2 communes and the town reported.").arg(m_line->communesReporting).arg(m_line->communesExpected);
    if (!m_line->additive) {
        return reported + u' ' + tr("The communes' figures of this indicator do not add up to the district's.");
    }
    const QString none = u"\u2013"_s;
    const std::optional<double> difference = gap();
    return reported + u' ' +
           tr("Sum over the communes and the town: %1; the district's own figure: %2; gap: %3.")
               .arg(m_line->communeSum ? DisplayText::number(m_line->communeSum) : none,
                    m_line->district.actual ? DisplayText::number(m_line->district.actual) : u"?"_s,
                    difference ? DisplayText::number(difference) : none);
}

int DrillDownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DrillDownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool isUnit = row.kind == RowKind::Unit;
    const bool coloured = isUnit || row.kind == RowKind::District;
    switch (role) {
    case Qt::DisplayRole:
        return isUnit ? display(row, index.column()) : closingDisplay(row, index.column());
    case Qt::ToolTipRole:
        if (isUnit && index.column() == UnitColumn) {
            return tr("%1 (code %2)").arg(DisplayText::text(row.unit->name), DisplayText::text(row.unit->code));
        }
        if (row.kind == RowKind::Sum && m_line) {
            return tr("%1 of %2 communes and the town with a target reported a figure.")
                .arg(m_line->communesReporting)
                .arg(m_line->communesExpected);
        }
        return {};
    case CodeRole:
        return isUnit ? DisplayText::text(row.unit->code) : QString();
    case RowKindRole:
        return static_cast<int>(row.kind);
    case StatusRole:
        return isUnit ? QVariant(static_cast<int>(row.achievement.status)) : QVariant();
    case Qt::BackgroundRole:
        return coloured ? statusBackground(row.achievement.status) : QVariant();
    case Qt::ForegroundRole:
        return coloured ? statusForeground(row.achievement.status) : QVariant();
    case Qt::FontRole:
        if (!isUnit) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TargetColumn || index.column() == ActualColumn || index.column() == PercentColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant DrillDownModel::display(const Row& row, int column) const
{
    const Achievement& a = row.achievement;
    switch (column) {
    case UnitColumn:
        return DisplayText::text(row.unit->name);
    case TargetColumn:
        return targetText(a);
    case ActualColumn:
        return orOwed(DisplayText::number(a.actual), a.status);
    case PercentColumn:
        return orOwed(DisplayText::percent(a.ratio), a.status);
    case StatusColumn:
        return DisplayText::statusText(a.status);
    default:
        return {};
    }
}

QVariant DrillDownModel::closingDisplay(const Row& row, int column) const
{
    switch (row.kind) {
    case RowKind::Sum:
        if (column == UnitColumn) {
            return tr("Sum over the communes and the town");
        }
        if (column == ActualColumn && m_line) {
            return m_line->communeSum ? DisplayText::number(m_line->communeSum) : u"\u2013"_s;
        }
        return {};
    case RowKind::District:
        if (column == UnitColumn) {
            return tr("The district's own figure");
        }
        return display(row, column);
    case RowKind::Gap:
        if (column == UnitColumn) {
            return tr("Gap (district \u2212 communes)");
        }
        if (column == ActualColumn) {
            const std::optional<double> difference = gap();
            return difference ? DisplayText::number(difference) : u"\u2013"_s;
        }
        return {};
    case RowKind::Unit:
        break;
    }
    return {};
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case UnitColumn:
        return tr("Commune / town");
    case TargetColumn:
        return tr("Target");
    case ActualColumn:
        return tr("Actual");
    case PercentColumn:
        return tr("% of target");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace thidua::gui
