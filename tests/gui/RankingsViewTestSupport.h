// Helpers of the rankings suite: a hand-made scheme and ranking whose every total is known, ways to
// read the ranking and breakdown models, the view shown on the seeded plan, and manual scores saved
// for it.
#pragma once

#include "core/Ranking.h"
#include "gui/dashboard/ScoreBreakdownModel.h"

#include <QModelIndex>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

class QAbstractItemModel;
class QTableView;

namespace thidua::storage {
class ScoreRepository;
}

namespace thidua::gui {
class DatabaseSession;
class RankingModel;
class RankingsView;
} // namespace thidua::gui

namespace thidua::test {

// A veto criterion here is pass/fail, as C10 of the seeded scheme.
Criterion criterion(const char* code, const char* heading, double max, const char* indicator = "", bool veto = false);
// S = 100: two manual criteria, a proportional one on KT05 and a pass/fail veto on QP02.
Scheme testScheme();
UnitScore scored(const Scheme& scheme, const char* code, const char* name, double c01, double c02, double r05,
                 bool safe, std::vector<Adjustment> adjustments = {});
// Tây Xuân 91 + 6 = 97, vetoed; four units tied at 92, their codes running against their names'
// order; Vĩnh An 75 + 3 − 1 = 77.
GroupRanking testRanking(const Scheme& scheme);

QStringList codesInOrder(const QAbstractItemModel& model);
// Rows of one kind anywhere in the breakdown.
QModelIndexList rowsOfKind(const QAbstractItemModel& model, gui::ScoreBreakdownModel::Kind kind,
                           const QModelIndex& parent = {});
// The points of the criteria that apply, which must add up to the unit's.
double criteriaPoints(const QAbstractItemModel& model);
bool anyEditable(const QAbstractItemModel& model, const QModelIndex& parent = {});

QTableView* tableOf(const gui::RankingsView& view);
gui::RankingModel* rankingOf(const gui::RankingsView& view);
gui::ScoreBreakdownModel* breakdownOf(const gui::RankingsView& view);
QString labelText(const gui::RankingsView& view, const QString& name);
// The view shown and exposed, at year-end, so that clicks and keys reach it.
std::unique_ptr<gui::RankingsView> shownView(gui::DatabaseSession& session);

void saveFullManualScores(storage::ScoreRepository& scores, const std::string& unit, double c18);

} // namespace thidua::test
