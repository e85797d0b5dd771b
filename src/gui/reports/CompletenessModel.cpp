#include "CompletenessModel.h"

#include "i18n/DisplayText.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

bool received(const CompletenessRow& row)
{
    return row.progress.report && row.progress.report->status != ReportStatus::Draft;
}

int entered(const CompletenessRow& row)
{
    return row.progress.expectedValues - row.progress.missingValues;
}

// Not started, draft, submitted, approved: the order in which a report moves on.
int statusRank(const CompletenessRow& row)
{
    return row.progress.report ? 1 + static_cast<int>(row.progress.report->status) : 0;
}

// Late first when sorting ascending: what the office chases comes to the top.
int timelinessRank(const CompletenessRow& row)
{
    if (!received(row)) {
        return row.overdue ? 0 : 4;
    }
    const auto onTime = row.progress.report->onTime;
    return !onTime ? 3 : (*onTime ? 2 : 1);
}

// The red of late and overdue lines; the words and symbols say the same without it.
const QColor kLateColor(0xa4, 0x00, 0x1d);

} // namespace

CompletenessModel::CompletenessModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CompletenessModel::setRows(std::vector<CompletenessRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

CompletenessModel::Totals CompletenessModel::totals() const
{
    Totals totals;
    for (const CompletenessRow& row : m_rows) {
        ++totals.expected;
        totals.missingValues += row.progress.missingValues;
        totals.overdue += row.overdue ? 1 : 0;
        if (!received(row)) {
            continue;
        }
        const storage::ReportInfo& report = *row.progress.report;
        ++totals.received;
        totals.approved += report.status == ReportStatus::Approved ? 1 : 0;
        totals.onTime += report.onTime == true ? 1 : 0;
        totals.late += report.onTime == false ? 1 : 0;
    }
    return totals;
}

QString CompletenessModel::statusText(const std::optional<storage::ReportInfo>& report)
{
    if (!report) {
        return tr("Not started");
    }
    switch (report->status) {
    case ReportStatus::Draft:
        // A draft that was submitted before is one the office reopened for correction.
        return report->submittedAt.isEmpty() ? tr("Draft") : tr("Reopened");
    case ReportStatus::Submitted:
        return tr("Submitted");
    case ReportStatus::Approved:
        return tr("Approved");
    }
    return {};
}

QString CompletenessModel::localTime(const QString& isoUtc)
{
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : QString();
}

int CompletenessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CompletenessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompletenessModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CompletenessRow& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case CodeRole:
        return DisplayText::text(row.progress.unitCode);
    case SortRole:
        return sortKey(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Values || index.column() == Missing) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return index.column() == SubmittedAt ? int(Qt::AlignCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Timeliness && timelinessRank(row) < 2) {
            return QBrush(kLateColor);
        }
        return {};
    default:
        return {};
    }
}

QVariant CompletenessModel::display(const CompletenessRow& row, int column) const
{
    switch (column) {
    case Unit:
        return row.unitName;
    case Group:
        return row.groupName;
    case Status:
        return statusText(row.progress.report);
    case SubmittedAt:
        // A reopened report keeps its last submission time, but it is no longer received.
        return received(row) ? localTime(row.progress.report->submittedAt) : QString();
    case Timeliness:
        return timeliness(row);
    case Values:
        return tr("%1/%2").arg(entered(row)).arg(row.progress.expectedValues);
    case Missing:
        return row.progress.missingValues;
    default:
        return {};
    }
}

QString CompletenessModel::timeliness(const CompletenessRow& row) const
{
    if (!received(row)) {
        return row.overdue ? tr("✘ Overdue") : QString();
    }
    const auto onTime = row.progress.report->onTime;
    if (!onTime) {
        return tr("– No deadline");
    }
    return *onTime ? tr("✔ On time") : tr("✘ Late");
}

QVariant CompletenessModel::sortKey(const CompletenessRow& row, int column) const
{
    switch (column) {
    case Status:
        return statusRank(row);
    case SubmittedAt:
        return received(row) ? row.progress.report->submittedAt : QString();
    case Timeliness:
        return timelinessRank(row);
    case Values:
        return entered(row);
    case Missing:
        return row.progress.missingValues;
    default:
        return display(row, column);
    }
}

QVariant CompletenessModel::toolTip(const CompletenessRow& row, int column) const
{
    const auto& report = row.progress.report;
    switch (column) {
    case Unit:
        return tr("%1 (code %2)").arg(row.unitName, DisplayText::text(row.progress.unitCode));
    case Status:
        if (report && report->status == ReportStatus::Approved) {
            return tr("Approved on %1; its values are locked until it is reopened.").arg(localTime(report->approvedAt));
        }
        if (report && report->status == ReportStatus::Draft && !report->submittedAt.isEmpty()) {
            return tr("Reopened: last submitted on %1, to be submitted again.").arg(localTime(report->submittedAt));
        }
        return {};
    case Values:
        return tr("%1 of the %2 values expected in this period are entered.")
            .arg(entered(row))
            .arg(row.progress.expectedValues);
    case Missing:
        return tr("Values without an actual figure, or without last year's figure where the indicator needs one.");
    default:
        return {};
    }
}

QVariant CompletenessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Unit:
        return tr("Unit");
    case Group:
        return tr("Group");
    case Status:
        return tr("Report");
    case SubmittedAt:
        return tr("Submitted at");
    case Timeliness:
        return tr("Timeliness");
    case Values:
        return tr("Values entered");
    case Missing:
        return tr("Missing");
    default:
        return {};
    }
}

} // namespace thidua::gui
