// What each cell of the report form shows: text, alignment, colours and tooltips. Every colour
// comes with words or a symbol (computation.md: never colour alone).
#include "ReportFormModel.h"

#include "ValueValidator.h"
#include "core/NumberFormat.h"
#include "i18n/DisplayText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

const QColor kHeadingBackground(0xe3, 0xea, 0xf4);
const QColor kInvalidBackground(0xf8, 0xc4, 0xc4);
const QColor kInvalidText(0x8b, 0x00, 0x00);
const QColor kNoInputBackground(0xf0, 0xf0, 0xf0);
const QColor kGreyText(0x80, 0x80, 0x80);

QColor statusColour(Status status)
{
    switch (status) {
    case Status::Met:
        return {0xc8, 0xe6, 0xc9};
    case Status::Near:
        return {0xff, 0xe0, 0xb2};
    case Status::NotMet:
        return {0xff, 0xcd, 0xd2};
    case Status::NotApplicable:
        return kNoInputBackground;
    case Status::NoData:
        break;
    }
    return {};
}

bool isNumberColumn(int column)
{
    using M = ReportFormModel;
    return column == M::Target || column == M::EffectiveTarget || column == M::Actual || column == M::Baseline ||
           column == M::Ratio;
}

QString indent(int depth)
{
    return QString(depth * 4, u' ');
}

} // namespace

QVariant ReportFormModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const Row& row = m_rows[index.row()];
    switch (row.type) {
    case RowType::Heading:
        return headingData(row, index.column(), role);
    case RowType::Indicator:
        return itemData(m_items[row.item], index.row(), index.column(), role);
    case RowType::Member:
        return memberData(m_items[row.item], row, index.column(), role);
    }
    return {};
}

QVariant ReportFormModel::headingData(const Row& row, int column, int role) const
{
    const Heading& heading = m_data.headings[row.item];
    switch (role) {
    case Qt::DisplayRole:
        // The view spans the heading's first cell over the whole row.
        return column == Code ? QVariant(DisplayText::text(heading.name)) : QVariant();
    case CodeRole:
        return DisplayText::text(heading.code);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return QBrush(kHeadingBackground);
    default:
        return {};
    }
}

QVariant ReportFormModel::itemData(const Item& item, int row, int column, int role) const
{
    const Invalid* invalid = invalidAt(row, column);
    const bool hint = column == Baseline && !item.value.baseline && needsBaseline(item.indicator->kind) &&
                      m_data.baselineHints.contains(item.indicator->code);
    switch (role) {
    case Qt::DisplayRole:
        return invalid ? QVariant(invalid->text) : displayText(item, column);
    case Qt::EditRole:
        return invalid ? QVariant(invalid->text) : editText(item, column);
    case Qt::ToolTipRole:
        return invalid ? QVariant(invalid->reason) : toolTip(item, column);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignVCenter | (isNumberColumn(column) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::BackgroundRole:
        return background(item, row, column);
    case Qt::ForegroundRole:
        if (invalid) {
            return QBrush(kInvalidText);
        }
        return (!measured(item) || hint) ? QVariant(QBrush(kGreyText)) : QVariant();
    case Qt::FontRole:
        // The words of a status that has a colour stand out; "no data" stays plain, so a half-filled
        // form does not shout.
        if (const bool assessed = column == Status && statusColour(item.achievement.status).isValid() && measured(item);
            invalid || hint || assessed) {
            QFont font;
            font.setItalic(hint);
            font.setBold(invalid || assessed);
            return font;
        }
        return {};
    case CodeRole:
        return DisplayText::text(item.indicator->code);
    case StatusRole:
        return static_cast<int>(item.achievement.status);
    default:
        return {};
    }
}

QVariant ReportFormModel::memberData(const Item& item, const Row& row, int column, int role) const
{
    const std::string& member = item.indicator->memberCodes[row.member];
    const auto& reached = item.value.reachedMembers;
    const bool ticked = std::find(reached.begin(), reached.end(), member) != reached.end();
    const auto name = m_data.unitNames.find(member);
    const QString memberName = DisplayText::text(name == m_data.unitNames.end() ? member : name->second);
    switch (role) {
    case Qt::DisplayRole:
        if (column == Name) {
            return QString(indent(item.depth + 1) + memberName);
        }
        return column == Actual && ticked ? QVariant(tr("reached")) : QVariant();
    case Qt::CheckStateRole:
        return column == Actual ? QVariant(ticked ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        return column == Actual
                   ? QVariant(tr("Tick when %1 has reached the standard (Space ticks and unticks).").arg(memberName))
                   : QVariant();
    case Qt::ForegroundRole:
        return measured(item) ? QVariant() : QVariant(QBrush(kGreyText));
    case Qt::BackgroundRole:
        return measured(item) || column != Actual ? QVariant() : QVariant(QBrush(kNoInputBackground));
    case CodeRole:
        return DisplayText::text(item.indicator->code);
    case MemberRole:
        return DisplayText::text(member);
    default:
        return {};
    }
}

QVariant ReportFormModel::displayText(const Item& item, int column) const
{
    const Indicator& indicator = *item.indicator;
    switch (column) {
    case Code:
        return DisplayText::text(indicator.code);
    case Name:
        return QString(indent(item.depth) + DisplayText::text(indicator.name));
    case UnitOfMeasure:
        return DisplayText::text(indicator.unitOfMeasure);
    case Target:
        return takesTargetValue(indicator.kind) ? DisplayText::number(item.target) : QString();
    case EffectiveTarget:
        return DisplayText::number(item.achievement.effectiveTarget);
    case Actual:
        return indicator.kind == IndicatorKind::AllOf ? QString() : DisplayText::number(item.value.actual);
    case Baseline:
        if (!needsBaseline(indicator.kind)) {
            return {};
        }
        if (item.value.baseline) {
            return DisplayText::number(item.value.baseline);
        }
        if (const auto hint = m_data.baselineHints.find(indicator.code); hint != m_data.baselineHints.end()) {
            return tr("last year: %1").arg(DisplayText::number(hint->second));
        }
        return {};
    case Ratio:
        return DisplayText::percent(item.achievement.ratio);
    case Status:
        if (!measured(item)) {
            return QString(DisplayText::statusSymbol(Status::NotApplicable) + u' ' +
                           tr("not applicable in this period"));
        }
        return DisplayText::statusText(item.achievement.status);
    case Note:
        return DisplayText::text(item.value.note);
    default:
        return {};
    }
}

QVariant ReportFormModel::editText(const Item& item, int column) const
{
    switch (column) {
    case Target:
        // Copied cells carry plain figures, which any spreadsheet reads back whatever its language.
        return takesTargetValue(item.indicator->kind) ? ValueValidator::editText(item.target) : QString();
    case EffectiveTarget:
        return ValueValidator::editText(item.achievement.effectiveTarget);
    case Actual:
        return ValueValidator::editText(item.value.actual);
    case Baseline:
        if (!item.value.baseline && m_data.baselineHints.contains(item.indicator->code)) {
            // Opening the cell offers last year's figure: Enter takes it, typing replaces it.
            return ValueValidator::editText(m_data.baselineHints.at(item.indicator->code));
        }
        return ValueValidator::editText(item.value.baseline);
    case Note:
        return DisplayText::text(item.value.note);
    default:
        return displayText(item, column);
    }
}

QVariant ReportFormModel::toolTip(const Item& item, int column) const
{
    const Indicator& indicator = *item.indicator;
    switch (column) {
    case Code:
    case Name:
        return QString(DisplayText::text(indicator.name) + u'\n' + DisplayText::kind(indicator.kind) + u" · "_s +
                       DisplayText::basis(indicator.basis));
    case Baseline:
        if (const auto hint = m_data.baselineHints.find(indicator.code);
            hint != m_data.baselineHints.end() && !item.value.baseline && needsBaseline(indicator.kind)) {
            return tr("Last year's figure: %1. Type it, or the correct figure, to use it as the baseline.")
                .arg(DisplayText::number(hint->second));
        }
        return {};
    case Status:
        return measured(item) ? DisplayText::kind(indicator.kind) : DisplayText::basis(indicator.basis);
    case Note:
        return DisplayText::text(item.value.note);
    default:
        return {};
    }
}

QVariant ReportFormModel::background(const Item& item, int row, int column) const
{
    if (invalidAt(row, column)) {
        return QBrush(kInvalidBackground);
    }
    if (column == Status) {
        const QColor colour = statusColour(measured(item) ? item.achievement.status : Status::NotApplicable);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    if (!measured(item)) {
        return QBrush(kNoInputBackground);
    }
    // Cells where nothing is typed, whatever the lock: the official sees at once where figures go.
    const IndicatorKind kind = item.indicator->kind;
    const bool noInput = (column == Actual && (kind == IndicatorKind::AllOf || kind == IndicatorKind::NamedSet)) ||
                         (column == Baseline && !needsBaseline(kind));
    return noInput ? QVariant(QBrush(kNoInputBackground)) : QVariant();
}

QVariant ReportFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Code:
            return tr("Code");
        case Name:
            return tr("Indicator");
        case UnitOfMeasure:
            return tr("Unit");
        case Target:
            return tr("Target");
        case EffectiveTarget:
            // Two lines, so the figures below keep the column narrow and the names get the room.
            return tr("Target\nthis period");
        case Actual:
            return tr("Actual");
        case Baseline:
            return tr("Baseline");
        case Ratio:
            return tr("Ratio");
        case Status:
            return tr("Status");
        case Note:
            return tr("Note");
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Target:
            return tr("The target assigned to the unit for the year");
        case EffectiveTarget:
            return tr("The target this report is measured against: at six months, a year-to-date indicator "
                      "expects its mid-year share of the year's target");
        case Baseline:
            return tr("The figure the actual is compared with: last year's level or the same period last year");
        default:
            break;
        }
    }
    return {};
}

} // namespace thidua::gui
