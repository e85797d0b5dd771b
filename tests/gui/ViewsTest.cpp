#include "ViewsTest.h"

#include "gui/phases/PhaseTreeModel.h"
#include "gui/phases/PhasesView.h"
#include "gui/plan/IndicatorTreeModel.h"
#include "gui/plan/PlanView.h"
#include "gui/units/UnitTreeModel.h"
#include "gui/units/UnitsView.h"
#include "i18n/DisplayText.h"
#include "i18n/Language.h"
#include "storage/PlanRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Tree = gui::IndicatorTreeModel;

QString cell(const QModelIndex& row, int column)
{
    return row.siblingAtColumn(column).data().toString();
}

QTreeView* tree(const QWidget& view, const QString& name)
{
    auto* found = view.findChild<QTreeView*>(name);
    if (!found) {
        qFatal("no tree view named %s", qPrintable(name));
    }
    return found;
}

} // namespace

void ViewsTest::initTestCase()
{
    m_database = storage::Database::open(m_dir.createDatabase(u"plan.sqlite"_s), storage::Access::ReadOnly);
}

void ViewsTest::cleanupTestCase()
{
    m_database.reset();
}

void ViewsTest::indicatorModelKeepsTheContract()
{
    gui::PlanView view;
    // Watches every reset and change from here on, failing the test at the first broken rule.
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setDatabase(m_database.get());
    view.setDatabase(nullptr);
    view.setDatabase(m_database.get());
    QVERIFY(view.model()->rowCount() > 0);
}

void ViewsTest::planShowsIndicatorsUnderThreeHeadings()
{
    gui::PlanView view;
    view.setDatabase(m_database.get());
    const QAbstractItemModel& model = *tree(view, u"planTree"_s)->model();

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(Tree::CodeRole).toString(), u"KT"_s);
    QCOMPARE(model.index(1, 0).data(Tree::CodeRole).toString(), u"XH"_s);
    QCOMPARE(model.index(2, 0).data(Tree::CodeRole).toString(), u"QP"_s);
    QCOMPARE(cell(model.index(1, 0), Tree::Name), u"Các chỉ tiêu xã hội và môi trường"_s);
    // Every row below the headings is an indicator.
    QCOMPARE(countRows(model) - model.rowCount(), 32);

    // KT05.2 sits under KT05.1, which sits under KT05, under the KT heading.
    const QModelIndex land = findByCode(model, Tree::CodeRole, u"KT05.2"_s);
    QVERIFY(land.isValid());
    QCOMPARE(land.parent().data(Tree::CodeRole).toString(), u"KT05.1"_s);
    QCOMPARE(land.parent().parent().data(Tree::CodeRole).toString(), u"KT05"_s);
    QCOMPARE(land.parent().parent().parent().data(Tree::CodeRole).toString(), u"KT"_s);
    QCOMPARE(model.rowCount(findByCode(model, Tree::CodeRole, u"QP04"_s)), 3);
    QCOMPARE(cell(findByCode(model, Tree::CodeRole, u"KT02"_s), Tree::UnitOfMeasure), u"triệu đồng/ha"_s);

    QCOMPARE(model.headerData(Tree::Code, Qt::Horizontal).toString(), u"Mã"_s);
    const QString title = view.findChild<QLabel*>(u"planTitleLabel"_s)->text();
    QVERIFY2(title.contains(u"Tổ chức phong trào thi đua yêu nước năm 2021"_s), qPrintable(title));
    QVERIFY2(title.contains(u"Kế hoạch số 36/KH-UBND ngày 15/03/2021 của UBND huyện Tây Sơn"_s), qPrintable(title));
}

void ViewsTest::planShowsDistrictTargetsTheVietnameseWay()
{
    gui::PlanView view;
    view.setDatabase(m_database.get());
    const QAbstractItemModel& model = *view.model();
    const auto target = [&](const QString& code) {
        const QModelIndex row = findByCode(model, Tree::CodeRole, code);
        return row.isValid() ? cell(row, Tree::DistrictTarget) : u"(no row %1)"_s.arg(code);
    };
    QCOMPARE(target(u"KT01"_s), u"13,2"_s);
    QCOMPARE(target(u"KT04"_s), u"242,47"_s);
    QCOMPARE(target(u"KT05"_s), u"621,52"_s);
    QCOMPARE(target(u"XH04"_s), u"0,07"_s);
    QCOMPARE(target(u"XH11"_s), u"2.000"_s);
    QCOMPARE(target(u"QP02"_s), u"0"_s);
    // Kinds that take no target value show none.
    QCOMPARE(target(u"QP03"_s), QString());
    QCOMPARE(target(u"QP04.1"_s), QString());
    const QModelIndex kt04 = findByCode(model, Tree::CodeRole, u"KT04"_s);
    QCOMPARE(kt04.siblingAtColumn(Tree::DistrictTarget).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void ViewsTest::planShowsKindsAndBasesInWords()
{
    gui::PlanView view;
    view.setDatabase(m_database.get());
    const QAbstractItemModel& model = *view.model();
    const QModelIndex kt03 = findByCode(model, Tree::CodeRole, u"KT03"_s);
    QCOMPARE(cell(kt03, Tree::Kind), DisplayText::kind(IndicatorKind::NamedSet));
    QCOMPARE(cell(kt03, Tree::Kind), u"Các đơn vị chỉ định đạt chuẩn"_s);
    QCOMPARE(cell(kt03, Tree::Basis), u"Chỉ đánh giá cuối năm"_s);
    QCOMPARE(cell(findByCode(model, Tree::CodeRole, u"XH10"_s), Tree::Basis), u"Lũy kế từ đầu năm"_s);
    QCOMPARE(cell(findByCode(model, Tree::CodeRole, u"QP03"_s), Tree::Kind), u"Không tăng so với cùng kỳ"_s);
}

void ViewsTest::yearSelectorAppearsWithASecondYear()
{
    gui::PlanView single;
    single.setDatabase(m_database.get());
    QVERIFY(!single.findChild<QComboBox*>(u"planYearCombo"_s)->isVisibleTo(&single));

    auto twoYears = storage::Database::open(m_dir.createDatabase(u"two-years.sqlite"_s));
    storage::PlanRepository(*twoYears).savePlan(PlanInfo{2022, "Kế hoạch thi đua năm 2022", {}, {}, {}});

    gui::PlanView view;
    QSignalSpy years(&view, &gui::PlanView::yearChanged);
    view.setDatabase(twoYears.get());
    auto* combo = view.findChild<QComboBox*>(u"planYearCombo"_s);
    QVERIFY(combo->isVisibleTo(&view));
    QCOMPARE(combo->count(), 2);
    QCOMPARE(view.year(), 2022); // the latest first
    QCOMPARE(years.takeLast().at(0).toInt(), 2022);
    // 2022 has no targets yet: the indicators stand without them.
    QCOMPARE(cell(findByCode(*view.model(), Tree::CodeRole, u"KT04"_s), Tree::DistrictTarget), QString());

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(view.year(), 2021);
    QCOMPARE(years.takeLast().at(0).toInt(), 2021);
    QCOMPARE(cell(findByCode(*view.model(), Tree::CodeRole, u"KT04"_s), Tree::DistrictTarget), u"242,47"_s);
}

void ViewsTest::phaseModelKeepsTheContract()
{
    gui::PhasesView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.showYear(m_database.get(), 2021);
    view.showYear(m_database.get(), 2020);
    view.showYear(m_database.get(), 2021);
    QCOMPARE(view.model()->rowCount(), 2);
}

void ViewsTest::phasesShowDatesDeadlinesAndSalutes()
{
    using Phases = gui::PhaseTreeModel;
    gui::PhasesView view;
    view.showYear(m_database.get(), 2021);
    const QAbstractItemModel& model = *tree(view, u"phasesTree"_s)->model();

    const QModelIndex first = findByCode(model, Phases::CodeRole, u"2021-I"_s);
    QCOMPARE(cell(first, Phases::Name), u"Đợt I"_s);
    QCOMPARE(cell(first, Phases::StartsOn), u"01/01/2021"_s);
    QCOMPARE(cell(first, Phases::EndsOn), u"30/06/2021"_s);
    QCOMPARE(cell(findByCode(model, Phases::CodeRole, u"2021-II"_s), Phases::EndsOn), u"30/12/2021"_s);

    const QModelIndex halfYear = findByCode(model, Phases::CodeRole, u"2021-H1"_s);
    QCOMPARE(halfYear.parent(), first);
    QCOMPARE(cell(halfYear, Phases::StartsOn), u"01/01/2021"_s);
    QCOMPARE(cell(halfYear, Phases::Deadline), u"chưa quy định"_s);
    QCOMPARE(findByCode(model, Phases::CodeRole, u"2021-Y"_s).parent().data(Phases::CodeRole).toString(), u"2021-II"_s);

    // The first phase is selected, so its saluted events are shown, one item each.
    const QString salutes = view.findChild<QTextBrowser*>(u"salutesText"_s)->toPlainText();
    QVERIFY2(salutes.contains(u"Xuân Tân Sửu"_s), qPrintable(salutes));
    QVERIFY(salutes.contains(u"131 năm Ngày sinh Chủ tịch Hồ Chí Minh"_s));
    QVERIFY(!salutes.contains(u"Quốc khánh"_s));
    tree(view, u"phasesTree"_s)->setCurrentIndex(findByCode(model, Phases::CodeRole, u"2021-Y"_s));
    QVERIFY(view.findChild<QTextBrowser*>(u"salutesText"_s)->toPlainText().contains(u"Quốc khánh"_s));
}

void ViewsTest::unitModelKeepsTheContract()
{
    gui::UnitsView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setDatabase(m_database.get());
    view.setDatabase(nullptr);
    view.setDatabase(m_database.get());
    QCOMPARE(view.model()->rowCount(), 2);
}

void ViewsTest::unitsShowGroupsAndTheDistrictApart()
{
    using Units = gui::UnitTreeModel;
    gui::UnitsView view;
    view.setDatabase(m_database.get());
    const QAbstractItemModel& model = *tree(view, u"unitsTree"_s)->model();

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex cluster = model.index(0, 0);
    const QModelIndex block = model.index(1, 0);
    QCOMPARE(cell(cluster, Units::Kind), u"Cụm thi đua"_s);
    QCOMPARE(cell(block, Units::Kind), u"Khối thi đua"_s);
    QVERIFY(!cell(cluster, Units::SchemeName).isEmpty());
    QVERIFY(!cell(block, Units::SchemeName).isEmpty());
    QCOMPARE(model.rowCount(cluster), 15);
    QCOMPARE(model.rowCount(block), 12);

    const QModelIndex binhThanh = findByCode(model, Units::CodeRole, u"BINH_THANH"_s);
    QCOMPARE(binhThanh.parent(), cluster);
    QCOMPARE(cell(binhThanh, Units::Kind), u"Xã"_s);
    // The district reports district-wide figures and is in no group: it is shown apart.
    QVERIFY(!findByCode(model, Units::CodeRole, u"HUYEN"_s).isValid());
    const QString district = view.findChild<QLabel*>(u"districtUnitLabel"_s)->text();
    QVERIFY2(district.contains(u"Huyện Tây Sơn"_s) && district.contains(u"HUYEN"_s), qPrintable(district));
}

void ViewsTest::englishChangesWordsAndNumbers()
{
    QVERIFY(i18n::installLanguage(i18n::Language::English));
    gui::PlanView view;
    view.setDatabase(m_database.get());
    const QModelIndex xh11 = findByCode(*view.model(), Tree::CodeRole, u"XH11"_s);
    const QString english[] = {cell(xh11, Tree::DistrictTarget), cell(xh11, Tree::Kind),
                               view.model()->headerData(Tree::Code, Qt::Horizontal).toString()};

    QVERIFY(i18n::installLanguage(i18n::Language::Vietnamese));
    QCOMPARE(english[0], u"2,000"_s);
    QCOMPARE(english[1], u"At least the target"_s);
    QCOMPARE(english[2], u"Code"_s);
    QCOMPARE(DisplayText::number(2000), u"2.000"_s);
    QCOMPARE(DisplayText::kind(IndicatorKind::AtLeast), u"Không thấp hơn chỉ tiêu"_s);
}

} // namespace thidua::test
