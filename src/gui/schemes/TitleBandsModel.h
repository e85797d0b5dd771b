// A scheme's title bands as an editable table: from which share of the scale S a title is proposed,
// the points that share means on the current scale, and the title. Edits are checked here (a share
// of 0% or more, not used twice, a title) and stored through the view's `Commit`, like the criteria.
#pragma once

#include "core/Plan.h"

#include <QAbstractTableModel>

#include <functional>
#include <map>
#include <utility>
#include <vector>

namespace thidua::gui {

class TitleBandsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MinShare,
        Points,
        Title,
        ColumnCount,
    };

    using Commit = std::function<bool(const std::vector<TitleBand>& candidate)>;

    explicit TitleBandsModel(QObject* parent = nullptr);

    void setCommit(Commit commit) { m_commit = std::move(commit); }
    // Shown highest share first.
    void setBands(std::vector<TitleBand> bands, double scale, bool editable);
    void setScale(double scale); // the points column follows the scheme's scale as it is edited
    const std::vector<TitleBand>& bands() const { return m_bands; }

    int addBand();            // a band 10 points of share below the lowest; returns its row, or -1
    bool removeBand(int row); // the last band stays: with none, the core's defaults would apply
    QString lastProblem() const { return m_lastProblem; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void problemChanged(const QString& message);

private:
    void setProblem(const QString& message);
    bool commit(const std::vector<TitleBand>& candidate);

    std::vector<TitleBand> m_bands;
    double m_scale = 0;
    bool m_editable = false;
    Commit m_commit;
    // Refused texts, kept in their cells for correction, as in the criteria table.
    std::map<std::pair<int, int>, std::pair<QString, QString>> m_refused;
    QString m_lastProblem;
};

} // namespace thidua::gui
