#include "ScorecardViewTest.h"

#include "ScorecardViewTestSupport.h"
#include "ScoringTestSupport.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/dashboard/DashboardData.h"
#include "gui/dashboard/ScorecardModel.h"
#include "gui/dashboard/ScorecardProxy.h"
#include "gui/dashboard/ScorecardView.h"
#include "gui/dashboard/StatusStyle.h"
#include "gui/schemes/SchemeText.h"
#include "i18n/DisplayText.h"
#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <algorithm>

#include <map>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Model = gui::ScorecardModel;
using View = gui::ScorecardView;

constexpr double kBinhThanhXh09 = 95.0 / 93;
constexpr double kTayAnXh09 = 82.0 / 90;

} // namespace

void ScorecardViewTest::init()
{
    gui::MessageBox::clearLastShown();
    m_dir = std::make_unique<GuiTempDir>();
    m_session = std::make_unique<gui::DatabaseSession>();
    m_session->open(m_dir->createDatabase(u"plan.sqlite"_s), storage::Access::ReadWrite);
}

void ScorecardViewTest::cleanup()
{
    m_session.reset();
    m_dir.reset();
    QVERIFY2(!gui::MessageBox::lastShown(), "a message box was shown");
}

void ScorecardViewTest::modelsKeepTheContract()
{
    View view(m_session.get(), nullptr);
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(&shown(view));
    QVERIFY(proxy);
    using Tester = QAbstractItemModelTester;
    Tester source(proxy->sourceModel(), Tester::FailureReportingMode::QtTest);
    Tester filtered(&shown(view), Tester::FailureReportingMode::QtTest);
    Tester averaged(&averages(view), Tester::FailureReportingMode::QtTest);
    addScorecardData(*m_session->database());
    view.setPeriod(u"2021-H1"_s);
    view.refresh();
    QCOMPARE(proxy->sourceModel()->rowCount(), 4);
    selectGroup(view, u"KHOI_PHONG"_s);
    table(view).sortByColumn(columnOf(shown(view), u"XH12"_s), Qt::DescendingOrder);
    selectGroup(view, u"CUM_XA"_s);
    table(view).sortByColumn(Model::UnitName, Qt::AscendingOrder);
    view.setPeriod(u"2021-Y"_s);
    for (const QAbstractItemModel* model : {proxy->sourceModel(), &shown(view), &averages(view)}) {
        for (int column = 0; column < model->columnCount(); ++column) {
            QVERIFY(!(model->flags(model->index(0, column)) & Qt::ItemIsEditable));
        }
    }
    m_session->close();
    QCOMPARE(shown(view).rowCount(), 0);
    QCOMPARE(averages(view).rowCount(), 0);
}

void ScorecardViewTest::rowsAreUnitsWithTargetsButNotTheDistrict()
{
    gui::DashboardData data;
    data.campaign.indicators.resize(2);
    data.campaign.indicators[0].code = "A";
    data.campaign.indicators[0].name = "Indicator A";
    data.campaign.indicators[1].code = "B";
    data.campaign.groups.push_back({"G1", "Cụm 1", GroupKind::Cluster, "S"});
    data.campaign.units = {{kDistrictUnitCode, "Huyện", UnitKind::District, "", false},
                           {"U1", "Xã Một", UnitKind::Commune, "G1", false},
                           {"U2", "Xã Hai", UnitKind::Commune, "G1", true},  // archived
                           {"U3", "Xã Ba", UnitKind::Commune, "G1", false}}; // no target
    data.campaign.targets[kDistrictUnitCode] = {{"A", 1.0}, {"B", 1.0}};
    data.campaign.targets["U1"] = {{"A", 10.0}};
    data.campaign.targets["U2"] = {{"B", 10.0}};
    Achievement met;
    met.indicatorCode = "A";
    met.status = Status::Met;
    met.target = met.effectiveTarget = 10;
    met.actual = 12;
    met.ratio = 1.2;
    Achievement none;
    none.indicatorCode = "B";
    data.results.achievements[kDistrictUnitCode] = {met, none};
    data.results.achievements["U1"] = {met, none};
    data.results.achievements["U2"] = {met, none};
    RankedUnit ranked;
    ranked.score.unitCode = "U1";
    ranked.score.total = 88.5;
    ranked.rank = 1;
    data.results.rankings.push_back({"G1", "S", {ranked}});

    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDashboard(data);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(Model::CodeRole).toString(), u"U1"_s);
    QCOMPARE(model.columnCount(), Model::FirstIndicator + 1); // B: only the archived unit has it
    QCOMPARE(model.headerData(Model::FirstIndicator, Qt::Horizontal).toString(), u"A"_s);
    // The full name, and how the column sorts (by % of target, not by the figure shown).
    QVERIFY(model.headerData(Model::FirstIndicator, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .startsWith(u"Indicator A\n"_s));
    QCOMPARE(model.index(0, Model::GroupName).data().toString(), u"Cụm 1"_s);
    QCOMPARE(model.index(0, Model::Total).data().toString(), gui::SchemeText::points(88.5));
    QCOMPARE(model.index(0, Model::Rank).data().toString(), u"1/1"_s);
    QCOMPARE(model.index(0, Model::FirstIndicator).data().toString(),
             DisplayText::number(12) + u' ' + DisplayText::statusSymbol(Status::Met));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void ScorecardViewTest::cellsShowValueSymbolAndColour()
{
    addScorecardData(*m_session->database());
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-H1"_s);
    const QAbstractItemModel& model = shown(view);
    QCOMPARE(unitOrder(model).size(), 4);
    QVERIFY(!findByCode(model, Model::CodeRole, QString::fromLatin1(kDistrictUnitCode)).isValid());
    for (const char* code : {"KT02", "XH09", "XH11", "XH12"}) {
        QVERIFY2(columnOf(model, QString::fromLatin1(code)) >= Model::FirstIndicator, code);
    }
    QCOMPARE(columnOf(model, u"XH01"_s), -1); // nobody shown has a target for it

    const QModelIndex met = cell(model, u"BINH_THANH"_s, u"XH09"_s);
    QCOMPARE(met.data().toString(), DisplayText::number(95) + u' ' + DisplayText::statusSymbol(Status::Met));
    QCOMPARE(met.data(Qt::BackgroundRole).value<QBrush>().color(), gui::statusColor(Status::Met));
    const QString tip = met.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(DisplayText::percent(kBinhThanhXh09)), qPrintable(tip));
    QVERIFY2(tip.contains(DisplayText::number(93)), qPrintable(tip));
    QVERIFY2(tip.contains(DisplayText::status(Status::Met)), qPrintable(tip));
    QVERIFY2(tip.contains(DisplayText::percent(averageOf(averages(view), u"XH09"_s).toDouble())),
             qPrintable(tip)); // vs average

    const QModelIndex notMet = cell(model, u"BINH_THANH"_s, u"XH11"_s);
    QCOMPARE(notMet.data(Model::StatusRole).toInt(), static_cast<int>(Status::NotMet));
    QVERIFY(notMet.data(Qt::ToolTipRole).toString().contains(DisplayText::number(50))); // half-year target
    QCOMPARE(cell(model, u"TAY_AN"_s, u"XH09"_s).data(Qt::BackgroundRole).value<QBrush>().color(),
             gui::statusColor(Status::Near));

    for (const QModelIndex& na : {cell(model, u"TAY_AN"_s, u"KT02"_s), cell(model, u"TAY_AN"_s, u"XH11"_s)}) {
        QCOMPARE(na.data().toString(), DisplayText::statusSymbol(Status::NotApplicable));
        QCOMPARE(na.data(Qt::BackgroundRole).value<QBrush>().color(), gui::statusColor(Status::NotApplicable));
    }
    QVERIFY(cell(model, u"TAY_AN"_s, u"KT02"_s).data(Model::HasTargetRole).toBool());

    const QModelIndex noData = cell(model, u"TAY_BINH"_s, u"XH09"_s);
    QCOMPARE(noData.data().toString(), DisplayText::statusSymbol(Status::NoData));
    QVERIFY(!noData.data().toString().contains(u'0'));
    QCOMPARE(noData.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(Qt::white));
    QVERIFY(!noData.data(Model::RatioRole).isValid());
}

void ScorecardViewTest::groupFilterKeepsItsUnitsAndAveragesFollow()
{
    addScorecardData(*m_session->database());
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-H1"_s);
    QCOMPARE(child<QComboBox>(view, u"groupFilter"_s)->count(), 3); // all, the cluster, the block

    selectGroup(view, u"CUM_XA"_s);
    QCOMPARE(unitOrder(shown(view)), (QStringList{u"BINH_THANH"_s, u"TAY_AN"_s, u"TAY_BINH"_s})); // by rank
    QCOMPARE(columnOf(shown(view), u"XH12"_s), -1); // the agency's indicator goes with it
    QCOMPARE(averages(view).columnCount(), shown(view).columnCount());
    QCOMPARE(averageOf(averages(view), u"XH09"_s, Model::CountRole).toInt(), 2);

    selectGroup(view, u"KHOI_PHONG"_s);
    QCOMPARE(unitOrder(shown(view)), QStringList{u"P_NOI_VU"_s});
    QCOMPARE(shown(view).columnCount(), Model::FirstIndicator + 1);
    QVERIFY(qAbs(averageOf(averages(view), u"XH12"_s).toDouble() - 1.1) < 1e-9);
    QCOMPARE(averageOf(averages(view), u"XH12"_s, Model::CountRole).toInt(), 1);

    const QHeaderView* main = table(view).horizontalHeader();
    const QHeaderView* under = child<QTableView>(view, u"averagesTable"_s)->horizontalHeader();
    for (int column = 0; column < shown(view).columnCount(); ++column) {
        QCOMPARE(under->sectionSize(column), main->sectionSize(column));
    }

    view.refresh(); // the filter survives a refresh
    QCOMPARE(unitOrder(shown(view)), QStringList{u"P_NOI_VU"_s});
    selectGroup(view, QString());
    QCOMPARE(shown(view).rowCount(), 4);
}

void ScorecardViewTest::sortsByRatioWithMissingValuesLast()
{
    addScorecardData(*m_session->database());
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-H1"_s);
    const int xh09 = columnOf(shown(view), u"XH09"_s);
    table(view).sortByColumn(xh09, Qt::AscendingOrder);
    // No data before n/a, and both after every real ratio, in either direction.
    QCOMPARE(unitOrder(shown(view)), (QStringList{u"TAY_AN"_s, u"BINH_THANH"_s, u"TAY_BINH"_s, u"P_NOI_VU"_s}));
    table(view).sortByColumn(xh09, Qt::DescendingOrder);
    QCOMPARE(unitOrder(shown(view)), (QStringList{u"BINH_THANH"_s, u"TAY_AN"_s, u"TAY_BINH"_s, u"P_NOI_VU"_s}));

    // Equal (all n/a) units stay in name order whichever way: Phòng Nội vụ, Xã Tây An, Xã Tây Bình.
    const int xh11 = columnOf(shown(view), u"XH11"_s);
    const QStringList byXh11{u"BINH_THANH"_s, u"P_NOI_VU"_s, u"TAY_AN"_s, u"TAY_BINH"_s};
    table(view).sortByColumn(xh11, Qt::AscendingOrder);
    QCOMPARE(unitOrder(shown(view)), byXh11);
    table(view).sortByColumn(xh11, Qt::DescendingOrder);
    QCOMPARE(unitOrder(shown(view)), byXh11);

    table(view).sortByColumn(Model::UnitName, Qt::AscendingOrder); // Vietnamese collation of names
    QCOMPARE(unitOrder(shown(view)), (QStringList{u"P_NOI_VU"_s, u"BINH_THANH"_s, u"TAY_AN"_s, u"TAY_BINH"_s}));
    table(view).sortByColumn(Model::UnitName, Qt::DescendingOrder);
    QCOMPARE(unitOrder(shown(view)), (QStringList{u"TAY_BINH"_s, u"TAY_AN"_s, u"BINH_THANH"_s, u"P_NOI_VU"_s}));
    QCOMPARE(averages(view).rowCount(), 1); // the averages row is not among the sorted rows
}

void ScorecardViewTest::averagesAreMeansOverTheShownUnits()
{
    addScorecardData(*m_session->database());
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-H1"_s);
    const gui::DashboardData data = gui::loadDashboard(*m_session->database(), "2021-H1");
    const QAbstractItemModel& means = averages(view);
    QCOMPARE(means.rowCount(), 1);

    const double xh09 = (kBinhThanhXh09 + kTayAnXh09) / 2; // TAY_BINH has no data, P_NOI_VU n/a
    QVERIFY(qAbs(averageOf(means, u"XH09"_s).toDouble() - xh09) < 1e-9);
    QCOMPARE(averageOf(means, u"XH09"_s, Model::CountRole).toInt(), 2);
    QCOMPARE(means.index(0, columnOf(means, u"XH09"_s)).data().toString(),
             DisplayText::percent(xh09) + u" ("_s + QLocale().toString(2) + u')');
    QVERIFY(qAbs(averageOf(means, u"XH11"_s).toDouble() - 0.8) < 1e-9);
    QCOMPARE(averageOf(means, u"XH11"_s, Model::CountRole).toInt(), 1);
    QCOMPARE(averageOf(means, u"KT02"_s, Model::CountRole).toInt(), 0);
    QVERIFY(!means.index(0, columnOf(means, u"KT02"_s)).data(Model::RatioRole).isValid());
    QCOMPARE(means.index(0, columnOf(means, u"KT02"_s)).data().toString(),
             DisplayText::statusSymbol(Status::NotApplicable));

    std::map<std::string, double> total = totals(data);
    QCOMPARE(total.count("P_NOI_VU") + total.count("BINH_THANH") + total.count("TAY_AN") + total.count("TAY_BINH"), 4u);
    // The mean total leaves out units that have reported nothing: their 0 is no score.
    const auto reported = [&](const char* code) {
        const std::vector<Achievement>* all = data.achievements(code);
        return all && std::any_of(all->begin(), all->end(), [](const Achievement& a) { return a.ratio.has_value(); });
    };
    const auto meanOf = [&](std::initializer_list<const char*> codes, int& count) {
        double sum = 0;
        count = 0;
        for (const char* code : codes) {
            if (reported(code)) {
                sum += total[code];
                ++count;
            }
        }
        return sum / count;
    };
    int count = 0;
    const double all = meanOf({"P_NOI_VU", "BINH_THANH", "TAY_AN", "TAY_BINH"}, count);
    QCOMPARE(means.index(0, Model::Total).data(Model::CountRole).toInt(), count);
    QCOMPARE(means.index(0, Model::Total).data().toString(),
             gui::SchemeText::points(all) + u" ("_s + QLocale().toString(count) + u')');

    selectGroup(view, u"CUM_XA"_s);
    const double communes = meanOf({"BINH_THANH", "TAY_AN", "TAY_BINH"}, count);
    QCOMPARE(means.index(0, Model::Total).data(Model::CountRole).toInt(), count);
    QCOMPARE(means.index(0, Model::Total).data().toString(),
             gui::SchemeText::points(communes) + u" ("_s + QLocale().toString(count) + u')');
}

void ScorecardViewTest::exportsWhatIsShownWithTheAverages()
{
    addScorecardData(*m_session->database());
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-H1"_s);
    selectGroup(view, u"CUM_XA"_s);
    table(view).sortByColumn(columnOf(shown(view), u"XH09"_s), Qt::DescendingOrder);

    const QString path = m_dir->path(u"scorecard.csv"_s);
    gui::FileDialog::setNextFileName(path);
    child<QPushButton>(view, u"exportCsvButton"_s)->click();
    const QStringList lines = QString::fromUtf8(fileBytes(path)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3 + 1); // header, the cluster's communes, the averages
    QVERIFY2(lines[0].contains(u"XH09"_s) && !lines[0].contains(u"XH12"_s), qPrintable(lines[0]));
    QVERIFY2(lines[1].contains(u"Xã Bình Thành"_s), qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(DisplayText::number(95) + u' ' + DisplayText::statusSymbol(Status::Met)),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(u"Xã Tây An"_s), qPrintable(lines[2]));
    QVERIFY2(lines[3].contains(u"Xã Tây Bình"_s), qPrintable(lines[3]));
    const QString mean = averages(view).index(0, columnOf(averages(view), u"XH09"_s)).data().toString();
    QVERIFY2(lines[4].contains(mean), qPrintable(lines[4]));
    QVERIFY2(lines[4].startsWith(averages(view).index(0, 0).data().toString()), qPrintable(lines[4]));
}

void ScorecardViewTest::legendAndMessageWithoutADatabase()
{
    addScorecardData(*m_session->database());
    View view(m_session.get(), nullptr);
    QStringList legend;
    for (const QLabel* label : child<QWidget>(view, u"statusLegend"_s)->findChildren<QLabel*>()) {
        legend << label->text();
    }
    for (const Status status : {Status::Met, Status::Near, Status::NotMet, Status::NoData, Status::NotApplicable}) {
        QVERIFY2(legend.contains(DisplayText::statusText(status)), qPrintable(DisplayText::statusText(status)));
    }
    QVERIFY(table(view).font().pointSizeF() >= 11); // read on a projector
    view.setPeriod(u"2021-H1"_s);
    QCOMPARE(view.periodCode(), u"2021-H1"_s);
    QVERIFY(child<QPushButton>(view, u"exportCsvButton"_s)->isEnabled());
    const auto* message = child<QLabel>(view, u"scorecardMessage"_s);
    QVERIFY(message->isHidden());

    m_session->close();
    QCOMPARE(shown(view).rowCount(), 0);
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!message->isHidden());
    QVERIFY(!child<QPushButton>(view, u"exportCsvButton"_s)->isEnabled());
    QCOMPARE(child<QComboBox>(view, u"groupFilter"_s)->count(), 1);

    m_session->open(m_dir->path(u"plan.sqlite"_s), storage::Access::ReadOnly);
    QCOMPARE(shown(view).rowCount(), 4);
    QVERIFY(message->isHidden());
}

} // namespace thidua::test
