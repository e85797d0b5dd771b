#include "ManualScoresModel.h"

#include "gui/schemes/SchemeText.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace thidua::gui {

ManualScoresModel::ManualScoresModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ManualScoresModel::setRows(std::vector<Row> rows, bool editable)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_editable = editable;
    m_problems.clear();
    endResetModel();
    emit problemChanged({});
}

void ManualScoresModel::setScores(const std::vector<CriterionScore>& scores)
{
    for (Row& row : m_rows) {
        row.score.reset();
        for (const CriterionScore& score : scores) {
            if (score.criterionCode == row.criterion.code) {
                row.score = score;
            }
        }
    }
    if (!m_rows.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ManualScoresModel::columnOf(ScoreLevel level)
{
    switch (level) {
    case ScoreLevel::Self:
        return Self;
    case ScoreLevel::Cluster:
        return Cluster;
    case ScoreLevel::Final:
        return Final;
    }
    return Self;
}

std::optional<ScoreLevel> ManualScoresModel::levelOf(int column)
{
    switch (column) {
    case Self:
        return ScoreLevel::Self;
    case Cluster:
        return ScoreLevel::Cluster;
    case Final:
        return ScoreLevel::Final;
    default:
        return std::nullopt;
    }
}

std::optional<double>& ManualScoresModel::pointsAt(ManualPoints& points, ScoreLevel level)
{
    switch (level) {
    case ScoreLevel::Cluster:
        return points.cluster;
    case ScoreLevel::Final:
        return points.final;
    case ScoreLevel::Self:
        break;
    }
    return points.self;
}

int ManualScoresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ManualScoresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ManualScoresModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const auto problem = m_problems.find({index.row(), column});
    const bool refused = problem != m_problems.end();
    const std::optional<ScoreLevel> level = levelOf(column);
    const bool used = level && row.score && row.score->levelUsed == level;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (refused) {
            return problem->second.first;
        }
        if (level) {
            ManualPoints entered = row.entered;
            const std::optional<double>& points = pointsAt(entered, *level);
            return points ? SchemeText::number(*points) : QString();
        }
        switch (column) {
        case Code:
            return QString::fromStdString(row.criterion.code);
        case Name:
            return QString::fromStdString(row.criterion.name);
        case MaxPoints:
            return SchemeText::number(row.criterion.maxPoints);
        case LevelUsed:
            if (!row.score) {
                return QString();
            }
            return row.score->levelUsed ? SchemeText::level(*row.score->levelUsed) : tr("not scored yet");
        case PointsUsed:
            return row.score ? SchemeText::points(row.score->points) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (refused) {
            return problem->second.second;
        }
        if (column == Name) {
            return QString(QString::fromStdString(row.criterion.heading) + u'\n' +
                           QString::fromStdString(row.criterion.name));
        }
        if (used) {
            return tr("These points are the ones used.");
        }
        return {};
    case Qt::FontRole:
        if (used || column == PointsUsed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (refused) {
            return QColor(255, 214, 214);
        }
        return used ? QVariant(QColor(226, 239, 218)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == MaxPoints || column == PointsUsed || level) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case CodeRole:
        return QString::fromStdString(row.criterion.code);
    case ProblemRole:
        return refused ? problem->second.second : QString();
    default:
        return {};
    }
}

bool ManualScoresModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const std::optional<ScoreLevel> level = levelOf(index.column());
    if (!index.isValid() || role != Qt::EditRole || !level || !m_editable || index.row() >= rowCount()) {
        return false;
    }
    const int row = index.row();
    Row& entry = m_rows[static_cast<std::size_t>(row)];
    const QString typed = value.toString();
    const EnteredNumber number = SchemeText::parseNumber(typed);
    const QString where = tr("%1, %2").arg(QString::fromStdString(entry.criterion.code), SchemeText::level(*level));
    QString problem;
    if (!number.value && !number.empty) {
        problem = number.error;
    } else if (number.value && *number.value < 0) {
        problem = tr("the points must be 0 or more");
    } else if (number.value && *number.value > entry.criterion.maxPoints) {
        problem = tr("%1 is above the maximum of %2 points")
                      .arg(SchemeText::number(*number.value), SchemeText::number(entry.criterion.maxPoints));
    }
    if (!problem.isEmpty()) {
        setProblem(row, index.column(), typed, tr("%1: %2.").arg(where, problem));
        return false;
    }
    std::optional<double>& stored = pointsAt(entry.entered, *level);
    if (stored != number.value) {
        const QString failed = m_save ? m_save(entry.criterion.code, *level, number.value) : tr("nothing stores it");
        if (!failed.isEmpty()) {
            setProblem(row, index.column(), typed, tr("%1: %2").arg(where, failed));
            return false;
        }
        // m_save may have changed the rows (a new score from the core), so look the row up again.
        pointsAt(m_rows[static_cast<std::size_t>(row)].entered, *level) = number.value;
    }
    clearProblem(row, index.column());
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    return true;
}

Qt::ItemFlags ManualScoresModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (m_editable && levelOf(index.column())) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant ManualScoresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole && levelOf(section)) {
        return tr("Empty the cell to clear the points of this level.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (const auto level = levelOf(section)) {
        return SchemeText::level(*level);
    }
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Criterion");
    case MaxPoints:
        return tr("Maximum");
    case LevelUsed:
        return tr("Level used");
    case PointsUsed:
        return tr("Points");
    default:
        return {};
    }
}

void ManualScoresModel::setProblem(int row, int column, const QString& text, const QString& message)
{
    m_problems[{row, column}] = {text, message};
    const QModelIndex cell = index(row, column);
    emit dataChanged(cell, cell);
    emit problemChanged(message);
}

void ManualScoresModel::clearProblem(int row, int column)
{
    if (m_problems.erase({row, column}) > 0) {
        const QModelIndex cell = index(row, column);
        emit dataChanged(cell, cell);
    }
    emit problemChanged(m_problems.empty() ? QString() : m_problems.begin()->second.second);
}

} // namespace thidua::gui
