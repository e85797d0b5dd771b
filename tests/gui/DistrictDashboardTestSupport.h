// Helpers of the district dashboard suite: the view's two models and widgets found by name, rows and
// cells found by code, and the values the tests save on top of the seeded plan.
#pragma once

#include "ScoringTestSupport.h" // child<T>(), which the scorecard suite shares too
#include "core/Achievement.h"
#include "gui/dashboard/DrillDownModel.h"

#include <QColor>
#include <QModelIndex>
#include <QString>
#include <QVariant>

class QAbstractItemModel;

namespace thidua::storage {
class Database;
}

namespace thidua::gui {
class DistrictDashboard;
class DistrictModel;
} // namespace thidua::gui

namespace thidua::test {

gui::DistrictModel& districtModel(const gui::DistrictDashboard& view);
gui::DrillDownModel& drillModel(const gui::DistrictDashboard& view);

// Rows of either model, found by their code (an indicator's or a unit's).
QModelIndex row(const QAbstractItemModel& model, const QString& code);
// The cell of that row; a text naming the code when there is no such row, so a failed comparison
// says what was missing.
QVariant cell(const QAbstractItemModel& model, const QString& code, int column, int role = Qt::DisplayRole);
QColor background(const QAbstractItemModel& model, const QString& code, int column);
Status status(const QAbstractItemModel& model, const QString& code, int role);
// The drill-down's closing row of that kind (sum, district, gap); invalid when it has none.
QModelIndex closingRow(const gui::DrillDownModel& model, gui::DrillDownModel::RowKind kind);

// 0: the district's tree; 1: the drill-down.
int stackPage(const gui::DistrictDashboard& view);
void select(const gui::DistrictDashboard& view, const QString& code);

// The seed has the district's year-end KT01 (10,3 of 13,2: not met), KT01.1 and KT03 (met). Three
// units get a KT04 target; the district and three of them report.
void saveValues(storage::Database& db);

} // namespace thidua::test
