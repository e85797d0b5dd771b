// The manual criteria of one unit's scheme for one period: the maximum, the points entered at the
// three levels (the unit's self-score, the cluster head's review, Home Affairs' final score), and
// which level the computation used with the points it gave (computation.md: final, else cluster,
// else self, clipped to [0, M]). The levels are edited in place; a value outside [0, M] or not a
// number is refused and stays in its cell, marked, with the reason. The used level and points come
// from the core's score, never from the model.
#pragma once

#include "core/Scoring.h"

#include <QAbstractTableModel>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace thidua::gui {

class ManualScoresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Name,
        MaxPoints,
        Self,
        Cluster,
        Final,
        LevelUsed,
        PointsUsed,
        ColumnCount,
    };

    static constexpr int CodeRole = Qt::UserRole + 1;
    static constexpr int ProblemRole = Qt::UserRole + 2;

    struct Row
    {
        Criterion criterion;
        ManualPoints entered;
        std::optional<CriterionScore> score; // empty when the unit could not be scored
    };

    // Stores the points of one level (empty: clears it); returns why it could not, or nothing.
    using Save =
        std::function<QString(const std::string& criterionCode, ScoreLevel level, const std::optional<double>& points)>;

    explicit ManualScoresModel(QObject* parent = nullptr);

    void setSave(Save save) { m_save = std::move(save); }
    void setRows(std::vector<Row> rows, bool editable);
    // The core's scores after a change, by criterion code; criteria absent from `scores` show none.
    void setScores(const std::vector<CriterionScore>& scores);

    static int columnOf(ScoreLevel level);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The latest refusal in words, naming the criterion and the level; empty once corrected.
    void problemChanged(const QString& message);

private:
    static std::optional<ScoreLevel> levelOf(int column);
    static std::optional<double>& pointsAt(ManualPoints& points, ScoreLevel level);
    void setProblem(int row, int column, const QString& text, const QString& message);
    void clearProblem(int row, int column);

    std::vector<Row> m_rows;
    bool m_editable = false;
    Save m_save;
    std::map<std::pair<int, int>, std::pair<QString, QString>> m_problems; // text kept, message
};

} // namespace thidua::gui
