#include "BackupActionsTest.h"

#include "gui/DatabaseSession.h"
#include "gui/FileDialog.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "storage/Backups.h"
#include "storage/PlanRepository.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

std::vector<int> yearsOf(const gui::MainWindow& window)
{
    return storage::PlanRepository(*window.session()->database()).years();
}

QAction* action(const gui::MainWindow& window, const QString& name)
{
    auto* found = window.findChild<QAction*>(name);
    if (found == nullptr) {
        qFatal("no action %s", qPrintable(name));
    }
    return found;
}

// Overwrites eight pages in the middle of the file with noise and leaves the header page alone, as a
// failing disk or an interrupted copy would: SQLite still reads the file as a database.
QByteArray damageMiddle(const QString& path)
{
    QByteArray bytes = fileBytes(path);
    const qsizetype page = 4096;
    const qsizetype start = (bytes.size() / page / 2) * page;
    for (qsizetype i = start; i < std::min(bytes.size(), start + 8 * page); ++i) {
        bytes[i] = static_cast<char>((i * 7919) % 251);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot damage %s", qPrintable(path));
    }
    return bytes;
}

} // namespace

void BackupActionsTest::init()
{
    m_dir = std::make_unique<GuiTempDir>();
    gui::MessageBox::clearLastShown();
}

void BackupActionsTest::cleanup()
{
    m_dir.reset();
}

void BackupActionsTest::backUpNowWritesIntoTheFolderOrAChosenFile()
{
    const QString path = m_dir->createDatabase(u"office.sqlite"_s);
    gui::MainWindow window;
    QVERIFY(window.openDatabase(path));
    QVERIFY(action(window, u"backupAction"_s)->isEnabled());

    // Saved into the backup folder, under whatever name: a listed backup named by the app.
    gui::FileDialog::setNextFileName(storage::backupFolder(path) + u"/my name.sqlite"_s);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window, u"backupAction"_s)->trigger();
    const auto backups = storage::listBackups(path);
    QCOMPARE(backups.size(), std::size_t(1));
    QCOMPARE(backups[0].reason, u"manual"_s);
    QVERIFY(gui::MessageBox::lastShown());
    QVERIFY(gui::MessageBox::lastShown()->text.contains(QDir::toNativeSeparators(backups[0].path)));

    // Anywhere else: a copy to that file, not in the list.
    const QString usb = m_dir->path(u"usb.sqlite"_s);
    gui::FileDialog::setNextFileName(usb);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window, u"backupAction"_s)->trigger();
    QVERIFY(QFile::exists(usb));
    QCOMPARE(storage::PlanRepository(*storage::Database::open(usb, storage::Access::ReadOnly)).years(),
             yearsOf(window));
    QCOMPARE(storage::listBackups(path).size(), std::size_t(1));

    gui::FileDialog::setNextFileName(QString()); // cancelled: nothing written, nothing said
    gui::MessageBox::clearLastShown();
    action(window, u"backupAction"_s)->trigger();
    QVERIFY(!gui::MessageBox::lastShown());
    QCOMPARE(storage::listBackups(path).size(), std::size_t(1));
}

void BackupActionsTest::closingTheWindowTakesABackup()
{
    const QString path = m_dir->createDatabase(u"office.sqlite"_s);
    gui::MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(path));
    window.close();
    const auto backups = storage::listBackups(path);
    QCOMPARE(backups.size(), std::size_t(1));
    QCOMPARE(backups[0].reason, u"exit"_s);
    QVERIFY(!gui::MessageBox::lastShown());
}

void BackupActionsTest::restoreListsTheBackupsAndBringsOneBack()
{
    const QString path = m_dir->createDatabase(u"office.sqlite"_s, storage::Seed::Empty);
    gui::MainWindow window;
    QVERIFY(window.openDatabase(path));
    storage::PlanRepository(*window.session()->database()).addYear(2021);
    const QString backup = storage::backupDatabase(*window.session()->database(), u"import"_s);
    storage::PlanRepository(*window.session()->database()).addYear(2022);
    QCOMPARE(yearsOf(window), (std::vector<int>{2021, 2022}));

    // The dialog is modal: look at it and choose from inside its own event loop.
    int listed = -1;
    QString reason;
    QTimer::singleShot(0, this, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->objectName() == u"restoreDialog"_s) {
                auto* list = dialog->findChild<QTreeWidget*>(u"backupList"_s);
                listed = list->topLevelItemCount();
                reason = list->topLevelItem(0)->text(1);
                dialog->accept();
            }
        }
    });
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(action(window, u"restoreAction"_s)->isEnabled());
    action(window, u"restoreAction"_s)->trigger();

    QCOMPARE(listed, 1);
    // In the interface's language (the tests run with the Vietnamese translation loaded).
    QCOMPARE(reason, QCoreApplication::translate("thidua::gui::BackupActions", "before an import"));
    QVERIFY(gui::MessageBox::lastShown()->text.contains(QDir::toNativeSeparators(backup)));
    QVERIFY(window.session()->isOpen());
    QVERIFY(!window.session()->database()->isReadOnly());
    QCOMPARE(yearsOf(window), std::vector<int>{2021});
    const auto backups = storage::listBackups(path);
    QCOMPARE(backups.size(), std::size_t(2));
    QCOMPARE(backups[0].reason, u"restore"_s); // the data replaced, kept
}

void BackupActionsTest::viewerMayBackUpButNotRestore()
{
    const QString path = m_dir->createDatabase(u"office.sqlite"_s);
    gui::MainWindow window(storage::Access::ReadOnly);
    QVERIFY(!action(window, u"backupAction"_s)->isEnabled()); // nothing open yet
    QVERIFY(window.openDatabase(path));
    QVERIFY(action(window, u"backupAction"_s)->isEnabled());
    QVERIFY(!action(window, u"restoreAction"_s)->isEnabled());
}

// The damaged file is refused before anything writes to it, and the latest good backup offered.
void BackupActionsTest::damagedDatabaseOffersTheLatestGoodBackup()
{
    const QString path = m_dir->createDatabase(u"office.sqlite"_s);
    {
        const auto db = storage::Database::open(path);
        storage::backupDatabase(*db, u"exit"_s);
    }
    const QByteArray damaged = damageMiddle(path);
    QVERIFY_THROWS_EXCEPTION(storage::StorageError, storage::Database::open(path));

    gui::MainWindow window;
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(window.openDatabase(path));
    QCOMPARE(gui::MessageBox::lastShown()->title,
             QCoreApplication::translate("thidua::gui::BackupActions", "Damaged database"));
    QVERIFY(window.session()->isOpen());
    QVERIFY(!window.session()->database()->isReadOnly());
    QVERIFY(!storage::PlanRepository(*window.session()->database()).indicators().empty());
    // Kept aside as it was found: nothing had written to it before the restore.
    const QStringList kept = QDir(storage::backupFolder(path)).entryList({u"damaged-*.sqlite"_s});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(fileBytes(storage::backupFolder(path) + u'/' + kept.first()), damaged);
}

void BackupActionsTest::damagedDatabaseWithoutBackupIsOnlyRefused()
{
    const QString path = m_dir->createDatabase(u"office.sqlite"_s);
    const QByteArray damaged = damageMiddle(path);
    gui::MainWindow window;
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openDatabase(path));
    QCOMPARE(gui::MessageBox::lastShown()->icon, QMessageBox::Critical);
    QCOMPARE(fileBytes(path), damaged);
    // SQLite's read-only look at a WAL file may leave an empty -wal beside it; nothing is written there.
    QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
}

void BackupActionsTest::secondWindowOpensReadOnlyAndSaysSo()
{
    const QString path = m_dir->createDatabase(u"office.sqlite"_s);
    auto first = std::make_unique<gui::MainWindow>();
    QVERIFY(first->openDatabase(path));
    QVERIFY(!first->session()->database()->isReadOnly());
    QVERIFY(!gui::MessageBox::lastShown());

    gui::MainWindow second;
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(second.openDatabase(path));
    QVERIFY(second.session()->database()->isReadOnly());
    QVERIFY(gui::MessageBox::lastShown());
    QCOMPARE(gui::MessageBox::lastShown()->icon, QMessageBox::Information);
    QVERIFY(gui::MessageBox::lastShown()->text.contains(QDir::toNativeSeparators(path)));
    QVERIFY(gui::MessageBox::lastShown()->text.contains(QSysInfo::machineHostName()));
    QVERIFY(!action(second, u"restoreAction"_s)->isEnabled());

    first.reset();
    gui::MessageBox::clearLastShown();
    gui::MainWindow third;
    QVERIFY(third.openDatabase(path));
    QVERIFY(!third.session()->database()->isReadOnly());
    QVERIFY(!gui::MessageBox::lastShown());
}

void BackupActionsTest::lockOfACrashedProgramIsTakenOver()
{
    const QString path = m_dir->createDatabase(u"office.sqlite"_s);
    // The lock a program leaves when it dies: its process id, name and host, and no process behind it.
    QProcess gone;
    gone.start(u"true"_s);
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    QFile lock(storage::lockFilePath(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(u"%1\nthidua\n%2\n"_s.arg(pid).arg(QSysInfo::machineHostName()).toUtf8());
    lock.close();

    gui::MainWindow window;
    QVERIFY(window.openDatabase(path));
    QVERIFY(!window.session()->database()->isReadOnly());
    QVERIFY(!gui::MessageBox::lastShown());
}

} // namespace thidua::test
