#include "SchemesViewTest.h"

#include "ScoringTestSupport.h"
#include "gui/MessageBox.h"
#include "gui/schemes/CriteriaModel.h"
#include "gui/schemes/SchemeSettingsForm.h"
#include "gui/schemes/SchemesView.h"
#include "gui/schemes/TitleBandsModel.h"
#include "storage/PlanRepository.h"
#include "storage/ScoreRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Model = gui::CriteriaModel;

QModelIndex cellOf(const Model& model, const QString& code, int column)
{
    const QModelIndex row = findByCode(model, Model::CodeRole, code);
    return row.isValid() ? row.siblingAtColumn(column) : QModelIndex();
}

} // namespace

Scheme SchemesViewTest::cluster() const
{
    return storedScheme(*m_session->database(), "TC_CUM_XA");
}

void SchemesViewTest::init()
{
    m_dir = std::make_unique<GuiTempDir>();
    m_session = std::make_unique<gui::DatabaseSession>();
    m_session->open(m_dir->createDatabase(u"schemes.sqlite"_s), storage::Access::ReadWrite);
    gui::MessageBox::clearLastShown();
}

void SchemesViewTest::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void SchemesViewTest::modelsKeepTheContract()
{
    gui::DatabaseSession session;
    gui::SchemesView view(&session);
    QAbstractItemModelTester criteria(view.criteriaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester bands(view.settingsForm()->titleBands(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.open(m_session->path(), storage::Access::ReadWrite);
    view.selectScheme(u"TC_KHOI_PHONG"_s);
    QCOMPARE(view.criteriaModel()->rowCount(), 11);
    view.selectScheme(u"TC_CUM_XA"_s);
    QCOMPARE(view.criteriaModel()->rowCount(), 18);
    Model& model = *view.criteriaModel();
    QVERIFY(!model.setData(cellOf(model, u"C01"_s, Model::MaxPoints), u"abc"_s));
    QVERIFY(model.setData(cellOf(model, u"C01"_s, Model::MaxPoints), u"11"_s));
    QCOMPARE(model.addCriterion(3), 4);
    QCOMPARE(model.moveCriterion(4, -2), 2);
    QCOMPARE(model.moveCriterion(2, 3), 5);
    QVERIFY(model.removeCriterion(5));
    QVERIFY(view.settingsForm()->titleBands()->addBand() >= 0);
    QVERIFY(view.settingsForm()->titleBands()->removeBand(0));
    session.close();
    QCOMPARE(model.rowCount(), 0);
}

void SchemesViewTest::criteriaReadAsOnThePaperTable()
{
    auto view = shownSchemes(*m_session);
    const Model& model = *view->criteriaModel();
    QCOMPARE(model.rowCount(), 18);
    QCOMPARE(cellOf(model, u"C06"_s, Model::Bands).data().toString(),
             u"1:1|%1:%2|%3:%4"_s.arg(localNumber(0.9), localNumber(0.7), localNumber(0.8), localNumber(0.5)));
    QCOMPARE(cellOf(model, u"C08"_s, Model::Indicator).data().toString(),
             QCoreApplication::translate("thidua::gui::CriteriaModel", "Manual scoring"));
    QVERIFY(cellOf(model, u"C01"_s, Model::Indicator).data().toString().startsWith(u"KT01 – Tốc độ tăng trưởng"_s));
    // A manual criterion has no method, rate or bands to set.
    QCOMPARE(cellOf(model, u"C08"_s, Model::Method).data().toString(), QString());
    QVERIFY(!(model.flags(cellOf(model, u"C08"_s, Model::Method)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(cellOf(model, u"C09"_s, Model::BonusRate)) & Qt::ItemIsEditable));
    QCOMPARE(cellOf(model, u"C01"_s, Model::BonusRate).data().toString(), u"50%"_s);
    QCOMPARE(cellOf(model, u"C01"_s, Model::ExcessCap).data().toString(), u"20%"_s);
    QCOMPARE(cellOf(model, u"C10"_s, Model::Veto).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(cellOf(model, u"C09"_s, Model::Veto).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    QCOMPARE(schemeTotal(*view, u"I. Phát triển kinh tế"_s), u"20"_s);
    QCOMPARE(schemeTotal(*view, u"II. Văn hóa - xã hội"_s), u"30"_s);
    QCOMPARE(schemeTotal(*view, u"III. Quốc phòng - an ninh"_s), u"20"_s);
    QCOMPARE(schemeTotal(*view, u"IV. Xây dựng Đảng, chính quyền, đoàn thể"_s), u"15"_s);
    QCOMPARE(schemeTotal(*view, u"V. Công tác thi đua, khen thưởng"_s), u"15"_s);
    QCOMPARE(schemeTotal(*view, schemesText("Sum of maxima")), u"100"_s);
    QCOMPARE(schemeTotal(*view, schemesText("Scale S")), u"100"_s);
    QCOMPARE(schemeTotal(*view, schemesText("Bonus cap")), u"10"_s);
    QCOMPARE(schemeTotal(*view, schemesText("Flag threshold")), u"90"_s);
}

void SchemesViewTest::typingAMaximumChangesTotalsAndTheStoredScheme()
{
    auto view = shownSchemes(*m_session);
    QTableView& table = *child<QTableView>(*view, u"criteriaTable"_s);
    const Model& model = *view->criteriaModel();
    QVERIFY(typeInCell(table, cellOf(model, u"C01"_s, Model::MaxPoints), u"12"_s));

    QCOMPARE(criterionOf(cluster(), "C01")->maxPoints, 12.0);
    QCOMPARE(cellOf(model, u"C01"_s, Model::MaxPoints).data().toString(), u"12"_s);
    QCOMPARE(schemeTotal(*view, u"I. Phát triển kinh tế"_s), u"22"_s);
    QCOMPARE(schemeTotal(*view, schemesText("Sum of maxima")), u"102"_s);
    // S, the cap and the threshold follow the sum of maxima while they are left to their defaults.
    QCOMPARE(schemeTotal(*view, schemesText("Scale S")), u"102"_s);
    QCOMPARE(schemeTotal(*view, schemesText("Bonus cap")), localNumber(10.2));
    QCOMPARE(schemeTotal(*view, schemesText("Flag threshold")), localNumber(91.8));
    QVERIFY(child<QLabel>(*view, u"schemeScaleEffective"_s)->text().contains(u"102"_s));
    QVERIFY(child<QLabel>(*view, u"schemeBonusCapEffective"_s)->text().contains(localNumber(10.2)));

    // A decimal maximum, typed the Vietnamese way.
    QVERIFY(typeInCell(table, cellOf(model, u"C02"_s, Model::MaxPoints), localNumber(7.5)));
    QCOMPARE(criterionOf(cluster(), "C02")->maxPoints, 7.5);
    QCOMPARE(schemeTotal(*view, schemesText("Sum of maxima")), localNumber(99.5));
}

void SchemesViewTest::invalidMaximumIsKeptMarkedAndNotStored()
{
    auto view = shownSchemes(*m_session);
    QTableView& table = *child<QTableView>(*view, u"criteriaTable"_s);
    const Model& model = *view->criteriaModel();
    const QLabel& message = *child<QLabel>(*view, u"criteriaMessage"_s);
    for (const QString& bad : {u"0"_s, u"-3"_s, u"abc"_s, u"2.000"_s}) {
        QVERIFY(typeInCell(table, cellOf(model, u"C03"_s, Model::MaxPoints), bad));
        QCOMPARE(criterionOf(cluster(), "C03")->maxPoints, 5.0);
        const QModelIndex cell = cellOf(model, u"C03"_s, Model::MaxPoints);
        // The refused text stays for correction, marked, with the reason beside the table.
        QCOMPARE(cell.data().toString(), bad);
        QVERIFY2(cell.data(Model::ProblemRole).toString().contains(u"C03"_s), qPrintable(bad));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), cell.data(Model::ProblemRole).toString());
        QCOMPARE(message.text(), cell.data(Model::ProblemRole).toString());
        QCOMPARE(schemeTotal(*view, schemesText("Sum of maxima")), u"100"_s);
    }
    QVERIFY(typeInCell(table, cellOf(model, u"C03"_s, Model::MaxPoints), u"4"_s));
    QCOMPARE(criterionOf(cluster(), "C03")->maxPoints, 4.0);
    QCOMPARE(cellOf(model, u"C03"_s, Model::MaxPoints).data(Model::ProblemRole).toString(), QString());
    QCOMPARE(message.text(), QString());
    QCOMPARE(schemeTotal(*view, schemesText("Sum of maxima")), u"99"_s);
}

void SchemesViewTest::duplicateCodeAndBadBandsAreRefused()
{
    auto view = shownSchemes(*m_session);
    QTableView& table = *child<QTableView>(*view, u"criteriaTable"_s);
    const Model& model = *view->criteriaModel();
    const std::vector<std::string> codes = codesOf(cluster());

    QVERIFY(typeInCell(table, cellOf(model, u"C01"_s, Model::Code), u"C02"_s));
    QCOMPARE(codesOf(cluster()), codes);
    QVERIFY(!cellOf(model, u"C01"_s, Model::Code).data(Model::ProblemRole).toString().isEmpty());

    const std::vector<Band> seeded = criterionOf(cluster(), "C06")->bands;
    QCOMPARE(seeded.size(), std::size_t(3));
    for (const QString& bad : {u"1:1|%1:-%2"_s.arg(localNumber(0.9), localNumber(0.5)), u"1:1|1:0"_s, u"abc"_s}) {
        QVERIFY(typeInCell(table, cellOf(model, u"C06"_s, Model::Bands), bad));
        QCOMPARE(criterionOf(cluster(), "C06")->bands.size(), std::size_t(3));
        QVERIFY2(!cellOf(model, u"C06"_s, Model::Bands).data(Model::ProblemRole).toString().isEmpty(), qPrintable(bad));
    }
    // Bands may be typed in any order: they are kept highest first.
    QVERIFY(typeInCell(table, cellOf(model, u"C06"_s, Model::Bands),
                       u"%1:%2|1:1"_s.arg(localNumber(0.95), localNumber(0.8))));
    const std::vector<Band> bands = criterionOf(cluster(), "C06")->bands;
    QCOMPARE(bands.size(), std::size_t(2));
    QCOMPARE(bands[0].minRatio, 1.0);
    QCOMPARE(bands[1].minRatio, 0.95);
    QCOMPARE(bands[1].share, 0.8);
}

void SchemesViewTest::methodLinkAndVetoAreStored()
{
    auto view = shownSchemes(*m_session);
    QTableView& table = *child<QTableView>(*view, u"criteriaTable"_s);
    Model& model = *view->criteriaModel();

    // The link is chosen from the plan's indicators in the cell's list.
    const QModelIndex link = cellOf(model, u"C08"_s, Model::Indicator);
    table.setCurrentIndex(link);
    table.edit(link);
    auto* combo = table.viewport()->findChild<QComboBox*>(u"indicatorEditor"_s);
    QVERIFY(combo);
    QCOMPARE(combo->itemData(0).toString(), QString());
    combo->setCurrentIndex(combo->findData(u"XH10"_s));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(criterionOf(cluster(), "C08")->indicatorCode, std::string("XH10"));
    QVERIFY(model.flags(cellOf(model, u"C08"_s, Model::Method)) & Qt::ItemIsEditable);

    QVERIFY(model.setData(cellOf(model, u"C01"_s, Model::Method), u"pass_fail"_s));
    QCOMPARE(criterionOf(cluster(), "C01")->method, ScoringMethod::PassFail);
    QVERIFY(!(model.flags(cellOf(model, u"C01"_s, Model::BonusRate)) & Qt::ItemIsEditable));

    QVERIFY(typeInCell(table, cellOf(model, u"C02"_s, Model::BonusRate), u"40"_s));
    QCOMPARE(criterionOf(cluster(), "C02")->bonusRate, 0.4);
    QVERIFY(typeInCell(table, cellOf(model, u"C02"_s, Model::ExcessCap), u"-5"_s));
    QCOMPARE(criterionOf(cluster(), "C02")->excessCap, 0.2);
    // Emptied, a rate goes back to the default of computation.md.
    QVERIFY(model.setData(cellOf(model, u"C02"_s, Model::BonusRate), QString()));
    QCOMPARE(criterionOf(cluster(), "C02")->bonusRate, 0.5);

    QVERIFY(model.setData(cellOf(model, u"C09"_s, Model::Veto), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(criterionOf(cluster(), "C09")->veto);
    QVERIFY(model.setData(cellOf(model, u"C10"_s, Model::Veto), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!criterionOf(cluster(), "C10")->veto);
}

void SchemesViewTest::addingAManualCriterionStoresIt()
{
    auto view = shownSchemes(*m_session);
    QTableView& table = *child<QTableView>(*view, u"criteriaTable"_s);
    const Model& model = *view->criteriaModel();
    table.setCurrentIndex(cellOf(model, u"C18"_s, Model::Code));
    QTest::mouseClick(child<QPushButton>(*view, u"addCriterionButton"_s), Qt::LeftButton);

    QCOMPARE(model.rowCount(), 19);
    const Scheme stored = cluster();
    QCOMPARE(stored.criteria.size(), std::size_t(19));
    const Criterion& added = stored.criteria.back();
    QCOMPARE(added.code, std::string("C19"));
    QCOMPARE(added.indicatorCode, std::string());
    QCOMPARE(added.heading, std::string("V. Công tác thi đua, khen thưởng"));
    QCOMPARE(added.maxPoints, 5.0);
    QCOMPARE(schemeTotal(*view, u"V. Công tác thi đua, khen thưởng"_s), u"20"_s);
    QCOMPARE(schemeTotal(*view, schemesText("Sum of maxima")), u"105"_s);

    // The name's editor is open for the new criterion.
    QLineEdit* editor = openLineEditor(table);
    QVERIFY(editor);
    editor->selectAll();
    editor->insert(u"Tổ chức hội thi, hội diễn"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cluster().criteria.back().name, std::string("Tổ chức hội thi, hội diễn"));
}

void SchemesViewTest::movingACriterionChangesTheStoredOrder()
{
    auto view = shownSchemes(*m_session);
    QTableView& table = *child<QTableView>(*view, u"criteriaTable"_s);
    auto* up = child<QPushButton>(*view, u"moveCriterionUpButton"_s);
    table.setCurrentIndex(cellOf(*view->criteriaModel(), u"C02"_s, Model::Name));
    QTest::mouseClick(up, Qt::LeftButton);
    const std::vector<std::string> codes = codesOf(cluster());
    QCOMPARE(codes[0], std::string("C02"));
    QCOMPARE(codes[1], std::string("C01"));
    QCOMPARE(table.currentIndex().row(), 0);
    QVERIFY(!up->isEnabled());
    QTest::mouseClick(child<QPushButton>(*view, u"moveCriterionDownButton"_s), Qt::LeftButton);
    QCOMPARE(codesOf(cluster())[0], std::string("C01"));
}

void SchemesViewTest::removingACriterionWithScoresAsksFirst()
{
    storage::ScoreRepository scores(*m_session->database());
    scores.saveManualScore("BINH_THANH", "2021-Y", "C08", ScoreLevel::Self, 4);
    scores.saveManualScore("BINH_THANH", "2021-Y", "C08", ScoreLevel::Cluster, 3);
    auto view = shownSchemes(*m_session);
    QTableView& table = *child<QTableView>(*view, u"criteriaTable"_s);
    auto* remove = child<QPushButton>(*view, u"removeCriterionButton"_s);

    table.setCurrentIndex(cellOf(*view->criteriaModel(), u"C08"_s, Model::Name));
    gui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(gui::MessageBox::lastShown());
    QVERIFY(gui::MessageBox::lastShown()->text.contains(u"C08"_s));
    QCOMPARE(view->criteriaModel()->rowCount(), 18);
    QVERIFY(criterionOf(cluster(), "C08"));
    QCOMPARE(scores.manualPoints("2021-Y")["BINH_THANH"]["C08"].self, 4.0);

    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(view->criteriaModel()->rowCount(), 17);
    QVERIFY(!criterionOf(cluster(), "C08"));
    QCOMPARE(scores.manualPoints("2021-Y").count("BINH_THANH"), std::size_t(0));
    QCOMPARE(schemeTotal(*view, u"II. Văn hóa - xã hội"_s), u"25"_s);

    // Without scores, nothing to ask.
    gui::MessageBox::clearLastShown();
    table.setCurrentIndex(cellOf(*view->criteriaModel(), u"C01"_s, Model::Name));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!gui::MessageBox::lastShown());
    QVERIFY(!criterionOf(cluster(), "C01"));
}

void SchemesViewTest::renamingACodeKeepsItsScores()
{
    storage::ScoreRepository scores(*m_session->database());
    scores.saveManualScore("TAY_AN", "2021-H1", "C14", ScoreLevel::Final, 4);
    auto view = shownSchemes(*m_session);
    QTableView& table = *child<QTableView>(*view, u"criteriaTable"_s);
    QVERIFY(typeInCell(table, cellOf(*view->criteriaModel(), u"C14"_s, Model::Code), u"C14a"_s));
    QVERIFY(!gui::MessageBox::lastShown());
    const Scheme stored = cluster();
    QVERIFY(criterionOf(stored, "C14a"));
    QVERIFY(!criterionOf(stored, "C14"));
    QCOMPARE(stored.criteria[13].code, std::string("C14a"));
    QCOMPARE(scores.manualPoints("2021-H1")["TAY_AN"]["C14a"].final, 4.0);
}

} // namespace thidua::test
