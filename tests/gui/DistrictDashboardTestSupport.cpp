#include "DistrictDashboardTestSupport.h"

#include "GuiTestSupport.h"
#include "gui/dashboard/DistrictDashboard.h"
#include "gui/dashboard/DistrictModel.h"
#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"

#include <QBrush>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using gui::DistrictModel;
using gui::DrillDownModel;
using View = gui::DistrictDashboard;

} // namespace

DistrictModel& districtModel(const View& view)
{
    return *qobject_cast<DistrictModel*>(child<QTreeView>(view, u"districtTree"_s)->model());
}

DrillDownModel& drillModel(const View& view)
{
    return *qobject_cast<DrillDownModel*>(child<QTableView>(view, u"drillDownTable"_s)->model());
}

QModelIndex row(const QAbstractItemModel& model, const QString& code)
{
    return findByCode(model, DistrictModel::CodeRole, code);
}

QVariant cell(const QAbstractItemModel& model, const QString& code, int column, int role)
{
    const QModelIndex found = row(model, code);
    return found.isValid() ? found.siblingAtColumn(column).data(role) : QVariant(u"(no row %1)"_s.arg(code));
}

QColor background(const QAbstractItemModel& model, const QString& code, int column)
{
    return cell(model, code, column, Qt::BackgroundRole).value<QBrush>().color();
}

Status status(const QAbstractItemModel& model, const QString& code, int role)
{
    return static_cast<Status>(cell(model, code, 0, role).toInt());
}

QModelIndex closingRow(const DrillDownModel& model, DrillDownModel::RowKind kind)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(DrillDownModel::RowKindRole).toInt() == static_cast<int>(kind)) {
            return model.index(r, 0);
        }
    }
    return {};
}

int stackPage(const View& view)
{
    return child<QStackedWidget>(view, u"districtStack"_s)->currentIndex();
}

void select(const View& view, const QString& code)
{
    auto* tree = child<QTreeView>(view, u"districtTree"_s);
    tree->setCurrentIndex(row(*tree->model(), code));
}

void saveValues(storage::Database& db)
{
    storage::PlanRepository plan(db);
    plan.saveTarget({"PHU_PHONG", "KT04", 2021, 50});
    plan.saveTarget({"BINH_THANH", "KT04", 2021, 30});
    plan.saveTarget({"TAY_AN", "KT04", 2021, 20});
    plan.saveTarget({"BINH_THANH", "XH09", 2021, 93});

    storage::ReportRepository reports(db);
    const auto save = [&](const char* unit, const char* period, const char* indicator, double actual) {
        reports.saveValue({unit, period, indicator, actual, std::nullopt, "", {}}, u"lan"_s);
    };
    save("HUYEN", "2021-H1", "KT04", 100); // of T' = 121,235 at mid-year: 82,5%
    save("HUYEN", "2021-H1", "XH09", 94);
    save("HUYEN", "2021-Y", "KT04", 250); // of 242,47: 103,1%
    save("HUYEN", "2021-Y", "XH09", 92);  // of 93,5: nearly met
    save("PHU_PHONG", "2021-Y", "KT04", 40);
    save("BINH_THANH", "2021-Y", "KT04", 35);
    save("BINH_THANH", "2021-Y", "XH09", 95);
}

} // namespace thidua::test
