// Helpers of the scorecard suite: the targets and values saved on top of the seeded plan, the view's
// tables and group filter found by name, and cells, columns and averages found by code.
#pragma once

#include "gui/dashboard/ScorecardModel.h"

#include <QModelIndex>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <string>

class QAbstractItemModel;
class QTableView;

namespace thidua::storage {
class Database;
}

namespace thidua::gui {
struct DashboardData;
class ScorecardView;
} // namespace thidua::gui

namespace thidua::test {

// Three communes of CUM_XA and one agency of KHOI_PHONG. At 2021-H1: BINH_THANH XH09 met, XH11 not
// met (cumulative: half of 100 expected, 40 done); TAY_AN XH09 near, KT02 n/a although targeted
// (assessed at year end); TAY_BINH XH09 no data; P_NOI_VU XH12 met.
void addScorecardData(storage::Database& db);

QTableView& table(const gui::ScorecardView& view);
// What the table shows: the rows the group filter keeps, in the order sorted.
QAbstractItemModel& shown(const gui::ScorecardView& view);
QAbstractItemModel& averages(const gui::ScorecardView& view);

// The column headed by the indicator's code; -1 when nobody shown has a target for it.
int columnOf(const QAbstractItemModel& model, const QString& code);
QModelIndex cell(const QAbstractItemModel& model, const QString& unit, const QString& indicator);
QStringList unitOrder(const QAbstractItemModel& model);
void selectGroup(const gui::ScorecardView& view, const QString& code);
// The averages row's mean (RatioRole) or count (CountRole) under an indicator.
QVariant averageOf(const QAbstractItemModel& model, const QString& code, int role = gui::ScorecardModel::RatioRole);
// Each ranked unit's total, by unit code, to check the averages by hand.
std::map<std::string, double> totals(const gui::DashboardData& data);

} // namespace thidua::test
