// A unit's bonus items and deductions for one period, in the order they were entered: the type,
// the reason and the points. Reason and points are edited in place (a reason is required, points
// are 0 or more); a refused text stays in its cell with the reason why, as in the other tables.
#pragma once

#include "core/Scoring.h"

#include <QAbstractTableModel>

#include <functional>
#include <map>
#include <utility>
#include <vector>

namespace thidua::gui {

class AdjustmentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Type,
        Reason,
        Points,
        ColumnCount,
    };

    // Stores the change of one item; returns why it could not, or nothing.
    using Update = std::function<QString(const Adjustment& current, const Adjustment& updated)>;

    explicit AdjustmentsModel(QObject* parent = nullptr);

    void setUpdate(Update update) { m_update = std::move(update); }
    void setItems(std::vector<Adjustment> items, bool editable);
    const std::vector<Adjustment>& items() const { return m_items; }
    double sum(AdjustmentType type) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void problemChanged(const QString& message);
    void itemChanged(); // a change was stored

private:
    std::vector<Adjustment> m_items;
    bool m_editable = false;
    Update m_update;
    std::map<std::pair<int, int>, std::pair<QString, QString>> m_problems; // text kept, message
};

} // namespace thidua::gui
