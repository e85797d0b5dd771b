// The report form of one (unit, period) as a table: a row per plan heading, a row per indicator the
// unit has a target for (in plan order, under its heading), and for a named_set indicator a row per
// named member with a checkbox. Ratio and status come from the computation core as values are
// stored. The model never writes: an accepted edit is announced with changeRequested and shown once
// the view has stored it (applyValue); a refused one keeps the typed text, marked, with the reason.
#pragma once

#include "ReportFormData.h"
#include "ValueChange.h"

#include <QAbstractTableModel>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace thidua::gui {

class ReportFormModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Name,
        UnitOfMeasure,
        Target,
        EffectiveTarget,
        Actual,
        Baseline,
        Ratio,
        Status,
        Note,
        ColumnCount,
    };

    static constexpr int CodeRole = Qt::UserRole + 1;   // the indicator's code on its rows and its members'
    static constexpr int StatusRole = Qt::UserRole + 2; // int(thidua::Status) on indicator rows
    static constexpr int MemberRole = Qt::UserRole + 3; // the member's unit code on member rows

    explicit ReportFormModel(QObject* parent = nullptr);

    void setForm(ReportFormData data);
    void clear();
    const std::string& unitCode() const { return m_data.unitCode; }
    const std::string& periodCode() const { return m_data.periodCode; }

    // Locked (approved report, read-only database): nothing accepts input, and `reason` says why.
    void setEditable(bool editable, const QString& reason = {});
    bool isEditable() const { return m_editable; }

    bool isHeading(int row) const;
    bool isIndicator(int row) const;
    bool isMember(int row) const;
    std::string indicatorCode(int row) const; // empty on heading rows
    int indicatorCount() const { return static_cast<int>(m_items.size()); }
    // Indicators assessed in the period that still lack a figure (status "no data").
    int missingCount() const;
    int invalidCount() const { return static_cast<int>(m_invalid.size()); }

    bool acceptsInput(const QModelIndex& index) const;
    // Why a cell takes no input, for the message line; empty when it does or when nothing needs saying.
    QString readOnlyReason(const QModelIndex& index) const;
    // The reason a cell's typed text was refused; empty when it holds a stored value.
    QString cellError(const QModelIndex& index) const;

    // Checks the texts typed into cells of one indicator row. A refused cell is marked and keeps its
    // text; the accepted ones make the change returned (none when nothing would change).
    std::optional<ValueChange> prepareChange(int row, const std::vector<std::pair<int, QString>>& cells);
    std::optional<ValueChange> prepareMemberTick(int row, bool ticked);

    // After storage accepted `value`: shows it, drops the marks of `columns`, and reassesses.
    void applyValue(const storage::ReportValue& value, const std::vector<int>& columns);
    // After storage refused a change: the cell keeps the typed text with storage's reason.
    void markInvalid(const std::string& indicatorCode, int column, const QString& text, const QString& reason);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void changeRequested(const thidua::gui::ValueChange& change);
    // An edit was refused; cellError(index) says why.
    void editRefused(const QModelIndex& index);

private:
    enum class RowType
    {
        Heading,
        Indicator,
        Member,
    };
    struct Row
    {
        RowType type = RowType::Heading;
        int item = 0;    // index into m_data.headings (heading rows) or m_items
        int member = -1; // index into the indicator's memberCodes
    };
    struct Item
    {
        const Indicator* indicator = nullptr;
        std::optional<double> target;
        int depth = 0;
        int row = 0;
        storage::ReportValue value;
        Achievement achievement;
    };
    struct Invalid
    {
        QString text;
        QString reason;
    };

    void buildRows();
    void reassess();
    bool measured(const Item& item) const;
    int itemOf(const std::string& indicatorCode) const;
    const Invalid* invalidAt(int row, int column) const;
    QVariant headingData(const Row& row, int column, int role) const;
    QVariant itemData(const Item& item, int row, int column, int role) const;
    QVariant memberData(const Item& item, const Row& row, int column, int role) const;
    QVariant displayText(const Item& item, int column) const;
    QVariant editText(const Item& item, int column) const;
    QVariant toolTip(const Item& item, int column) const;
    QVariant background(const Item& item, int row, int column) const;

    ReportFormData m_data;
    std::vector<Item> m_items;
    std::vector<Row> m_rows;
    std::map<std::pair<int, int>, Invalid> m_invalid; // by (row, column)
    bool m_editable = true;
    QString m_lockReason;
};

} // namespace thidua::gui
