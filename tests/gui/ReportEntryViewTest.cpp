#include "ReportEntryViewTest.h"

#include "ReportFormTestSupport.h"
#include "gui/reports/CellHistoryModel.h"
#include "i18n/DisplayText.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Model = gui::ReportFormModel;

} // namespace

ReportEntryViewTest::ReportEntryViewTest() = default;

ReportEntryViewTest::~ReportEntryViewTest() = default;

void ReportEntryViewTest::init()
{
    m_data = std::make_unique<ReportTestSession>();
}

void ReportEntryViewTest::cleanup()
{
    m_data.reset();
}

void ReportEntryViewTest::typedValueIsStoredAndStatusFollows()
{
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    QCOMPARE(form.view.findChild<QComboBox*>(u"reportPeriodCombo"_s)->currentText(), u"Tổng kết năm 2021"_s);
    const QModelIndex status = cellOf(form, u"XH09"_s, Model::Status);
    QCOMPARE(status.data().toString(), DisplayText::statusText(Status::NoData));

    goTo(form, u"XH09"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"93,5"_s));
    QCOMPARE(actualOf(m_data->session, "XH09"), std::optional<double>(93.5));
    QCOMPARE(status.data().toString(), u"✔ đạt"_s);
    QCOMPARE(cellOf(form, u"XH09"_s, Model::Ratio).data().toString(), u"100%"_s);

    // Typing replaces what the cell holds.
    goTo(form, u"XH09"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"90"_s));
    QCOMPARE(actualOf(m_data->session, "XH09"), std::optional<double>(90));
    QCOMPARE(status.data().toString(), u"≈ gần đạt"_s);
    QCOMPARE(cellOf(form, u"XH09"_s, Model::Actual).data().toString(), u"90"_s);
    QCOMPARE(form.view.undoStack()->count(), 2);
}

void ReportEntryViewTest::enterAndTabMoveToTheNextInputCell()
{
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    goTo(form, u"XH09"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"93,5"_s));
    QCOMPARE(form.table->currentIndex(), cellOf(form, u"XH10"_s, Model::Actual));
    // The next editable cell to the right of XH10's actual is its note (XH10 takes no baseline).
    QVERIFY(typeInCell(form, u"410"_s, Qt::Key_Tab));
    QCOMPARE(actualOf(m_data->session, "XH10"), std::optional<double>(410));
    QCOMPARE(form.table->currentIndex(), cellOf(form, u"XH10"_s, Model::Note));
    QTest::keyClick(form.table, Qt::Key_Tab);
    QCOMPARE(form.table->currentIndex(), cellOf(form, u"XH11"_s, Model::Actual));
    QTest::keyClick(form.table, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(form.table->currentIndex(), cellOf(form, u"XH10"_s, Model::Note));
    // Enter outside an editor goes down as in a spreadsheet, past the rows that take no note.
    QTest::keyClick(form.table, Qt::Key_Return);
    QCOMPARE(form.table->currentIndex(), cellOf(form, u"XH11"_s, Model::Note));
    // Down the actual column, QP04 (from its sub-indicators) is passed over.
    goTo(form, u"QP03"_s, Model::Actual);
    QTest::keyClick(form.table, Qt::Key_Return);
    QCOMPARE(form.table->currentIndex(), cellOf(form, u"QP04.1"_s, Model::Actual));
}

void ReportEntryViewTest::undoAndRedoWriteThroughStorage()
{
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    goTo(form, u"XH09"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"93,5"_s));
    goTo(form, u"XH09"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"90"_s));

    QTest::keyClick(form.table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(actualOf(m_data->session, "XH09"), std::optional<double>(93.5));
    QCOMPARE(cellOf(form, u"XH09"_s, Model::Status).data().toString(), u"✔ đạt"_s);
    QTest::keyClick(form.table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(actualOf(m_data->session, "XH09"), std::optional<double>());
    QCOMPARE(cellOf(form, u"XH09"_s, Model::Status).data().toString(), DisplayText::statusText(Status::NoData));

    QTest::keyClick(form.table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(actualOf(m_data->session, "XH09"), std::optional<double>(93.5));
    QTest::keyClick(form.table, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(actualOf(m_data->session, "XH09"), std::optional<double>(90));

    // Undo and redo are changes like any other: the log holds all four writes back and forth.
    const auto history = storage::ReportRepository(*m_data->session.database()).history("HUYEN", "2021-Y", "XH09");
    QCOMPARE(history.size(), std::size_t(6));
    QCOMPARE(history[2].oldValue, u"90"_s);
    QCOMPARE(history[2].newValue, u"93.5"_s);
    QCOMPARE(history[3].newValue, QString());
}

void ReportEntryViewTest::badValuesAreRefusedAndNothingStored()
{
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    QLabel* message = form.label(u"reportMessageLabel"_s);

    const QModelIndex xh09 = cellOf(form, u"XH09"_s, Model::Actual);
    goTo(form, u"XH09"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"abc"_s));
    QCOMPARE(xh09.data().toString(), u"abc"_s);
    QVERIFY(message->text().contains(u"abc"_s));
    QCOMPARE(xh09.data(Qt::ToolTipRole).toString(), message->text());

    goTo(form, u"XH09"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"150"_s));
    QCOMPARE(xh09.data().toString(), u"150"_s);
    QVERIFY2(message->text().contains(u"150"_s) && message->text().contains(u"100"_s), qPrintable(message->text()));

    goTo(form, u"XH11"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"2.000"_s));
    QVERIFY2(message->text().contains(u"2000"_s), qPrintable(message->text()));
    goTo(form, u"XH03"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"2"_s));
    QVERIFY(!form.model->cellError(cellOf(form, u"XH03"_s, Model::Actual)).isEmpty());

    storage::ReportRepository reports(*m_data->session.database());
    for (const char* code : {"XH09", "XH11", "XH03"}) {
        QVERIFY2(!stored(m_data->session, "HUYEN", "2021-Y", code), code);
        QVERIFY(reports.history("HUYEN", "2021-Y", code).empty());
    }
    QCOMPARE(form.view.undoStack()->count(), 0);
    QCOMPARE(form.model->invalidCount(), 3);

    // Back on the red cell, its reason is shown again; a good figure replaces it.
    goTo(form, u"XH09"_s, Model::Actual);
    QVERIFY(message->text().contains(u"150"_s));
    QVERIFY(typeInCell(form, u"94"_s));
    QCOMPARE(actualOf(m_data->session, "XH09"), std::optional<double>(94));
    QCOMPARE(form.model->cellError(xh09), QString());
}

void ReportEntryViewTest::pasteFillsCellsInOneUndoStep()
{
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    goTo(form, u"KT01"_s, Model::Actual);
    QGuiApplication::clipboard()->setText(u"12,5\r\n13,5\r\n14,25\r\n"_s);
    QTest::keyClick(form.table, Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(actualOf(m_data->session, "KT01"), std::optional<double>(12.5));
    QCOMPARE(actualOf(m_data->session, "KT01.1"), std::optional<double>(13.5));
    QCOMPARE(actualOf(m_data->session, "KT01.2"), std::optional<double>(14.25));
    QCOMPARE(actualOf(m_data->session, "KT01.3"), std::optional<double>());
    QCOMPARE(cellOf(form, u"KT01.2"_s, Model::Actual).data().toString(), u"14,25"_s);
    QCOMPARE(form.view.undoStack()->count(), 1);

    QTest::keyClick(form.table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(actualOf(m_data->session, "KT01"), std::optional<double>(10.3)); // the published figure of the seed
    QCOMPARE(actualOf(m_data->session, "KT01.1"), std::optional<double>(3.6));
    QCOMPARE(actualOf(m_data->session, "KT01.2"), std::optional<double>());
}

void ReportEntryViewTest::pasteValidatesEachCell()
{
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    // A block of actual, baseline and note from QP02 down: QP02 takes no baseline, so its second
    // cell goes nowhere; QP03 gets both figures; QP04 is computed; QP04.1's "abc" is refused.
    goTo(form, u"QP02"_s, Model::Actual);
    QGuiApplication::clipboard()->setText(u"0\t\tổn định\n4\t5\n\t\t\nabc\t3\n"_s);
    QTest::keyClick(form.table, Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(actualOf(m_data->session, "QP02"), std::optional<double>(0));
    QCOMPARE(stored(m_data->session, "HUYEN", "2021-Y", "QP02")->note, std::string("ổn định"));
    QCOMPARE(actualOf(m_data->session, "QP03"), std::optional<double>(4));
    QCOMPARE(stored(m_data->session, "HUYEN", "2021-Y", "QP03")->baseline, std::optional<double>(5));
    QCOMPARE(cellOf(form, u"QP03"_s, Model::Status).data().toString(), DisplayText::statusText(Status::Met));
    const auto qp041 = stored(m_data->session, "HUYEN", "2021-Y", "QP04.1");
    QVERIFY(qp041);
    QCOMPARE(qp041->actual, std::optional<double>());
    QCOMPARE(qp041->baseline, std::optional<double>(3));
    QCOMPARE(cellOf(form, u"QP04.1"_s, Model::Actual).data().toString(), u"abc"_s);
    const QString message = form.label(u"reportMessageLabel"_s)->text();
    QVERIFY2(message.contains(u"QP04.1"_s) && message.contains(u"abc"_s), qPrintable(message));
    QCOMPARE(form.view.undoStack()->count(), 1);
}

void ReportEntryViewTest::deleteEmptiesTheSelectedCells()
{
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    goTo(form, u"KT01"_s, Model::Actual);
    form.table->selectionModel()->select(
        QItemSelection(cellOf(form, u"KT01"_s, Model::Actual), cellOf(form, u"KT01.1"_s, Model::Actual)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(form.table, Qt::Key_Delete);
    QCOMPARE(actualOf(m_data->session, "KT01"), std::optional<double>());
    QCOMPARE(actualOf(m_data->session, "KT01.1"), std::optional<double>());
    QCOMPARE(form.view.undoStack()->count(), 1);
    QTest::keyClick(form.table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(actualOf(m_data->session, "KT01"), std::optional<double>(10.3));
}

void ReportEntryViewTest::namedMembersTickWithSpace()
{
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    const int kt03 = rowOf(*form.model, u"KT03"_s);
    form.table->setFocus();
    form.table->setCurrentIndex(form.model->index(kt03 + 2, Model::Actual));
    QTest::keyClick(form.table, Qt::Key_Space);
    const auto value = stored(m_data->session, "HUYEN", "2021-Y", "KT03");
    QVERIFY(value);
    QCOMPARE(value->actual, std::optional<double>(1));
    QCOMPARE(value->reachedMembers, std::vector<std::string>{"BINH_THANH"});
    QCOMPARE(cellOf(form, u"KT03"_s, Model::Status).data().toString(), DisplayText::statusText(Status::NotMet));
    QTest::keyClick(form.table, Qt::Key_Space);
    QCOMPARE(stored(m_data->session, "HUYEN", "2021-Y", "KT03")->actual, std::optional<double>(2));
}

void ReportEntryViewTest::historyShowsWhoWhenOldAndNew()
{
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    setClock(QDateTime(QDate(2022, 1, 5), QTime(14, 30)));
    goTo(form, u"XH09"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"93,5"_s));
    goTo(form, u"XH09"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"90"_s));
    goTo(form, u"XH09"_s, Model::Actual);

    const QAbstractItemModel* history = form.view.findChild<QTableView*>(u"cellHistoryTable"_s)->model();
    QCOMPARE(history->rowCount(), 2);
    using H = gui::CellHistoryModel;
    // Newest first, in local time, figures the interface's way.
    QCOMPARE(history->index(0, H::When).data().toString(), u"05/01/2022 14:30"_s);
    QCOMPARE(history->index(0, H::Who).data().toString(), u"Lan"_s);
    QCOMPARE(history->index(0, H::Change).data().toString(),
             translated("thidua::gui::CellHistoryModel", "%1 → %2").arg(u"93,5"_s, u"90"_s));
    QVERIFY(history->index(1, H::Change).data().toString().endsWith(u"93,5"_s));
    QVERIFY(form.label(u"cellHistoryTitle"_s)->text().contains(u"XH09"_s));
    // The note's history is its own.
    goTo(form, u"XH09"_s, Model::Note);
    QCOMPARE(history->rowCount(), 0);
}

} // namespace thidua::test
