#include "AdminTest.h"

#include "AdminTestSupport.h"
#include "gui/MessageBox.h"
#include "gui/plan/IndicatorTreeModel.h"
#include "gui/plan/PlanView.h"
#include "gui/units/GroupDialog.h"
#include "gui/units/UnitDialog.h"
#include "gui/units/UnitTreeModel.h"
#include "gui/units/UnitsView.h"
#include "i18n/DisplayText.h"
#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"
#include "storage/StorageError.h"
#include "storage/UnitAdmin.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPointer>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace thidua::test {

void AdminTest::init()
{
    m_dir = std::make_unique<GuiTempDir>();
    m_database = storage::Database::open(m_dir->createDatabase(u"plan.sqlite"_s));
    gui::MessageBox::clearLastShown();
}

void AdminTest::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void AdminTest::unitModelKeepsTheContractThroughEdits()
{
    gui::UnitsView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setDatabase(m_database.get());
    auto* tree = focusTree(view, u"unitsTree"_s);
    tree->setCurrentIndex(view.model()->unitIndex(u"TAY_AN"_s));
    child<QAction>(view, u"archiveUnitAction"_s)->trigger();
    storage::UnitAdmin(*m_database).addGroup({"CUM_2", "Cụm thi đua số 2", GroupKind::Cluster, {}});
    storage::UnitAdmin(*m_database).addUnit({"LE", "Đơn vị lẻ", UnitKind::Other, {}, false});
    view.setDatabase(m_database.get());
    QCOMPARE(view.model()->rowCount(), 4); // two groups, the new empty one, and the units in no group
}

void AdminTest::unitIsAddedThroughTheDialog()
{
    gui::UnitsView view;
    view.setDatabase(m_database.get());
    auto* tree = focusTree(view, u"unitsTree"_s);
    tree->setCurrentIndex(view.model()->groupIndex(u"CUM_XA"_s));
    QTest::keyClick(tree, Qt::Key_Insert);
    QPointer<gui::UnitDialog> dialog = shownDialog<gui::UnitDialog>(view);
    QVERIFY(dialog);

    auto* name = child<QLineEdit>(*dialog, u"unitNameEdit"_s);
    typeText(name, u"Xã Bình Mỹ"_s);
    // The code is suggested from the name, without accents; the group from the selection.
    QCOMPARE(child<QLineEdit>(*dialog, u"unitCodeEdit"_s)->text(), u"BINH_MY"_s);
    QCOMPARE(child<QComboBox>(*dialog, u"unitGroupCombo"_s)->currentData().toString(), u"CUM_XA"_s);
    QCOMPARE(child<QComboBox>(*dialog, u"unitKindCombo"_s)->currentText(), DisplayText::unitKind(UnitKind::Commune));
    QTest::keyClick(name, Qt::Key_Return);

    QVERIFY(!dialog || !dialog->isVisible());
    const auto stored = storedUnit(*m_database, "BINH_MY");
    QVERIFY(stored);
    QCOMPARE(stored->name, std::string("Xã Bình Mỹ"));
    QCOMPARE(stored->groupCode, std::string("CUM_XA"));
    QCOMPARE(stored->kind, UnitKind::Commune);
    // The tree shows it at once, selected, in its cluster.
    const QModelIndex row = tree->currentIndex();
    QCOMPARE(row.data(gui::UnitTreeModel::CodeRole).toString(), u"BINH_MY"_s);
    QCOMPARE(row.parent(), view.model()->groupIndex(u"CUM_XA"_s));
    QCOMPARE(view.model()->rowCount(row.parent()), 16);
}

void AdminTest::unitIsRenamedAndMovedToAnotherGroup()
{
    gui::UnitsView view;
    view.setDatabase(m_database.get());
    auto* tree = focusTree(view, u"unitsTree"_s);
    tree->setCurrentIndex(view.model()->unitIndex(u"BINH_HOA"_s));
    QTest::keyClick(tree, Qt::Key_F2);
    QPointer<gui::UnitDialog> dialog = shownDialog<gui::UnitDialog>(view);
    QVERIFY(dialog);
    // No data yet: the code may still be corrected.
    QVERIFY(!child<QLineEdit>(*dialog, u"unitCodeEdit"_s)->isReadOnly());
    auto* name = child<QLineEdit>(*dialog, u"unitNameEdit"_s);
    QCOMPARE(name->text(), u"Xã Bình Hòa"_s);
    type(name, u"Xã Bình Hòa (mới)"_s);
    choose(child<QComboBox>(*dialog, u"unitGroupCombo"_s), u"KHOI_PHONG"_s);
    QTest::keyClick(name, Qt::Key_Return);

    QVERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(storedUnit(*m_database, "BINH_HOA")->name, std::string("Xã Bình Hòa (mới)"));
    QCOMPARE(storedUnit(*m_database, "BINH_HOA")->groupCode, std::string("KHOI_PHONG"));
    QCOMPARE(view.model()->unitIndex(u"BINH_HOA"_s).parent(), view.model()->groupIndex(u"KHOI_PHONG"_s));
    QCOMPARE(view.model()->rowCount(view.model()->groupIndex(u"CUM_XA"_s)), 14);

    // Enter opens a unit too; once it has a report its code is fixed.
    storage::ReportRepository(*m_database).saveValue({"TAY_AN", "2021-H1", "XH11", 120, {}, "", {}}, u"lan"_s);
    tree->setCurrentIndex(view.model()->unitIndex(u"TAY_AN"_s));
    QTest::keyClick(tree, Qt::Key_Return);
    dialog = shownDialog<gui::UnitDialog>(view);
    QVERIFY(dialog);
    QVERIFY(child<QLineEdit>(*dialog, u"unitCodeEdit"_s)->isReadOnly());
    dialog->reject();
}

void AdminTest::unitIsArchivedAndRestored()
{
    gui::UnitsView view;
    view.setDatabase(m_database.get());
    auto* tree = focusTree(view, u"unitsTree"_s);
    auto* archive = child<QAction>(view, u"archiveUnitAction"_s);
    tree->setCurrentIndex(view.model()->unitIndex(u"TAY_AN"_s));
    const QString archiveText = archive->text();
    archive->trigger();

    QVERIFY(storedUnit(*m_database, "TAY_AN")->archived);
    const QModelIndex row = view.model()->unitIndex(u"TAY_AN"_s);
    QCOMPARE(tree->currentIndex(), row);
    // Greyed, and said in words.
    const QString expected =
        QCoreApplication::translate("thidua::gui::UnitTreeModel", "%1 (archived)").arg(u"Xã Tây An"_s);
    QCOMPARE(row.data().toString(), expected);
    QCOMPARE(row.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
    QVERIFY(archive->text() != archiveText);

    archive->trigger();
    QVERIFY(!storedUnit(*m_database, "TAY_AN")->archived);
    QCOMPARE(view.model()->unitIndex(u"TAY_AN"_s).data().toString(), u"Xã Tây An"_s);
    QCOMPARE(archive->text(), archiveText);
}

void AdminTest::deletingAUnitWithAReportProposesArchiving()
{
    // The seeded district has published figures and can never be deleted.
    QVERIFY_THROWS_EXCEPTION(storage::StorageError, storage::UnitAdmin(*m_database).removeUnit("HUYEN"));
    storage::ReportRepository(*m_database).saveValue({"TAY_AN", "2021-H1", "XH11", 120, {}, "", {}}, u"lan"_s);

    gui::UnitsView view;
    view.setDatabase(m_database.get());
    auto* tree = focusTree(view, u"unitsTree"_s);
    tree->setCurrentIndex(view.model()->unitIndex(u"TAY_AN"_s));
    gui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(lastShownWas(QMessageBox::Question, u"Xã Tây An"_s));
    QVERIFY(storedUnit(*m_database, "TAY_AN"));
    QVERIFY(!storedUnit(*m_database, "TAY_AN")->archived);

    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(storedUnit(*m_database, "TAY_AN")->archived);

    // Archived already: it is said so, and nothing changes.
    expectMessage();
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(lastShownWas(QMessageBox::Information, u"Xã Tây An"_s));
    QVERIFY(storedUnit(*m_database, "TAY_AN"));
}

void AdminTest::freshUnitIsDeleted()
{
    storage::UnitAdmin(*m_database).addUnit({"BINH_MY", "Xã Bình Mỹ", UnitKind::Commune, "CUM_XA", false});
    gui::UnitsView view;
    view.setDatabase(m_database.get());
    auto* tree = focusTree(view, u"unitsTree"_s);
    tree->setCurrentIndex(view.model()->unitIndex(u"BINH_MY"_s));

    gui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(lastShownWas(QMessageBox::Question, u"BINH_MY"_s));
    QVERIFY(storedUnit(*m_database, "BINH_MY"));

    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(!storedUnit(*m_database, "BINH_MY"));
    QVERIFY(!view.model()->unitIndex(u"BINH_MY"_s).isValid());
    QCOMPARE(tree->currentIndex(), view.model()->groupIndex(u"CUM_XA"_s));
}

void AdminTest::invalidUnitInputIsRefusedWithAMessage()
{
    gui::UnitsView view;
    view.setDatabase(m_database.get());
    const auto count = storage::PlanRepository(*m_database).units().size();
    QTest::keyClick(focusTree(view, u"unitsTree"_s), Qt::Key_Insert);
    QPointer<gui::UnitDialog> dialog = shownDialog<gui::UnitDialog>(view);
    QVERIFY(dialog);
    auto* name = child<QLineEdit>(*dialog, u"unitNameEdit"_s);
    expectMessage();
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(lastShownWas(QMessageBox::Warning));
    QVERIFY(dialog->isVisible());

    // A code in use: storage names the unit that has it, and the typed name stays for correction.
    typeText(name, u"Xã Tây An mới"_s);
    type(child<QLineEdit>(*dialog, u"unitCodeEdit"_s), u"TAY_AN"_s);
    expectMessage();
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(lastShownWas(QMessageBox::Warning, u"Xã Tây An"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), u"Xã Tây An mới"_s);

    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(storage::PlanRepository(*m_database).units().size(), count);
    QCOMPARE(storedUnit(*m_database, "TAY_AN")->name, std::string("Xã Tây An"));
}

void AdminTest::groupIsAddedEditedAndDeletedOnlyWhenEmpty()
{
    gui::UnitsView view;
    view.setDatabase(m_database.get());
    auto* tree = focusTree(view, u"unitsTree"_s);
    child<QAction>(view, u"addGroupAction"_s)->trigger();
    QPointer<gui::GroupDialog> dialog = shownDialog<gui::GroupDialog>(view);
    QVERIFY(dialog);
    auto* name = child<QLineEdit>(*dialog, u"groupNameEdit"_s);
    typeText(name, u"Cụm thi đua số 2"_s);
    typeText(child<QLineEdit>(*dialog, u"groupCodeEdit"_s), u"CUM_2"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(storedGroup(*m_database, "CUM_2")->name, std::string("Cụm thi đua số 2"));
    QCOMPARE(storedGroup(*m_database, "CUM_2")->kind, GroupKind::Cluster);
    QCOMPARE(tree->currentIndex(), view.model()->groupIndex(u"CUM_2"_s));

    QTest::keyClick(tree, Qt::Key_F2);
    dialog = shownDialog<gui::GroupDialog>(view);
    QVERIFY(dialog);
    QVERIFY(child<QLineEdit>(*dialog, u"groupCodeEdit"_s)->isReadOnly());
    choose(child<QComboBox>(*dialog, u"groupKindCombo"_s), static_cast<int>(GroupKind::Block));
    choose(child<QComboBox>(*dialog, u"groupSchemeCombo"_s), u"TC_KHOI_PHONG"_s);
    QTest::keyClick(child<QLineEdit>(*dialog, u"groupNameEdit"_s), Qt::Key_Return);
    QCOMPARE(storedGroup(*m_database, "CUM_2")->kind, GroupKind::Block);
    QCOMPARE(storedGroup(*m_database, "CUM_2")->schemeCode, std::string("TC_KHOI_PHONG"));
    QCOMPARE(view.model()->groupIndex(u"CUM_2"_s).siblingAtColumn(gui::UnitTreeModel::Kind).data().toString(),
             DisplayText::groupKind(GroupKind::Block));

    tree->setCurrentIndex(view.model()->groupIndex(u"CUM_XA"_s));
    expectMessage();
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(lastShownWas(QMessageBox::Warning, u"15"_s));
    QVERIFY(storedGroup(*m_database, "CUM_XA"));

    tree->setCurrentIndex(view.model()->groupIndex(u"CUM_2"_s));
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(!storedGroup(*m_database, "CUM_2"));
    QVERIFY(!view.model()->groupIndex(u"CUM_2"_s).isValid());
}

void AdminTest::readOnlyDatabaseDisablesEveryChange()
{
    m_database = storage::Database::open(m_dir->createDatabase(u"viewer.sqlite"_s), storage::Access::ReadOnly);
    gui::UnitsView units;
    units.setDatabase(m_database.get());
    auto* tree = focusTree(units, u"unitsTree"_s);
    tree->setCurrentIndex(units.model()->unitIndex(u"TAY_AN"_s));
    for (const QString& name : {u"addUnitAction"_s, u"addGroupAction"_s, u"editUnitAction"_s, u"archiveUnitAction"_s,
                                u"deleteUnitAction"_s}) {
        QVERIFY2(!child<QAction>(units, name)->isEnabled(), qPrintable(name));
    }
    QTest::keyClick(tree, Qt::Key_Insert);
    QTest::keyClick(tree, Qt::Key_Return);
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(!shownDialog<QDialog>(units));
    QVERIFY(!gui::MessageBox::lastShown());

    gui::PlanView plan;
    plan.setDatabase(m_database.get());
    auto* planTree = focusTree(plan, u"planTree"_s);
    planTree->setCurrentIndex(plan.model()->indicatorIndex(u"XH09"_s));
    QVERIFY(!child<QAction>(plan, u"addIndicatorAction"_s)->isEnabled());
    QVERIFY(!child<QAction>(plan, u"editIndicatorAction"_s)->isEnabled());
    QTest::keyClick(planTree, Qt::Key_Return);
    QVERIFY(!shownDialog<QDialog>(plan));
}

} // namespace thidua::test
