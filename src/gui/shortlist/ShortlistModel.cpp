#include "ShortlistModel.h"

#include "i18n/CommendationText.h"
#include "i18n/DisplayText.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace thidua::gui {

ShortlistModel::ShortlistModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ShortlistModel::setEntries(std::vector<ShortlistEntry> entries, std::vector<EntryCheck> checks,
                                std::map<std::string, QString> unitNames, std::map<std::string, std::string> unitGroups,
                                std::map<std::string, QString> groupNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_checks = std::move(checks);
    m_checks.resize(m_entries.size());
    m_unitNames = std::move(unitNames);
    m_unitGroups = std::move(unitGroups);
    m_groupNames = std::move(groupNames);
    m_numbers.clear();
    int collectives = 0;
    int individuals = 0;
    for (const ShortlistEntry& entry : m_entries) {
        m_numbers.push_back(isCollective(entry) ? ++collectives : ++individuals);
    }
    endResetModel();
}

void ShortlistModel::clear()
{
    setEntries({}, {}, {}, {}, {});
}

int ShortlistModel::failingPrintedCount() const
{
    int failing = 0;
    for (std::size_t i = 0; i < m_entries.size() && i < m_checks.size(); ++i) {
        const ShortlistEntry& entry = m_entries[i];
        failing += entry.included && entry.status != EntryStatus::NotPassed && !m_checks[i].passed() ? 1 : 0;
    }
    return failing;
}

const ShortlistEntry* ShortlistModel::entryAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_entries[static_cast<std::size_t>(row)] : nullptr;
}

const EntryCheck* ShortlistModel::checkAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_checks[static_cast<std::size_t>(row)] : nullptr;
}

int ShortlistModel::rowOf(std::int64_t id) const
{
    const auto found =
        std::find_if(m_entries.begin(), m_entries.end(), [id](const ShortlistEntry& entry) { return entry.id == id; });
    return found == m_entries.end() ? -1 : static_cast<int>(found - m_entries.begin());
}

QString ShortlistModel::unitName(const std::string& code) const
{
    const auto found = m_unitNames.find(code);
    return found == m_unitNames.end() ? DisplayText::text(code) : found->second;
}

QString ShortlistModel::entryName(const ShortlistEntry& entry) const
{
    return isCollective(entry) ? unitName(entry.unitCode) : DisplayText::text(entry.personName);
}

QStringList ShortlistModel::failureLines(const EntryCheck& check)
{
    QStringList lines;
    for (const CheckFailure& failure : check.failures) {
        lines << CommendationText::failure(failure);
    }
    return lines;
}

QString ShortlistModel::awardName(thidua::Award award)
{
    return CommendationText::award(award);
}

QString ShortlistModel::statusName(EntryStatus status)
{
    return CommendationText::status(status);
}

int ShortlistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ShortlistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ShortlistModel::display(int row, int column) const
{
    const ShortlistEntry& entry = m_entries[static_cast<std::size_t>(row)];
    const EntryCheck& check = m_checks[static_cast<std::size_t>(row)];
    switch (column) {
    case Kind:
        return isCollective(entry) ? tr("Collective") : tr("Individual");
    case Number:
        return QLocale().toString(m_numbers[static_cast<std::size_t>(row)]);
    case Name:
        return entryName(entry);
    case Position:
        return DisplayText::text(entry.position);
    case Unit: {
        if (!isCollective(entry)) {
            return unitName(entry.unitCode);
        }
        const auto group = m_unitGroups.find(entry.unitCode);
        const auto name = group == m_unitGroups.end() ? m_groupNames.end() : m_groupNames.find(group->second);
        return name == m_groupNames.end() ? QString() : name->second;
    }
    case Award:
        return awardName(entry.award);
    case Achievement:
        return DisplayText::text(entry.achievement);
    case Eligible:
        // A mark and a word, never colour alone.
        return check.passed() ? u"\u2714 "_s + tr("eligible")
                              : u"\u2718 "_s + tr("not met: %1").arg(check.failures.size());
    case Included:
        return entry.included ? u"\u2714 "_s + tr("included")
                              : u"\u2718 "_s + tr("excluded: %1").arg(DisplayText::text(entry.exclusionReason));
    case Status:
        return statusName(entry.status);
    case Decision: {
        QStringList parts;
        for (const QString& part : {DisplayText::text(entry.decisionNumber), DisplayText::date(entry.decisionDate),
                                    DisplayText::text(entry.decisionSigner)}) {
            if (!part.isEmpty()) {
                parts << part;
            }
        }
        return parts.join(u", "_s);
    }
    default:
        return {};
    }
}

QString ShortlistModel::tooltip(int row, int column) const
{
    const ShortlistEntry& entry = m_entries[static_cast<std::size_t>(row)];
    if (column == Eligible) {
        const EntryCheck& check = m_checks[static_cast<std::size_t>(row)];
        return check.passed() ? tr("Every check passed.") : failureLines(check).join(u'\n');
    }
    if (column == Included && !entry.included) {
        return tr("Excluded by the office: %1").arg(DisplayText::text(entry.exclusionReason));
    }
    if (column == Name && entry.fromRanking) {
        return tr("Proposed by the ranking");
    }
    const QString text = display(row, column);
    return text.size() > 40 ? text : QString(); // long cells are cut in the table
}

QVariant ShortlistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const ShortlistEntry& entry = m_entries[static_cast<std::size_t>(row)];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole: {
        const QString text = tooltip(row, index.column());
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        return index.column() == Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        // An excluded entry stays listed (the office sees why) but reads as set aside.
        return entry.included ? QVariant() : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
    case IdRole:
        return QVariant::fromValue<qint64>(entry.id);
    default:
        return {};
    }
}

QVariant ShortlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Kind:
        return tr("Type");
    case Number:
        return tr("No.");
    case Name:
        return tr("Name");
    case Position:
        return tr("Position");
    case Unit:
        return tr("Unit / cluster");
    case Award:
        return tr("Form of commendation");
    case Achievement:
        return tr("Achievement");
    case Eligible:
        return tr("Checks");
    case Included:
        return tr("Included");
    case Status:
        return tr("Status");
    case Decision:
        return tr("Decision");
    default:
        return {};
    }
}

QStringList quotaLines(const ShortlistModel& model, double quota)
{
    struct Count
    {
        int soldiers = 0;
        int reached = 0;  // included individuals who reached Lao động tiên tiến
        int declared = 0; // the unit's own count, from its collective entry
    };
    std::map<std::string, Count> counts;
    for (const ShortlistEntry& entry : model.entries()) {
        if (!entry.included) {
            continue;
        }
        Count& count = counts[entry.unitCode];
        if (isCollective(entry)) {
            count.declared = std::max(count.declared, entry.facts.advancedWorkers.value_or(0));
        } else {
            count.reached += entry.reachedAdvancedWorker ? 1 : 0;
            count.soldiers += entry.award == Award::EmulationSoldier ? 1 : 0;
        }
    }
    QStringList lines;
    const QString percent = QLocale().toString(quota * 100, 'g', 4) + u'%';
    for (const auto& [unit, count] : counts) {
        if (count.soldiers == 0) {
            continue;
        }
        const int advanced = std::max(count.reached, count.declared);
        const int allowed = static_cast<int>(std::floor(advanced * quota + 1e-9));
        QString line = ShortlistModel::tr("%1 — %2: %3 proposed, at most %4 allowed (%5 of %6 who reached %7)")
                           .arg(model.unitName(unit), ShortlistModel::awardName(Award::EmulationSoldier))
                           .arg(count.soldiers)
                           .arg(allowed)
                           .arg(percent)
                           .arg(advanced)
                           .arg(ShortlistModel::awardName(Award::AdvancedWorker));
        lines << (count.soldiers > allowed ? u"\u26a0 "_s + line : line);
    }
    return lines;
}

} // namespace thidua::gui
