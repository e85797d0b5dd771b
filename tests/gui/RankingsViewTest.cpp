#include "RankingsViewTest.h"

#include "RankingsViewTestSupport.h"
#include "core/Ranking.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/dashboard/RankingModel.h"
#include "gui/dashboard/RankingsView.h"
#include "gui/dashboard/ScoreBreakdownModel.h"
#include "gui/dashboard/StatusStyle.h"
#include "gui/schemes/SchemeText.h"
#include "i18n/DisplayText.h"
#include "storage/ReportRepository.h"
#include "storage/ScoreRepository.h"
#include "storage/TargetRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Breakdown = gui::ScoreBreakdownModel;
using Ranking = gui::RankingModel;

} // namespace

// Bình Thành 30/30 → 100 (leader); Bình Tân 29/30 → 96,67 + 2 − 1 = 97,67; Tây An full manual
// points but a hot spot (QP02 = 1) → 30/36 → 83,33, ineligible by C10; the others have nothing: 0.
void RankingsViewTest::init()
{
    m_dir = std::make_unique<GuiTempDir>();
    m_session = std::make_unique<gui::DatabaseSession>();
    m_session->open(m_dir->createDatabase(u"rankings.sqlite"_s), storage::Access::ReadWrite);
    storage::Database& db = *m_session->database();
    storage::ScoreRepository scores(db);
    saveFullManualScores(scores, "BINH_THANH", 5);
    saveFullManualScores(scores, "BINH_TAN", 4);
    saveFullManualScores(scores, "TAY_AN", 5);
    scores.saveAdjustment("BINH_TAN", "2021-Y", {AdjustmentType::Bonus, "Bằng khen của UBND tỉnh", 2});
    scores.saveAdjustment("BINH_TAN", "2021-Y", {AdjustmentType::Deduction, "Nộp báo cáo trễ hạn", 1});
    storage::TargetRepository(db).saveTarget({"TAY_AN", "QP02", 2021, 0.0});
    storage::ReportRepository(db).saveValue({"TAY_AN", "2021-Y", "QP02", 1.0, std::nullopt, "", {}}, u"test"_s);
    gui::MessageBox::clearLastShown();
}

void RankingsViewTest::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void RankingsViewTest::tiesShareARankInVietnameseOrder()
{
    Ranking model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRanking(testRanking(testScheme()));
    QVERIFY(!anyEditable(model));
    const QModelIndex first = findByCode(model, Ranking::CodeRole, u"U5"_s);
    QCOMPARE(first.data(Ranking::RankRole).toInt(), 1);
    QVERIFY(!first.data(Ranking::TieRole).toBool());
    QCOMPARE(first.siblingAtColumn(Ranking::Rank).data().toString(), QLocale().toString(1));
    QVERIFY(!first.siblingAtColumn(Ranking::Rank).data(Qt::ToolTipRole).isValid());
    for (const QString& code : {u"U1"_s, u"U2"_s, u"U3"_s, u"U4"_s}) {
        const QModelIndex rank = findByCode(model, Ranking::CodeRole, code).siblingAtColumn(Ranking::Rank);
        QCOMPARE(rank.data(Ranking::RankRole).toInt(), 2);
        QVERIFY(rank.data(Ranking::TieRole).toBool());
        // Marked in the cell, not just a repeated number; the tooltip names the others.
        QVERIFY(rank.data().toString().contains(QLocale().toString(2)));
        QVERIFY(rank.data().toString() != QLocale().toString(2));
        QVERIFY(rank.data(Qt::ToolTipRole).toString().contains(u"Xã Đông Sơn"_s) || code == u"U2"_s);
        QCOMPARE(rank.siblingAtColumn(Ranking::Total).data().toString(), gui::SchemeText::points(92));
    }
    const QModelIndex last = findByCode(model, Ranking::CodeRole, u"U6"_s);
    QCOMPARE(last.data(Ranking::RankRole).toInt(), 6); // 2 shared by four: 3, 4, 5 skipped
    QCOMPARE(last.siblingAtColumn(Ranking::Total).data().toString(), gui::SchemeText::points(77));
    // Within the tie, by name in Vietnamese: by code the tie would read U1..U4 (Tây An first); by code point "Đ" would
    // come after "T".
    QCOMPARE(codesInOrder(model), (QStringList{u"U5"_s, u"U4"_s, u"U3"_s, u"U2"_s, u"U1"_s, u"U6"_s}));
    QCOMPARE(model.index(4, Ranking::Unit).data().toString(), u"Xã Tây An"_s);
}

void RankingsViewTest::leadersStandOut()
{
    Ranking model;
    model.setRanking(testRanking(testScheme()));
    // The vetoed Tây Xuân ranks first but does not block the four tied below it.
    const QModelIndex vetoed = findByCode(model, Ranking::CodeRole, u"U5"_s);
    QVERIFY(!vetoed.data(Ranking::EligibleRole).toBool());
    QVERIFY(vetoed.siblingAtColumn(Ranking::Eligibility).data().toString().startsWith(QChar(0x2718)));
    QVERIFY(vetoed.siblingAtColumn(Ranking::Proposal).data().toString().isEmpty());
    QVERIFY(vetoed.siblingAtColumn(Ranking::Title).data().toString().isEmpty());
    for (const QString& code : {u"U1"_s, u"U2"_s, u"U3"_s, u"U4"_s}) {
        const QModelIndex leader = findByCode(model, Ranking::CodeRole, code);
        QCOMPARE(leader.data(Ranking::ProposalRole).toInt(), static_cast<int>(Proposal::LeaderTie));
        QCOMPARE(leader.siblingAtColumn(Ranking::Proposal).data().toString(),
                 u"\u2605 "_s + DisplayText::proposal(Proposal::LeaderTie));
        QVERIFY(qvariant_cast<QFont>(leader.siblingAtColumn(Ranking::Unit).data(Qt::FontRole)).bold());
        QVERIFY(leader.siblingAtColumn(Ranking::Eligibility).data().toString().startsWith(QChar(0x2714)));
        QCOMPARE(leader.siblingAtColumn(Ranking::Title).data().toString(), u"Tập thể lao động xuất sắc"_s);
    }
    const QModelIndex other = findByCode(model, Ranking::CodeRole, u"U6"_s);
    QVERIFY(!other.siblingAtColumn(Ranking::Unit).data(Qt::FontRole).isValid());
    QCOMPARE(other.siblingAtColumn(Ranking::Title).data().toString(), u"Tập thể lao động tiên tiến"_s);
}

void RankingsViewTest::breakdownAddsUpToTheUnitsPoints()
{
    const Scheme scheme = testScheme();
    const GroupRanking ranking = testRanking(scheme);
    Breakdown model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const RankedUnit& unit : ranking.units) {
        model.setScore(scheme, unit.score);
        QVERIFY(!anyEditable(model));
        QCOMPARE(model.rowCount(), 4); // two headings, the adjustments, the totals
        QCOMPARE(rowsOfKind(model, Breakdown::Kind::Criterion).size(), 4);
        QVERIFY(std::abs(criteriaPoints(model) - unit.score.points) < 1e-9);
    }
    const UnitScore& vinhAn = ranking.units.back().score;
    QCOMPARE(vinhAn.points, 75.0);
    model.setScore(scheme, vinhAn);
    const QModelIndexList adjustments = rowsOfKind(model, Breakdown::Kind::Adjustment);
    QCOMPARE(adjustments.size(), 2);
    QCOMPARE(adjustments[0].siblingAtColumn(Breakdown::Name).data().toString(), u"Bằng khen của UBND tỉnh"_s);
    QCOMPARE(adjustments[0].data(Breakdown::PointsRole).toDouble(), 3.0);
    QCOMPARE(adjustments[1].data(Breakdown::PointsRole).toDouble(), -1.0);
    const QModelIndex c03 = findByCode(model, Breakdown::CodeRole, u"C03"_s);
    QCOMPARE(c03.siblingAtColumn(Breakdown::Ratio).data().toString(), DisplayText::percent(0.5));
    QCOMPARE(c03.siblingAtColumn(Breakdown::Status).data().toString(), DisplayText::statusText(Status::NotMet));
    QCOMPARE(c03.siblingAtColumn(Breakdown::Status).data(Qt::BackgroundRole), gui::statusBackground(Status::NotMet));
    const QModelIndex c01 = findByCode(model, Breakdown::CodeRole, u"C01"_s);
    QVERIFY(
        c01.siblingAtColumn(Breakdown::Source).data().toString().contains(gui::SchemeText::level(ScoreLevel::Final)));
    QVERIFY(c01.siblingAtColumn(Breakdown::Ratio).data().toString().isEmpty());

    model.setScore(scheme, ranking.units.front().score); // Tây Xuân: r = 1,2 on C03, vetoed by C04
    const QModelIndex bonus = findByCode(model, Breakdown::CodeRole, u"C03"_s);
    QCOMPARE(bonus.siblingAtColumn(Breakdown::Bonus).data().toString(), u"+"_s + gui::SchemeText::points(1));
    QCOMPARE(bonus.siblingAtColumn(Breakdown::Points).data().toString(), gui::SchemeText::points(11));
    const QModelIndex veto = findByCode(model, Breakdown::CodeRole, u"C04"_s);
    QVERIFY(veto.data(Breakdown::VetoFailedRole).toBool());
    QVERIFY(Breakdown::ineligibleReason(scheme, ranking.units.front().score).contains(u"C04 “Tiêu chí C04”"_s));
    QVERIFY(Breakdown::ineligibleReason(scheme, vinhAn).isEmpty());
    QVERIFY(!veto.siblingAtColumn(Breakdown::Veto).data().toString().isEmpty());
    QVERIFY(!findByCode(model, Breakdown::CodeRole, u"C03"_s).data(Breakdown::VetoFailedRole).toBool());
}

void RankingsViewTest::theSeededClusterIsRanked()
{
    auto view = shownView(*m_session);
    QAbstractItemModelTester tester(rankingOf(*view), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* groups = view->findChild<QComboBox*>(u"groupCombo"_s);
    QCOMPARE(groups->count(), 2);
    QVERIFY(view->setGroup(u"CUM_XA"_s));
    const Ranking& model = *rankingOf(*view);
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(codesInOrder(model).mid(0, 3), (QStringList{u"BINH_THANH"_s, u"BINH_TAN"_s, u"TAY_AN"_s}));
    QCOMPARE(model.index(0, Ranking::Total).data().toString(), gui::SchemeText::points(100));
    QCOMPARE(model.index(1, Ranking::Total).data().toString(), gui::SchemeText::points(97.67));
    QCOMPARE(model.index(0, 0).data(Ranking::ProposalRole).toInt(), static_cast<int>(Proposal::Leader));
    QVERIFY(!model.index(2, 0).data(Ranking::EligibleRole).toBool());
    // The twelve without scores share rank 4 and are listed by name.
    for (int row = 3; row < 15; ++row) {
        QCOMPARE(model.index(row, 0).data(Ranking::RankRole).toInt(), 4);
        QVERIFY(model.index(row, 0).data(Ranking::TieRole).toBool());
    }
    QCOMPARE(codesInOrder(model).mid(3, 3), (QStringList{u"PHU_PHONG"_s, u"BINH_HOA"_s, u"BINH_NGHI"_s}));
    const QString schemeLine = labelText(*view, u"schemeLine"_s);
    QVERIFY(schemeLine.contains(gui::SchemeText::number(90)));
    QVERIFY(schemeLine.contains(u"Tập thể lao động tiên tiến"_s));
    QVERIFY(tableOf(*view)->font().pointSizeF() >= 11);
    QVERIFY(view->findChild<QLabel*>(u"rankingMessage"_s)->isHidden());
}

void RankingsViewTest::aGroupWithoutDataStillRanks()
{
    auto view = shownView(*m_session);
    QVERIFY(view->setGroup(u"KHOI_PHONG"_s));
    const Ranking& model = *rankingOf(*view);
    QCOMPARE(model.rowCount(), 12);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(Ranking::RankRole).toInt(), 1);
        QCOMPARE(model.index(row, 0).data(Ranking::TotalRole).toDouble(), 0.0);
        QCOMPARE(model.index(row, 0).data(Ranking::ProposalRole).toInt(), static_cast<int>(Proposal::None));
    }
    QVERIFY(view->selectUnit(u"P_NOI_VU"_s));
    QCOMPARE(rowsOfKind(*breakdownOf(*view), Breakdown::Kind::Criterion).size(), 11);
}

void RankingsViewTest::selectingAUnitExplainsItsScore()
{
    auto view = shownView(*m_session);
    QAbstractItemModelTester tester(breakdownOf(*view), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view->setGroup(u"CUM_XA"_s));
    QCOMPARE(breakdownOf(*view)->rowCount(), 0); // nothing picked yet
    QVERIFY(view->selectUnit(u"BINH_THANH"_s));
    QTableView* table = tableOf(*view);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().data(Ranking::CodeRole).toString(), u"BINH_TAN"_s);
    const Breakdown& breakdown = *breakdownOf(*view);
    QCOMPARE(rowsOfKind(breakdown, Breakdown::Kind::Criterion).size(), 18);
    const UnitScore& score = rankingOf(*view)->unitAt(1)->score;
    QVERIFY(std::abs(criteriaPoints(breakdown) - score.points) < 1e-9);
    QCOMPARE(score.points, 29.0);
    const QModelIndexList adjustments = rowsOfKind(breakdown, Breakdown::Kind::Adjustment);
    QCOMPARE(adjustments.size(), 2);
    QCOMPARE(adjustments[1].siblingAtColumn(Breakdown::Name).data().toString(), u"Nộp báo cáo trễ hạn"_s);
    // Indicator criteria without a target do not apply: a dash, out of the sums.
    const QModelIndex c01 = findByCode(breakdown, Breakdown::CodeRole, u"C01"_s);
    QVERIFY(!c01.data(Breakdown::ApplicableRole).toBool());
    QVERIFY(labelText(*view, u"unitTitle"_s).contains(u"Xã Bình Tân"_s));
    QCOMPARE(labelText(*view, u"totalValue"_s), gui::SchemeText::points(97.67));
    QVERIFY(view->findChild<QLabel*>(u"ineligibleReason"_s)->isHidden());

    // A click on another row follows too, and the choice survives a refresh.
    const QModelIndex tayAn = rankingOf(*view)->index(2, Ranking::Unit);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(tayAn).center());
    QVERIFY(labelText(*view, u"unitTitle"_s).contains(u"Xã Tây An"_s));
    view->refresh();
    QCOMPARE(table->currentIndex().data(Ranking::CodeRole).toString(), u"TAY_AN"_s);
    QVERIFY(labelText(*view, u"unitTitle"_s).contains(u"Xã Tây An"_s));

    // Tây An is not eligible: the view says why, naming the veto criterion.
    auto* reason = view->findChild<QLabel*>(u"ineligibleReason"_s);
    QVERIFY(!reason->isHidden());
    QVERIFY(reason->text().contains(u"C10"_s));
    QVERIFY(reason->text().contains(u"Không để xảy ra điểm nóng về an ninh chính trị, trật tự an toàn xã hội"_s));
    const QModelIndex c10 = findByCode(*breakdownOf(*view), Breakdown::CodeRole, u"C10"_s);
    QVERIFY(c10.data(Breakdown::VetoFailedRole).toBool());
    QCOMPARE(c10.siblingAtColumn(Breakdown::Status).data().toString(), DisplayText::statusText(Status::NotMet));
    QCOMPARE(labelText(*view, u"totalValue"_s), gui::SchemeText::points(83.33));
}

void RankingsViewTest::tablesExportToCsv()
{
    auto view = shownView(*m_session);
    QVERIFY(view->setGroup(u"CUM_XA"_s));
    const QString rankingFile = m_dir->path(u"ranking.csv"_s);
    gui::FileDialog::setNextFileName(rankingFile);
    QTest::mouseClick(view->findChild<QPushButton*>(u"exportCsvButton"_s), Qt::LeftButton);
    QByteArray bytes = fileBytes(rankingFile);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 16); // the header and 15 units
    QVERIFY(lines[1].contains(u"Xã Bình Thành"_s));
    QVERIFY(lines[1].contains(gui::SchemeText::points(100)));

    auto* breakdownButton = view->findChild<QPushButton*>(u"exportBreakdownButton"_s);
    QVERIFY(view->selectUnit(u"BINH_TAN"_s));
    QVERIFY(breakdownButton->isEnabled());
    const QString breakdownFile = m_dir->path(u"breakdown.csv"_s);
    gui::FileDialog::setNextFileName(breakdownFile);
    QTest::mouseClick(breakdownButton, Qt::LeftButton);
    const QString text = QString::fromUtf8(fileBytes(breakdownFile).mid(3));
    QVERIFY(text.contains(u"C18"_s));
    QVERIFY(text.contains(u"Nộp báo cáo trễ hạn"_s));
    QVERIFY(text.contains(gui::SchemeText::points(97.67)));
    QVERIFY(!gui::MessageBox::lastShown().has_value());
}

void RankingsViewTest::noDatabaseShowsAMessage()
{
    gui::DatabaseSession session;
    auto view = shownView(session);
    QAbstractItemModelTester tester(rankingOf(*view), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* message = view->findChild<QLabel*>(u"rankingMessage"_s);
    QVERIFY(!message->isHidden());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(rankingOf(*view)->rowCount(), 0);
    QVERIFY(!view->findChild<QPushButton*>(u"exportCsvButton"_s)->isEnabled());
    QVERIFY(!view->findChild<QPushButton*>(u"exportBreakdownButton"_s)->isEnabled());

    session.open(m_session->path(), storage::Access::ReadOnly);
    view->setPeriod(u"2021-Y"_s);
    QVERIFY(message->isHidden());
    QCOMPARE(rankingOf(*view)->rowCount(), 15);
    QVERIFY(view->selectUnit(u"TAY_AN"_s));
    session.close();
    QCOMPARE(rankingOf(*view)->rowCount(), 0);
    QCOMPARE(breakdownOf(*view)->rowCount(), 0);
    QVERIFY(!message->isHidden());
}

} // namespace thidua::test
