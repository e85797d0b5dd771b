// The year's campaign phases (đợt thi đua) with their reporting periods beneath them: names, codes,
// dates and report deadlines. The events a phase salutes are offered under SalutesRole.
#pragma once

#include "core/Plan.h"

#include <QAbstractItemModel>

#include <vector>

namespace thidua::gui {

class PhaseTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Code,
        StartsOn,
        EndsOn,
        Deadline,
        ColumnCount,
    };

    static constexpr int CodeRole = Qt::UserRole + 1;
    // A phase's saluted events, one per line; nothing for a period.
    static constexpr int SalutesRole = Qt::UserRole + 2;

    explicit PhaseTreeModel(QObject* parent = nullptr);

    // A period is listed under the phase its phaseCode names; one naming no listed phase is left out.
    void setPhases(std::vector<Phase> phases, std::vector<Period> periods);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal ids: 0 marks a phase row; a period row carries its phase's row + 1.
    static quintptr periodId(int phaseRow) { return static_cast<quintptr>(phaseRow) + 1; }
    QVariant phaseData(const Phase& phase, int column, int role) const;
    QVariant periodData(const Period& period, int column, int role) const;

    std::vector<Phase> m_phases;
    std::vector<std::vector<Period>> m_periods; // per phase, same order as m_phases
};

} // namespace thidua::gui
