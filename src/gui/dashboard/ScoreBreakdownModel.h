// How one unit's score was built, as a tree a council member can follow: the scheme's criteria
// under their headings (status in words and colour, r, M, p and the bonus part, the veto mark),
// then the adjustments with their reasons, then the totals step by step. Each heading carries its
// subtotal. Read only, and formatting only: every number comes from the core's UnitScore.
#pragma once

#include "core/Scoring.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QString>

#include <array>
#include <vector>

namespace thidua::gui {

class ScoreBreakdownModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Name,
        Source, // the indicator, or the manual level whose points were used
        Status,
        Ratio,
        Max,
        Points,
        Bonus,
        Veto,
        ColumnCount
    };

    enum class Kind
    {
        Heading,    // a criterion heading, the adjustments or the totals: a top-level row
        Criterion,  // one criterion of the scheme
        Adjustment, // one bonus item or deduction
        Step,       // one step of the total
    };

    enum Role
    {
        KindRole = Qt::UserRole + 1, // int, Kind
        CodeRole,                    // criterion code; an adjustment's reason
        PointsRole,                  // double: p of a criterion, signed points of an adjustment
        ApplicableRole,              // bool (criteria)
        VetoFailedRole,              // bool (criteria)
    };

    explicit ScoreBreakdownModel(QObject* parent = nullptr);

    void setScore(const Scheme& scheme, const UnitScore& score);
    // Why an ineligible unit cannot be proposed, naming each failed veto criterion and how it
    // failed; empty for an eligible unit.
    static QString ineligibleReason(const Scheme& scheme, const UnitScore& score);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        Kind kind = Kind::Heading;
        std::array<QString, ColumnCount> cells;
        QString toolTip;
        QString code;
        double points = 0;
        double max = 0;
        bool applicable = true;
        bool vetoFailed = false;
        bool hasStatus = false;
        thidua::Status status = thidua::Status::NotApplicable;
    };
    struct Section
    {
        Line heading;
        std::vector<Line> lines;
    };

    static Line criterionLine(const Criterion* criterion, const CriterionScore& score);
    void addAdjustments(const UnitScore& score);
    void addTotals(const Scheme& scheme, const UnitScore& score);
    const Line* lineAt(const QModelIndex& index) const;

    std::vector<Section> m_sections;
};

} // namespace thidua::gui
