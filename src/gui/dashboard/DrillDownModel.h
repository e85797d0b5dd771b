// One district figure broken down by commune: for one indicator, every commune and the town that
// has a target for it or reported a figure (plan order, the town first as the plan lists it), with
// target, actual, % of target and status. For additive indicators three closing rows follow: the sum
// over the communes, the district's own figure, and the gap between them (spec/computation.md,
// "District view"). Read only.
#pragma once

#include "DashboardData.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace thidua::gui {

class DrillDownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        TargetColumn,
        ActualColumn,
        PercentColumn,
        StatusColumn,
        ColumnCount,
    };

    enum class RowKind
    {
        Unit,     // a commune or the town
        Sum,      // Σ actual over the communes and the town that reported
        District, // HUYEN's own figure
        Gap,      // district − sum
    };

    // The unit's code on unit rows (empty on the closing rows), under every column.
    static constexpr int CodeRole = Qt::UserRole + 1;
    // RowKind as an int.
    static constexpr int RowKindRole = Qt::UserRole + 2;
    // The unit's Status as an int; none on the closing rows.
    static constexpr int StatusRole = Qt::UserRole + 3;

    explicit DrillDownModel(QObject* parent = nullptr);

    // Shows `indicatorCode` of `data`; an unknown code (or null data) shows nothing.
    void setIndicator(std::shared_ptr<const DashboardData> data, const std::string& indicatorCode);
    void clear();

    const std::string& indicatorCode() const { return m_code; }
    const DistrictLine* line() const { return m_line; }
    // District − sum over communes, for additive indicators where both are known.
    std::optional<double> gap() const;
    // "KT04 – Tổng vốn đầu tư phát triển trên địa bàn (tỷ đồng)"; empty when nothing is shown.
    QString title() const;
    // How many communes reported out of those with a target, and for additive indicators the sum
    // beside the district's own figure and the gap, in one or two sentences.
    QString summary() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RowKind kind = RowKind::Unit;
        const Unit* unit = nullptr;
        Achievement achievement; // unit rows
    };

    QVariant display(const Row& row, int column) const;
    QVariant closingDisplay(const Row& row, int column) const;

    std::shared_ptr<const DashboardData> m_data;
    std::string m_code;
    const DistrictLine* m_line = nullptr;
    std::vector<Row> m_rows;
};

} // namespace thidua::gui
