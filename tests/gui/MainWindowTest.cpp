#include "MainWindowTest.h"

#include "gui/CurrentUser.h"
#include "gui/DatabaseSession.h"
#include "gui/FileDialog.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/RecentFiles.h"
#include "i18n/Language.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace thidua::test {
namespace {

QAction* action(const QWidget& window, const QString& name)
{
    auto* found = window.findChild<QAction*>(name);
    if (!found) {
        qFatal("no action named %s", qPrintable(name));
    }
    return found;
}

bool showsViews(const gui::MainWindow& window)
{
    return window.findChild<QTabWidget*>(u"viewTabs"_s)->isVisibleTo(&window);
}

int planHeadings(const gui::MainWindow& window)
{
    return window.findChild<QTreeView*>(u"planTree"_s)->model()->rowCount();
}

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

void MainWindowTest::init()
{
    QSettings().clear();
    QFile::remove(storage::defaultDatabasePath());
    gui::MessageBox::clearLastShown();
    m_dir = std::make_unique<GuiTempDir>();
}

void MainWindowTest::cleanup()
{
    m_dir.reset();
}

void MainWindowTest::firstStartCreatesTheSeededDefaultDatabase()
{
    gui::MainWindow window;
    window.show();
    window.openAtStart({});

    const QString path = storage::defaultDatabasePath();
    QVERIFY(QFile::exists(path));
    QCOMPARE(window.session()->path(), path);
    QCOMPARE(window.windowTitle(), u"thidua.sqlite"_s);
    QVERIFY(showsViews(window));
    QCOMPARE(planHeadings(window), 3);
    QVERIFY(window.findChild<QLabel*>(u"statusPathLabel"_s)->text().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(window.findChild<QLabel*>(u"statusYearLabel"_s)->text(), u"Năm kế hoạch: 2021"_s);
    QVERIFY(!gui::MessageBox::lastShown());
}

void MainWindowTest::laterStartsOpenTheLastDatabase()
{
    const QString chosen = m_dir->createDatabase(u"huyen.sqlite"_s);
    {
        gui::MainWindow first;
        QVERIFY(first.openDatabase(chosen));
    }
    gui::MainWindow second;
    second.openAtStart({});
    QCOMPARE(absolute(second.session()->path()), absolute(chosen));
    // The default database was not needed, so it was not made.
    QVERIFY(!QFile::exists(storage::defaultDatabasePath()));
}

void MainWindowTest::fileGivenAtStartIsOpened()
{
    const QString last = m_dir->createDatabase(u"last.sqlite"_s);
    const QString given = m_dir->createDatabase(u"given.sqlite"_s);
    {
        gui::MainWindow first;
        QVERIFY(first.openDatabase(last));
    }
    gui::MainWindow window;
    window.openAtStart(given);
    QCOMPARE(window.windowTitle(), u"given.sqlite"_s);
}

void MainWindowTest::newDatabaseWithThePlanShowsItsName()
{
    gui::MainWindow window;
    window.show();
    const QString path = m_dir->path(u"ke-hoach-moi.sqlite"_s);
    gui::FileDialog::setNextFileName(path);
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    action(window, u"newAction"_s)->trigger();

    QVERIFY(gui::MessageBox::lastShown());
    QCOMPARE(gui::MessageBox::lastShown()->icon, QMessageBox::Question);
    QVERIFY(QFile::exists(path));
    QCOMPARE(window.windowTitle(), u"ke-hoach-moi.sqlite"_s);
    QVERIFY(showsViews(window));
    QCOMPARE(planHeadings(window), 3);
    QCOMPARE(window.recentFiles()->files().value(0), absolute(path));
}

void MainWindowTest::newEmptyDatabaseHoldsNoPlan()
{
    gui::MainWindow window;
    gui::FileDialog::setNextFileName(m_dir->path(u"trong.sqlite"_s));
    gui::MessageBox::setNextAnswer(QMessageBox::No);
    action(window, u"newAction"_s)->trigger();

    QCOMPARE(window.windowTitle(), u"trong.sqlite"_s);
    QCOMPARE(planHeadings(window), 0);
    QCOMPARE(window.findChild<QLabel*>(u"planTitleLabel"_s)->text(), u"Cơ sở dữ liệu này chưa có kế hoạch nào."_s);
}

void MainWindowTest::cancelledNewDatabaseCreatesNothing()
{
    gui::MainWindow window;
    const QString path = m_dir->path(u"khong-tao.sqlite"_s);
    gui::FileDialog::setNextFileName(path);
    gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    action(window, u"newAction"_s)->trigger();
    QVERIFY(!QFile::exists(path));
    QVERIFY(!window.session()->isOpen());

    gui::FileDialog::setNextFileName({}); // the file dialog itself cancelled
    action(window, u"newAction"_s)->trigger();
    QVERIFY(!window.session()->isOpen());
}

void MainWindowTest::newDatabaseOverTheOpenOneReplacesIt()
{
    const QString path = m_dir->createDatabase(u"thay-the.sqlite"_s);
    gui::MainWindow window;
    QVERIFY(window.openDatabase(path));
    QCOMPARE(planHeadings(window), 3);

    // The file dialog asked before replacing; the open file is closed and made anew, empty.
    gui::FileDialog::setNextFileName(path);
    gui::MessageBox::setNextAnswer(QMessageBox::No);
    action(window, u"newAction"_s)->trigger();
    QCOMPARE(gui::MessageBox::lastShown()->icon, QMessageBox::Question);
    QCOMPARE(window.session()->path(), path);
    QCOMPARE(planHeadings(window), 0);
}

void MainWindowTest::randomBytesAreRefusedAndLeftUntouched()
{
    const QString bad = m_dir->writeRandomFile(u"so-lieu.sqlite"_s, 8192);
    const QByteArray before = fileBytes(bad);

    gui::MainWindow window;
    window.show();
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    window.openAtStart(bad);

    QVERIFY(gui::MessageBox::lastShown());
    QCOMPARE(gui::MessageBox::lastShown()->icon, QMessageBox::Critical);
    QVERIFY2(gui::MessageBox::lastShown()->text.contains(u"so-lieu.sqlite"_s),
             qPrintable(gui::MessageBox::lastShown()->text));
    QCOMPARE(fileBytes(bad), before);
    QVERIFY(!QFile::exists(bad + u"-wal"_s));
    QVERIFY(!QFile::exists(bad + u"-shm"_s));

    // Nothing is open: the window offers to open another file or create one.
    QVERIFY(!window.session()->isOpen());
    QVERIFY(!showsViews(window));
    QVERIFY(window.findChild<QWidget*>(u"startPage"_s)->isVisibleTo(&window));
    QVERIFY(window.recentFiles()->files().isEmpty());
}

void MainWindowTest::refusedFileKeepsTheOpenDatabase()
{
    const QString good = m_dir->createDatabase(u"tot.sqlite"_s);
    const QString bad = m_dir->writeRandomFile(u"hong.sqlite"_s, 4096);
    gui::MainWindow window;
    QVERIFY(window.openDatabase(good));

    gui::FileDialog::setNextFileName(bad);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window, u"openAction"_s)->trigger();

    QVERIFY(gui::MessageBox::lastShown());
    QCOMPARE(window.session()->path(), good);
    QCOMPARE(window.windowTitle(), u"tot.sqlite"_s);
    QCOMPARE(planHeadings(window), 3);
}

void MainWindowTest::startPageWorksFromTheKeyboard()
{
    const QString good = m_dir->createDatabase(u"ban-phim.sqlite"_s);
    gui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    window.openAtStart(m_dir->writeRandomFile(u"rac.sqlite"_s, 1024));
    QCOMPARE(QApplication::focusWidget(), window.findChild<QWidget*>(u"startOpenButton"_s));

    gui::FileDialog::setNextFileName(good);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(window.windowTitle(), u"ban-phim.sqlite"_s);
}

void MainWindowTest::recentFilesFollowWhatWasOpened()
{
    const QString first = m_dir->createDatabase(u"mot.sqlite"_s);
    const QString second = m_dir->createDatabase(u"hai.sqlite"_s);
    gui::MainWindow window;
    QVERIFY(window.openDatabase(first));
    QVERIFY(window.openDatabase(second));
    QCOMPARE(window.recentFiles()->files(), QStringList({absolute(second), absolute(first)}));

    // The menu lists them, newest first, and choosing one opens it.
    auto* menu = window.findChild<QMenu*>(u"recentMenu"_s);
    const QList<QAction*> entries = menu->actions();
    QVERIFY(entries.size() >= 2);
    QVERIFY(entries[0]->text().contains(u"hai.sqlite"_s));
    QVERIFY(entries[1]->text().contains(u"mot.sqlite"_s));
    entries[1]->trigger();
    QCOMPARE(window.windowTitle(), u"mot.sqlite"_s);
    QCOMPARE(window.recentFiles()->files().value(0), absolute(first));

    // The list outlives the window.
    QCOMPARE(gui::RecentFiles().files(), QStringList({absolute(first), absolute(second)}));
}

void MainWindowTest::recentFilesKeepEightAndClear()
{
    gui::RecentFiles recent;
    for (int i = 0; i < 10; ++i) {
        recent.add(m_dir->path(u"f%1.sqlite"_s.arg(i)));
    }
    QCOMPARE(recent.files().size(), gui::RecentFiles::kMaxFiles);
    QCOMPARE(recent.files().value(0), absolute(m_dir->path(u"f9.sqlite"_s)));

    gui::MainWindow window;
    QCOMPARE(window.recentFiles()->files().size(), gui::RecentFiles::kMaxFiles);
    QAction* clear = action(window, u"clearRecentAction"_s);
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(window.recentFiles()->files().isEmpty());
    QVERIFY(!clear->isEnabled());
    QVERIFY(gui::RecentFiles().files().isEmpty());
}

void MainWindowTest::recentFileThatIsGoneIsDropped()
{
    const QString kept = m_dir->createDatabase(u"con.sqlite"_s);
    const QString gone = m_dir->createDatabase(u"mat.sqlite"_s);
    gui::MainWindow window;
    QVERIFY(window.openDatabase(kept));
    QVERIFY(window.openDatabase(gone));
    QVERIFY(window.openDatabase(kept));
    QVERIFY(QFile::remove(gone));

    auto* menu = window.findChild<QMenu*>(u"recentMenu"_s);
    QAction* entry = menu->actions().value(1);
    QVERIFY(entry && entry->text().contains(u"mat.sqlite"_s));
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    entry->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    QVERIFY(gui::MessageBox::lastShown()->text.contains(u"mat.sqlite"_s));
    QCOMPARE(window.recentFiles()->files(), QStringList{absolute(kept)});
    QCOMPARE(window.windowTitle(), u"con.sqlite"_s);
    QCOMPARE(menu->actions().size(), 3); // the file, a separator, Clear
}

void MainWindowTest::keyboardShortcutOpensADatabase()
{
    const QString path = m_dir->createDatabase(u"phim-tat.sqlite"_s);
    gui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    gui::FileDialog::setNextFileName(path);
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(window.windowTitle(), u"phim-tat.sqlite"_s);
    // Keyboard focus lands in the plan, ready for the arrow keys.
    QCOMPARE(QApplication::focusWidget(), window.findChild<QTreeView*>(u"planTree"_s));
}

// A user in the middle of a table must reach the other tabs from the keyboard: Ctrl+Tab belongs to
// the table there, so each tab has its own Ctrl+digit.
void MainWindowTest::controlDigitReachesEveryTabFromATable()
{
    const QString path = m_dir->createDatabase(u"the.sqlite"_s);
    gui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openDatabase(path));
    auto* tabs = window.findChild<QTabWidget*>(u"viewTabs"_s);
    QVERIFY(tabs != nullptr);
    QVERIFY(tabs->count() >= 8);
    window.findChild<QTreeView*>(u"planTree"_s)->setFocus();
    // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth, as the digits lie on the keyboard.
    QCOMPARE(tabs->count(), 10);
    for (int index = tabs->count() - 1; index >= 0; --index) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(index < 9 ? Qt::Key_1 + index : Qt::Key_0),
                        Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), index);
    }
}

// Without USER in the environment the audit log named every change "?".
void MainWindowTest::auditNamesTheAccountWithoutUser()
{
    const QByteArray user = qgetenv("USER");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    const QString name = gui::currentUser();
    qputenv("USER", user);
    QCOMPARE(name, QDir::home().dirName());
    QVERIFY(name != u"?"_s);
}

void MainWindowTest::viewerOpensReadOnly()
{
    const QString path = m_dir->createDatabase(u"xem.sqlite"_s);
    const QByteArray before = fileBytes(path);
    {
        gui::MainWindow window(storage::Access::ReadOnly);
        window.openAtStart(path);
        QVERIFY(window.session()->database()->isReadOnly());
        QCOMPARE(window.windowTitle(), u"xem.sqlite (chỉ xem)"_s);
        QVERIFY(!action(window, u"newAction"_s)->isEnabled());
        QCOMPARE(planHeadings(window), 3);
    }
    QCOMPARE(fileBytes(path), before);

    // A viewer's first start makes no default database.
    QSettings().clear();
    gui::MainWindow viewer(storage::Access::ReadOnly);
    viewer.openAtStart({});
    QVERIFY(!QFile::exists(storage::defaultDatabasePath()));
    QVERIFY(!viewer.session()->isOpen());
}

void MainWindowTest::aboutNamesVersionLicenceAndQt()
{
    gui::MainWindow window;
    window.show();
    action(window, u"aboutAction"_s)->trigger();
    auto* dialog = window.findChild<QDialog*>(u"aboutDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString text = dialog->findChild<QLabel*>(u"aboutText"_s)->text();
    QVERIFY(text.contains(u"Thi Đua"_s));
    QVERIFY(text.contains(QCoreApplication::applicationVersion()));
    QVERIFY(!QCoreApplication::applicationVersion().isEmpty());
    QVERIFY(text.contains(u"GPL-3.0-or-later"_s));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    dialog->close();
}

void MainWindowTest::languageChoiceIsRememberedForTheNextStart()
{
    gui::MainWindow window;
    QAction* english = action(window, u"language_en"_s);
    QVERIFY(action(window, u"language_vi"_s)->isChecked());
    QCOMPARE(action(window, u"language_vi"_s)->text(), u"Tiếng Việt"_s);

    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    english->trigger();
    QCOMPARE(i18n::savedLanguage(), i18n::Language::English);
    QVERIFY(gui::MessageBox::lastShown());
    QCOMPARE(gui::MessageBox::lastShown()->icon, QMessageBox::Information);

    gui::MainWindow next;
    QVERIFY(action(next, u"language_en"_s)->isChecked());
}

} // namespace thidua::test
