#include "ReportWorkflowViewTest.h"

#include "ReportFormTestSupport.h"
#include "core/Clock.h"
#include "gui/MessageBox.h"
#include "gui/reports/ReasonDialog.h"
#include "i18n/DisplayText.h"
#include "storage/PlanRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Model = gui::ReportFormModel;

void setDeadline(storage::Database& database, const std::string& periodCode, const std::string& deadline)
{
    storage::PlanRepository plan(database);
    for (Period period : plan.periods(2021)) {
        if (period.code == periodCode) {
            period.deadline = deadline;
            plan.savePeriod(period);
        }
    }
}

// Answers the reason dialog once it is shown (it runs its own event loop).
void whenReasonAsked(const std::function<void(gui::ReasonDialog*)>& answer, int tries = 50)
{
    QTimer::singleShot(20, qApp, [answer, tries] {
        auto* dialog = qobject_cast<gui::ReasonDialog*>(QApplication::activeModalWidget());
        if (dialog) {
            answer(dialog);
        } else if (tries > 0) {
            whenReasonAsked(answer, tries - 1);
        }
    });
}

} // namespace

ReportWorkflowViewTest::ReportWorkflowViewTest() = default;

ReportWorkflowViewTest::~ReportWorkflowViewTest() = default;

void ReportWorkflowViewTest::init()
{
    m_data = std::make_unique<ReportTestSession>();
}

void ReportWorkflowViewTest::cleanup()
{
    m_data.reset();
}

void ReportWorkflowViewTest::submitAfterTheDeadlineShowsLate()
{
    setDeadline(*m_data->session.database(), "2021-Y", "2022-01-15");
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    QLabel* status = form.label(u"reportStatusLabel"_s);
    QVERIFY2(status->text().contains(u"15/01/2022"_s), qPrintable(status->text()));
    QVERIFY(!form.button(u"approveReportButton"_s)->isEnabled());

    setClock(QDateTime(QDate(2022, 1, 20), QTime(9, 15)));
    // Most indicators still lack a figure: the official is asked before submitting.
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(form.button(u"submitReportButton"_s), Qt::LeftButton);
    QVERIFY(gui::MessageBox::lastShown());
    QCOMPARE(gui::MessageBox::lastShown()->icon, QMessageBox::Question);

    const auto report = storage::ReportRepository(*m_data->session.database()).report("HUYEN", "2021-Y");
    QVERIFY(report);
    QCOMPARE(report->status, ReportStatus::Submitted);
    QCOMPARE(report->onTime, std::optional<bool>(false));
    const QString submitted = translated("thidua::gui::ReportWorkflowBar", "submitted on %1, late (deadline %2)")
                                  .arg(u"20/01/2022 09:15"_s, u"15/01/2022"_s);
    QCOMPARE(status->text(),
             translated("thidua::gui::ReportWorkflowBar", "Status: %1; waiting for approval.").arg(submitted));
    QVERIFY(form.button(u"approveReportButton"_s)->isEnabled());
}

void ReportWorkflowViewTest::approvalLocksAndReopeningAsksWhy()
{
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    setClock(QDateTime(QDate(2022, 1, 10), QTime(8, 0)));
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(form.button(u"submitReportButton"_s), Qt::LeftButton);
    setClock(QDateTime(QDate(2022, 1, 12), QTime(10, 0)));
    QTest::mouseClick(form.button(u"approveReportButton"_s), Qt::LeftButton);

    QLabel* lock = form.label(u"reportLockLabel"_s);
    QVERIFY(lock->isVisible());
    QCOMPARE(lock->text(),
             translated("thidua::gui::ReportEntryView", "The report was approved on %1; reopen it to make changes.")
                 .arg(u"12/01/2022 10:00"_s));
    QVERIFY(!form.model->isEditable());
    QVERIFY(!form.button(u"submitReportButton"_s)->isEnabled());
    QVERIFY(form.button(u"reopenReportButton"_s)->isEnabled());

    // Typing in the locked form stores nothing and says why.
    goTo(form, u"XH09"_s, Model::Actual);
    QTest::keyClicks(form.table, u"95"_s);
    QTest::keyClick(form.table, Qt::Key_Return);
    QCOMPARE(actualOf(m_data->session, "XH09"), std::optional<double>());
    QCOMPARE(form.label(u"reportMessageLabel"_s)->text(), lock->text());
    QGuiApplication::clipboard()->setText(u"95\n"_s);
    QTest::keyClick(form.table, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(actualOf(m_data->session, "XH09"), std::optional<double>());

    // Reopening asks why: OK stays off while the reason is empty; Cancel keeps the report approved.
    bool okWasOff = false;
    whenReasonAsked([&](gui::ReasonDialog* dialog) {
        okWasOff = !dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->reject();
    });
    QTest::mouseClick(form.button(u"reopenReportButton"_s), Qt::LeftButton);
    QVERIFY(okWasOff);
    QCOMPARE(storage::ReportRepository(*m_data->session.database()).status("HUYEN", "2021-Y"),
             std::optional(ReportStatus::Approved));

    bool blankRefused = false;
    whenReasonAsked([&](gui::ReasonDialog* dialog) {
        auto* text = dialog->findChild<QPlainTextEdit*>(u"reasonText"_s);
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(text, u"   "_s);
        blankRefused = !ok->isEnabled();
        text->setPlainText(u"Sửa số liệu bảo hiểm y tế"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(form.button(u"reopenReportButton"_s), Qt::LeftButton);
    QVERIFY(blankRefused);
    QCOMPARE(storage::ReportRepository(*m_data->session.database()).status("HUYEN", "2021-Y"),
             std::optional(ReportStatus::Draft));
    QVERIFY(form.model->isEditable());
    QVERIFY(!lock->isVisible());
    // The dialog took the focus; the window manager would hand it back.
    form.view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    goTo(form, u"XH09"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"95"_s));
    QCOMPARE(actualOf(m_data->session, "XH09"), std::optional<double>(95));
}

void ReportWorkflowViewTest::storageRefusalKeepsTheTypedText()
{
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    // Approved elsewhere while this form is open: storage refuses the next write.
    storage::ReportRepository reports(*m_data->session.database());
    reports.submit("HUYEN", "2021-Y", u"minh"_s);
    reports.approve("HUYEN", "2021-Y", u"minh"_s);

    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    goTo(form, u"XH09"_s, Model::Actual);
    QVERIFY(typeInCell(form, u"93,5"_s));
    QCOMPARE(actualOf(m_data->session, "XH09"), std::optional<double>());
    QVERIFY(gui::MessageBox::lastShown());
    QCOMPARE(gui::MessageBox::lastShown()->icon, QMessageBox::Warning);
    const QModelIndex xh09 = cellOf(form, u"XH09"_s, Model::Actual);
    QCOMPARE(xh09.data().toString(), u"93,5"_s);
    QVERIFY(!form.model->cellError(xh09).isEmpty());
    QVERIFY(form.label(u"reportMessageLabel"_s)->text().contains(gui::MessageBox::lastShown()->text));
    QCOMPARE(form.view.undoStack()->count(), 0);
}

void ReportWorkflowViewTest::readOnlyDatabaseLocksEverything()
{
    m_data->session.open(m_data->file, storage::Access::ReadOnly);
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    QVERIFY(form.label(u"reportLockLabel"_s)->isVisible());
    QVERIFY(!form.model->isEditable());
    for (const auto* name : {"submitReportButton", "approveReportButton", "reopenReportButton"}) {
        QVERIFY2(!form.button(QString::fromLatin1(name))->isEnabled(), name);
    }
    QVERIFY(!(cellOf(form, u"XH09"_s, Model::Actual).flags() & Qt::ItemIsEditable));
    // The figures are still there to read.
    QCOMPARE(cellOf(form, u"KT01"_s, Model::Actual).data().toString(), u"10,3"_s);
}

void ReportWorkflowViewTest::opensTheReportAskedForAndFollowsTheSession()
{
    Form form(&m_data->session);
    QVERIFY(QTest::qWaitForWindowActive(&form.view));
    form.view.openReport(u"HUYEN"_s, u"2021-H1"_s);
    QCOMPARE(form.model->periodCode(), std::string("2021-H1"));
    QVERIFY(form.label(u"reportTitleLabel"_s)->text().contains(u"Huyện Tây Sơn"_s));

    // A commune without targets has nothing to enter, and is told so.
    form.view.openReport(u"BINH_THANH"_s, u"2021-Y"_s);
    QCOMPARE(form.model->unitCode(), std::string("BINH_THANH"));
    QCOMPARE(form.model->rowCount(), 0);
    QVERIFY(form.label(u"reportMessageLabel"_s)->text().contains(u"Xã Bình Thành"_s));
    QVERIFY(!form.button(u"submitReportButton"_s)->isEnabled());

    // The unit is found by part of its name.
    auto* units = form.view.findChild<QComboBox*>(u"reportUnitCombo"_s);
    QVERIFY(units->findText(u"Xã Tây Vinh (TAY_VINH)"_s) >= 0);

    goTo(form, u"XH09"_s, Model::Actual);
    m_data->session.close();
    QCOMPARE(form.model->rowCount(), 0);
    m_data->session.open(m_data->dir.createDatabase(u"other.sqlite"_s), storage::Access::ReadWrite);
    form.view.openReport(u"HUYEN"_s, u"2021-Y"_s);
    QCOMPARE(form.model->indicatorCount(), 32);
    QCOMPARE(form.view.undoStack()->count(), 0);
}

} // namespace thidua::test
