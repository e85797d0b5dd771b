#include "CriteriaModel.h"

#include "SchemeText.h"

#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

} // namespace

CriteriaModel::CriteriaModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CriteriaModel::setScheme(std::optional<Scheme> scheme, std::vector<thidua::Indicator> indicators, bool editable)
{
    beginResetModel();
    m_scheme = std::move(scheme);
    m_indicators = std::move(indicators);
    m_editable = editable;
    m_problems.clear();
    endResetModel();
    emit problemChanged({});
}

int CriteriaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_scheme ? 0 : static_cast<int>(m_scheme->criteria.size());
}

int CriteriaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const thidua::Indicator* CriteriaModel::findIndicator(const std::string& code) const
{
    const auto found = std::find_if(m_indicators.begin(), m_indicators.end(),
                                    [&](const thidua::Indicator& indicator) { return indicator.code == code; });
    return found == m_indicators.end() ? nullptr : &*found;
}

bool CriteriaModel::applies(const Criterion& criterion, int column) const
{
    const bool linked = !criterion.indicatorCode.empty();
    switch (column) {
    case Method:
        return linked;
    case BonusRate:
    case ExcessCap:
        return linked && criterion.method == ScoringMethod::Proportional;
    case Bands:
        return linked && criterion.method == ScoringMethod::Banded;
    default:
        return true;
    }
}

QVariant CriteriaModel::display(const Criterion& criterion, int column) const
{
    if (!applies(criterion, column)) {
        return QString();
    }
    switch (column) {
    case Code:
        return text(criterion.code);
    case Heading:
        return text(criterion.heading);
    case Name:
        return text(criterion.name);
    case MaxPoints:
        return SchemeText::number(criterion.maxPoints);
    case Indicator:
        if (criterion.indicatorCode.empty()) {
            return tr("Manual scoring");
        }
        if (const thidua::Indicator* indicator = findIndicator(criterion.indicatorCode)) {
            return u"%1 – %2"_s.arg(text(indicator->code), text(indicator->name));
        }
        return text(criterion.indicatorCode);
    case Method:
        return SchemeText::method(criterion.method);
    case BonusRate:
        return SchemeText::percent(criterion.bonusRate);
    case ExcessCap:
        return SchemeText::percent(criterion.excessCap);
    case Bands:
        return criterion.bands.empty() ? tr("none: scores 0") : SchemeText::bands(criterion.bands);
    default:
        return QString();
    }
}

QVariant CriteriaModel::editText(const Criterion& criterion, int column) const
{
    switch (column) {
    case Indicator:
        return text(criterion.indicatorCode);
    case Method:
        return QString::fromUtf8(toCode(criterion.method));
    case Bands:
        return SchemeText::bands(criterion.bands);
    case MaxPoints:
        return SchemeText::editNumber(criterion.maxPoints);
    default:
        return display(criterion, column);
    }
}

QVariant CriteriaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_scheme || index.row() >= rowCount()) {
        return {};
    }
    const Criterion& criterion = m_scheme->criteria[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const auto problem = m_problems.find({index.row(), column});
    const bool refused = problem != m_problems.end();
    switch (role) {
    case Qt::DisplayRole:
        return refused ? problem->second.text : display(criterion, column);
    case Qt::EditRole:
        return refused ? problem->second.text : editText(criterion, column);
    case Qt::CheckStateRole:
        return column == Veto ? QVariant(criterion.veto ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        if (refused) {
            return problem->second.message;
        }
        if (column == Name || column == Heading) {
            return display(criterion, column);
        }
        if (column == Indicator && !criterion.indicatorCode.empty()) {
            return display(criterion, column);
        }
        return {};
    case Qt::BackgroundRole:
        return refused ? QVariant(QColor(255, 214, 214)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == MaxPoints || column == BonusRate || column == ExcessCap) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case CodeRole:
        return text(criterion.code);
    case ProblemRole:
        return refused ? problem->second.message : QString();
    default:
        return {};
    }
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (isEditable() && index.row() < rowCount() &&
        applies(m_scheme->criteria[static_cast<std::size_t>(index.row())], index.column())) {
        flags |= index.column() == Veto ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    }
    return flags;
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Code:
            return tr("Code");
        case Heading:
            return tr("Heading");
        case Name:
            return tr("Criterion");
        case MaxPoints:
            return tr("Maximum");
        case Indicator:
            return tr("Scored from");
        case Method:
            return tr("Method");
        case BonusRate:
            return tr("Bonus on excess");
        case ExcessCap:
            return tr("Excess up to");
        case Bands:
            return tr("Bands");
        case Veto:
            return tr("Veto");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MaxPoints:
            return tr("The criterion's maximum points M, above 0.");
        case Indicator:
            return tr("The plan indicator the points come from, or manual scoring by the unit, the cluster "
                      "head and Home Affairs.");
        case BonusRate:
            return tr("Proportional method: the share of the excess above the target added as a bonus "
                      "(empty: 50%).");
        case ExcessCap:
            return tr("Proportional method: how far above the target the excess counts (empty: 20%).");
        case Bands:
            return tr("Banded method: minimum ratio and share of the maximum, highest first, e.g. %1.")
                .arg(SchemeText::bands({{1, 1}, {0.9, 0.7}, {0.8, 0.5}}));
        case Veto:
            return tr("Not met (manual: below the maximum), the unit cannot be proposed for commendation, "
                      "though it is still scored and ranked.");
        default:
            return {};
        }
    }
    return {};
}

void CriteriaModel::setProblem(int row, int column, const QString& text, const QString& message)
{
    m_problems[{row, column}] = {text, message};
    const QModelIndex cell = index(row, column);
    emit dataChanged(cell, cell);
    emit problemChanged(message);
}

void CriteriaModel::clearProblem(int row, int column)
{
    if (m_problems.erase({row, column}) > 0) {
        const QModelIndex cell = index(row, column);
        emit dataChanged(cell, cell);
    }
    emit problemChanged(m_problems.empty() ? QString() : m_problems.begin()->second.message);
}

void CriteriaModel::clearProblems()
{
    const auto problems = std::exchange(m_problems, {});
    for (const auto& [cell, problem] : problems) {
        const QModelIndex changed = index(cell.first, cell.second);
        emit dataChanged(changed, changed);
    }
    if (!problems.empty()) {
        emit problemChanged({});
    }
}

} // namespace thidua::gui
