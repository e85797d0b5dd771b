#include "ImportActionsTest.h"

#include "DemoDatabase.h"
#include "gui/DatabaseSession.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/imports/ExportWorkbookDialog.h"
#include "gui/imports/ImportActions.h"
#include "gui/imports/ImportPreviewDialog.h"
#include "gui/imports/ImportPreviewModel.h"
#include "storage/Backups.h"
#include "storage/ReportRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QWidget>

#include <optional>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

using Change = storage::PreviewValue::Change;

// Vĩnh An's year-end report is missing in the demo, so it is not approved; Bình Nghi's is submitted,
// not approved (tests/fixtures/tay-son-2021-demo/workflow.csv): KT01 10.2 becomes 10.5, KT04 stays 6.4.
const QByteArray kReports = "unit,period,indicator,actual,baseline,note\n"
                            "VINH_AN,2021-Y,KT01,11.5,,\n"
                            "VINH_AN,2021-Y,KT04,8.2,,\n"
                            "BINH_NGHI,2021-Y,KT01,10.5,,\n"
                            "BINH_NGHI,2021-Y,KT04,6.4,,\n";

std::optional<double> storedActual(storage::Database& db, const std::string& unit, const std::string& indicator)
{
    for (const storage::ReportValue& value : storage::ReportRepository(db).values("2021-Y", unit)) {
        if (value.indicatorCode == indicator) {
            return value.actual;
        }
    }
    return std::nullopt;
}

template <typename T>
T* named(const QObject& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    if (!found) {
        qFatal("no child named %s", qPrintable(name));
    }
    return found;
}

storage::PreviewValue previewValue(const std::string& unit, Change change, std::optional<double> oldActual,
                                   std::optional<double> newActual, int line)
{
    storage::PreviewValue value;
    value.line = line;
    value.unitCode = unit;
    value.periodCode = "2021-Y";
    value.indicatorCode = "KT01";
    value.change = change;
    value.oldActual = oldActual;
    value.newActual = newActual;
    return value;
}

storage::ImportPreview samplePreview()
{
    storage::ImportPreview preview;
    preview.values = {previewValue("VINH_AN", Change::New, std::nullopt, 11.5, 2),
                      previewValue("BINH_NGHI", Change::Changed, 10.2, 10.5, 3),
                      previewValue("TAY_AN", Change::Unchanged, 9.0, 9.0, 4)};
    preview.newCount = 1;
    preview.changedCount = 1;
    preview.unchangedCount = 1;
    return preview;
}

std::vector<gui::ImportPreviewRow> rowsOf(const storage::ImportPreview& preview)
{
    std::vector<gui::ImportPreviewRow> rows;
    for (const storage::PreviewValue& value : preview.values) {
        rows.push_back(
            {value, QString::fromStdString(value.unitCode), u"Tổng kết năm 2021"_s, u"Tăng trưởng"_s, QString()});
    }
    return rows;
}

} // namespace

void ImportActionsTest::init()
{
    m_dir = std::make_unique<GuiTempDir>();
    m_path = m_dir->path(u"demo.sqlite"_s);
    demo::createDemoDatabase(m_path);
    m_window = std::make_unique<QWidget>();
    m_session = new gui::DatabaseSession(m_window.get());
    m_actions = new gui::ImportActions(m_session, m_window.get());
    gui::MessageBox::clearLastShown();
}

void ImportActionsTest::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void ImportActionsTest::openDemo(bool readOnly)
{
    m_session->open(m_path, readOnly ? storage::Access::ReadOnly : storage::Access::ReadWrite);
}

QString ImportActionsTest::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir->path(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

gui::ImportPreviewDialog* ImportActionsTest::previewOf(const QString& path)
{
    gui::FileDialog::setNextFileName(path);
    m_actions->importReportsAction()->trigger();
    return qobject_cast<gui::ImportPreviewDialog*>(m_actions->openDialog());
}

int ImportActionsTest::countChange(const gui::ImportPreviewDialog& dialog, const QString& change) const
{
    int count = 0;
    const QAbstractItemModel& model = *dialog.model();
    for (int row = 0; row < model.rowCount(); ++row) {
        count += model.index(row, 0).data(gui::ImportPreviewModel::ChangeRole).toString() == change ? 1 : 0;
    }
    return count;
}

void ImportActionsTest::previewModelKeepsTheContract()
{
    gui::ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(rowsOf(samplePreview()));
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex changed = model.index(1, gui::ImportPreviewModel::Actual);
    // Stored → imported, in the interface's number format.
    QCOMPARE(changed.data().toString(), gui::ImportPreviewModel::transition(10.2, 10.5, Change::Changed));
    QVERIFY(changed.data().toString().contains(u"→"_s));
    QVERIFY(changed.data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(2, gui::ImportPreviewModel::Actual).data().toString().contains(u"→"_s));
    QCOMPARE(model.index(0, gui::ImportPreviewModel::Change).data().toString(),
             gui::ImportPreviewModel::changeText(Change::New));
    QCOMPARE(model.index(0, gui::ImportPreviewModel::Change).data(gui::ImportPreviewModel::LineRole).toInt(), 2);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void ImportActionsTest::previewDialogFiltersAndWordsTheSummary()
{
    const storage::ImportPreview preview = samplePreview();
    gui::ImportPreviewDialog dialog(preview, rowsOf(preview), u"reports.csv"_s);
    QCOMPARE(named<QLabel>(dialog, u"importSummaryLabel"_s)->text(), gui::ImportPreviewDialog::summary(preview));
    QVERIFY(named<QPushButton>(dialog, u"importApplyButton"_s)->isEnabled());
    QCOMPARE(dialog.proxy()->rowCount(), 3);
    named<QCheckBox>(dialog, u"importOnlyChangesCheck"_s)->setChecked(true);
    QCOMPARE(dialog.proxy()->rowCount(), 2);
    named<QCheckBox>(dialog, u"importOnlyChangesCheck"_s)->setChecked(false);
    QCOMPARE(dialog.proxy()->rowCount(), 3);
}

void ImportActionsTest::previewWithProblemsCannotBeApplied()
{
    storage::ImportPreview preview = samplePreview();
    preview.problems.push_back({"reports.csv", 3, "actual", ImportProblem::NotANumber, "abc", ""});
    gui::ImportPreviewDialog dialog(preview, rowsOf(preview), u"reports.csv"_s);
    auto* apply = named<QPushButton>(dialog, u"importApplyButton"_s);
    QVERIFY(!apply->isEnabled());
    QVERIFY(!dialog.canApply());
    auto* problems = named<QListWidget>(dialog, u"importProblemsList"_s);
    QCOMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().startsWith(u"reports.csv:3: "_s));
    QVERIFY(problems->item(0)->text().contains(u"(abc)"_s));
    QVERIFY(!named<QLabel>(dialog, u"importVerdictLabel"_s)->text().isEmpty());
    // The row of line 3 is marked in the table as well, and kept by the "only changes" filter.
    QCOMPARE(dialog.model()->index(1, 0).data(gui::ImportPreviewModel::ChangeRole).toString(), u"problem"_s);
    named<QCheckBox>(dialog, u"importOnlyChangesCheck"_s)->setChecked(true);
    QCOMPARE(dialog.proxy()->rowCount(), 2);
}

void ImportActionsTest::csvIsPreviewedAndApplied()
{
    openDemo();
    storage::Database& db = *m_session->database();
    const auto backupsBefore = storage::listBackups(m_path).size();
    auto* dialog = previewOf(writeFile(u"reports.csv"_s, kReports));
    QVERIFY(dialog);
    QCOMPARE(countChange(*dialog, u"new"_s), 2);
    QCOMPARE(countChange(*dialog, u"changed"_s), 1);
    QCOMPARE(countChange(*dialog, u"unchanged"_s), 1);
    QVERIFY(named<QLabel>(*dialog, u"importSummaryLabel"_s)->text().startsWith(u"2"_s));
    QCOMPARE(named<QListWidget>(*dialog, u"importProblemsList"_s)->count(), 0);
    QVERIFY(!storedActual(db, "VINH_AN", "KT01")); // the preview stores nothing

    QSignalSpy imported(m_actions, &gui::ImportActions::imported);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    named<QPushButton>(*dialog, u"importApplyButton"_s)->click();
    QCOMPARE(imported.count(), 1);
    QCOMPARE(gui::MessageBox::lastShown()->icon, QMessageBox::Information);
    QCOMPARE(storedActual(db, "VINH_AN", "KT01"), std::optional<double>(11.5));
    QCOMPARE(storedActual(db, "VINH_AN", "KT04"), std::optional<double>(8.2));
    QCOMPARE(storedActual(db, "BINH_NGHI", "KT01"), std::optional<double>(10.5));
    QCOMPARE(storedActual(db, "BINH_NGHI", "KT04"), std::optional<double>(6.4));
    QCOMPARE(storage::listBackups(m_path).size(), backupsBefore + 1);
    QCOMPARE(storage::listBackups(m_path).front().reason, u"import"_s);
}

void ImportActionsTest::badValueIsListedAndNothingStored()
{
    openDemo();
    const QByteArray bad = "unit,period,indicator,actual,baseline,note\n"
                           "VINH_AN,2021-Y,KT01,11.5,,\n"
                           "VINH_AN,2021-Y,KT04,abc,,\n";
    auto* dialog = previewOf(writeFile(u"reports-bad.csv"_s, bad));
    QVERIFY(dialog);
    auto* problems = named<QListWidget>(*dialog, u"importProblemsList"_s);
    QCOMPARE(problems->count(), 1);
    QVERIFY2(problems->item(0)->text().startsWith(u"reports-bad.csv:3: "_s), qPrintable(problems->item(0)->text()));
    QVERIFY2(problems->item(0)->text().contains(u"actual"_s), qPrintable(problems->item(0)->text()));
    auto* apply = named<QPushButton>(*dialog, u"importApplyButton"_s);
    QVERIFY(!apply->isEnabled());
    QSignalSpy imported(m_actions, &gui::ImportActions::imported);
    apply->click(); // a disabled button does nothing, but make sure
    QVERIFY(dialog->isVisible());
    named<QPushButton>(*dialog, u"importCancelButton"_s)->click();
    QCOMPARE(imported.count(), 0);
    QVERIFY(!storedActual(*m_session->database(), "VINH_AN", "KT01"));
}

// Tây An's year-end report is approved: its values are locked. Whether the preview or the apply
// finds it, the official is told and nothing of the file is stored, not even its other rows.
void ImportActionsTest::approvedReportIsNotChanged()
{
    openDemo();
    storage::Database& db = *m_session->database();
    const std::optional<double> before = storedActual(db, "TAY_AN", "KT01");
    QVERIFY(before);
    const QByteArray locked = "unit,period,indicator,actual\n"
                              "VINH_AN,2021-Y,KT01,11.5\n"
                              "TAY_AN,2021-Y,KT01," +
                              QByteArray::number(*before + 1) + "\n";
    auto* dialog = previewOf(writeFile(u"locked.csv"_s, locked));
    QVERIFY(dialog);
    QSignalSpy imported(m_actions, &gui::ImportActions::imported);
    if (dialog->canApply()) {
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        named<QPushButton>(*dialog, u"importApplyButton"_s)->click();
        QCOMPARE(gui::MessageBox::lastShown()->icon, QMessageBox::Critical);
    } else {
        QVERIFY(named<QListWidget>(*dialog, u"importProblemsList"_s)->count() > 0);
        dialog->reject();
    }
    QCOMPARE(imported.count(), 0);
    QCOMPARE(storedActual(db, "TAY_AN", "KT01"), before);
    QVERIFY(!storedActual(db, "VINH_AN", "KT01"));
}

// What the office sends out comes back: the workbook written by Export Entry Workbook… is read by
// Import Reports… without a single problem, every row of it the unit's and the period's.
void ImportActionsTest::workbookRoundTripsThroughTheDialog()
{
    openDemo();
    m_actions->exportWorkbookAction()->trigger();
    auto* exporter = qobject_cast<gui::ExportWorkbookDialog*>(m_actions->openDialog());
    QVERIFY(exporter);
    auto* period = named<QComboBox>(*exporter, u"exportPeriodCombo"_s);
    period->setCurrentIndex(period->findData(u"2021-Y"_s));
    auto* unit = named<QComboBox>(*exporter, u"exportUnitCombo"_s);
    unit->setCurrentIndex(unit->findData(u"VINH_AN"_s));
    QVERIFY(unit->currentIndex() > 0);
    const QString path = m_dir->path(gui::ExportWorkbookDialog::fileName("VINH_AN", "2021-Y"));
    gui::FileDialog::setNextFileName(path);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    named<QPushButton>(*exporter, u"exportOkButton"_s)->click();
    QVERIFY2(gui::MessageBox::lastShown()->icon == QMessageBox::Information,
             qPrintable(gui::MessageBox::lastShown()->text));
    QVERIFY(QFile::exists(path));

    auto* dialog = previewOf(path);
    QVERIFY(dialog);
    auto* problems = named<QListWidget>(*dialog, u"importProblemsList"_s);
    QVERIFY2(problems->count() == 0, qPrintable(problems->count() ? problems->item(0)->text() : QString()));
    const QAbstractItemModel& model = *dialog->model();
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(
            model.index(row, gui::ImportPreviewModel::Unit).data(Qt::ToolTipRole).toString().contains(u"VINH_AN"_s),
            true);
    }
    // Left as sent, the workbook reports nothing: there is nothing to apply, and the dialog says so.
    QCOMPARE(named<QPushButton>(*dialog, u"importApplyButton"_s)->isEnabled(), model.rowCount() > 0);
    dialog->reject();
}

void ImportActionsTest::workbooksForAllUnitsGoIntoAFolder()
{
    openDemo(true); // exporting only reads: a viewer may send workbooks out
    QVERIFY(m_actions->exportWorkbookAction()->isEnabled());
    m_actions->exportWorkbookAction()->trigger();
    auto* exporter = qobject_cast<gui::ExportWorkbookDialog*>(m_actions->openDialog());
    QVERIFY(exporter);
    auto* period = named<QComboBox>(*exporter, u"exportPeriodCombo"_s);
    period->setCurrentIndex(period->findData(u"2021-H1"_s));
    named<QComboBox>(*exporter, u"exportUnitCombo"_s)->setCurrentIndex(0);
    QVERIFY(exporter->allUnits());
    const int units = static_cast<int>(exporter->units().size());
    QVERIFY(units >= 15); // the town and the fourteen communes at least
    auto* ok = named<QPushButton>(*exporter, u"exportOkButton"_s);
    named<QLineEdit>(*exporter, u"exportFolderEdit"_s)->setText(m_dir->path(u"missing"_s));
    QVERIFY(!ok->isEnabled()); // a folder that is not there is said at once
    QVERIFY(QDir(m_dir->path({})).mkdir(u"out"_s));
    named<QLineEdit>(*exporter, u"exportFolderEdit"_s)->setText(m_dir->path(u"out"_s));
    QVERIFY(ok->isEnabled());
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ok->click();
    QVERIFY2(gui::MessageBox::lastShown()->icon == QMessageBox::Information,
             qPrintable(gui::MessageBox::lastShown()->text));
    const QStringList files = QDir(m_dir->path(u"out"_s)).entryList({u"bao-cao-*-2021-H1.xlsx"_s}, QDir::Files);
    QCOMPARE(files.size(), units);
    QVERIFY(files.contains(u"bao-cao-VINH_AN-2021-H1.xlsx"_s));
}

void ImportActionsTest::readOnlyDatabaseOffersNoImport()
{
    QVERIFY(!m_actions->importReportsAction()->isEnabled());
    QVERIFY(!m_actions->exportWorkbookAction()->isEnabled());
    QCOMPARE(m_actions->importReportsAction()->objectName(), u"importReportsAction"_s);
    QCOMPARE(m_actions->importReportsAction()->shortcut(), QKeySequence(u"Ctrl+I"_s));

    openDemo(true);
    QVERIFY(!m_actions->importReportsAction()->isEnabled());
    QVERIFY(m_actions->exportWorkbookAction()->isEnabled());
    // Even asked directly, a read-only database shows no preview to apply.
    m_actions->importFile(writeFile(u"reports.csv"_s, kReports));
    QVERIFY(!m_actions->openDialog());

    openDemo(false);
    QVERIFY(m_actions->importReportsAction()->isEnabled());
    m_session->close();
    QVERIFY(!m_actions->importReportsAction()->isEnabled());
    QVERIFY(!m_actions->exportWorkbookAction()->isEnabled());
}

} // namespace thidua::test
