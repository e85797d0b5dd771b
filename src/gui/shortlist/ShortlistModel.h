// The shortlist of one period as a table: collectives first, then individuals, each numbered from 1
// (as the printed list is), with the checks' verdict, whether the office keeps the entry, its review
// status and decision. Adapts storage's entries and core's checks; computes nothing of its own
// beyond the quota line's sums, which only repeat the check's numbers per unit.
#pragma once

#include "core/Commendation.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace thidua::gui {

class ShortlistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Number,
        Name,
        Position,
        Unit,
        Award,
        Achievement,
        Eligible,
        Included,
        Status,
        Decision,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the entry's id (qint64)
    };

    explicit ShortlistModel(QObject* parent = nullptr);

    // `checks` in the order of `entries` (checkShortlist's result); `unitNames` and `groupNames` by code
    // (a collective's cluster or block is shown beside it).
    void setEntries(std::vector<ShortlistEntry> entries, std::vector<EntryCheck> checks,
                    std::map<std::string, QString> unitNames, std::map<std::string, std::string> unitGroups,
                    std::map<std::string, QString> groupNames);
    void clear();

    const ShortlistEntry* entryAt(int row) const;
    const EntryCheck* checkAt(int row) const;
    int rowOf(std::int64_t id) const;
    const std::vector<ShortlistEntry>& entries() const { return m_entries; }
    QString unitName(const std::string& code) const;
    // Entries that would be printed (included, not "not passed") but fail a check.
    int failingPrintedCount() const;

    // One line per failed check, in words.
    static QStringList failureLines(const EntryCheck& check);
    static QString awardName(thidua::Award award);
    static QString statusName(EntryStatus status);
    // What the Name column shows: the unit for a collective, the person for an individual.
    QString entryName(const ShortlistEntry& entry) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(int row, int column) const;
    QString tooltip(int row, int column) const;

    std::vector<ShortlistEntry> m_entries;
    std::vector<EntryCheck> m_checks;
    std::vector<int> m_numbers; // TT within the entry's kind
    std::map<std::string, QString> m_unitNames;
    std::map<std::string, std::string> m_unitGroups;
    std::map<std::string, QString> m_groupNames;
};

// The Chiến sĩ thi đua cơ sở quota of each unit that proposes one (spec/peers.md: at most `quota` of
// those who reached Lao động tiên tiến): one line per unit, "⚠" first where it is exceeded. Counts
// as core's check does: included entries only; the unit's Lao động tiên tiến are the larger of the
// included individuals who reached it and the count its collective entry declares.
QStringList quotaLines(const ShortlistModel& model, double quota);

} // namespace thidua::gui
