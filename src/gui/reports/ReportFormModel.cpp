#include "ReportFormModel.h"

#include "ValueValidator.h"

#include <algorithm>

namespace thidua::gui {
namespace {

bool sameValue(const storage::ReportValue& a, const storage::ReportValue& b)
{
    return a.actual == b.actual && a.baseline == b.baseline && a.note == b.note && a.reachedMembers == b.reachedMembers;
}

// How deep an indicator sits under its parents: display grouping only (computation.md), shown as an
// indent. A cycle in bad data stops at the plan's size.
int depthOf(const Indicator& indicator, const std::vector<Indicator>& plan)
{
    int depth = 0;
    std::string parent = indicator.parentCode;
    while (!parent.empty() && depth < static_cast<int>(plan.size())) {
        const auto found =
            std::find_if(plan.begin(), plan.end(), [&](const Indicator& other) { return other.code == parent; });
        if (found == plan.end()) {
            break;
        }
        ++depth;
        parent = found->parentCode;
    }
    return depth;
}

} // namespace

ReportFormModel::ReportFormModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReportFormModel::setForm(ReportFormData data)
{
    beginResetModel();
    m_data = std::move(data);
    m_invalid.clear();
    buildRows();
    reassess();
    endResetModel();
}

void ReportFormModel::clear()
{
    setForm({});
}

void ReportFormModel::setEditable(bool editable, const QString& reason)
{
    m_editable = editable;
    m_lockReason = editable ? QString() : reason;
    if (!m_rows.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void ReportFormModel::buildRows()
{
    m_items.clear();
    m_rows.clear();
    // An indicator whose heading is not in the plan's list would otherwise vanish from the form.
    const auto known = [&](const std::string& code) {
        return std::any_of(m_data.headings.begin(), m_data.headings.end(),
                           [&](const Heading& heading) { return heading.code == code; });
    };
    if (std::any_of(m_data.indicators.begin(), m_data.indicators.end(),
                    [&](const Indicator& i) { return m_data.targets.contains(i.code) && !known(i.headingCode); })) {
        m_data.headings.push_back({{}, tr("Other indicators").toStdString()});
    }
    for (int h = 0; h < static_cast<int>(m_data.headings.size()); ++h) {
        const std::string& heading = m_data.headings[h].code;
        bool headed = false;
        for (const Indicator& indicator : m_data.indicators) {
            const auto target = m_data.targets.find(indicator.code);
            const bool under = heading.empty() ? !known(indicator.headingCode) : indicator.headingCode == heading;
            if (target == m_data.targets.end() || !under) {
                continue;
            }
            if (!headed) {
                m_rows.push_back({RowType::Heading, h, -1});
                headed = true;
            }
            Item item;
            item.indicator = &indicator;
            item.target = target->second;
            item.depth = depthOf(indicator, m_data.indicators);
            item.row = static_cast<int>(m_rows.size());
            item.value = {m_data.unitCode, m_data.periodCode, indicator.code, {}, {}, {}, {}};
            for (const storage::ReportValue& stored : m_data.values) {
                if (stored.indicatorCode == indicator.code) {
                    item.value = stored;
                }
            }
            const int itemIndex = static_cast<int>(m_items.size());
            m_items.push_back(std::move(item));
            m_rows.push_back({RowType::Indicator, itemIndex, -1});
            if (indicator.kind == IndicatorKind::NamedSet) {
                for (int m = 0; m < static_cast<int>(indicator.memberCodes.size()); ++m) {
                    m_rows.push_back({RowType::Member, itemIndex, m});
                }
            }
        }
    }
}

// The computation core assesses the whole unit: all_of indicators follow from their children, and
// re-scoring one unit takes well under a millisecond (computation.md, "Scale").
void ReportFormModel::reassess()
{
    MeasurementMap measurements;
    for (const Item& item : m_items) {
        measurements[item.indicator->code] = {item.value.actual, item.value.baseline};
    }
    const std::vector<Achievement> results = assessUnit(m_data.indicators, m_data.targets, measurements, m_data.period);
    for (Item& item : m_items) {
        for (const Achievement& result : results) {
            if (result.indicatorCode == item.indicator->code) {
                item.achievement = result;
                break;
            }
        }
    }
}

bool ReportFormModel::measured(const Item& item) const
{
    // computation.md: a year_end indicator is not measured in the six-month report.
    return !(item.indicator->basis == PeriodBasis::YearEnd && m_data.period == PeriodKind::HalfYear);
}

int ReportFormModel::itemOf(const std::string& indicatorCode) const
{
    for (int i = 0; i < static_cast<int>(m_items.size()); ++i) {
        if (m_items[i].indicator->code == indicatorCode) {
            return i;
        }
    }
    return -1;
}

const ReportFormModel::Invalid* ReportFormModel::invalidAt(int row, int column) const
{
    const auto found = m_invalid.find({row, column});
    return found == m_invalid.end() ? nullptr : &found->second;
}

bool ReportFormModel::isHeading(int row) const
{
    return row >= 0 && row < rowCount() && m_rows[row].type == RowType::Heading;
}

bool ReportFormModel::isIndicator(int row) const
{
    return row >= 0 && row < rowCount() && m_rows[row].type == RowType::Indicator;
}

bool ReportFormModel::isMember(int row) const
{
    return row >= 0 && row < rowCount() && m_rows[row].type == RowType::Member;
}

std::string ReportFormModel::indicatorCode(int row) const
{
    return isIndicator(row) || isMember(row) ? m_items[m_rows[row].item].indicator->code : std::string();
}

int ReportFormModel::missingCount() const
{
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(), [](const Item& item) {
        return item.indicator->kind != IndicatorKind::AllOf && item.achievement.status == Status::NoData;
    }));
}

bool ReportFormModel::acceptsInput(const QModelIndex& index) const
{
    if (!m_editable || !index.isValid() || isHeading(index.row())) {
        return false;
    }
    const Row& row = m_rows[index.row()];
    const Item& item = m_items[row.item];
    if (!measured(item)) {
        return false;
    }
    if (row.type == RowType::Member) {
        return index.column() == Actual;
    }
    switch (index.column()) {
    case Actual:
        return item.indicator->kind != IndicatorKind::AllOf && item.indicator->kind != IndicatorKind::NamedSet;
    case Baseline:
        return needsBaseline(item.indicator->kind);
    case Note:
        return true;
    default:
        return false;
    }
}

QString ReportFormModel::readOnlyReason(const QModelIndex& index) const
{
    if (!index.isValid() || isHeading(index.row()) || acceptsInput(index)) {
        return {};
    }
    if (!m_editable) {
        return m_lockReason;
    }
    const Row& row = m_rows[index.row()];
    const Item& item = m_items[row.item];
    const QString code = QString::fromStdString(item.indicator->code);
    if (!measured(item)) {
        return tr("%1 is assessed at year end only: it takes no figure in the six-month report.").arg(code);
    }
    switch (index.column()) {
    case Actual:
        if (item.indicator->kind == IndicatorKind::AllOf) {
            return tr("The status of %1 follows from its sub-indicators: enter their figures.").arg(code);
        }
        return tr("The figure of %1 is the number of members ticked below it.").arg(code);
    case Baseline:
        return tr("%1 is not compared with a baseline.").arg(code);
    case Target:
    case EffectiveTarget:
        return tr("Targets are assigned in the targets grid, not in the report.");
    case Ratio:
    case Status:
        return tr("The ratio and the status are computed from the figures.");
    default:
        return {};
    }
}

QString ReportFormModel::cellError(const QModelIndex& index) const
{
    const Invalid* invalid = index.isValid() ? invalidAt(index.row(), index.column()) : nullptr;
    return invalid ? invalid->reason : QString();
}

std::optional<ValueChange> ReportFormModel::prepareChange(int row, const std::vector<std::pair<int, QString>>& cells)
{
    if (!isIndicator(row)) {
        return std::nullopt;
    }
    const Item& item = m_items[m_rows[row].item];
    ValueChange change{item.value, item.value, {}};
    for (const auto& [column, text] : cells) {
        if (!acceptsInput(index(row, column))) {
            continue;
        }
        if (column == Note) {
            change.after.note = text.trimmed().toStdString();
        } else {
            const CheckedNumber checked = column == Actual ? ValueValidator::actual(*item.indicator, text)
                                                           : ValueValidator::baseline(*item.indicator, text);
            if (!checked.ok()) {
                m_invalid[{row, column}] = {text, checked.error};
                emit dataChanged(index(row, column), index(row, column));
                continue;
            }
            (column == Actual ? change.after.actual : change.after.baseline) = checked.value;
        }
        change.typed[column] = text;
        // Typed back to what is stored: the mark goes now, as nothing will be written for it.
        const bool unchanged = column == Note     ? change.after.note == item.value.note
                               : column == Actual ? change.after.actual == item.value.actual
                                                  : change.after.baseline == item.value.baseline;
        if (unchanged && m_invalid.erase({row, column}) > 0) {
            emit dataChanged(index(row, column), index(row, column));
        }
    }
    if (sameValue(change.before, change.after)) {
        return std::nullopt;
    }
    return change;
}

std::optional<ValueChange> ReportFormModel::prepareMemberTick(int row, bool ticked)
{
    if (!isMember(row) || !acceptsInput(index(row, Actual))) {
        return std::nullopt;
    }
    const Item& item = m_items[m_rows[row].item];
    const std::string& member = item.indicator->memberCodes[m_rows[row].member];
    ValueChange change{item.value, item.value, {}};
    std::vector<std::string>& reached = change.after.reachedMembers;
    const bool was = std::find(reached.begin(), reached.end(), member) != reached.end();
    if (was == ticked) {
        return std::nullopt;
    }
    if (ticked) {
        reached.push_back(member);
    } else {
        std::erase(reached, member);
    }
    // Kept in the order the indicator names its members, as storage reads them back.
    const auto& order = item.indicator->memberCodes;
    std::stable_sort(reached.begin(), reached.end(), [&](const std::string& a, const std::string& b) {
        return std::find(order.begin(), order.end(), a) < std::find(order.begin(), order.end(), b);
    });
    // computation.md: the actual of a named set counts the members that reached the standard.
    change.after.actual = static_cast<double>(reached.size());
    change.typed[Actual] = QString::number(change.after.actual.value_or(0));
    return change;
}

void ReportFormModel::applyValue(const storage::ReportValue& value, const std::vector<int>& columns)
{
    const int i = itemOf(value.indicatorCode);
    if (i < 0 || value.unitCode != m_data.unitCode || value.periodCode != m_data.periodCode) {
        return;
    }
    m_items[i].value = value;
    for (const int column : columns) {
        m_invalid.erase({m_items[i].row, column});
    }
    reassess();
    // A value can change its all_of parent's status anywhere above it: the whole (small) form is redrawn.
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ReportFormModel::markInvalid(const std::string& indicatorCode, int column, const QString& text,
                                  const QString& reason)
{
    const int i = itemOf(indicatorCode);
    if (i < 0) {
        return;
    }
    const int row = m_items[i].row;
    m_invalid[{row, column}] = {text, reason};
    emit dataChanged(index(row, column), index(row, column));
}

int ReportFormModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReportFormModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ReportFormModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (acceptsInput(index)) {
        flags |= isMember(index.row()) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    }
    return flags;
}

bool ReportFormModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!acceptsInput(index)) {
        return false;
    }
    std::optional<ValueChange> change;
    if (isMember(index.row())) {
        if (role != Qt::CheckStateRole) {
            return false;
        }
        change = prepareMemberTick(index.row(), static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked);
    } else {
        if (role != Qt::EditRole) {
            return false;
        }
        change = prepareChange(index.row(), {{index.column(), value.toString()}});
    }
    if (change) {
        emit changeRequested(*change);
    } else if (!cellError(index).isEmpty()) {
        emit editRefused(index);
    }
    return true;
}

} // namespace thidua::gui
