#include "ScorecardViewTestSupport.h"

#include "GuiTestSupport.h"
#include "ScoringTestSupport.h"
#include "gui/dashboard/DashboardData.h"
#include "gui/dashboard/ScorecardView.h"
#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"

#include <QComboBox>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Model = gui::ScorecardModel;
using View = gui::ScorecardView;

} // namespace

void addScorecardData(storage::Database& db)
{
    storage::PlanRepository plan(db);
    plan.saveTarget({"BINH_THANH", "XH09", 2021, 93});
    plan.saveTarget({"BINH_THANH", "XH11", 2021, 100});
    plan.saveTarget({"TAY_AN", "XH09", 2021, 90});
    plan.saveTarget({"TAY_AN", "KT02", 2021, 50});
    plan.saveTarget({"TAY_BINH", "XH09", 2021, 90});
    plan.saveTarget({"P_NOI_VU", "XH12", 2021, 80});
    storage::ReportRepository reports(db);
    reports.saveValue({"BINH_THANH", "2021-H1", "XH09", 95, std::nullopt, "", {}}, u"lan"_s);
    reports.saveValue({"BINH_THANH", "2021-H1", "XH11", 40, std::nullopt, "", {}}, u"lan"_s);
    reports.saveValue({"TAY_AN", "2021-H1", "XH09", 82, std::nullopt, "", {}}, u"lan"_s);
    reports.saveValue({"P_NOI_VU", "2021-H1", "XH12", 88, std::nullopt, "", {}}, u"lan"_s);
}

QTableView& table(const View& view)
{
    return *child<QTableView>(view, u"scorecardTable"_s);
}

QAbstractItemModel& shown(const View& view)
{
    return *table(view).model();
}

QAbstractItemModel& averages(const View& view)
{
    return *child<QTableView>(view, u"averagesTable"_s)->model();
}

int columnOf(const QAbstractItemModel& model, const QString& code)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString() == code) {
            return column;
        }
    }
    return -1;
}

QModelIndex cell(const QAbstractItemModel& model, const QString& unit, const QString& indicator)
{
    return findByCode(model, Model::CodeRole, unit).siblingAtColumn(columnOf(model, indicator));
}

QStringList unitOrder(const QAbstractItemModel& model)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row) {
        codes << model.index(row, 0).data(Model::CodeRole).toString();
    }
    return codes;
}

void selectGroup(const View& view, const QString& code)
{
    auto* filter = child<QComboBox>(view, u"groupFilter"_s);
    const int index = filter->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    filter->setCurrentIndex(index);
}

QVariant averageOf(const QAbstractItemModel& model, const QString& code, int role)
{
    return model.index(0, columnOf(model, code)).data(role);
}

std::map<std::string, double> totals(const gui::DashboardData& data)
{
    std::map<std::string, double> totals;
    for (const GroupRanking& ranking : data.results.rankings) {
        for (const RankedUnit& unit : ranking.units) {
            totals[unit.score.unitCode] = unit.score.total;
        }
    }
    return totals;
}

} // namespace thidua::test
