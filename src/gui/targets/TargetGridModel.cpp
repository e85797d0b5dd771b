#include "TargetGridModel.h"

#include "TargetCellInput.h"
#include "i18n/DisplayText.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/TargetRepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// Soft colours that keep black text readable; the marks (⚠, bold, the heading) say the same without
// colour.
const QColor kRefusedBackground(255, 214, 214);
const QColor kRefusedText(150, 0, 0);
const QColor kDistrictBackground(255, 246, 214);
const QColor kHeadingBackground(226, 230, 236);

QFont boldFont()
{
    QFont font;
    font.setBold(true);
    return font;
}

QString withUnitOfMeasure(const QString& figure, const Indicator& indicator)
{
    return indicator.unitOfMeasure.empty() ? figure
                                           : u"%1 %2"_s.arg(figure, DisplayText::text(indicator.unitOfMeasure));
}

} // namespace

TargetGridModel::TargetGridModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool TargetGridModel::isEditable() const
{
    return m_database && !m_database->isReadOnly() && m_year != 0;
}

void TargetGridModel::load(storage::Database* database, int year)
{
    beginResetModel();
    m_database = database;
    m_year = database ? year : 0;
    m_indicators.clear();
    m_rows.clear();
    m_targets.clear();
    m_kept.clear();
    if (m_database && m_year != 0) {
        const storage::PlanRepository plan(*m_database);
        m_indicators = plan.indicators();
        const std::vector<Unit> units = plan.units();
        for (const Unit& unit : units) {
            if (unit.code == kDistrictUnitCode) {
                m_rows.push_back({RowKind::District, unit, {}});
            }
        }
        // Archived units take part no more; their old targets stay in the database.
        const auto addMembers = [&](const Group& heading, const std::string& groupCode) {
            std::vector<Row> members;
            for (const Unit& unit : units) {
                if (unit.groupCode == groupCode && !unit.archived && unit.code != kDistrictUnitCode) {
                    members.push_back({RowKind::Member, unit, {}});
                }
            }
            if (!members.empty()) {
                m_rows.push_back({RowKind::Heading, {}, heading});
                m_rows.insert(m_rows.end(), members.begin(), members.end());
            }
        };
        for (const Group& group : plan.groups()) {
            addMembers(group, group.code);
        }
        Group none;
        none.name = tr("Units in no cluster or block").toStdString();
        addMembers(none, {});
        readTargets();
    }
    endResetModel();
}

void TargetGridModel::readTargets()
{
    m_targets.clear();
    for (const Target& target : storage::PlanRepository(*m_database).targets(m_year)) {
        m_targets[{target.unitCode, target.indicatorCode}] = target.value;
    }
}

bool TargetGridModel::isUnitRow(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && m_rows[row].kind != RowKind::Heading;
}

bool TargetGridModel::isGroupMemberRow(int row) const
{
    return isUnitRow(row) && m_rows[row].kind == RowKind::Member && !m_rows[row].unit.groupCode.empty();
}

int TargetGridModel::rowOfUnit(const QString& code) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (isUnitRow(row) && DisplayText::text(m_rows[row].unit.code) == code) {
            return row;
        }
    }
    return -1;
}

int TargetGridModel::columnOfIndicator(const QString& code) const
{
    for (int column = 0; column < int(m_indicators.size()); ++column) {
        if (DisplayText::text(m_indicators[column].code) == code) {
            return column;
        }
    }
    return -1;
}

QString TargetGridModel::unitName(int row) const
{
    return DisplayText::text(m_rows.at(row).unit.name);
}

std::optional<std::optional<double>> TargetGridModel::target(const std::string& unit,
                                                             const std::string& indicator) const
{
    using Assigned = std::optional<std::optional<double>>;
    const auto found = m_targets.find({unit, indicator});
    return found == m_targets.end() ? Assigned() : Assigned(std::in_place, found->second);
}

int TargetGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size());
}

QVariant TargetGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[index.row()];
    if (row.kind == RowKind::Heading) {
        return role == Qt::BackgroundRole ? QVariant(QBrush(kHeadingBackground)) : QVariant();
    }
    return cellData(row, m_indicators[index.column()], index, role);
}

QVariant TargetGridModel::cellData(const Row& row, const Indicator& indicator, const QModelIndex& index, int role) const
{
    const auto kept = m_kept.find({index.row(), index.column()});
    const bool refused = kept != m_kept.end();
    const auto assigned = target(row.unit.code, indicator.code);
    const bool checkable = !takesTargetValue(indicator.kind);
    switch (role) {
    case Qt::DisplayRole:
        if (refused) {
            return QString(u"⚠ "_s + kept->second.text);
        }
        if (!assigned) {
            return {};
        }
        if (checkable) {
            return TargetCellInput::appliesText();
        }
        return *assigned ? DisplayText::number(*assigned) : tr("no value");
    case Qt::EditRole:
        if (refused) {
            return kept->second.text;
        }
        if (!assigned || (!checkable && !*assigned)) {
            return QString();
        }
        return checkable ? TargetCellInput::appliesText() : TargetCellInput::editText(**assigned);
    case Qt::CheckStateRole:
        return checkable ? QVariant(assigned ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::TextAlignmentRole:
        return checkable ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (refused) {
            return QBrush(kRefusedBackground);
        }
        return row.kind == RowKind::District ? QVariant(QBrush(kDistrictBackground)) : QVariant();
    case Qt::ForegroundRole:
        return refused ? QVariant(QBrush(kRefusedText)) : QVariant();
    case Qt::FontRole:
        return row.kind == RowKind::District ? QVariant(boldFont()) : QVariant();
    case Qt::ToolTipRole:
        return refused ? kept->second.problem : describe(row, indicator).join(u'\n');
    case ProblemRole:
        return refused ? kept->second.problem : QString();
    case UnitCodeRole:
        return DisplayText::text(row.unit.code);
    case IndicatorCodeRole:
        return DisplayText::text(indicator.code);
    default:
        return {};
    }
}

// The district's figure beside the indicator, so that a unit's target is set against it.
QString TargetGridModel::districtTarget(const Indicator& indicator) const
{
    const auto district = target(kDistrictUnitCode, indicator.code);
    if (!district) {
        return tr("none");
    }
    return takesTargetValue(indicator.kind) && *district ? withUnitOfMeasure(DisplayText::number(*district), indicator)
                                                         : TargetCellInput::appliesText();
}

QStringList TargetGridModel::describe(const Row& row, const Indicator& indicator) const
{
    QStringList lines{u"%1 — %2 %3"_s.arg(DisplayText::text(row.unit.name), DisplayText::text(indicator.code),
                                          DisplayText::text(indicator.name))};
    const auto assigned = target(row.unit.code, indicator.code);
    if (!assigned) {
        lines << tr("Not assigned to the unit");
    } else if (!takesTargetValue(indicator.kind)) {
        lines << tr("Applies to the unit");
    } else if (!*assigned) {
        // A file imported without a target column assigns indicators without figures.
        lines << tr("Assigned without a target value: not measured until one is entered");
    } else {
        lines << tr("Target: %1").arg(withUnitOfMeasure(DisplayText::number(*assigned), indicator));
    }
    if (row.kind != RowKind::District) {
        lines << tr("District target: %1").arg(districtTarget(indicator));
    }
    return lines;
}

QString TargetGridModel::cellSummary(const QModelIndex& index) const
{
    if (!index.isValid() || !isUnitRow(index.row())) {
        return {};
    }
    return describe(m_rows[index.row()], m_indicators[index.column()]).join(u" · "_s);
}

QVariant TargetGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        return section >= 0 && section < int(m_indicators.size()) ? indicatorHeader(m_indicators[section], role)
                                                                  : QVariant();
    }
    return section >= 0 && section < int(m_rows.size()) ? unitHeader(m_rows[section], role) : QVariant();
}

QVariant TargetGridModel::indicatorHeader(const Indicator& indicator, int role) const
{
    const QString code = DisplayText::text(indicator.code);
    switch (role) {
    case Qt::DisplayRole:
        return indicator.unitOfMeasure.empty() ? code
                                               : u"%1\n%2"_s.arg(code, DisplayText::text(indicator.unitOfMeasure));
    case Qt::ToolTipRole:
        return tr("<b>%1</b> %2<br>Kind: %3<br>District target: %4")
            .arg(code, DisplayText::text(indicator.name).toHtmlEscaped(), DisplayText::kind(indicator.kind),
                 districtTarget(indicator).toHtmlEscaped());
    case IndicatorCodeRole:
        return code;
    default:
        return {};
    }
}

QVariant TargetGridModel::unitHeader(const Row& row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (row.kind) {
        case RowKind::District:
            return tr("Whole district (plan targets)");
        case RowKind::Heading:
            return DisplayText::text(row.group.name);
        case RowKind::Member:
            // Indented under its group's heading, as in the printed tables.
            return QString(u"    "_s + DisplayText::text(row.unit.name));
        }
        return {};
    case Qt::ToolTipRole:
        if (row.kind == RowKind::Heading) {
            return DisplayText::text(row.group.name);
        }
        return tr("%1 (code %2)").arg(DisplayText::text(row.unit.name), DisplayText::text(row.unit.code));
    case Qt::FontRole:
        return row.kind == RowKind::Member ? QVariant() : QVariant(boldFont());
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case UnitCodeRole:
        return row.kind == RowKind::Heading ? QString() : DisplayText::text(row.unit.code);
    default:
        return {};
    }
}

Qt::ItemFlags TargetGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !isUnitRow(index.row())) {
        // Heading rows are neither selected nor stepped on by the keyboard.
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable()) {
        flags |= Qt::ItemIsEditable;
        if (!takesTargetValue(m_indicators[index.column()].kind)) {
            flags |= Qt::ItemIsUserCheckable;
        }
    }
    return flags;
}

bool TargetGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!(flags(index) & Qt::ItemIsEditable) || (role != Qt::EditRole && role != Qt::CheckStateRole)) {
        return false;
    }
    const Row& row = m_rows[index.row()];
    const Indicator& indicator = m_indicators[index.column()];
    TargetCellValue cell;
    QString text;
    if (role == Qt::CheckStateRole) {
        cell.applies = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else {
        text = value.toString();
        cell = TargetCellInput::read(text, indicator, unitName(index.row()));
        if (!cell.problem.isEmpty()) {
            keep(index, text, cell.problem);
            return true;
        }
    }
    const auto assigned = target(row.unit.code, indicator.code);
    const bool unchanged = cell.applies == assigned.has_value() &&
                           (!cell.applies || !takesTargetValue(indicator.kind) || *assigned == cell.value);
    if (unchanged) {
        if (m_kept.erase({index.row(), index.column()}) > 0) {
            emit dataChanged(index, index);
        }
        return true;
    }
    const storage::TargetChange change{row.unit.code, indicator.code, m_year, cell.applies, cell.value};
    if (const QString refusal = store({change}, {{index.row(), index.column()}}); !refusal.isEmpty()) {
        keep(index, text.isEmpty() ? data(index, Qt::EditRole).toString() : text, refusal);
        return true;
    }
    emit message(savedMessage(change, unitName(index.row())), false);
    return true;
}

void TargetGridModel::keep(const QModelIndex& index, const QString& text, const QString& problem)
{
    m_kept[{index.row(), index.column()}] = {text, problem};
    emit dataChanged(index, index);
    emit message(problem, true);
}

QString TargetGridModel::savedMessage(const storage::TargetChange& change, const QString& unitName) const
{
    const QString code = DisplayText::text(change.indicatorCode);
    if (!change.applies) {
        return tr("Saved: %1 is no longer assigned to %2.").arg(code, unitName);
    }
    if (!change.value) {
        return tr("Saved: %1 applies to %2.").arg(code, unitName);
    }
    return tr("Saved: the target of %1 for %2 is %3.").arg(unitName, code, DisplayText::number(change.value));
}

} // namespace thidua::gui
