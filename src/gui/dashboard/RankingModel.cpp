#include "RankingModel.h"

#include "gui/schemes/SchemeText.h"
#include "i18n/DisplayText.h"

#include <QCollator>
#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QString nameOf(const RankedUnit& unit)
{
    return QString::fromStdString(unit.score.unitName);
}

QString vetoCodes(const UnitScore& score)
{
    QStringList codes;
    for (const std::string& code : score.vetoedBy) {
        codes << QString::fromStdString(code);
    }
    return codes.join(u", "_s);
}

} // namespace

RankingModel::RankingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RankingModel::setRanking(GroupRanking ranking)
{
    // Vietnamese collation whatever the interface language: the names are Vietnamese data, and
    // "Đông" belongs after "Dương", not after "Yên" as code points would put it.
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    collator.setNumericMode(true);
    std::stable_sort(ranking.units.begin(), ranking.units.end(), [&](const RankedUnit& a, const RankedUnit& b) {
        if (a.rank != b.rank) {
            return a.rank < b.rank;
        }
        const int byName = collator.compare(nameOf(a), nameOf(b));
        return byName != 0 ? byName < 0 : a.score.unitCode < b.score.unitCode;
    });
    beginResetModel();
    m_ranking = std::move(ranking);
    endResetModel();
}

void RankingModel::clear()
{
    setRanking({});
}

const RankedUnit* RankingModel::unitAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_ranking.units[static_cast<std::size_t>(row)] : nullptr;
}

int RankingModel::rowOf(const QString& unitCode) const
{
    const std::string code = unitCode.toStdString();
    const auto found = std::find_if(m_ranking.units.begin(), m_ranking.units.end(),
                                    [&](const RankedUnit& unit) { return unit.score.unitCode == code; });
    return found == m_ranking.units.end() ? -1 : static_cast<int>(found - m_ranking.units.begin());
}

int RankingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ranking.units.size());
}

int RankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RankingModel::tied(int row) const
{
    const int rank = unitAt(row)->rank;
    const RankedUnit* before = unitAt(row - 1);
    const RankedUnit* after = unitAt(row + 1);
    return (before && before->rank == rank) || (after && after->rank == rank);
}

QStringList RankingModel::tiedWith(int row) const
{
    QStringList names;
    const int rank = unitAt(row)->rank;
    for (int other = 0; other < rowCount(); ++other) {
        if (other != row && unitAt(other)->rank == rank) {
            names << nameOf(*unitAt(other));
        }
    }
    return names;
}

QString RankingModel::display(const RankedUnit& unit, int row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Rank:
        // A tie is said in the cell itself, not only by two equal numbers one may not notice.
        return tied(row) ? tr("%1 (tie)").arg(QLocale().toString(unit.rank)) : QLocale().toString(unit.rank);
    case Unit:
        return nameOf(unit);
    case Total:
        return SchemeText::points(unit.score.total);
    case Eligibility:
        return unit.score.eligible ? u"\u2714 "_s + tr("eligible") : u"\u2718 "_s + tr("not eligible");
    case Proposal:
        // A star as well as the word, so a leader stands out on a grey projector too.
        return unit.proposal == thidua::Proposal::None ? QString()
                                                       : u"\u2605 "_s + DisplayText::proposal(unit.proposal);
    case Title:
        return QString::fromStdString(unit.title);
    case ColumnCount:
        break;
    }
    return {};
}

QString RankingModel::toolTip(const RankedUnit& unit, int row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Rank:
        return tied(row) ? tr("Tied at rank %1 with %2: the same rounded total %3.")
                               .arg(QLocale().toString(unit.rank), tiedWith(row).join(u", "_s),
                                    SchemeText::points(unit.score.total))
                         : QString();
    case Eligibility:
        return unit.score.eligible
                   ? tr("No veto criterion failed.")
                   : tr("Veto criterion %1 not met: ranked, but cannot be proposed.").arg(vetoCodes(unit.score));
    case Proposal:
        return unit.proposal == thidua::Proposal::LeaderTie
                   ? tr("Several eligible units share the highest total: the Council decides.")
                   : QString();
    default:
        break;
    }
    return {};
}

QVariant RankingModel::data(const QModelIndex& index, int role) const
{
    const RankedUnit* unit = index.isValid() && index.column() < ColumnCount ? unitAt(index.row()) : nullptr;
    if (!unit) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*unit, index.row(), index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(*unit, index.row(), index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::FontRole:
        if (unit->proposal != thidua::Proposal::None) {
            QFont bold; // only the weight is set: the view's size still applies
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Rank || index.column() == Total) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case CodeRole:
        return QString::fromStdString(unit->score.unitCode);
    case RankRole:
        return unit->rank;
    case TieRole:
        return tied(index.row());
    case TotalRole:
        return unit->score.total;
    case EligibleRole:
        return unit->score.eligible;
    case ProposalRole:
        return static_cast<int>(unit->proposal);
    default:
        break;
    }
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case Rank:
            return tr("Rank");
        case Unit:
            return tr("Unit");
        case Total:
            return tr("Total");
        case Eligibility:
            return tr("Eligibility");
        case Proposal:
            return tr("Proposal");
        case Title:
            return tr("Title candidate");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section == Proposal) {
        return tr("Proposals only: the Emulation and Commendation Council decides.");
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace thidua::gui
