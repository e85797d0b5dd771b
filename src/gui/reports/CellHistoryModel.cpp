#include "CellHistoryModel.h"

#include "i18n/DisplayText.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {

CellHistoryModel::CellHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CellHistoryModel::setEntries(std::vector<storage::AuditEntry> entries,
                                  std::map<std::string, std::string> unitNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::reverse(m_entries.begin(), m_entries.end());
    m_unitNames = std::move(unitNames);
    endResetModel();
}

void CellHistoryModel::clear()
{
    setEntries({}, {});
}

int CellHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int CellHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CellHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const storage::AuditEntry& entry = m_entries[index.row()];
    switch (index.column()) {
    case When: {
        // Storage keeps UTC; the official reads the time of the office's clock.
        const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODate);
        return at.isValid() ? at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : entry.at;
    }
    case Who:
        return entry.user;
    case Field:
        return fieldName(entry.field);
    case Change:
        return tr("%1 → %2").arg(valueText(entry.field, entry.oldValue), valueText(entry.field, entry.newValue));
    default:
        return {};
    }
}

QVariant CellHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Field:
        return tr("What");
    case Change:
        return tr("Old → new");
    default:
        return {};
    }
}

QString CellHistoryModel::fieldName(const QString& field) const
{
    if (field == u"actual"_s) {
        return tr("actual");
    }
    if (field == u"baseline"_s) {
        return tr("baseline");
    }
    if (field == u"note"_s) {
        return tr("note");
    }
    if (field == u"members"_s) {
        return tr("members reached");
    }
    return field;
}

QString CellHistoryModel::valueText(const QString& field, const QString& value) const
{
    if (value.isEmpty()) {
        return tr("(empty)");
    }
    if (field == u"actual"_s || field == u"baseline"_s) {
        // Stored the programs' way (93.5); shown the interface's way (93,5).
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok ? DisplayText::number(number) : value;
    }
    if (field == u"members"_s) {
        QStringList names;
        for (const QString& code : value.split(u'|')) {
            const auto name = m_unitNames.find(code.toStdString());
            names << (name == m_unitNames.end() ? code : DisplayText::text(name->second));
        }
        return names.join(u", "_s);
    }
    return value;
}

} // namespace thidua::gui
