#include "TargetsViewTest.h"

#include "gui/MessageBox.h"
#include "gui/targets/TargetGridModel.h"
#include "gui/targets/TargetsView.h"
#include "storage/PlanRepository.h"
#include "storage/TargetRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Model = gui::TargetGridModel;

// The stored target: nothing when the indicator is not assigned, an empty value when it applies
// without one.
using Stored = std::optional<std::optional<double>>;

Stored figure(double value)
{
    return Stored(std::in_place, value);
}

const Stored kApplies(std::in_place, std::optional<double>());

Stored stored(storage::Database& db, const std::string& unit, const std::string& indicator, int year = 2021)
{
    for (const Target& target : storage::PlanRepository(db).targets(year, unit)) {
        if (target.indicatorCode == indicator) {
            return Stored(std::in_place, target.value);
        }
    }
    return {};
}

QTableView* table(const gui::TargetsView& view)
{
    auto* found = view.findChild<QTableView*>(u"targetsTable"_s);
    if (!found) {
        qFatal("no targets table");
    }
    return found;
}

QString messageLine(const gui::TargetsView& view)
{
    return view.findChild<QLabel*>(u"targetsMessage"_s)->text();
}

QModelIndex cellOf(const Model& model, const QString& unit, const QString& indicator)
{
    return model.index(model.rowOfUnit(unit), model.columnOfIndicator(indicator));
}

// The line editor open in the table: the first key typed on a cell opens it.
QLineEdit* openEditor(const QTableView& table)
{
    for (QLineEdit* editor : table.viewport()->findChildren<QLineEdit*>()) {
        if (editor->isVisible()) {
            return editor;
        }
    }
    return nullptr;
}

// Types `text` on the current cell as a person does: the first key replaces the cell, the others
// go to the editor it opened, `end` closes it.
bool typeInCell(QTableView& table, const QString& text, Qt::Key end)
{
    QTest::keyClicks(&table, text.left(1));
    QLineEdit* editor = openEditor(table);
    if (!editor) {
        return false;
    }
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, end);
    // The delegate commits Enter through a queued call.
    QCoreApplication::processEvents();
    return true;
}

std::unique_ptr<gui::TargetsView> shownView(gui::DatabaseSession& session)
{
    auto view = std::make_unique<gui::TargetsView>(&session, nullptr);
    view->resize(1100, 700);
    view->show();
    (void)QTest::qWaitForWindowExposed(view.get());
    return view;
}

} // namespace

void TargetsViewTest::init()
{
    m_dir = std::make_unique<GuiTempDir>();
    m_session = std::make_unique<gui::DatabaseSession>();
    m_session->open(m_dir->createDatabase(u"targets.sqlite"_s), storage::Access::ReadWrite);
}

void TargetsViewTest::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TargetsViewTest::modelKeepsTheContract()
{
    gui::DatabaseSession session;
    gui::TargetsView view(&session);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.open(m_session->path(), storage::Access::ReadWrite);
    QVERIFY(view.model()->rowCount() > 0);
    Model& model = *view.model();
    QVERIFY(model.setData(cellOf(model, u"TAY_AN"_s, u"XH09"_s), u"91"_s));
    QVERIFY(model.setData(cellOf(model, u"TAY_AN"_s, u"XH10"_s), u"abc"_s));
    QVERIFY(model.setData(cellOf(model, u"TAY_AN"_s, u"QP03"_s), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.fillColumn(model.columnOfIndicator(u"XH09"_s), model.rowOfUnit(u"TAY_AN"_s)).problems,
             QStringList());
    session.close();
    QCOMPARE(view.model()->rowCount(), 0);
}

void TargetsViewTest::gridShowsTheDistrictFirstThenTheGroups()
{
    gui::TargetsView view(m_session.get());
    const Model& model = *view.model();
    QCOMPARE(view.year(), 2021);
    QCOMPARE(model.columnCount(), 32);
    QCOMPARE(model.headerData(0, Qt::Horizontal, Model::IndicatorCodeRole).toString(), u"KT01"_s);
    QCOMPARE(model.headerData(31, Qt::Horizontal, Model::IndicatorCodeRole).toString(), u"QP06"_s);
    QCOMPARE(model.headerData(model.columnOfIndicator(u"KT02"_s), Qt::Horizontal).toString(), u"KT02\ntriệu đồng/ha"_s);
    // The district's target beside each indicator, the Vietnamese way.
    const QString tip =
        model.headerData(model.columnOfIndicator(u"XH09"_s), Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"93,5 %"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Tỷ lệ bao phủ bảo hiểm y tế toàn dân"_s), qPrintable(tip));

    // The district row first, then the cluster's heading and its members, then the block's.
    QCOMPARE(model.rowOfUnit(u"HUYEN"_s), 0);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(),
             QCoreApplication::translate("thidua::gui::TargetGridModel", "Whole district (plan targets)"));
    QVERIFY(!model.isUnitRow(1));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"Cụm thi đua các xã, thị trấn"_s);
    QCOMPARE(model.flags(model.index(1, 0)), Qt::NoItemFlags);
    QCOMPARE(model.rowOfUnit(u"PHU_PHONG"_s), 2);
    QCOMPARE(model.headerData(model.rowOfUnit(u"BINH_THANH"_s), Qt::Vertical).toString().trimmed(), u"Xã Bình Thành"_s);
    QVERIFY(!model.isUnitRow(17));
    QCOMPARE(model.headerData(17, Qt::Vertical).toString(), u"Khối thi đua các phòng, ban chuyên môn"_s);
    QCOMPARE(model.rowCount(), 1 + 1 + 15 + 1 + 12);

    const auto shown = [&](const QString& unit, const QString& indicator) {
        return cellOf(model, unit, indicator).data().toString();
    };
    QCOMPARE(shown(u"HUYEN"_s, u"KT04"_s), u"242,47"_s);
    QCOMPARE(shown(u"HUYEN"_s, u"XH11"_s), u"2.000"_s);
    QCOMPARE(shown(u"HUYEN"_s, u"KT01"_s), u"13,2"_s);
    // Typed back without the thousands separator that typing refuses.
    QCOMPARE(cellOf(model, u"HUYEN"_s, u"XH11"_s).data(Qt::EditRole).toString(), u"2000"_s);
    // Indicators without a target value: a tick saying that they apply.
    QCOMPARE(cellOf(model, u"HUYEN"_s, u"QP03"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(cellOf(model, u"TAY_AN"_s, u"QP03"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(cellOf(model, u"TAY_AN"_s, u"XH09"_s).data(Qt::CheckStateRole).isNull());
    // Nothing is assigned to the communes yet.
    QCOMPARE(shown(u"BINH_THANH"_s, u"XH09"_s), QString());

    // The line under the grid names the current cell, as the codes heading the columns do not.
    table(view)->setCurrentIndex(cellOf(model, u"BINH_THANH"_s, u"KT04"_s));
    const QString current = view.findChild<QLabel*>(u"targetsCurrentCell"_s)->text();
    QVERIFY2(current.contains(u"Xã Bình Thành"_s) && current.contains(u"Tổng vốn đầu tư phát triển trên địa bàn"_s) &&
                 current.contains(u"242,47 tỷ đồng"_s),
             qPrintable(current));
}

void TargetsViewTest::typingATargetStoresItAndMovesOn()
{
    auto view = shownView(*m_session);
    QTableView& grid = *table(*view);
    const Model& model = *view->model();
    const QModelIndex cell = cellOf(model, u"BINH_THANH"_s, u"XH09"_s);
    grid.setCurrentIndex(cell);
    QVERIFY(typeInCell(grid, u"95,5"_s, Qt::Key_Return));
    QTRY_COMPARE(stored(*m_session->database(), "BINH_THANH", "XH09"), figure(95.5));
    QCOMPARE(cell.data().toString(), u"95,5"_s);
    QVERIFY2(messageLine(*view).contains(u"95,5"_s), qPrintable(messageLine(*view)));
    // Enter went down one row: Bình Thuận follows Bình Thành.
    QCOMPARE(grid.currentIndex(), cellOf(model, u"BINH_THUAN"_s, u"XH09"_s));

    // A decimal point is accepted too; Tab stores and goes right.
    QVERIFY(typeInCell(grid, u"96.25"_s, Qt::Key_Tab));
    QTRY_COMPARE(stored(*m_session->database(), "BINH_THUAN", "XH09"), figure(96.25));
    QCOMPARE(grid.currentIndex(), cellOf(model, u"BINH_THUAN"_s, u"XH10"_s));

    // Typing over a stored figure replaces it.
    grid.setCurrentIndex(cell);
    QVERIFY(typeInCell(grid, u"97"_s, Qt::Key_Enter));
    QTRY_COMPARE(stored(*m_session->database(), "BINH_THANH", "XH09"), figure(97.0));
}

void TargetsViewTest::badValuesAreKeptMarkedAndNotStored()
{
    auto view = shownView(*m_session);
    QTableView& grid = *table(*view);
    const Model& model = *view->model();
    const QModelIndex cell = cellOf(model, u"BINH_THANH"_s, u"XH09"_s);
    storage::Database& db = *m_session->database();

    for (const QString& bad : {u"abc"_s, u"2.000"_s, u"120"_s, u"-1"_s}) {
        grid.setCurrentIndex(cell);
        QVERIFY(typeInCell(grid, bad, Qt::Key_Return));
        QTRY_VERIFY2(!cell.data(Model::ProblemRole).toString().isEmpty(), qPrintable(bad));
        QCOMPARE(stored(db, "BINH_THANH", "XH09"), Stored());
        // The text stays for correction, marked, with the reason in the tooltip and the message line.
        QCOMPARE(cell.data(Qt::EditRole).toString(), bad);
        QVERIFY(cell.data().toString().startsWith(u"⚠"_s));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), cell.data(Model::ProblemRole).toString());
        QVERIFY2(messageLine(*view).contains(bad), qPrintable(messageLine(*view)));
        QVERIFY2(messageLine(*view).contains(u"Xã Bình Thành"_s), qPrintable(messageLine(*view)));
    }
    QVERIFY(cell.data(Qt::BackgroundRole).isValid());
    QVERIFY2(cell.data(Model::ProblemRole).toString().contains(u"XH09"_s), "the message names the indicator");

    // Corrected, it is stored and the mark goes.
    grid.setCurrentIndex(cell);
    QVERIFY(typeInCell(grid, u"94"_s, Qt::Key_Return));
    QTRY_COMPARE(stored(db, "BINH_THANH", "XH09"), figure(94.0));
    QCOMPARE(cell.data(Model::ProblemRole).toString(), QString());
    QCOMPARE(cell.data().toString(), u"94"_s);
}

void TargetsViewTest::tickingAndDeletingAssignAndRemove()
{
    auto view = shownView(*m_session);
    QTableView& grid = *table(*view);
    storage::Database& db = *m_session->database();
    const Model& model = *view->model();

    grid.setCurrentIndex(cellOf(model, u"TAY_AN"_s, u"QP04.1"_s));
    QTest::keyClick(&grid, Qt::Key_Space);
    QCOMPARE(stored(db, "TAY_AN", "QP04.1"), kApplies);
    QTest::keyClick(&grid, Qt::Key_Space);
    QCOMPARE(stored(db, "TAY_AN", "QP04.1"), Stored());
    // Typing x means the same as ticking.
    QVERIFY(typeInCell(grid, u"x"_s, Qt::Key_Return));
    QTRY_COMPARE(stored(db, "TAY_AN", "QP04.1"), kApplies);

    storage::TargetRepository(db).saveTarget({"TAY_AN", "XH10", 2021, 30});
    m_session->open(m_session->path(), storage::Access::ReadWrite);
    storage::Database& reopened = *m_session->database();
    QCOMPARE(cellOf(model, u"TAY_AN"_s, u"XH10"_s).data().toString(), u"30"_s);
    grid.setCurrentIndex(cellOf(model, u"TAY_AN"_s, u"XH10"_s));
    QTest::keyClick(&grid, Qt::Key_Delete);
    QCOMPARE(stored(reopened, "TAY_AN", "XH10"), Stored());
    QCOMPARE(cellOf(model, u"TAY_AN"_s, u"XH10"_s).data().toString(), QString());
}

void TargetsViewTest::fillColumnGivesTheDistrictTargetToTheGroup()
{
    storage::TargetRepository(*m_session->database()).saveTarget({"BINH_THANH", "XH09", 2021, 95});
    gui::TargetsView view(m_session.get());
    const Model& model = *view.model();
    storage::Database& db = *m_session->database();
    table(view)->setCurrentIndex(cellOf(model, u"TAY_AN"_s, u"XH09"_s));
    QVERIFY(view.fillColumnAction()->isEnabled());
    view.fillColumnAction()->trigger();

    QCOMPARE(stored(db, "TAY_AN", "XH09"), figure(93.5));
    QCOMPARE(stored(db, "PHU_PHONG", "XH09"), figure(93.5));
    QCOMPARE(stored(db, "BINH_THANH", "XH09"), figure(95.0));
    QCOMPARE(stored(db, "P_NOI_VU", "XH09"), Stored());
    QCOMPARE(cellOf(model, u"VINH_AN"_s, u"XH09"_s).data().toString(), u"93,5"_s);
    QVERIFY2(messageLine(view).contains(u"14"_s), qPrintable(messageLine(view)));

    // The district row has no group to fill.
    table(view)->setCurrentIndex(cellOf(model, u"HUYEN"_s, u"XH09"_s));
    QVERIFY(!view.fillColumnAction()->isEnabled());
}

void TargetsViewTest::pasteStoresABlockWithDecimalCommas()
{
    auto view = shownView(*m_session);
    QTableView& grid = *table(*view);
    const Model& model = *view->model();
    storage::Database& db = *m_session->database();
    // Two rows, three columns, as a Vietnamese spreadsheet copies them (and one English figure).
    QApplication::clipboard()->setText(u"12,5\t3,6\t11.2\r\n13\t2,25\t10\r\n"_s);
    grid.setCurrentIndex(cellOf(model, u"TAY_AN"_s, u"KT01"_s));
    QTest::keyClick(&grid, Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(stored(db, "TAY_AN", "KT01"), figure(12.5));
    QCOMPARE(stored(db, "TAY_AN", "KT01.1"), figure(3.6));
    QCOMPARE(stored(db, "TAY_AN", "KT01.2"), figure(11.2));
    QCOMPARE(stored(db, "TAY_BINH", "KT01"), figure(13.0));
    QCOMPARE(stored(db, "TAY_BINH", "KT01.1"), figure(2.25));
    QCOMPARE(stored(db, "TAY_BINH", "KT01.2"), figure(10.0));
    QCOMPARE(cellOf(model, u"TAY_BINH"_s, u"KT01.1"_s).data().toString(), u"2,25"_s);
    QCOMPARE(storage::PlanRepository(db).targets(2021).size(), std::size_t(32 + 6));

    // Copied back, the block reads as it was pasted.
    grid.selectionModel()->select(
        QItemSelection(cellOf(model, u"TAY_AN"_s, u"KT01"_s), cellOf(model, u"TAY_BINH"_s, u"KT01.2"_s)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(&grid, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"12,5\t3,6\t11,2\n13\t2,25\t10\n"_s);
}

void TargetsViewTest::pasteWithBadCellsStoresNothingAndNamesThem()
{
    auto view = shownView(*m_session);
    QTableView& grid = *table(*view);
    const Model& model = *view->model();
    storage::Database& db = *m_session->database();
    const std::size_t before = storage::PlanRepository(db).targets(2021).size();
    QApplication::clipboard()->setText(u"91\tabc\n2.000\t400\n150\t300\n"_s);
    grid.setCurrentIndex(cellOf(model, u"TAY_AN"_s, u"XH09"_s));
    gui::MessageBox::clearLastShown();
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(&grid, Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(storage::PlanRepository(db).targets(2021).size(), before);
    QVERIFY(gui::MessageBox::lastShown().has_value());
    const QString text = gui::MessageBox::lastShown()->text;
    // Every refused cell, by unit, indicator and value.
    QVERIFY2(text.contains(u"abc"_s) && text.contains(u"Xã Tây An"_s) && text.contains(u"XH10"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2.000"_s) && text.contains(u"Xã Tây Bình"_s), qPrintable(text));
    QVERIFY2(text.contains(u"150"_s) && text.contains(u"Xã Tây Giang"_s) && text.contains(u"XH09"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"91"_s), qPrintable(text));
    QVERIFY(messageLine(*view).startsWith(u"⚠"_s));

    // A block that runs past the last indicator is refused whole as well.
    QApplication::clipboard()->setText(u"1\t1\t1\n"_s);
    grid.setCurrentIndex(cellOf(model, u"TAY_AN"_s, u"QP06"_s));
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(&grid, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(storage::PlanRepository(db).targets(2021).size(), before);
}

void TargetsViewTest::copyPlanToANewYear()
{
    gui::TargetsView view(m_session.get());
    storage::TargetRepository(*m_session->database()).saveTarget({"BINH_THANH", "XH09", 2021, 95});
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        dialogSeen = true;
        auto* toYear = dialog->findChild<QSpinBox*>(u"copyToYear"_s);
        // The year after the last plan is offered; a year with targets cannot be chosen.
        QCOMPARE(toYear->value(), 2022);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        toYear->setValue(2021);
        QVERIFY(!ok->isEnabled());
        toYear->setValue(2022);
        QVERIFY(ok->isEnabled());
        dialog->accept();
    });
    view.copyPlanAction()->trigger();
    QVERIFY(dialogSeen);

    storage::Database& db = *m_session->database();
    QCOMPARE(storage::PlanRepository(db).years(), (std::vector<int>{2021, 2022}));
    QCOMPARE(stored(db, "BINH_THANH", "XH09", 2022), figure(95.0));
    QCOMPARE(stored(db, "HUYEN", "KT04", 2022), figure(242.47));
    // The grid shows the new year, ready for its changes.
    QCOMPARE(view.year(), 2022);
    QCOMPARE(view.findChild<QComboBox*>(u"targetsYearCombo"_s)->currentText(), u"2022"_s);
    QCOMPARE(cellOf(*view.model(), u"BINH_THANH"_s, u"XH09"_s).data().toString(), u"95"_s);
    QVERIFY(view.model()->setData(cellOf(*view.model(), u"BINH_THANH"_s, u"XH09"_s), u"96"_s));
    QCOMPARE(stored(db, "BINH_THANH", "XH09", 2022), figure(96.0));
    QCOMPARE(stored(db, "BINH_THANH", "XH09", 2021), figure(95.0));
}

void TargetsViewTest::readOnlyDatabaseCannotBeEdited()
{
    m_session->open(m_session->path(), storage::Access::ReadOnly);
    auto view = shownView(*m_session);
    QTableView& grid = *table(*view);
    Model& model = *view->model();
    const QModelIndex cell = cellOf(model, u"BINH_THANH"_s, u"XH09"_s);
    QVERIFY(!(model.flags(cell) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(cellOf(model, u"TAY_AN"_s, u"QP03"_s)) & Qt::ItemIsUserCheckable));
    grid.setCurrentIndex(cell);
    QTest::keyClicks(&grid, u"9"_s);
    QCOMPARE(openEditor(grid), nullptr);
    QVERIFY(!model.setData(cell, u"95"_s));
    QVERIFY(!view->fillColumnAction()->isEnabled());
    QVERIFY(!view->pasteAction()->isEnabled());
    QVERIFY(!view->copyPlanAction()->isEnabled());
    QCOMPARE(stored(*m_session->database(), "BINH_THANH", "XH09"), Stored());
}

} // namespace thidua::test
