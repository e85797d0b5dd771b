#include "IndicatorAdminTest.h"

#include "AdminTestSupport.h"
#include "gui/MessageBox.h"
#include "gui/plan/IndicatorDialog.h"
#include "gui/plan/IndicatorTreeModel.h"
#include "gui/plan/PlanView.h"
#include "storage/PlanRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace thidua::test {

void IndicatorAdminTest::init()
{
    m_dir = std::make_unique<GuiTempDir>();
    m_database = storage::Database::open(m_dir->createDatabase(u"plan.sqlite"_s));
    gui::MessageBox::clearLastShown();
}

void IndicatorAdminTest::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void IndicatorAdminTest::indicatorRangeIsEditedAndStored()
{
    gui::PlanView view;
    view.setDatabase(m_database.get());
    auto* tree = focusTree(view, u"planTree"_s);
    tree->setCurrentIndex(view.model()->indicatorIndex(u"XH09"_s));
    QTest::keyClick(tree, Qt::Key_Return);
    QPointer<gui::IndicatorDialog> dialog = shownDialog<gui::IndicatorDialog>(view);
    QVERIFY(dialog);
    QVERIFY(child<QLineEdit>(*dialog, u"indicatorCodeEdit"_s)->isReadOnly());
    QCOMPARE(child<QLineEdit>(*dialog, u"indicatorNameEdit"_s)->text(), u"Tỷ lệ bao phủ bảo hiểm y tế toàn dân"_s);
    // A level indicator has no mid-year share.
    QVERIFY(!child<QLineEdit>(*dialog, u"indicatorShareEdit"_s)->isEnabled());

    type(child<QLineEdit>(*dialog, u"indicatorMinEdit"_s), u"0"_s);
    auto* max = child<QLineEdit>(*dialog, u"indicatorMaxEdit"_s);
    type(max, u"99,5"_s); // the Vietnamese decimal comma
    QTest::keyClick(max, Qt::Key_Return);

    QVERIFY(!dialog || !dialog->isVisible());
    const auto stored = storedIndicator(*m_database, "XH09");
    QCOMPARE(stored->minValue, std::optional<double>(0));
    QCOMPARE(stored->maxValue, std::optional<double>(99.5));
    const QModelIndex row = view.model()->indicatorIndex(u"XH09"_s);
    QCOMPARE(tree->currentIndex(), row);
    QVERIFY2(row.siblingAtColumn(gui::IndicatorTreeModel::Name).data(Qt::ToolTipRole).toString().contains(u"99,5"_s),
             "the tooltip shows the range");

    // Reopened, the figures read the Vietnamese way.
    QTest::keyClick(tree, Qt::Key_F2);
    dialog = shownDialog<gui::IndicatorDialog>(view);
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(*dialog, u"indicatorMaxEdit"_s)->text(), u"99,5"_s);
    dialog->reject();
}

void IndicatorAdminTest::invalidIndicatorInputIsRefusedWithAMessage()
{
    gui::PlanView view;
    view.setDatabase(m_database.get());
    auto* tree = focusTree(view, u"planTree"_s);
    tree->setCurrentIndex(view.model()->indicatorIndex(u"XH10"_s));
    QTest::keyClick(tree, Qt::Key_F2);
    QPointer<gui::IndicatorDialog> dialog = shownDialog<gui::IndicatorDialog>(view);
    QVERIFY(dialog);
    auto* min = child<QLineEdit>(*dialog, u"indicatorMinEdit"_s);
    auto* max = child<QLineEdit>(*dialog, u"indicatorMaxEdit"_s);
    auto* share = child<QLineEdit>(*dialog, u"indicatorShareEdit"_s);
    QVERIFY(share->isEnabled()); // XH10 is cumulative
    const Indicator before = *storedIndicator(*m_database, "XH10");

    const auto refused = [&](QLineEdit* field, const QString& contains) {
        expectMessage();
        QTest::keyClick(field, Qt::Key_Return);
        // The cursor is put where the correction is to be made.
        return lastShownWas(QMessageBox::Warning, contains) && dialog && dialog->isVisible() &&
               dialog->focusWidget() == field;
    };
    type(min, u"500"_s);
    type(max, u"100"_s);
    QVERIFY(refused(min, u"500"_s));
    type(max, u"nhiều"_s);
    QVERIFY(refused(max, u"nhiều"_s));
    type(max, u"1.000"_s); // thousands separators are ambiguous: refused
    QVERIFY(refused(max, u"1.000"_s));
    max->clear();
    type(share, u"1,5"_s);
    QVERIFY(refused(share, QString()));
    // Nothing refused reached the database.
    QCOMPARE(storedIndicator(*m_database, "XH10")->minValue, before.minValue);
    QCOMPARE(storedIndicator(*m_database, "XH10")->midYearShare, before.midYearShare);

    type(share, u"0,4"_s);
    QTest::keyClick(share, Qt::Key_Return);
    QVERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(storedIndicator(*m_database, "XH10")->midYearShare, std::optional<double>(0.4));
    QCOMPARE(storedIndicator(*m_database, "XH10")->minValue, std::optional<double>(500));
    QCOMPARE(storedIndicator(*m_database, "XH10")->maxValue, std::nullopt);
}

void IndicatorAdminTest::namedMembersAreTickedInTheDialog()
{
    gui::PlanView view;
    view.setDatabase(m_database.get());
    auto* tree = focusTree(view, u"planTree"_s);
    tree->setCurrentIndex(view.model()->indicatorIndex(u"KT03"_s));
    QTest::keyClick(tree, Qt::Key_F2);
    QPointer<gui::IndicatorDialog> dialog = shownDialog<gui::IndicatorDialog>(view);
    QVERIFY(dialog);
    auto* members = child<QListWidget>(*dialog, u"indicatorMembersList"_s);
    QVERIFY(members->isVisibleTo(dialog));
    QStringList ticked;
    QListWidgetItem* tayAn = nullptr;
    for (int row = 0; row < members->count(); ++row) {
        QListWidgetItem* item = members->item(row);
        if (item->checkState() == Qt::Checked) {
            ticked << item->text();
        }
        if (item->text() == u"Xã Tây An"_s) {
            tayAn = item;
        }
    }
    QCOMPARE(ticked, (QStringList{u"Xã Bình Tân"_s, u"Xã Bình Thành"_s}));
    QVERIFY(tayAn);
    members->setCurrentItem(tayAn);
    members->setFocus();
    QTest::keyClick(members, Qt::Key_Space);
    QCOMPARE(tayAn->checkState(), Qt::Checked);

    // Named units belong to named_set alone: another kind with ticks left is refused.
    auto* kind = child<QComboBox>(*dialog, u"indicatorKindCombo"_s);
    choose(kind, static_cast<int>(IndicatorKind::AtLeast));
    QVERIFY(members->isVisibleTo(dialog));
    expectMessage();
    QTest::keyClick(child<QLineEdit>(*dialog, u"indicatorNameEdit"_s), Qt::Key_Return);
    QVERIFY(lastShownWas(QMessageBox::Warning));
    QVERIFY(dialog->isVisible());
    QCOMPARE(storedIndicator(*m_database, "KT03")->kind, IndicatorKind::NamedSet);

    choose(kind, static_cast<int>(IndicatorKind::NamedSet));
    QTest::keyClick(child<QLineEdit>(*dialog, u"indicatorNameEdit"_s), Qt::Key_Return);
    QVERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(storedIndicator(*m_database, "KT03")->memberCodes,
             (std::vector<std::string>{"BINH_TAN", "BINH_THANH", "TAY_AN"}));

    // An indicator of another kind shows no list of units.
    tree->setCurrentIndex(view.model()->indicatorIndex(u"XH09"_s));
    QTest::keyClick(tree, Qt::Key_F2);
    dialog = shownDialog<gui::IndicatorDialog>(view);
    QVERIFY(dialog);
    QVERIFY(!child<QListWidget>(*dialog, u"indicatorMembersList"_s)->isVisibleTo(dialog));
    dialog->reject();
}

void IndicatorAdminTest::indicatorIsAddedUnderTheSelectedHeading()
{
    gui::PlanView view;
    view.setDatabase(m_database.get());
    auto* tree = focusTree(view, u"planTree"_s);
    tree->setCurrentIndex(findByCode(*view.model(), gui::IndicatorTreeModel::CodeRole, u"XH"_s));
    QTest::keyClick(tree, Qt::Key_Insert);
    QPointer<gui::IndicatorDialog> dialog = shownDialog<gui::IndicatorDialog>(view);
    QVERIFY(dialog);
    QCOMPARE(child<QComboBox>(*dialog, u"indicatorHeadingCombo"_s)->currentData().toString(), u"XH"_s);
    auto* code = child<QLineEdit>(*dialog, u"indicatorCodeEdit"_s);
    auto* name = child<QLineEdit>(*dialog, u"indicatorNameEdit"_s);
    typeText(code, u"XH09"_s);
    typeText(name, u"Tỷ lệ xã đạt chuẩn quốc gia về y tế"_s);
    typeText(child<QLineEdit>(*dialog, u"indicatorUnitEdit"_s), u"%"_s);
    expectMessage();
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(lastShownWas(QMessageBox::Warning, u"XH09"_s));
    QVERIFY(dialog->isVisible());

    type(code, u"XH14"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(!dialog || !dialog->isVisible());
    const auto stored = storedIndicator(*m_database, "XH14");
    QVERIFY(stored);
    QCOMPARE(stored->headingCode, std::string("XH"));
    QCOMPARE(stored->unitOfMeasure, std::string("%"));
    QCOMPARE(storage::PlanRepository(*m_database).indicators().back().code, std::string("XH14"));
    const QModelIndex row = view.model()->indicatorIndex(u"XH14"_s);
    QCOMPARE(row.parent().data(gui::IndicatorTreeModel::CodeRole).toString(), u"XH"_s);
    QCOMPARE(tree->currentIndex(), row);
}

void IndicatorAdminTest::indicatorModelKeepsTheContractWhenAParentMoves()
{
    gui::PlanView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setDatabase(m_database.get());
    auto* tree = focusTree(view, u"planTree"_s);
    tree->setCurrentIndex(view.model()->indicatorIndex(u"KT05"_s));
    QTest::keyClick(tree, Qt::Key_F2);
    QPointer<gui::IndicatorDialog> dialog = shownDialog<gui::IndicatorDialog>(view);
    QVERIFY(dialog);
    // Neither itself nor its own sub-indicators are offered as its parent.
    auto* parent = child<QComboBox>(*dialog, u"indicatorParentCombo"_s);
    QCOMPARE(parent->findData(u"KT05"_s), -1);
    QCOMPARE(parent->findData(u"KT05.2"_s), -1);
    dialog->reject();

    // KT01 moves under KT05.2, which comes after it in plan order: the tree still places it.
    tree->setCurrentIndex(view.model()->indicatorIndex(u"KT01"_s));
    QTest::keyClick(tree, Qt::Key_F2);
    dialog = shownDialog<gui::IndicatorDialog>(view);
    QVERIFY(dialog);
    choose(child<QComboBox>(*dialog, u"indicatorParentCombo"_s), u"KT05.2"_s);
    QVERIFY(!child<QComboBox>(*dialog, u"indicatorHeadingCombo"_s)->isEnabled());
    QTest::keyClick(child<QLineEdit>(*dialog, u"indicatorNameEdit"_s), Qt::Key_Return);
    QVERIFY(!dialog || !dialog->isVisible());

    QCOMPARE(storedIndicator(*m_database, "KT01")->parentCode, std::string("KT05.2"));
    const QModelIndex kt01 = view.model()->indicatorIndex(u"KT01"_s);
    QCOMPARE(kt01.parent().data(gui::IndicatorTreeModel::CodeRole).toString(), u"KT05.2"_s);
    QCOMPARE(view.model()->rowCount(kt01), 3);
    QCOMPARE(countRows(*view.model()) - view.model()->rowCount(), 32);
}

} // namespace thidua::test
