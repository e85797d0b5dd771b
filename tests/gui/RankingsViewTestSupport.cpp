#include "RankingsViewTestSupport.h"

#include "gui/DatabaseSession.h"
#include "gui/dashboard/RankingModel.h"
#include "gui/dashboard/RankingsView.h"
#include "storage/ScoreRepository.h"

#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Breakdown = gui::ScoreBreakdownModel;
using Ranking = gui::RankingModel;

} // namespace

Criterion criterion(const char* code, const char* heading, double max, const char* indicator, bool veto)
{
    Criterion c;
    c.code = code;
    c.heading = heading;
    c.name = std::string("Tiêu chí ") + code;
    c.maxPoints = max;
    c.indicatorCode = indicator;
    c.method = veto ? ScoringMethod::PassFail : ScoringMethod::Proportional;
    c.veto = veto;
    return c;
}

Scheme testScheme()
{
    Scheme scheme;
    scheme.code = "TC";
    scheme.name = "Bảng thử";
    scheme.titleBands = {{0.9, "Tập thể lao động xuất sắc"}, {0.7, "Tập thể lao động tiên tiến"}};
    scheme.criteria = {criterion("C01", "I. Chấm tay", 50), criterion("C02", "I. Chấm tay", 30),
                       criterion("C03", "II. Chỉ tiêu", 10, "KT05"),
                       criterion("C04", "II. Chỉ tiêu", 10, "QP02", true)};
    return scheme;
}

UnitScore scored(const Scheme& scheme, const char* code, const char* name, double c01, double c02, double r05,
                 bool safe, std::vector<Adjustment> adjustments)
{
    UnitScoreInput input;
    input.unitCode = code;
    input.unitName = name;
    input.manual["C01"].final = c01;
    input.manual["C02"].cluster = c02;
    input.achievements["KT05"] = {"KT05", r05 >= 1 ? Status::Met : Status::NotMet, 100, 100, r05, 100 * r05, {}};
    input.achievements["QP02"] = {"QP02", safe ? Status::Met : Status::NotMet, {}, {}, safe ? 1.0 : 0.0, 0, {}};
    input.adjustments = std::move(adjustments);
    return scoreUnit(scheme, input);
}

GroupRanking testRanking(const Scheme& scheme)
{
    std::vector<UnitScore> scores{
        scored(scheme, "U5", "Xã Tây Xuân", 50, 30, 1.2, false, {{AdjustmentType::Bonus, "Giải nhất hội thao", 6}}),
        scored(scheme, "U6", "Xã Vĩnh An", 40, 20, 0.5, true,
               {{AdjustmentType::Bonus, "Bằng khen của UBND tỉnh", 3},
                {AdjustmentType::Deduction, "Nộp báo cáo trễ hạn", 1}})};
    for (const auto& [code, name] : {std::pair{"U1", "Xã Tây An"}, std::pair{"U2", "Xã Đông Sơn"},
                                     std::pair{"U3", "Xã Bình Nghi"}, std::pair{"U4", "Xã Bình Hòa"}}) {
        scores.push_back(scored(scheme, code, name, 45, 27, 1.0, true));
    }
    return rankGroup(Group{"CUM", "Cụm thử", GroupKind::Cluster, "TC"}, scheme, std::move(scores));
}

QStringList codesInOrder(const QAbstractItemModel& model)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row) {
        codes << model.index(row, 0).data(Ranking::CodeRole).toString();
    }
    return codes;
}

QModelIndexList rowsOfKind(const QAbstractItemModel& model, Breakdown::Kind kind, const QModelIndex& parent)
{
    QModelIndexList rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(Breakdown::KindRole).toInt() == static_cast<int>(kind)) {
            rows << index;
        }
        rows << rowsOfKind(model, kind, index);
    }
    return rows;
}

double criteriaPoints(const QAbstractItemModel& model)
{
    double sum = 0;
    for (const QModelIndex& row : rowsOfKind(model, Breakdown::Kind::Criterion)) {
        sum += row.data(Breakdown::ApplicableRole).toBool() ? row.data(Breakdown::PointsRole).toDouble() : 0;
    }
    return sum;
}

bool anyEditable(const QAbstractItemModel& model, const QModelIndex& parent)
{
    bool editable = false;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            editable = editable || model.flags(model.index(row, column, parent)).testFlag(Qt::ItemIsEditable);
        }
        editable = editable || anyEditable(model, model.index(row, 0, parent));
    }
    return editable;
}

QTableView* tableOf(const gui::RankingsView& view)
{
    return view.findChild<QTableView*>(u"rankingTable"_s);
}

Ranking* rankingOf(const gui::RankingsView& view)
{
    return qobject_cast<Ranking*>(tableOf(view)->model());
}

Breakdown* breakdownOf(const gui::RankingsView& view)
{
    return qobject_cast<Breakdown*>(view.findChild<QTreeView*>(u"breakdownTree"_s)->model());
}

QString labelText(const gui::RankingsView& view, const QString& name)
{
    return view.findChild<QLabel*>(name)->text();
}

std::unique_ptr<gui::RankingsView> shownView(gui::DatabaseSession& session)
{
    auto view = std::make_unique<gui::RankingsView>(&session, nullptr);
    view->resize(1500, 900);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) {
        qWarning("the view was not exposed");
    }
    view->setPeriod(u"2021-Y"_s);
    return view;
}

void saveFullManualScores(storage::ScoreRepository& scores, const std::string& unit, double c18)
{
    for (const auto& [code, points] : std::vector<std::pair<std::string, double>>{
             {"C08", 5}, {"C14", 5}, {"C15", 5}, {"C16", 6}, {"C17", 4}, {"C18", c18}}) {
        scores.saveManualScore(unit, "2021-Y", code, ScoreLevel::Final, points);
    }
}
} // namespace thidua::test
