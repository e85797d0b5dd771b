#include "CompletenessViewTest.h"

#include "core/Clock.h"
#include "gui/DatabaseSession.h"
#include "gui/MessageBox.h"
#include "gui/reports/CompletenessModel.h"
#include "gui/reports/CompletenessView.h"
#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Model = gui::CompletenessModel;
using View = gui::CompletenessView;

Clock::TimePoint localTime(int year, int month, int day, int hour, int minute)
{
    const QDateTime time(QDate(year, month, day), QTime(hour, minute));
    return Clock::TimePoint(std::chrono::milliseconds(time.toMSecsSinceEpoch()));
}

QString cell(const QAbstractItemModel& model, const QString& unitCode, int column)
{
    const QModelIndex row = findByCode(model, Model::CodeRole, unitCode);
    return row.isValid() ? row.siblingAtColumn(column).data().toString() : u"(no row %1)"_s.arg(unitCode);
}

template <typename T>
T* child(const QWidget& view, const QString& name)
{
    auto* found = view.findChild<T*>(name);
    if (!found) {
        qFatal("no widget named %s", qPrintable(name));
    }
    return found;
}

QString summary(const View& view)
{
    return child<QLabel>(view, u"completenessSummary"_s)->text();
}

// Three communes get six-month targets beside the seeded district: four units expected at 2021-H1.
void addCommuneTargets(storage::Database& db)
{
    storage::PlanRepository plan(db);
    plan.saveTarget({"BINH_THANH", "XH09", 2021, 93});
    plan.saveTarget({"BINH_THANH", "XH11", 2021, 100});
    plan.saveTarget({"TAY_AN", "XH09", 2021, 90});
    plan.saveTarget({"TAY_BINH", "XH09", 2021, 90});
}

} // namespace

void CompletenessViewTest::init()
{
    gui::MessageBox::clearLastShown();
    m_dir = std::make_unique<GuiTempDir>();
    m_session = std::make_unique<gui::DatabaseSession>();
    m_session->open(m_dir->createDatabase(u"plan.sqlite"_s), storage::Access::ReadWrite);
}

void CompletenessViewTest::cleanup()
{
    Clock::reset();
    m_session.reset();
    m_dir.reset();
    QVERIFY2(!gui::MessageBox::lastShown(), "a message box was shown");
}

void CompletenessViewTest::modelKeepsTheContract()
{
    View view(m_session.get(), nullptr);
    QAbstractItemModelTester source(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sorted(child<QTableView>(view, u"completenessTable"_s)->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setPeriod(u"2021-H1"_s);
    addCommuneTargets(*m_session->database());
    storage::ReportRepository(*m_session->database())
        .saveValue({"TAY_AN", "2021-H1", "XH09", 91, std::nullopt, "", {}}, u"lan"_s);
    view.refresh();
    QCOMPARE(view.model()->rowCount(), 4);
    child<QTableView>(view, u"completenessTable"_s)->sortByColumn(Model::Missing, Qt::DescendingOrder);
    view.setPeriod(u"2021-Y"_s);
    m_session->close();
    QCOMPARE(view.model()->rowCount(), 0);
}

void CompletenessViewTest::countsFollowSavedValuesAndSubmissions()
{
    storage::Database& db = *m_session->database();
    addCommuneTargets(db);
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-H1"_s);
    const Model& model = *view.model();

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data(Model::CodeRole).toString(), u"HUYEN"_s); // plan order, district first
    QCOMPARE(cell(model, u"HUYEN"_s, Model::Unit), u"Huyện Tây Sơn"_s);
    QCOMPARE(cell(model, u"TAY_AN"_s, Model::Group), u"Cụm thi đua các xã, thị trấn"_s);
    // 32 district targets, less the 7 assessed at year end and the all_of whose children are entered.
    QCOMPARE(cell(model, u"HUYEN"_s, Model::Values), u"0/24"_s);
    QCOMPARE(cell(model, u"HUYEN"_s, Model::Missing), u"24"_s);
    QCOMPARE(cell(model, u"HUYEN"_s, Model::Status), Model::statusText(std::nullopt));

    storage::ReportRepository reports(db);
    reports.saveValue({"HUYEN", "2021-H1", "XH09", 92.5, std::nullopt, "", {}}, u"lan"_s);
    reports.saveValue({"HUYEN", "2021-H1", "QP03", 40, std::nullopt, "", {}}, u"lan"_s); // its baseline is missing
    reports.saveValue({"BINH_THANH", "2021-H1", "XH09", 95, std::nullopt, "", {}}, u"lan"_s);
    reports.submit("BINH_THANH", "2021-H1", u"lan"_s);
    view.refresh();

    QCOMPARE(cell(model, u"HUYEN"_s, Model::Values), u"1/24"_s);
    QCOMPARE(cell(model, u"HUYEN"_s, Model::Missing), u"23"_s);
    QCOMPARE(cell(model, u"HUYEN"_s, Model::Status), Model::tr("Draft"));
    QCOMPARE(cell(model, u"BINH_THANH"_s, Model::Values), u"1/2"_s);
    QCOMPARE(cell(model, u"BINH_THANH"_s, Model::Status), Model::tr("Submitted"));
    QVERIFY(!cell(model, u"BINH_THANH"_s, Model::SubmittedAt).isEmpty());
    QCOMPARE(cell(model, u"BINH_THANH"_s, Model::Timeliness), Model::tr("– No deadline"));
    QCOMPARE(cell(model, u"HUYEN"_s, Model::SubmittedAt), QString());

    reports.approve("BINH_THANH", "2021-H1", u"hoa"_s);
    view.refresh();
    QCOMPARE(cell(model, u"BINH_THANH"_s, Model::Status), Model::tr("Approved"));
    QCOMPARE(summary(view), View::tr("Received %1/%2 reports, %3 approved; no deadline is set.").arg(1).arg(4).arg(1) +
                                u' ' + View::tr("%n values missing in all.", nullptr, 23 + 1 + 1 + 1));

    // Reopened for correction: no longer received, and said so rather than passing for a fresh draft.
    reports.reopen("BINH_THANH", "2021-H1", u"hoa"_s, u"Sai số liệu BHYT"_s);
    view.refresh();
    QCOMPARE(cell(model, u"BINH_THANH"_s, Model::Status), Model::tr("Reopened"));
    QCOMPARE(cell(model, u"BINH_THANH"_s, Model::SubmittedAt), QString());
    QCOMPARE(view.model()->totals().received, 0);
}

void CompletenessViewTest::lateAndOnTimeAgainstTheDeadlineSetOnScreen()
{
    Clock::setForTesting(localTime(2021, 7, 5, 9, 0));
    storage::Database& db = *m_session->database();
    addCommuneTargets(db);
    View view(m_session.get(), nullptr);
    QCOMPARE(view.periodCode(), u"2021-H1"_s); // in July the six-month reports are coming in

    QSignalSpy changed(&view, &View::deadlineChanged);
    QVERIFY(child<QLabel>(view, u"deadlineStateLabel"_s)->isVisibleTo(&view)); // "not set"
    child<QDateEdit>(view, u"deadlineEdit"_s)->setDate(QDate(2021, 7, 10));
    QTest::mouseClick(child<QPushButton>(view, u"setDeadlineButton"_s), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(storage::PlanRepository(db).periods(2021).front().deadline, std::string("2021-07-10"));
    QVERIFY(!child<QLabel>(view, u"deadlineStateLabel"_s)->isVisibleTo(&view));

    storage::ReportRepository reports(db);
    Clock::setForTesting(localTime(2021, 7, 10, 20, 0));
    reports.submit("TAY_AN", "2021-H1", u"lan"_s);
    Clock::setForTesting(localTime(2021, 7, 12, 8, 15));
    reports.submit("TAY_BINH", "2021-H1", u"lan"_s);
    Clock::setForTesting(localTime(2021, 7, 15, 8, 0));
    view.refresh();

    const Model& model = *view.model();
    QCOMPARE(cell(model, u"TAY_AN"_s, Model::SubmittedAt), u"10/07/2021 20:00"_s);
    QCOMPARE(cell(model, u"TAY_AN"_s, Model::Timeliness), Model::tr("✔ On time"));
    QCOMPARE(cell(model, u"TAY_BINH"_s, Model::SubmittedAt), u"12/07/2021 08:15"_s);
    QCOMPARE(cell(model, u"TAY_BINH"_s, Model::Timeliness), Model::tr("✘ Late"));
    QCOMPARE(cell(model, u"BINH_THANH"_s, Model::Timeliness), Model::tr("✘ Overdue"));
    // Red is only a second sign beside the words.
    const QModelIndex late = findByCode(model, Model::CodeRole, u"TAY_BINH"_s).siblingAtColumn(Model::Timeliness);
    QVERIFY(late.data(Qt::ForegroundRole).isValid());
    const QModelIndex onTime = findByCode(model, Model::CodeRole, u"TAY_AN"_s).siblingAtColumn(Model::Timeliness);
    QVERIFY(!onTime.data(Qt::ForegroundRole).isValid());

    const QString text = summary(view);
    QVERIFY2(text.startsWith(View::tr("Received %1/%2 reports, %3 on time, %4 approved.").arg(2).arg(4).arg(1).arg(0)),
             qPrintable(text));
    QVERIFY2(text.contains(View::tr("%n late.", nullptr, 1)), qPrintable(text));
    QVERIFY2(text.contains(View::tr("%n overdue, not received.", nullptr, 2)), qPrintable(text)); // district too
}

void CompletenessViewTest::deadlineCannotBeSetReadOnly()
{
    const QString path = m_session->path();
    m_session->open(path, storage::Access::ReadOnly);
    View view(m_session.get(), nullptr);
    QVERIFY(view.model()->rowCount() > 0);
    QVERIFY(!child<QPushButton>(view, u"setDeadlineButton"_s)->isEnabled());
    QVERIFY(!child<QDateEdit>(view, u"deadlineEdit"_s)->isEnabled());

    m_session->open(path, storage::Access::ReadWrite);
    QVERIFY(child<QPushButton>(view, u"setDeadlineButton"_s)->isEnabled());
}

void CompletenessViewTest::enterAndDoubleClickAskToOpenTheReport()
{
    addCommuneTargets(*m_session->database());
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-H1"_s);
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy open(&view, &View::openReportRequested);
    auto* table = child<QTableView>(view, u"completenessTable"_s);

    table->setFocus();
    table->setCurrentIndex(
        findByCode(*table->model(), Model::CodeRole, u"BINH_THANH"_s).siblingAtColumn(Model::Missing));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0), (QVariantList{u"BINH_THANH"_s, u"2021-H1"_s}));

    const QRect cellRect =
        table->visualRect(findByCode(*table->model(), Model::CodeRole, u"TAY_AN"_s).siblingAtColumn(Model::Status));
    // A double-click is a click followed by a double-click event at the same place, as a real mouse sends.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1), (QVariantList{u"TAY_AN"_s, u"2021-H1"_s}));

    // Enter on the period combo opens nothing.
    child<QComboBox>(view, u"completenessPeriodCombo"_s)->setFocus();
    QTest::keyClick(child<QComboBox>(view, u"completenessPeriodCombo"_s), Qt::Key_Return);
    QCOMPARE(open.count(), 2);
}

void CompletenessViewTest::sortsByMissingValues()
{
    addCommuneTargets(*m_session->database());
    storage::ReportRepository(*m_session->database())
        .saveValue({"BINH_THANH", "2021-H1", "XH09", 95, std::nullopt, "", {}}, u"lan"_s);
    View view(m_session.get(), nullptr);
    view.setPeriod(u"2021-H1"_s);
    auto* table = child<QTableView>(view, u"completenessTable"_s);
    const QAbstractItemModel& sorted = *table->model();

    table->sortByColumn(Model::Missing, Qt::DescendingOrder);
    QCOMPARE(sorted.index(0, 0).data(Model::CodeRole).toString(), u"HUYEN"_s);
    table->sortByColumn(Model::Values, Qt::DescendingOrder);
    QCOMPARE(sorted.index(0, 0).data(Model::CodeRole).toString(), u"BINH_THANH"_s); // the only one with a value
    table->sortByColumn(Model::Unit, Qt::DescendingOrder);
    QCOMPARE(sorted.index(0, 0).data().toString(), u"Xã Tây Bình"_s);
    QCOMPARE(sorted.index(3, 0).data().toString(), u"Huyện Tây Sơn"_s);
}

void CompletenessViewTest::followsTheSession()
{
    View view(m_session.get(), nullptr);
    QCOMPARE(child<QComboBox>(view, u"completenessPeriodCombo"_s)->count(), 2);
    QCOMPARE(view.model()->rowCount(), 1); // the seeded plan gives targets to the district only
    const QString path = m_session->path();

    m_session->close();
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(child<QComboBox>(view, u"completenessPeriodCombo"_s)->count(), 0);
    QCOMPARE(summary(view), View::tr("No database is open."));
    QVERIFY(!child<QPushButton>(view, u"setDeadlineButton"_s)->isEnabled());

    m_session->open(path, storage::Access::ReadWrite);
    QCOMPARE(view.model()->rowCount(), 1);
}

} // namespace thidua::test
