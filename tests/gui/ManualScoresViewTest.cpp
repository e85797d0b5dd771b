#include "ManualScoresViewTest.h"

#include "ScoringTestSupport.h"
#include "gui/MessageBox.h"
#include "gui/schemes/CriteriaModel.h"
#include "gui/schemes/SchemesView.h"
#include "gui/scores/AdjustmentsModel.h"
#include "gui/scores/AdjustmentsPanel.h"
#include "gui/scores/ManualScoresModel.h"
#include "gui/scores/ManualScoresView.h"
#include "storage/ScoreRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Model = gui::ManualScoresModel;

QString textOf(const QWidget& view, const QString& label)
{
    return child<QLabel>(view, label)->text();
}

QModelIndex cellOf(const Model& model, const QString& code, int column)
{
    const QModelIndex row = findByCode(model, Model::CodeRole, code);
    return row.isValid() ? row.siblingAtColumn(column) : QModelIndex();
}

QString level(const char* words)
{
    return QCoreApplication::translate("thidua::gui::SchemeText", words);
}

ManualPoints entered(storage::Database& db, const std::string& unit, const std::string& criterion,
                     const std::string& period = "2021-Y")
{
    auto all = storage::ScoreRepository(db).manualPoints(period);
    return all[unit][criterion];
}

std::vector<Adjustment> adjustmentsOf(storage::Database& db, const std::string& unit)
{
    auto all = storage::ScoreRepository(db).adjustments("2021-Y");
    return all[unit];
}

std::unique_ptr<gui::ManualScoresView> shownView(gui::DatabaseSession& session, const QString& unit)
{
    auto view = std::make_unique<gui::ManualScoresView>(&session, nullptr);
    view->resize(1300, 800);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) {
        qWarning("the view was not exposed");
    }
    view->openScores(unit, u"2021-Y"_s);
    return view;
}

// Fills the line below the adjustments and presses Add.
void addItem(const gui::ManualScoresView& view, AdjustmentType type, const QString& reason, const QString& points)
{
    auto* kind = child<QComboBox>(view, u"adjustmentTypeCombo"_s);
    kind->setCurrentIndex(kind->findData(static_cast<int>(type)));
    auto* reasonEdit = child<QLineEdit>(view, u"adjustmentReasonEdit"_s);
    auto* pointsEdit = child<QLineEdit>(view, u"adjustmentPointsEdit"_s);
    reasonEdit->clear();
    pointsEdit->clear();
    reasonEdit->insert(reason); // Vietnamese letters arrive as text, as from an input method
    QTest::keyClicks(pointsEdit, points);
    QTest::mouseClick(child<QPushButton>(view, u"addAdjustmentButton"_s), Qt::LeftButton);
}

} // namespace

void ManualScoresViewTest::init()
{
    m_dir = std::make_unique<GuiTempDir>();
    m_session = std::make_unique<gui::DatabaseSession>();
    m_session->open(m_dir->createDatabase(u"scores.sqlite"_s), storage::Access::ReadWrite);
    gui::MessageBox::clearLastShown();
}

void ManualScoresViewTest::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void ManualScoresViewTest::modelsKeepTheContract()
{
    gui::DatabaseSession session;
    gui::ManualScoresView view(&session);
    QAbstractItemModelTester scores(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester items(view.adjustments()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.open(m_session->path(), storage::Access::ReadWrite);
    view.openScores(u"P_NOI_VU"_s, u"2021-H1"_s);
    QCOMPARE(view.model()->rowCount(), 11);
    QVERIFY(view.model()->setData(cellOf(*view.model(), u"C01"_s, Model::Self), u"20"_s));
    QVERIFY(!view.model()->setData(cellOf(*view.model(), u"C01"_s, Model::Cluster), u"99"_s));
    storage::ScoreRepository(*session.database())
        .saveAdjustment("P_NOI_VU", "2021-H1", {AdjustmentType::Bonus, "Bằng khen", 2});
    view.openScores(u"BINH_THANH"_s, u"2021-H1"_s);
    QCOMPARE(view.model()->rowCount(), 6);
    view.openScores(u"P_NOI_VU"_s, u"2021-H1"_s);
    QCOMPARE(view.adjustments()->model()->rowCount(), 1);
    QVERIFY(view.adjustments()->model()->setData(view.adjustments()->model()->index(0, gui::AdjustmentsModel::Points),
                                                 u"3"_s));
    session.close();
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.adjustments()->model()->rowCount(), 0);
}

void ManualScoresViewTest::pickersListScoredUnitsAndPeriods()
{
    gui::ManualScoresView view(m_session.get());
    auto* units = child<QComboBox>(view, u"unitCombo"_s);
    auto* periods = child<QComboBox>(view, u"periodCombo"_s);
    QCOMPARE(periods->count(), 2);
    QCOMPARE(view.periodCode(), u"2021-Y"_s);
    QCOMPARE(periods->itemText(1), u"Tổng kết năm 2021"_s);
    // Every unit of the cluster and of the block, under their group's title; never the district.
    QCOMPARE(units->count(), 2 + 15 + 12);
    QCOMPARE(units->findData(u"HUYEN"_s), -1);
    QCOMPARE(units->itemText(0), u"Cụm thi đua các xã, thị trấn"_s);
    const auto* items = qobject_cast<QStandardItemModel*>(units->model());
    QVERIFY(items && !items->item(0)->isEnabled());
    QCOMPARE(view.unitCode(), u"PHU_PHONG"_s);

    view.openScores(u"P_TU_PHAP"_s, u"2021-H1"_s);
    QCOMPARE(view.unitCode(), u"P_TU_PHAP"_s);
    QCOMPARE(view.periodCode(), u"2021-H1"_s);
    QCOMPARE(view.model()->rowCount(), 11);
    QVERIFY(textOf(view, u"scoresHeading"_s).contains(u"Bảng tiêu chí chấm điểm thi đua khối"_s));
}

void ManualScoresViewTest::theHighestLevelEnteredIsUsed()
{
    auto view = shownView(*m_session, u"P_NOI_VU"_s);
    QTableView& table = *child<QTableView>(*view, u"manualScoresTable"_s);
    const Model& model = *view->model();
    storage::Database& db = *m_session->database();
    QCOMPARE(cellOf(model, u"C01"_s, Model::MaxPoints).data().toString(), u"30"_s);
    QCOMPARE(cellOf(model, u"C01"_s, Model::LevelUsed).data().toString(),
             QCoreApplication::translate("thidua::gui::ManualScoresModel", "not scored yet"));
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(0, 2));

    QVERIFY(typeInCell(table, cellOf(model, u"C01"_s, Model::Self), u"8"_s));
    QCOMPARE(entered(db, "P_NOI_VU", "C01").self, 8.0);
    QCOMPARE(cellOf(model, u"C01"_s, Model::LevelUsed).data().toString(), level("Self-score"));
    QCOMPARE(cellOf(model, u"C01"_s, Model::PointsUsed).data().toString(), localNumber(8, 2));

    QVERIFY(typeInCell(table, cellOf(model, u"C01"_s, Model::Cluster), u"7"_s));
    const ManualPoints points = entered(db, "P_NOI_VU", "C01");
    QCOMPARE(points.self, 8.0);
    QCOMPARE(points.cluster, 7.0);
    QVERIFY(!points.final);
    QCOMPARE(cellOf(model, u"C01"_s, Model::Final).data().toString(), QString());
    QCOMPARE(cellOf(model, u"C01"_s, Model::LevelUsed).data().toString(), level("Cluster head"));
    QCOMPARE(cellOf(model, u"C01"_s, Model::PointsUsed).data().toString(), localNumber(7, 2));
    // The whole block is scored by hand on 100: the total is the sum of the points used.
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(7, 2));

    QVERIFY(typeInCell(table, cellOf(model, u"C01"_s, Model::Final), localNumber(7.5)));
    QCOMPARE(entered(db, "P_NOI_VU", "C01").final, 7.5);
    QCOMPARE(cellOf(model, u"C01"_s, Model::LevelUsed).data().toString(), level("Home Affairs (final)"));
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(7.5, 2));

    // Delete clears the final score: the cluster head's review counts again.
    table.setCurrentIndex(cellOf(model, u"C01"_s, Model::Final));
    QTest::keyClick(&table, Qt::Key_Delete);
    QVERIFY(!entered(db, "P_NOI_VU", "C01").final);
    QCOMPARE(cellOf(model, u"C01"_s, Model::LevelUsed).data().toString(), level("Cluster head"));
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(7, 2));
}

void ManualScoresViewTest::pointsAboveTheMaximumAreRefused()
{
    auto view = shownView(*m_session, u"P_NOI_VU"_s);
    QTableView& table = *child<QTableView>(*view, u"manualScoresTable"_s);
    const Model& model = *view->model();
    for (const QString& bad : {u"12"_s, u"-1"_s, u"abc"_s}) {
        QVERIFY(typeInCell(table, cellOf(model, u"C02"_s, Model::Cluster), bad));
        QVERIFY2(!entered(*m_session->database(), "P_NOI_VU", "C02").cluster, qPrintable(bad));
        const QModelIndex cell = cellOf(model, u"C02"_s, Model::Cluster);
        QCOMPARE(cell.data().toString(), bad);
        QVERIFY2(cell.data(Model::ProblemRole).toString().contains(u"C02"_s), qPrintable(bad));
        QCOMPARE(textOf(*view, u"manualScoresMessage"_s), cell.data(Model::ProblemRole).toString());
    }
    QVERIFY(textOf(*view, u"manualScoresMessage"_s).contains(u"abc"_s));
    QVERIFY(typeInCell(table, cellOf(model, u"C02"_s, Model::Cluster), u"10"_s));
    QCOMPARE(entered(*m_session->database(), "P_NOI_VU", "C02").cluster, 10.0);
    QCOMPARE(cellOf(model, u"C02"_s, Model::Cluster).data(Model::ProblemRole).toString(), QString());
    QCOMPARE(textOf(*view, u"manualScoresMessage"_s), QString());
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(10, 2));
}

void ManualScoresViewTest::bonusItemsAndDeductionsChangeTheTotal()
{
    auto view = shownView(*m_session, u"P_NOI_VU"_s);
    storage::Database& db = *m_session->database();
    QVERIFY(typeInCell(*child<QTableView>(*view, u"manualScoresTable"_s),
                       cellOf(*view->model(), u"C01"_s, Model::Final), u"28"_s));
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(28, 2));

    addItem(*view, AdjustmentType::Bonus, u"Bằng khen của Chủ tịch UBND tỉnh"_s, u"3"_s);
    QCOMPARE(adjustmentsOf(db, "P_NOI_VU").size(), std::size_t(1));
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(31, 2));
    QCOMPARE(textOf(*view, u"bonusValue"_s), u"+"_s + localNumber(3, 2));

    addItem(*view, AdjustmentType::Deduction, u"Chậm gửi báo cáo 6 tháng"_s, localNumber(1.5));
    QCOMPARE(adjustmentsOf(db, "P_NOI_VU").size(), std::size_t(2));
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(29.5, 2));
    QCOMPARE(textOf(*view, u"deductionsValue"_s), u"\u2212"_s + localNumber(1.5, 2));

    // Above the cap of 10 points, only the cap counts, and the form says so.
    addItem(*view, AdjustmentType::Bonus, u"Cờ thi đua của UBND tỉnh"_s, u"9"_s);
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(36.5, 2));
    QVERIFY(textOf(*view, u"bonusCapLabel"_s).startsWith(u"\u26a0"_s));
    QVERIFY(textOf(*view, u"bonusValue"_s).contains(localNumber(12, 2)));

    // Refused: the same item twice, no reason, points below 0. Nothing stored.
    addItem(*view, AdjustmentType::Bonus, u"Cờ thi đua của UBND tỉnh"_s, u"1"_s);
    addItem(*view, AdjustmentType::Bonus, u"  "_s, u"1"_s);
    addItem(*view, AdjustmentType::Deduction, u"Vi phạm"_s, u"-2"_s);
    QCOMPARE(adjustmentsOf(db, "P_NOI_VU").size(), std::size_t(3));
    QVERIFY(!textOf(*view, u"adjustmentsMessage"_s).isEmpty());
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(36.5, 2));

    auto* table = child<QTableView>(*view, u"adjustmentsTable"_s);
    table->setCurrentIndex(view->adjustments()->model()->index(1, gui::AdjustmentsModel::Reason));
    gui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(*view, u"removeAdjustmentButton"_s), Qt::LeftButton);
    QVERIFY(gui::MessageBox::lastShown()->text.contains(u"Chậm gửi báo cáo 6 tháng"_s));
    QCOMPARE(adjustmentsOf(db, "P_NOI_VU").size(), std::size_t(3));
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(table, Qt::Key_Delete);
    const std::vector<Adjustment> left = adjustmentsOf(db, "P_NOI_VU");
    QCOMPARE(left.size(), std::size_t(2));
    QVERIFY(left[0].type == AdjustmentType::Bonus && left[1].type == AdjustmentType::Bonus);
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(38, 2));
}

void ManualScoresViewTest::adjustmentsAreEditedInPlace()
{
    storage::ScoreRepository scores(*m_session->database());
    scores.saveAdjustment("TAY_AN", "2021-Y", {AdjustmentType::Bonus, "Bằng khen của UBND tỉnh", 2});
    scores.saveAdjustment("TAY_AN", "2021-Y", {AdjustmentType::Bonus, "Giấy khen của huyện", 1});
    auto view = shownView(*m_session, u"TAY_AN"_s);
    QTableView& table = *child<QTableView>(*view, u"adjustmentsTable"_s);
    const gui::AdjustmentsModel& items = *view->adjustments()->model();
    QCOMPARE(items.rowCount(), 2);
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(3, 2));

    QVERIFY(typeInCell(table, items.index(0, gui::AdjustmentsModel::Points), localNumber(2.5)));
    QCOMPARE(adjustmentsOf(*m_session->database(), "TAY_AN")[0].points, 2.5);
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(3.5, 2));

    // A reason already used by another bonus item would merge two items: refused, kept, not stored.
    QVERIFY(typeInCell(table, items.index(1, gui::AdjustmentsModel::Reason), u"Bằng khen của UBND tỉnh"_s));
    QCOMPARE(adjustmentsOf(*m_session->database(), "TAY_AN")[1].reason, std::string("Giấy khen của huyện"));
    QCOMPARE(items.index(1, gui::AdjustmentsModel::Reason).data().toString(), u"Bằng khen của UBND tỉnh"_s);
    QVERIFY(!textOf(*view, u"adjustmentsMessage"_s).isEmpty());

    QVERIFY(typeInCell(table, items.index(1, gui::AdjustmentsModel::Reason), u"Giấy khen của Chủ tịch UBND huyện"_s));
    QCOMPARE(adjustmentsOf(*m_session->database(), "TAY_AN")[1].reason,
             std::string("Giấy khen của Chủ tịch UBND huyện"));
    QCOMPARE(textOf(*view, u"adjustmentsMessage"_s), QString());
}

void ManualScoresViewTest::aCommuneIsScoredOnItsManualCriteria()
{
    auto view = shownView(*m_session, u"BINH_THANH"_s);
    Model& model = *view->model();
    // C08, C14, C15, C16, C17, C18: 30 points by hand. No commune has a target yet, so the
    // indicator criteria do not apply and the total is brought to the scale of 100 over those 30.
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(model.setData(cellOf(model, u"C08"_s, Model::Final), u"5"_s));
    QVERIFY(textOf(*view, u"criteriaPointsValue"_s).contains(u"30"_s));
    QVERIFY(textOf(*view, u"baseValue"_s).startsWith(localNumber(16.67, 2)));
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(16.67, 2));
    // C10 (veto) has no data for the commune, so it does not apply: no veto.
    QVERIFY(!textOf(*view, u"eligibilityLabel"_s).startsWith(u"\u26a0"_s));
}

void ManualScoresViewTest::aCriterionAddedInTheSchemesEditorAppears()
{
    gui::SchemesView schemes(m_session.get());
    schemes.selectScheme(u"TC_KHOI_PHONG"_s);
    auto view = shownView(*m_session, u"P_NOI_VU"_s);
    QCOMPARE(view->model()->rowCount(), 11);
    QCOMPARE(schemes.criteriaModel()->addCriterion(10), 11);
    view->reload();
    QCOMPARE(view->model()->rowCount(), 12);
    QVERIFY(cellOf(*view->model(), u"C12"_s, Model::Code).isValid());
    QVERIFY(view->model()->setData(cellOf(*view->model(), u"C12"_s, Model::Self), u"5"_s));
    QCOMPARE(entered(*m_session->database(), "P_NOI_VU", "C12").self, 5.0);
}

void ManualScoresViewTest::readOnlyDatabaseCannotBeEdited()
{
    storage::ScoreRepository(*m_session->database()).saveManualScore("P_NOI_VU", "2021-Y", "C01", ScoreLevel::Self, 25);
    m_session->open(m_session->path(), storage::Access::ReadOnly);
    auto view = shownView(*m_session, u"P_NOI_VU"_s);
    const Model& model = *view->model();
    QCOMPARE(cellOf(model, u"C01"_s, Model::Self).data().toString(), u"25"_s);
    QVERIFY(!(model.flags(cellOf(model, u"C01"_s, Model::Self)) & Qt::ItemIsEditable));
    QVERIFY(!child<QPushButton>(*view, u"addAdjustmentButton"_s)->isEnabled());
    QCOMPARE(textOf(*view, u"totalValue"_s), localNumber(25, 2));
}

} // namespace thidua::test
