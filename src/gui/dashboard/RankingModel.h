// One group's ranking as a council member reads it before a vote: rank (ties marked as ties), unit,
// total, eligibility, proposal and title candidate, in words as well as in weight. Rows come in
// rank order and, within a tie, in Vietnamese collation of the names (computation.md: screens list
// equal ranks by name; the core orders them by code, for exports). Read only: the numbers are the
// core's, the model only presents them.
#pragma once

#include "core/Ranking.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace thidua::gui {

class RankingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rank,
        Unit,
        Total,
        Eligibility,
        Proposal,
        Title,
        ColumnCount
    };

    enum Role
    {
        CodeRole = Qt::UserRole + 1, // the unit's code
        RankRole,                    // int
        TieRole,                     // bool: another unit shares the rank
        TotalRole,                   // double, rounded as the core rounds it
        EligibleRole,                // bool
        ProposalRole,                // int, thidua::Proposal
    };

    explicit RankingModel(QObject* parent = nullptr);

    void setRanking(GroupRanking ranking);
    void clear();

    const RankedUnit* unitAt(int row) const;  // nullptr out of range
    int rowOf(const QString& unitCode) const; // -1: not in the ranking
    const GroupRanking& ranking() const { return m_ranking; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const RankedUnit& unit, int row, int column) const;
    QString toolTip(const RankedUnit& unit, int row, int column) const;
    bool tied(int row) const;
    QStringList tiedWith(int row) const;

    GroupRanking m_ranking; // units in the order shown
};

} // namespace thidua::gui
