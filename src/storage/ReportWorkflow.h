// Internal to storage: what ReportRepository's value writes share with its workflow (ReportWorkflow.cpp)
// — the time stamp of a change and the lock an approved report puts on its values.
#pragma once

#include "core/Vocabulary.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace thidua::storage::workflow {

// Clock::now() as an ISO date-time in UTC ("2021-07-15T02:30:00Z"): what the audit log and the
// reports' submission and approval times store, so they sort as text and read the same anywhere.
QString nowIso();

// Submitted on or before the deadline's day, counted in local time, as the official reads the
// deadline on a calendar: a report sent at 00:10 the day after the deadline in Tây Sơn (UTC+7) is
// late, although in UTC it is still the deadline day. Empty when the report is a draft (never or no
// longer submitted) or the period has no valid deadline.
std::optional<bool> onTime(ReportStatus status, const QString& submittedAt, const QString& deadline);

// Throws StorageError::Locked, naming the unit and the period, when the report of (unitId, periodId)
// is approved: its values may change only after it is reopened.
void refuseIfApproved(const QSqlDatabase& db, qint64 unitId, qint64 periodId);

} // namespace thidua::storage::workflow
