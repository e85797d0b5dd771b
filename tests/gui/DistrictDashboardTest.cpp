#include "DistrictDashboardTest.h"

#include "DistrictDashboardTestSupport.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/dashboard/DashboardHeader.h"
#include "gui/dashboard/DistrictDashboard.h"
#include "gui/dashboard/DistrictModel.h"
#include "gui/dashboard/DrillDownModel.h"
#include "gui/dashboard/StatusStyle.h"
#include "i18n/DisplayText.h"
#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using gui::DistrictModel;
using gui::DrillDownModel;
using View = gui::DistrictDashboard;

// Kept here, not in the support files: ReportFormTestSupport.h declares one of the same name and
// signature.
QString translated(const char* context, const char* text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

void DistrictDashboardTest::init()
{
    gui::MessageBox::clearLastShown();
    m_dir = std::make_unique<GuiTempDir>();
    m_session = std::make_unique<gui::DatabaseSession>();
    m_session->open(m_dir->createDatabase(u"plan.sqlite"_s), storage::Access::ReadWrite);
}

void DistrictDashboardTest::cleanup()
{
    m_session.reset();
    m_dir.reset();
    QVERIFY2(!gui::MessageBox::lastShown(), "a message box was shown");
}

void DistrictDashboardTest::modelsKeepTheContract()
{
    saveValues(*m_session->database());
    View view(m_session.get(), nullptr);
    QAbstractItemModelTester district(&districtModel(view), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester drill(&drillModel(view), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setPeriod(u"2021-H1"_s);
    view.setPeriod(u"2021-Y"_s);
    select(view, u"KT04"_s);
    child<QPushButton>(view, u"drillDownButton"_s)->click();
    QVERIFY(drillModel(view).rowCount() > 0);
    view.refresh();
    view.setPeriod(u"2021-H1"_s);
    for (const QAbstractItemModel* model : {static_cast<const QAbstractItemModel*>(&districtModel(view)),
                                            static_cast<const QAbstractItemModel*>(&drillModel(view))}) {
        const QModelIndex first = model->index(0, 0);
        QVERIFY(first.isValid());
        QVERIFY(!(model->flags(first) & Qt::ItemIsEditable)); // read only
    }
    m_session->close();
    QCOMPARE(districtModel(view).rowCount(), 0);
    QCOMPARE(drillModel(view).rowCount(), 0);
}

void DistrictDashboardTest::treeHasHeadingsAndNestedIndicators()
{
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-Y"_s);
    QCOMPARE(view.periodCode(), u"2021-Y"_s);
    const DistrictModel& model = districtModel(view);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(DistrictModel::CodeRole).toString(), u"KT"_s);
    QCOMPARE(model.index(1, 0).data(DistrictModel::CodeRole).toString(), u"XH"_s);
    QCOMPARE(model.index(2, 0).data(DistrictModel::CodeRole).toString(), u"QP"_s);
    QVERIFY(model.isHeading(model.index(0, 0)));
    QCOMPARE(countRows(model), 3 + 32);

    const QModelIndex kt05 = row(model, u"KT05"_s);
    const QModelIndex kt051 = row(model, u"KT05.1"_s);
    const QModelIndex kt052 = row(model, u"KT05.2"_s);
    QCOMPARE(kt05.parent(), model.index(0, 0));
    QCOMPARE(kt051.parent(), kt05);
    QCOMPARE(kt052.parent(), kt051);
    QCOMPARE(row(model, u"QP04.3"_s).parent(), row(model, u"QP04"_s));
    QVERIFY(kt05.data().toString().startsWith(u"KT05"_s));
    QVERIFY(kt05.data().toString().contains(u"Tổng thu ngân sách huyện"_s));
    QCOMPARE(cell(model, u"KT05"_s, DistrictModel::UnitColumn).toString(), u"tỷ đồng"_s);
}

void DistrictDashboardTest::rowsShowStatusInColourAndWords()
{
    saveValues(*m_session->database());
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-Y"_s);
    const DistrictModel& model = districtModel(view);

    // Met, in words and colour, with the percentage the Vietnamese way.
    QCOMPARE(status(model, u"KT04"_s, DistrictModel::StatusRole), Status::Met);
    QCOMPARE(cell(model, u"KT04"_s, DistrictModel::PercentColumn).toString(), QLocale().toString(103.1, 'f', 1) + u'%');
    QCOMPARE(cell(model, u"KT04"_s, DistrictModel::PercentColumn).toString(), DisplayText::percent(250 / 242.47));
    QCOMPARE(cell(model, u"KT04"_s, DistrictModel::ActualColumn).toString(), DisplayText::number(250.0));
    QCOMPARE(cell(model, u"KT04"_s, DistrictModel::TargetColumn).toString(), DisplayText::number(242.47));
    QCOMPARE(cell(model, u"KT04"_s, DistrictModel::StatusColumn).toString(), DisplayText::statusText(Status::Met));
    QCOMPARE(background(model, u"KT04"_s, DistrictModel::StatusColumn), gui::statusColor(Status::Met));
    QCOMPARE(cell(model, u"XH09"_s, DistrictModel::StatusColumn).toString(), DisplayText::statusText(Status::Near));
    QCOMPARE(cell(model, u"KT01"_s, DistrictModel::StatusColumn).toString(), DisplayText::statusText(Status::NotMet));
    QCOMPARE(background(model, u"KT01"_s, DistrictModel::PercentColumn), gui::statusColor(Status::NotMet));

    // No data: white, with "?" where the figures would be, never a zero or an empty cell.
    QCOMPARE(status(model, u"KT05"_s, DistrictModel::StatusRole), Status::NoData);
    QCOMPARE(cell(model, u"KT05"_s, DistrictModel::ActualColumn).toString(), u"?"_s);
    QCOMPARE(cell(model, u"KT05"_s, DistrictModel::PercentColumn).toString(), u"?"_s);
    QCOMPARE(cell(model, u"KT05"_s, DistrictModel::StatusColumn).toString(), DisplayText::statusText(Status::NoData));
    QCOMPARE(background(model, u"KT05"_s, DistrictModel::ActualColumn), QColor(Qt::white));

    // At mid-year a year-end indicator is n/a, grey; a cumulative one is measured against T' = T × 0,5
    // and shows both targets.
    view.setPeriod(u"2021-H1"_s);
    QCOMPARE(status(model, u"KT02"_s, DistrictModel::StatusRole), Status::NotApplicable);
    QCOMPARE(cell(model, u"KT02"_s, DistrictModel::StatusColumn).toString(),
             DisplayText::statusText(Status::NotApplicable));
    QCOMPARE(background(model, u"KT02"_s, DistrictModel::IndicatorColumn), gui::statusColor(Status::NotApplicable));
    QCOMPARE(cell(model, u"KT02"_s, DistrictModel::PercentColumn).toString(), QString());
    const QString target = cell(model, u"KT04"_s, DistrictModel::TargetColumn).toString();
    QVERIFY2(target.contains(DisplayText::number(121.235)) && target.contains(DisplayText::number(242.47)),
             qPrintable(target));
    QCOMPARE(status(model, u"KT04"_s, DistrictModel::StatusRole), Status::NotMet);
    QCOMPARE(cell(model, u"KT04"_s, DistrictModel::PercentColumn).toString(), DisplayText::percent(100 / 121.235));
}

void DistrictDashboardTest::changeAgainstThePreviousPeriod()
{
    saveValues(*m_session->database());
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-Y"_s);
    const DistrictModel& model = districtModel(view);

    // 103,1% now against 82,5% at mid-year.
    QCOMPARE(cell(model, u"KT04"_s, 0, DistrictModel::ChangeRole).toDouble(), 20.6);
    const QString up = cell(model, u"KT04"_s, DistrictModel::ChangeColumn).toString();
    QCOMPARE(up, DistrictModel::changeText(20.6));
    QVERIFY2(up.startsWith(u"\u25B2"_s) && up.contains(QLocale().toString(20.6, 'f', 1)), qPrintable(up));
    const QString tip = cell(model, u"KT04"_s, DistrictModel::ChangeColumn, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(DisplayText::number(100.0)) && tip.contains(DisplayText::percent(100 / 121.235)),
             qPrintable(tip));

    // 98,4% against 100,5%: down.
    QCOMPARE(cell(model, u"XH09"_s, 0, DistrictModel::ChangeRole).toDouble(), -2.1);
    QVERIFY(cell(model, u"XH09"_s, DistrictModel::ChangeColumn).toString().startsWith(u"\u25BC"_s));
    // No figure on one side: a dash, not a zero.
    QCOMPARE(cell(model, u"KT05"_s, DistrictModel::ChangeColumn).toString(), u"\u2013"_s);
    QVERIFY(!cell(model, u"KT05"_s, 0, DistrictModel::ChangeRole).isValid());
    QCOMPARE(cell(model, u"KT02"_s, DistrictModel::ChangeColumn).toString(), u"\u2013"_s); // n/a at mid-year
    QCOMPARE(DistrictModel::changeText(0), u"= "_s + DisplayText::number(0.0));

    // The first period of the plan has nothing before it.
    view.setPeriod(u"2021-H1"_s);
    QCOMPARE(cell(model, u"KT04"_s, DistrictModel::ChangeColumn).toString(), u"\u2013"_s);
}

void DistrictDashboardTest::headlineCountsMainTargets()
{
    saveValues(*m_session->database());
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-Y"_s);
    auto* headline = child<QLabel>(view, u"headlineLabel"_s);
    const char* context = "thidua::gui::DashboardHeader";
    // 24 main targets: KT03 and KT04 met, XH09 near, KT01 not met, 20 without data. KT01.1 (met) is
    // a breakdown and does not count.
    QCOMPARE(headline->text(), translated(context, "%1/%2 main targets met or exceeded").arg(2).arg(24));
    QCOMPARE(headline->font().pointSize(), 17);
    QVERIFY(headline->font().bold());
    const QString counts = child<QLabel>(view, u"statusCountsLabel"_s)->text();
    QVERIFY2(counts.contains(translated(context, "%1 nearly met").arg(1)) &&
                 counts.contains(translated(context, "%1 not met").arg(1)) &&
                 counts.contains(translated(context, "%1 without data").arg(20)),
             qPrintable(counts));
    // Per heading, on the heading's row: KT01 not met, KT02 and KT05 without data.
    QCOMPARE(cell(districtModel(view), u"KT"_s, DistrictModel::StatusColumn).toString(),
             translated("thidua::gui::DistrictModel", "%1/%2 met or exceeded").arg(2).arg(5));

    // Mid-year: the seven year-end indicators are left out.
    view.setPeriod(u"2021-H1"_s);
    QCOMPARE(headline->text(), translated(context, "%1/%2 main targets met or exceeded").arg(1).arg(17));
}

void DistrictDashboardTest::completenessAtAGlance()
{
    storage::Database& db = *m_session->database();
    saveValues(db);
    storage::PlanRepository plan(db);
    for (Period period : plan.periods(2021)) {
        period.deadline = "2099-12-31";
        plan.savePeriod(period);
    }
    storage::ReportRepository reports(db);
    reports.submit("HUYEN", "2021-Y", u"lan"_s);
    reports.submit("BINH_THANH", "2021-Y", u"lan"_s);
    reports.approve("BINH_THANH", "2021-Y", u"hoa"_s);
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-Y"_s);

    // Expected: the district and the three units with a KT04 target; PHU_PHONG is still a draft and
    // TAY_AN has entered nothing.
    const QLocale locale;
    QCOMPARE(child<QLabel>(view, u"receivedValue"_s)->text(),
             translated("thidua::gui::DashboardHeader", "%1/%2").arg(locale.toString(2), locale.toString(4)));
    QCOMPARE(child<QLabel>(view, u"onTimeValue"_s)->text(), locale.toString(2));
    QCOMPARE(child<QLabel>(view, u"approvedValue"_s)->text(), locale.toString(1));
    QCOMPARE(child<QLabel>(view, u"missingValue"_s)->text(), locale.toString(2));
    // The council reads which ones without a click.
    const QString missing = child<QLabel>(view, u"missingUnitsLabel"_s)->text();
    QVERIFY2(missing.contains(u"Thị trấn Phú Phong"_s) && missing.contains(u"Xã Tây An"_s), qPrintable(missing));
    QVERIFY(!missing.contains(u"Xã Bình Thành"_s));

    // A report reopened for correction is no longer received.
    reports.reopen("BINH_THANH", "2021-Y", u"hoa"_s, u"Sai số liệu"_s);
    view.refresh();
    QCOMPARE(child<QLabel>(view, u"missingValue"_s)->text(), locale.toString(3));
    QCOMPARE(child<QLabel>(view, u"approvedValue"_s)->text(), locale.toString(0));
}

void DistrictDashboardTest::drillsDownToTheCommunesAndBack()
{
    saveValues(*m_session->database());
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-Y"_s);
    auto* tree = child<QTreeView>(view, u"districtTree"_s);
    auto* drillButton = child<QPushButton>(view, u"drillDownButton"_s);
    QCOMPARE(stackPage(view), 0);
    select(view, u"KT"_s);
    QVERIFY(!drillButton->isEnabled()); // a heading has no figure to break down
    select(view, u"KT04"_s);
    QVERIFY(drillButton->isEnabled());
    drillButton->click();
    QCOMPARE(stackPage(view), 1);

    const DrillDownModel& model = drillModel(view);
    QCOMPARE(model.indicatorCode(), std::string("KT04"));
    // The town and the two communes with a target, in plan order, then sum, district and gap.
    QCOMPARE(model.rowCount(), 3 + 3);
    QCOMPARE(model.index(0, 0).data(DrillDownModel::CodeRole).toString(), u"PHU_PHONG"_s);
    QCOMPARE(model.index(0, 0).data().toString(), u"Thị trấn Phú Phong"_s);
    QCOMPARE(status(model, u"PHU_PHONG"_s, DrillDownModel::StatusRole), Status::NotMet);
    QCOMPARE(cell(model, u"PHU_PHONG"_s, DrillDownModel::PercentColumn).toString(), DisplayText::percent(0.8));
    QCOMPARE(status(model, u"BINH_THANH"_s, DrillDownModel::StatusRole), Status::Met);
    QCOMPARE(cell(model, u"BINH_THANH"_s, DrillDownModel::StatusColumn).toString(),
             DisplayText::statusText(Status::Met));
    QCOMPARE(background(model, u"BINH_THANH"_s, DrillDownModel::StatusColumn), gui::statusColor(Status::Met));
    QCOMPARE(status(model, u"TAY_AN"_s, DrillDownModel::StatusRole), Status::NoData);
    QCOMPARE(cell(model, u"TAY_AN"_s, DrillDownModel::ActualColumn).toString(), u"?"_s);

    const auto actual = [&](DrillDownModel::RowKind kind) {
        return closingRow(model, kind).siblingAtColumn(DrillDownModel::ActualColumn).data().toString();
    };
    QCOMPARE(actual(DrillDownModel::RowKind::Sum), DisplayText::number(75.0));
    QCOMPARE(actual(DrillDownModel::RowKind::District), DisplayText::number(250.0));
    QCOMPARE(actual(DrillDownModel::RowKind::Gap), DisplayText::number(175.0));
    QCOMPARE(model.gap(), std::optional<double>(175.0));
    QCOMPARE(model.line()->communesReporting, 2);
    QCOMPARE(model.line()->communesExpected, 3);
    const QString summary = child<QLabel>(view, u"drillDownSummary"_s)->text();
    QVERIFY2(summary.startsWith(
                 translated("thidua::gui::DrillDownModel", "%1 of %2 communes and the town reported.").arg(2).arg(3)),
             qPrintable(summary));
    QVERIFY2(summary.contains(DisplayText::number(175.0)), qPrintable(summary));
    QVERIFY(child<QLabel>(view, u"drillDownTitle"_s)->text().startsWith(u"KT04"_s));

    // A refresh keeps the reader where they are.
    view.refresh();
    QCOMPARE(stackPage(view), 1);
    QCOMPARE(model.rowCount(), 6);

    child<QPushButton>(view, u"backButton"_s)->click();
    QCOMPARE(stackPage(view), 0);
    QCOMPARE(tree->currentIndex().data(DistrictModel::CodeRole).toString(), u"KT04"_s);

    // The keyboard: Enter drills down, Backspace and Alt+Left come back.
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(stackPage(view), 1);
    QTest::keyClick(child<QTableView>(view, u"drillDownTable"_s), Qt::Key_Backspace);
    QCOMPARE(stackPage(view), 0);
    QTest::keyClick(tree, Qt::Key_Enter);
    QCOMPARE(stackPage(view), 1);
    QTest::keyClick(child<QTableView>(view, u"drillDownTable"_s), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(stackPage(view), 0);

    // A double-click drills down too, and another period keeps the drill-down of the same indicator.
    emit tree->doubleClicked(row(*tree->model(), u"KT04"_s));
    QCOMPARE(stackPage(view), 1);
    view.setPeriod(u"2021-H1"_s);
    QCOMPARE(stackPage(view), 1);
    QCOMPARE(closingRow(model, DrillDownModel::RowKind::District)
                 .siblingAtColumn(DrillDownModel::ActualColumn)
                 .data()
                 .toString(),
             DisplayText::number(100.0));
    QCOMPARE(
        closingRow(model, DrillDownModel::RowKind::Sum).siblingAtColumn(DrillDownModel::ActualColumn).data().toString(),
        u"\u2013"_s); // no commune reported at mid-year
}

void DistrictDashboardTest::drillDownOfARateHasNoSum()
{
    saveValues(*m_session->database());
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-Y"_s);
    select(view, u"XH09"_s);
    child<QPushButton>(view, u"drillDownButton"_s)->click();
    const DrillDownModel& model = drillModel(view);
    QCOMPARE(model.rowCount(), 1); // BINH_THANH only: a percentage does not add up
    QCOMPARE(status(model, u"BINH_THANH"_s, DrillDownModel::StatusRole), Status::Met);
    QVERIFY(!closingRow(model, DrillDownModel::RowKind::Sum).isValid());
    QVERIFY(!model.gap());
}

void DistrictDashboardTest::exportsBothTablesToCsv()
{
    saveValues(*m_session->database());
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-Y"_s);

    const QString path = m_dir->path(u"district.csv"_s);
    gui::FileDialog::setNextFileName(path);
    child<QPushButton>(view, u"exportCsvButton"_s)->click();
    const QString text = QString::fromUtf8(fileBytes(path));
    QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3 + 32); // header, headings, indicators
    const auto kt04 =
        std::find_if(lines.begin(), lines.end(), [](const QString& line) { return line.contains(u"KT04 \u2013"_s); });
    QVERIFY(kt04 != lines.end());
    QVERIFY2(kt04->contains(DisplayText::percent(250 / 242.47)), qPrintable(*kt04));
    QVERIFY2(kt04->contains(DisplayText::statusText(Status::Met)), qPrintable(*kt04));

    select(view, u"KT04"_s);
    child<QPushButton>(view, u"drillDownButton"_s)->click();
    const QString drillPath = m_dir->path(u"kt04.csv"_s);
    gui::FileDialog::setNextFileName(drillPath);
    child<QPushButton>(view, u"drillDownExportButton"_s)->click();
    lines = QString::fromUtf8(fileBytes(drillPath)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 6);
    QVERIFY2(lines[2].contains(u"Xã Bình Thành"_s), qPrintable(lines[2]));
    QVERIFY2(lines[4].contains(DisplayText::number(75.0)), qPrintable(lines[4]));
}

void DistrictDashboardTest::noDatabaseShowsAMessage()
{
    View view(m_session.get(), nullptr);
    QVERIFY(districtModel(view).rowCount() > 0);
    m_session->close();
    auto* message = child<QLabel>(view, u"dashboardMessage"_s);
    QCOMPARE(message->text(), translated("thidua::gui::DistrictDashboard", "No database is open."));
    QVERIFY(!message->isHidden());
    QCOMPARE(districtModel(view).rowCount(), 0);
    QCOMPARE(child<QLabel>(view, u"receivedValue"_s)->text(), u"\u2013"_s);
    QVERIFY(child<QLabel>(view, u"headlineLabel"_s)->text().isEmpty());
    QVERIFY(!child<QPushButton>(view, u"exportCsvButton"_s)->isEnabled());

    View none(nullptr, nullptr);
    QCOMPARE(districtModel(none).rowCount(), 0);
}

void DistrictDashboardTest::loadingErrorIsShownInTheView()
{
    // A period the computation does not know (only YYYY-H1 and YYYY-Y are): reading it fails in
    // storage, and the view says so instead of crashing or opening a message box.
    storage::PlanRepository(*m_session->database())
        .savePeriod({"2021-Q3", "2021-II", "Quý III", "2021-07-01", "2021-09-30", ""});
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-Q3"_s);
    QCOMPARE(view.periodCode(), u"2021-Q3"_s);
    auto* message = child<QLabel>(view, u"dashboardMessage"_s);
    QVERIFY(!message->isHidden());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(districtModel(view).rowCount(), 0);

    // 2021-H1 has no period before it; 2021-Y would fail too, since its previous period is 2021-Q3.
    view.setPeriod(u"2021-H1"_s);
    QVERIFY(message->isHidden());
    QVERIFY(districtModel(view).rowCount() > 0);
}

} // namespace thidua::test
