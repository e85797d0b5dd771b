#include "ShortlistViewTest.h"

#include "AdminTestSupport.h"
#include "DemoDatabase.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/dashboard/RankingsView.h"
#include "gui/reports/ReasonDialog.h"
#include "gui/shortlist/CollectiveDialog.h"
#include "gui/shortlist/IndividualDialog.h"
#include "gui/shortlist/ShortlistModel.h"
#include "gui/shortlist/ShortlistView.h"
#include "gui/shortlist/StatusDialog.h"
#include "storage/ShortlistRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

std::vector<ShortlistEntry> stored(storage::Database& db)
{
    return storage::ShortlistRepository(db).entries("2021-Y");
}

const ShortlistEntry* findEntry(const std::vector<ShortlistEntry>& entries,
                                const std::function<bool(const ShortlistEntry&)>& match)
{
    const auto found = std::find_if(entries.begin(), entries.end(), match);
    return found == entries.end() ? nullptr : &*found;
}

void selectRow(gui::ShortlistView& view, std::int64_t id)
{
    QVERIFY(view.selectEntry(id));
}

QPushButton* button(const QWidget& view, const QString& name)
{
    return child<QPushButton>(view, name);
}

void pressOk(QDialog& dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
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

bool startsWithPdf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == "%PDF";
}

} // namespace

void ShortlistViewTest::init()
{
    m_dir = std::make_unique<GuiTempDir>();
    m_path = m_dir->path(u"demo.sqlite"_s);
    demo::createDemoDatabase(m_path);
    m_session = std::make_unique<gui::DatabaseSession>();
    m_session->open(m_path, storage::Access::ReadWrite);
}

void ShortlistViewTest::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

std::unique_ptr<gui::ShortlistView> ShortlistViewTest::shownView()
{
    auto view = std::make_unique<gui::ShortlistView>(m_session.get(), nullptr);
    view->resize(1300, 800);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) {
        qWarning("the view was not exposed");
    }
    view->setPeriod(u"2021-Y"_s);
    return view;
}

void ShortlistViewTest::takeProposals(gui::ShortlistView& view)
{
    QVERIFY(button(view, u"takeProposalsButton"_s)->isEnabled());
    QTest::mouseClick(button(view, u"takeProposalsButton"_s), Qt::LeftButton);
}

void ShortlistViewTest::modelKeepsTheContract()
{
    auto view = shownView();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    takeProposals(*view);
    QVERIFY(view->model()->rowCount() > 0);
    view->refresh();
    QCOMPARE(view->model()->columnCount(), int(gui::ShortlistModel::ColumnCount));
}

void ShortlistViewTest::proposalsFromTheRankingIncludeTheLeader()
{
    auto view = shownView();
    QCOMPARE(view->model()->rowCount(), 0);
    takeProposals(*view);
    const int added = view->model()->rowCount();
    QVERIFY(added > 0);
    auto* notice = child<QLabel>(*view, u"shortlistNotice"_s);
    QVERIFY2(notice->text().contains(QString::number(added)), qPrintable(notice->text()));

    const auto entries = stored(*m_session->database());
    const ShortlistEntry* flag = findEntry(entries, [](const ShortlistEntry& entry) {
        return entry.unitCode == "BINH_THANH" && entry.award == Award::EmulationFlag;
    });
    QVERIFY(flag && flag->fromRanking);
    const int row = view->model()->rowOf(flag->id);
    QCOMPARE(view->model()->index(row, gui::ShortlistModel::Name).data().toString(), u"Xã Bình Thành"_s);
    QCOMPARE(view->model()->index(row, gui::ShortlistModel::Award).data().toString(),
             gui::ShortlistModel::awardName(Award::EmulationFlag));

    // Taking them again adds nothing and says so.
    takeProposals(*view);
    QCOMPARE(view->model()->rowCount(), added);
    QVERIFY(!notice->text().contains(QString::number(added)));
}

void ShortlistViewTest::anIndividualIsAddedThroughTheDialog()
{
    auto view = shownView();
    // Insert, from the table, as the button says.
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    auto* table = child<QTableView>(*view, u"shortlistTable"_s);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    QPointer<gui::IndividualDialog> dialog = shownDialog<gui::IndividualDialog>(*view);
    QVERIFY(dialog);
    typeText(child<QLineEdit>(*dialog, u"personNameEdit"_s), u"Nguyễn Văn An"_s);
    QTest::keyClicks(child<QLineEdit>(*dialog, u"positionEdit"_s), u"Chu tich UBND xa"_s);
    choose(child<QComboBox>(*dialog, u"unitCombo"_s), u"BINH_THANH"_s);
    choose(child<QComboBox>(*dialog, u"awardCombo"_s), static_cast<int>(Award::AdvancedWorker));
    child<QCheckBox>(*dialog, u"reachedAdvancedWorkerCheck"_s)->setChecked(true);
    pressOk(*dialog);
    QVERIFY(!dialog || !dialog->isVisible());

    const auto entries = stored(*m_session->database());
    const ShortlistEntry* added =
        findEntry(entries, [](const ShortlistEntry& entry) { return entry.personName == "Nguyễn Văn An"; });
    QVERIFY(added);
    QCOMPARE(added->unitCode, std::string("BINH_THANH"));
    QCOMPARE(added->position, std::string("Chu tich UBND xa"));
    QVERIFY(added->reachedAdvancedWorker && !added->fromRanking);
    QCOMPARE(view->model()->rowOf(added->id), view->findChild<QTableView*>(u"shortlistTable"_s)->currentIndex().row());

    // Typed in: it may be removed, after the question.
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(button(*view, u"removeEntryButton"_s)->isEnabled());
    QTest::mouseClick(button(*view, u"removeEntryButton"_s), Qt::LeftButton);
    QVERIFY(stored(*m_session->database()).empty());
}

void ShortlistViewTest::emulationSoldierNeedsAnInitiative()
{
    auto view = shownView();
    QTest::mouseClick(button(*view, u"addIndividualButton"_s), Qt::LeftButton);
    QPointer<gui::IndividualDialog> dialog = shownDialog<gui::IndividualDialog>(*view);
    QVERIFY(dialog);
    typeText(child<QLineEdit>(*dialog, u"personNameEdit"_s), u"Trần Thị Bình"_s);
    choose(child<QComboBox>(*dialog, u"unitCombo"_s), u"BINH_THANH"_s);
    choose(child<QComboBox>(*dialog, u"awardCombo"_s), static_cast<int>(Award::EmulationSoldier));
    child<QCheckBox>(*dialog, u"reachedAdvancedWorkerCheck"_s)->setChecked(true);
    expectMessage();
    pressOk(*dialog);
    QVERIFY(lastShownWas(QMessageBox::Warning, gui::ShortlistModel::awardName(Award::EmulationSoldier)));
    QVERIFY(dialog && dialog->isVisible()); // what was typed is still there
    QCOMPARE(child<QLineEdit>(*dialog, u"personNameEdit"_s)->text(), u"Trần Thị Bình"_s);
    QVERIFY(stored(*m_session->database()).empty());

    QTest::keyClicks(child<QLineEdit>(*dialog, u"initiativeEdit"_s), u"Phan mem quan ly ho so"_s);
    pressOk(*dialog);
    QVERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(stored(*m_session->database()).size(), std::size_t(1));
}

void ShortlistViewTest::excludingNeedsAReason()
{
    auto view = shownView();
    takeProposals(*view);
    const ShortlistEntry first = stored(*m_session->database()).front();
    selectRow(*view, first.id);
    bool okWasDisabled = false;
    whenReasonAsked([&](gui::ReasonDialog* dialog) {
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        typeText(child<QPlainTextEdit>(*dialog, u"reasonText"_s), u"Đơn vị xin rút"_s);
        ok->click();
    });
    QTest::mouseClick(button(*view, u"excludeButton"_s), Qt::LeftButton);
    QVERIFY(okWasDisabled);
    const auto after = *storage::ShortlistRepository(*m_session->database()).entry(first.id);
    QVERIFY(!after.included);
    QCOMPARE(after.exclusionReason, std::string("Đơn vị xin rút"));
    // From the ranking: excluded, never removed.
    QVERIFY(!button(*view, u"removeEntryButton"_s)->isEnabled());

    // The same button includes it again.
    QTest::mouseClick(button(*view, u"excludeButton"_s), Qt::LeftButton);
    QVERIFY(storage::ShortlistRepository(*m_session->database()).entry(first.id)->included);
}

void ShortlistViewTest::approvalNeedsADecisionNumber()
{
    auto view = shownView();
    takeProposals(*view);
    const ShortlistEntry first = stored(*m_session->database()).front();
    selectRow(*view, first.id);
    QTest::mouseClick(button(*view, u"statusButton"_s), Qt::LeftButton);
    QPointer<gui::StatusDialog> dialog = shownDialog<gui::StatusDialog>(*view);
    QVERIFY(dialog);
    choose(child<QComboBox>(*dialog, u"statusCombo"_s), static_cast<int>(EntryStatus::Approved));
    QTest::keyClicks(child<QLineEdit>(*dialog, u"decisionDateEdit"_s), u"20/12/2021"_s);
    expectMessage();
    pressOk(*dialog);
    QVERIFY(lastShownWas(QMessageBox::Warning));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(storage::ShortlistRepository(*m_session->database()).entry(first.id)->status, EntryStatus::Proposed);

    QTest::keyClicks(child<QLineEdit>(*dialog, u"decisionNumberEdit"_s), u"125/QD-UBND"_s);
    pressOk(*dialog);
    QVERIFY(!dialog || !dialog->isVisible());
    const auto after = *storage::ShortlistRepository(*m_session->database()).entry(first.id);
    QCOMPARE(after.status, EntryStatus::Approved);
    QCOMPARE(after.decisionNumber, std::string("125/QD-UBND"));
    QCOMPARE(after.decisionDate, std::string("2021-12-20"));
}

void ShortlistViewTest::collectiveCountsAreEdited()
{
    auto view = shownView();
    takeProposals(*view);
    const auto entries = stored(*m_session->database());
    const ShortlistEntry* collective =
        findEntry(entries, [](const ShortlistEntry& entry) { return isCollective(entry); });
    QVERIFY(collective);
    selectRow(*view, collective->id);
    QTest::mouseClick(button(*view, u"editEntryButton"_s), Qt::LeftButton);
    QPointer<gui::CollectiveDialog> dialog = shownDialog<gui::CollectiveDialog>(*view);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(*dialog, u"membersEdit"_s), u"20"_s);
    QTest::keyClicks(child<QLineEdit>(*dialog, u"advancedWorkersEdit"_s), u"25"_s);
    expectMessage(); // more than the members: refused, the counts kept
    pressOk(*dialog);
    QVERIFY(lastShownWas(QMessageBox::Warning, u"25"_s));
    QVERIFY(dialog && dialog->isVisible());
    QLineEdit* advanced = child<QLineEdit>(*dialog, u"advancedWorkersEdit"_s);
    advanced->clear();
    QTest::keyClicks(advanced, u"15"_s);
    pressOk(*dialog);
    QVERIFY(!dialog || !dialog->isVisible());
    const auto after = *storage::ShortlistRepository(*m_session->database()).entry(collective->id);
    QCOMPARE(after.facts.members, std::optional<int>(20));
    QCOMPARE(after.facts.advancedWorkers, std::optional<int>(15));
    QVERIFY(!after.facts.disciplined);
}

void ShortlistViewTest::pdfExportsWriteDocuments()
{
    auto view = shownView();
    takeProposals(*view);
    const QString list = m_dir->path(u"list.pdf"_s);
    // Entries without their members' counts fail their checks: printing them is asked first.
    QVERIFY(view->model()->failingPrintedCount() > 0);
    gui::MessageBox::setNextAnswer(QMessageBox::No);
    gui::FileDialog::setNextFileName(list);
    QTest::mouseClick(button(*view, u"exportPdfButton"_s), Qt::LeftButton);
    QVERIFY(!QFile::exists(list));
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    gui::FileDialog::setNextFileName(list);
    QTest::mouseClick(button(*view, u"exportPdfButton"_s), Qt::LeftButton);
    QVERIFY(startsWithPdf(list));

    const QString summary = m_dir->path(u"summary.pdf"_s);
    gui::FileDialog::setNextFileName(summary);
    child<QAction>(*view, u"exportSummaryPdfAction"_s)->trigger();
    QVERIFY(startsWithPdf(summary));

    // The score sheet of the unit selected in the rankings.
    gui::RankingsView rankings(m_session.get());
    rankings.show();
    rankings.setPeriod(u"2021-Y"_s);
    QVERIFY(rankings.setGroup(u"CUM_XA"_s));
    QVERIFY(rankings.selectUnit(u"BINH_THANH"_s));
    QVERIFY(child<QPushButton>(rankings, u"scoreSheetButton"_s)->isEnabled());
    const QString sheet = m_dir->path(u"sheet.pdf"_s);
    gui::FileDialog::setNextFileName(sheet);
    child<QAction>(rankings, u"exportScoreSheetPdfAction"_s)->trigger();
    QVERIFY(startsWithPdf(sheet));
}

void ShortlistViewTest::readOnlyDatabaseOffersNoEdits()
{
    {
        auto writer = shownView();
        takeProposals(*writer);
    }
    m_session->open(m_path, storage::Access::ReadOnly);
    auto view = shownView();
    QVERIFY(view->model()->rowCount() > 0);
    QVERIFY(view->selectEntry(view->model()->entryAt(0)->id));
    for (const QString& name :
         {u"takeProposalsButton"_s, u"addIndividualButton"_s, u"editEntryButton"_s, u"excludeButton"_s,
          u"statusButton"_s, u"removeEntryButton"_s, u"documentSettingsButton"_s}) {
        QVERIFY2(!button(*view, name)->isEnabled(), qPrintable(name));
    }
    for (const QString& name : {u"printPreviewButton"_s, u"exportPdfButton"_s, u"exportXlsxButton"_s}) {
        QVERIFY2(button(*view, name)->isEnabled(), qPrintable(name));
    }
    // Enter and the shortcuts open nothing either.
    QTest::keyClick(view->findChild<QTableView*>(u"shortlistTable"_s), Qt::Key_Insert);
    QTest::keyClick(view->findChild<QTableView*>(u"shortlistTable"_s), Qt::Key_Return);
    QVERIFY(!shownDialog<gui::IndividualDialog>(*view) && !shownDialog<gui::CollectiveDialog>(*view));
}

} // namespace thidua::test
