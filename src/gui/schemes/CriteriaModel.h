// One scheme's criteria as an editable table: code, heading, name, maximum, linked indicator (or
// manual scoring), method, bonus rate, excess cap, bands and veto. Every edit is checked here first
// (a maximum above 0, bands with shares of 0 or more, codes unique in the scheme); a refused text
// stays in its cell, marked, with the reason in its tooltip, so the user corrects it rather than
// retyping. A good edit builds the whole scheme as it would be and hands it to the view's `Commit`,
// which stores it; the model changes only when that succeeds, so it always shows what is stored.
#pragma once

#include "core/Plan.h"

#include <QAbstractTableModel>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace thidua::gui {

// A criterion whose code changed: the storage keeps its row (and its manual scores) under the new code.
struct CriterionRename
{
    std::string oldCode;
    std::string newCode;
};

class CriteriaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Heading,
        Name,
        MaxPoints,
        Indicator,
        Method,
        BonusRate,
        ExcessCap,
        Bands,
        Veto,
        ColumnCount,
    };

    static constexpr int CodeRole = Qt::UserRole + 1;    // the criterion's code under every column
    static constexpr int ProblemRole = Qt::UserRole + 2; // why the text in the cell was refused

    // Stores `candidate`; returns false (after telling the user why, or after the user cancelled)
    // to leave everything as it was.
    using Commit = std::function<bool(const Scheme& candidate, const std::optional<CriterionRename>& rename)>;

    explicit CriteriaModel(QObject* parent = nullptr);

    void setCommit(Commit commit) { m_commit = std::move(commit); }
    // The scheme as stored and the plan's indicators a criterion may be linked to. Not editable on
    // a read-only database.
    void setScheme(std::optional<Scheme> scheme, std::vector<thidua::Indicator> indicators, bool editable);
    const std::optional<Scheme>& scheme() const { return m_scheme; }
    const std::vector<thidua::Indicator>& indicators() const { return m_indicators; }
    bool isEditable() const { return m_editable && m_scheme.has_value(); }

    // Structural edits, each stored through Commit; they return the row of the criterion concerned,
    // or -1 when nothing changed. A new criterion is manual and takes the heading and maximum of
    // the criterion it follows.
    int addCriterion(int afterRow);
    bool removeCriterion(int row);
    int moveCriterion(int row, int delta);
    // A change of the scheme's own settings (name, scale, cap, threshold, title bands): the criteria
    // in `candidate` must be the model's.
    bool commitSettings(const Scheme& candidate);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A change was stored: totals and effective settings need showing again.
    void schemeEdited();
    // The latest refusal in words, naming the criterion and the column; empty once it is corrected.
    void problemChanged(const QString& message);

private:
    struct Problem
    {
        QString text;
        QString message;
    };

    bool applies(const Criterion& criterion, int column) const;
    QVariant display(const Criterion& criterion, int column) const;
    QVariant editText(const Criterion& criterion, int column) const;
    // Applies `value` to `criterion`; returns why it cannot be, or an empty string.
    QString edit(Criterion& criterion, int row, int column, const QVariant& value) const;
    bool commit(const Scheme& candidate, const std::optional<CriterionRename>& rename = std::nullopt);
    void setProblem(int row, int column, const QString& text, const QString& message);
    void clearProblem(int row, int column);
    void clearProblems();
    const thidua::Indicator* findIndicator(const std::string& code) const;

    std::optional<Scheme> m_scheme;
    std::vector<thidua::Indicator> m_indicators;
    bool m_editable = false;
    Commit m_commit;
    std::map<std::pair<int, int>, Problem> m_problems;
};

} // namespace thidua::gui
