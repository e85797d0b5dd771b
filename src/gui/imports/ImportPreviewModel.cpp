#include "ImportPreviewModel.h"

#include "i18n/DisplayText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

using ChangeKind = storage::PreviewValue::Change;

// Not the dashboards' status colours: green there means "target met", and an import says nothing
// about targets. Light enough for black text, told apart in grayscale, and the word is always there.
QColor changeBackground(ChangeKind change)
{
    switch (change) {
    case ChangeKind::New:
        return {0xC6, 0xE2, 0xF5}; // light blue
    case ChangeKind::Changed:
        return {0xFB, 0xE0, 0x8C}; // amber: look twice, a stored figure will be replaced
    case ChangeKind::Unchanged:
        break;
    }
    return {};
}

QString valueText(const std::optional<double>& value)
{
    return value ? DisplayText::number(value) : ImportPreviewModel::tr("(empty)");
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setRows(std::vector<ImportPreviewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString ImportPreviewModel::changeText(ChangeKind change)
{
    switch (change) {
    case ChangeKind::New:
        return tr("new");
    case ChangeKind::Changed:
        return tr("changed");
    case ChangeKind::Unchanged:
        break;
    }
    return tr("unchanged");
}

QString ImportPreviewModel::changeCode(ChangeKind change)
{
    switch (change) {
    case ChangeKind::New:
        return u"new"_s;
    case ChangeKind::Changed:
        return u"changed"_s;
    case ChangeKind::Unchanged:
        break;
    }
    return u"unchanged"_s;
}

QString ImportPreviewModel::transition(const std::optional<double>& before, const std::optional<double>& after,
                                       ChangeKind change)
{
    if (change == ChangeKind::New) {
        return after ? DisplayText::number(after) : QString();
    }
    if (before == after) {
        return after ? DisplayText::number(after) : QString();
    }
    return valueText(before) + u" → "_s + valueText(after);
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ImportPreviewRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const ChangeKind change = row.value.change;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case ChangeRole:
        return row.problem.isEmpty() ? changeCode(change) : u"problem"_s;
    case LineRole:
        return row.value.line;
    case Qt::BackgroundRole:
        if (!row.problem.isEmpty() && index.column() == Change) {
            return QBrush(QColor(0xE8, 0x8A, 0x6C)); // the vermilion of "not met": something is wrong here
        }
        if (index.column() == Change || (index.column() == Actual && row.value.oldActual != row.value.newActual) ||
            (index.column() == Baseline && row.value.oldBaseline != row.value.newBaseline)) {
            const QColor colour = changeBackground(change);
            return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        // Unchanged values are there to be complete, not to be read: they step back.
        return change == ChangeKind::Unchanged ? QVariant(QBrush(QColor(0x55, 0x55, 0x55)))
                                               : QVariant(QBrush(QColor(0x10, 0x10, 0x10)));
    case Qt::TextAlignmentRole:
        if (index.column() == Actual || index.column() == Baseline) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::display(const ImportPreviewRow& row, int column) const
{
    const storage::PreviewValue& value = row.value;
    switch (column) {
    case Unit:
        return row.unitName;
    case Period:
        return row.periodName;
    case Indicator:
        return row.indicatorName.isEmpty() ? DisplayText::text(value.indicatorCode)
                                           : DisplayText::text(value.indicatorCode) + u" – "_s + row.indicatorName;
    case Actual:
        return transition(value.oldActual, value.newActual, value.change);
    case Baseline:
        return transition(value.oldBaseline, value.newBaseline, value.change);
    case Change:
        return row.problem.isEmpty() ? changeText(value.change) : tr("✘ problem");
    default:
        return {};
    }
}

QVariant ImportPreviewModel::toolTip(const ImportPreviewRow& row, int column) const
{
    const storage::PreviewValue& value = row.value;
    if (!row.problem.isEmpty() && column == Change) {
        return row.problem;
    }
    switch (column) {
    case Unit:
        return tr("%1 (code %2), row %3 of the file")
            .arg(row.unitName, DisplayText::text(value.unitCode))
            .arg(value.line);
    case Period:
        return DisplayText::text(value.periodCode);
    case Indicator:
        return row.indicatorName;
    case Actual:
    case Baseline:
        if (value.change == ChangeKind::New) {
            return tr("Nothing is stored yet.");
        }
        return column == Actual
                   ? tr("Stored: %1; in the file: %2").arg(valueText(value.oldActual), valueText(value.newActual))
                   : tr("Stored: %1; in the file: %2").arg(valueText(value.oldBaseline), valueText(value.newBaseline));
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Unit:
        return tr("Unit");
    case Period:
        return tr("Period");
    case Indicator:
        return tr("Indicator");
    case Actual:
        return tr("Actual (stored → file)");
    case Baseline:
        return tr("Baseline (stored → file)");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace thidua::gui
