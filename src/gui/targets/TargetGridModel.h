// The targets of one year as a spreadsheet: a row per unit (the district's own plan targets first,
// then each cluster and block under a heading row with its members), a column per indicator in plan
// order. A cell holds the unit's target, or for kinds without a target value a tick saying the
// indicator applies; an empty cell means the indicator is not assigned to the unit. Indicators are
// data, so columns are counted, not enumerated.
//
// An edit is stored at once through storage::TargetRepository. Text that cannot be stored stays in
// its cell, marked, with the reason, so the official corrects it instead of typing it again.
#pragma once

#include "core/Plan.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace thidua::storage {
class Database;
struct TargetChange;
} // namespace thidua::storage

namespace thidua::gui {

class TargetGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int UnitCodeRole = Qt::UserRole + 1;      // cells and the vertical header
    static constexpr int IndicatorCodeRole = Qt::UserRole + 2; // cells and the horizontal header
    static constexpr int ProblemRole = Qt::UserRole + 3;       // why the text kept in a cell was refused

    // What a change of many cells did, for the message line; `problems` name every refused cell.
    struct Outcome
    {
        int stored = 0;
        QString summary;
        QStringList problems;
    };

    explicit TargetGridModel(QObject* parent = nullptr);

    // Reads the units, the indicators and the year's targets; nullptr or year 0 shows nothing.
    void load(storage::Database* database, int year);
    int year() const { return m_year; }
    bool isEditable() const;

    bool isUnitRow(int row) const;        // the district or a member of a group, not a heading
    bool isGroupMemberRow(int row) const; // a unit of a cluster or block: its group's column can be filled
    int rowOfUnit(const QString& code) const;
    int columnOfIndicator(const QString& code) const;

    // The cell in words: unit, indicator, its target and the district's, for a line under the grid.
    QString cellSummary(const QModelIndex& index) const;

    // A block from a spreadsheet (tab-separated lines) with its top-left at `topLeft`; heading rows
    // are stepped over. All cells are stored, or none.
    Outcome paste(const QModelIndex& topLeft, const QString& text);
    // The district's target for the column's indicator, to every unit of the group of `row`'s unit
    // that has none.
    Outcome fillColumn(int column, int row);
    Outcome clear(const QModelIndexList& cells);
    // The cells of the selection's bounding box as tab-separated lines, as a spreadsheet pastes them.
    QString copyText(const QModelIndexList& cells) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // A sentence for the message line after a single cell's edit; `problem` when it was refused.
    void message(const QString& text, bool problem);

private:
    enum class RowKind
    {
        District,
        Heading,
        Member,
    };

    struct Row
    {
        RowKind kind = RowKind::Member;
        Unit unit;   // District, Member
        Group group; // Heading
    };

    // Text that could not be stored, kept in its cell for correction.
    struct Kept
    {
        QString text;
        QString problem;
    };

    using Key = std::pair<std::string, std::string>; // unit code, indicator code
    using Cell = std::pair<int, int>;                // row, column

    QVariant cellData(const Row& row, const Indicator& indicator, const QModelIndex& index, int role) const;
    QVariant indicatorHeader(const Indicator& indicator, int role) const;
    QVariant unitHeader(const Row& row, int role) const;
    std::optional<std::optional<double>> target(const std::string& unit, const std::string& indicator) const;
    QString unitName(int row) const;
    QString districtTarget(const Indicator& indicator) const;
    QStringList describe(const Row& row, const Indicator& indicator) const;

    // Writes `changes` in one transaction; on success forgets the text kept in `cells` and shows the
    // new values. Returns the refusal, empty when stored.
    QString store(const std::vector<storage::TargetChange>& changes, const std::vector<Cell>& cells);
    void readTargets();
    void refresh(); // the year's targets read again, every cell shown anew
    void keep(const QModelIndex& index, const QString& text, const QString& problem);
    QString savedMessage(const storage::TargetChange& change, const QString& unitName) const;

    storage::Database* m_database = nullptr;
    int m_year = 0;
    std::vector<Indicator> m_indicators;
    std::vector<Row> m_rows;
    std::map<Key, std::optional<double>> m_targets;
    std::map<Cell, Kept> m_kept;
};

} // namespace thidua::gui
