#include "ScoreBreakdownModel.h"

#include "StatusStyle.h"
#include "gui/schemes/SchemeText.h"
#include "i18n/DisplayText.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// A minus sign only before something taken away: "−0,00" reads as a sign error.
QString signedPoints(double value)
{
    return value > 0 ? u"+"_s + SchemeText::points(value)
                     : (value < 0 ? u"\u2212"_s + SchemeText::points(-value) : SchemeText::points(0));
}

} // namespace

ScoreBreakdownModel::ScoreBreakdownModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

ScoreBreakdownModel::Line ScoreBreakdownModel::criterionLine(const Criterion* criterion, const CriterionScore& score)
{
    Line line;
    line.kind = Kind::Criterion;
    line.code = QString::fromStdString(score.criterionCode);
    line.points = score.points;
    line.max = score.maxPoints;
    line.applicable = score.applicable;
    line.vetoFailed = score.vetoFailed;
    line.hasStatus = true;
    line.status = score.status;
    line.cells[Code] = line.code;
    line.cells[Name] = criterion ? QString::fromStdString(criterion->name) : QString();
    if (score.manual) {
        // The level's name says the points were entered by hand.
        line.cells[Source] = score.levelUsed ? SchemeText::level(*score.levelUsed) : tr("not scored yet");
    } else {
        line.cells[Source] = criterion ? QString::fromStdString(criterion->indicatorCode) : QString();
        line.cells[Ratio] = DisplayText::percent(score.ratio);
    }
    line.cells[Status] = DisplayText::statusText(score.status);
    line.cells[Max] = SchemeText::number(score.maxPoints);
    // A criterion that does not apply leaves both sums: a dash, not a zero that would look lost.
    line.cells[Points] = score.applicable ? SchemeText::points(score.points) : u"\u2013"_s;
    line.cells[Bonus] = score.bonus > 0 ? u"+"_s + SchemeText::points(score.bonus) : QString();
    if (score.vetoFailed) {
        line.cells[Veto] = u"\u26a0 "_s + tr("veto not met");
    } else if (criterion && criterion->veto) {
        line.cells[Veto] = tr("veto");
    }
    if (!score.applicable) {
        line.toolTip = tr("Does not apply to the unit in this period: left out of the points and the maximum.");
    } else if (score.vetoFailed) {
        line.toolTip = tr("A veto criterion that is not met: the unit cannot be proposed for commendation.");
    }
    return line;
}

void ScoreBreakdownModel::setScore(const Scheme& scheme, const UnitScore& score)
{
    beginResetModel();
    m_sections.clear();
    for (const CriterionScore& criterionScore : score.criteria) {
        const auto found = std::find_if(scheme.criteria.begin(), scheme.criteria.end(),
                                        [&](const Criterion& c) { return c.code == criterionScore.criterionCode; });
        const Criterion* criterion = found == scheme.criteria.end() ? nullptr : &*found;
        const QString heading = criterion ? QString::fromStdString(criterion->heading) : QString();
        // Criteria come in scheme order, so a heading's criteria are consecutive.
        if (m_sections.empty() || m_sections.back().heading.cells[Name] != heading) {
            Section section;
            section.heading.cells[Name] = heading;
            m_sections.push_back(std::move(section));
        }
        m_sections.back().lines.push_back(criterionLine(criterion, criterionScore));
    }
    for (Section& section : m_sections) {
        double points = 0;
        double max = 0;
        for (const Line& line : section.lines) {
            if (line.applicable) {
                points += line.points;
                max += line.max;
            }
        }
        section.heading.points = points;
        section.heading.cells[Max] = SchemeText::number(max);
        section.heading.cells[Points] = SchemeText::points(points);
    }
    addAdjustments(score);
    addTotals(scheme, score);
    endResetModel();
}

QString ScoreBreakdownModel::ineligibleReason(const Scheme& scheme, const UnitScore& score)
{
    QStringList reasons;
    for (const std::string& code : score.vetoedBy) {
        const auto criterion = std::find_if(scheme.criteria.begin(), scheme.criteria.end(),
                                            [&](const Criterion& c) { return c.code == code; });
        const auto scored = std::find_if(score.criteria.begin(), score.criteria.end(),
                                         [&](const CriterionScore& c) { return c.criterionCode == code; });
        const QString name = criterion == scheme.criteria.end() ? QString() : DisplayText::text(criterion->name);
        const QString codeText = DisplayText::text(code);
        // computation.md: a manual veto passes only at its full maximum, and missing data vetoes.
        if (scored != score.criteria.end() && scored->manual) {
            reasons << tr("criterion %1 “%2” is a veto criterion and did not get its full %3 points")
                           .arg(codeText, name, SchemeText::number(scored->maxPoints));
        } else if (scored != score.criteria.end() && scored->status == thidua::Status::NoData) {
            reasons << tr("criterion %1 “%2” is a veto criterion and has no data, which counts as not met")
                           .arg(codeText, name);
        } else {
            reasons << tr("criterion %1 “%2” is a veto criterion and was not met").arg(codeText, name);
        }
    }
    return reasons.isEmpty() ? QString()
                             : u"\u26a0 "_s + tr("Not eligible for proposals: %1. The unit is still scored and ranked.")
                                                  .arg(reasons.join(u"; "_s));
}

void ScoreBreakdownModel::addAdjustments(const UnitScore& score)
{
    Section section;
    section.heading.cells[Name] = tr("Bonus items and deductions");
    double sum = 0;
    for (const Adjustment& adjustment : score.adjustments) {
        Line line;
        line.kind = Kind::Adjustment;
        const bool bonus = adjustment.type == AdjustmentType::Bonus;
        line.points = bonus ? adjustment.points : -adjustment.points;
        line.code = QString::fromStdString(adjustment.reason);
        line.cells[Code] = SchemeText::adjustmentType(adjustment.type);
        line.cells[Name] = line.code;
        line.cells[Points] = signedPoints(line.points);
        section.lines.push_back(std::move(line));
        sum += section.lines.back().points;
    }
    if (section.lines.empty()) {
        section.heading.cells[Source] = tr("none");
    }
    section.heading.points = sum;
    section.heading.cells[Points] = signedPoints(sum);
    m_sections.push_back(std::move(section));
}

void ScoreBreakdownModel::addTotals(const Scheme& scheme, const UnitScore& score)
{
    Section section;
    section.heading.cells[Name] = tr("Total");
    section.heading.points = score.total;
    section.heading.cells[Points] = SchemeText::points(score.total);
    const auto step = [&](const QString& name, const QString& max, const QString& points) {
        Line line;
        line.kind = Kind::Step;
        line.cells[Name] = name;
        line.cells[Max] = max;
        line.cells[Points] = points;
        section.lines.push_back(std::move(line));
    };
    step(tr("Criteria points, of the applicable maximum"), SchemeText::number(score.applicableMax),
         SchemeText::points(score.points));
    step(tr("Base on the scale S"), SchemeText::number(schemeScale(scheme)), SchemeText::points(score.base));
    step(score.bonusItems > score.bonusApplied + 1e-9
             ? tr("Bonus counted (capped; %1 entered)").arg(SchemeText::points(score.bonusItems))
             : tr("Bonus counted"),
         SchemeText::number(schemeBonusCap(scheme)), signedPoints(score.bonusApplied));
    step(tr("Deductions"), QString(), signedPoints(-score.deductions));
    step(tr("Total, rounded to 2 decimals"), QString(), SchemeText::points(score.total));
    m_sections.push_back(std::move(section));
}

void ScoreBreakdownModel::clear()
{
    beginResetModel();
    m_sections.clear();
    endResetModel();
}

QModelIndex ScoreBreakdownModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    // Top-level rows have id 0; a child's id is its section's row + 1.
    return createIndex(row, column, parent.isValid() ? static_cast<quintptr>(parent.row() + 1) : quintptr(0));
}

QModelIndex ScoreBreakdownModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int ScoreBreakdownModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_sections.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(m_sections[static_cast<std::size_t>(parent.row())].lines.size());
}

int ScoreBreakdownModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

const ScoreBreakdownModel::Line* ScoreBreakdownModel::lineAt(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return nullptr;
    }
    if (index.internalId() == 0) {
        return &m_sections[static_cast<std::size_t>(index.row())].heading;
    }
    return &m_sections[static_cast<std::size_t>(index.internalId() - 1)].lines[static_cast<std::size_t>(index.row())];
}

QVariant ScoreBreakdownModel::data(const QModelIndex& index, int role) const
{
    const Line* line = lineAt(index);
    if (!line) {
        return {};
    }
    const bool statusCell = line->hasStatus && index.column() == Status;
    switch (role) {
    case Qt::DisplayRole:
        return line->cells[static_cast<std::size_t>(index.column())];
    case Qt::ToolTipRole:
        // Criteria's names are long and the column narrow: the whole name on hovering it.
        if (index.column() == Name && !line->cells[Name].isEmpty()) {
            return line->toolTip.isEmpty() ? line->cells[Name] : line->cells[Name] + u"\n"_s + line->toolTip;
        }
        return line->toolTip.isEmpty() ? QVariant() : QVariant(line->toolTip);
    case Qt::BackgroundRole:
        return statusCell ? statusBackground(line->status) : QVariant();
    case Qt::ForegroundRole:
        return statusCell ? statusForeground(line->status) : QVariant();
    case Qt::FontRole:
        if (line->kind == Kind::Heading || line->vetoFailed) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Ratio && index.column() <= Bonus) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case KindRole:
        return static_cast<int>(line->kind);
    case CodeRole:
        return line->code;
    case PointsRole:
        return line->points;
    case ApplicableRole:
        return line->applicable;
    case VetoFailedRole:
        return line->vetoFailed;
    default:
        break;
    }
    return {};
}

QVariant ScoreBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Criterion");
    case Source:
        return tr("Source");
    case Status:
        return tr("Status");
    case Ratio:
        return tr("r (% of target)");
    case Max:
        return tr("Maximum M");
    case Points:
        return tr("Points p");
    case Bonus:
        return tr("Of which bonus");
    case Veto:
        return tr("Veto");
    default:
        break;
    }
    return {};
}

} // namespace thidua::gui
