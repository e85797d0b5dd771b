#include "MainWindow.h"

#include "AboutDialog.h"
#include "DatabaseSession.h"
#include "FileDialog.h"
#include "Icons.h"
#include "MainTabs.h"
#include "MessageBox.h"
#include "RecentFiles.h"
#include "StartPage.h"
#include "backup/BackupActions.h"
#include "imports/ImportActions.h"
#include "phases/PhasesView.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

const auto kLastDatabaseKey = u"lastDatabase"_s;
const auto kGeometryKey = u"mainWindow/geometry"_s;
const auto kViewerModeKey = u"viewerMode"_s;

QString databaseFilter()
{
    return MainWindow::tr("Campaign databases (*.sqlite *.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(storage::Access access, QWidget* parent)
    : QMainWindow(parent)
    , m_access(access)
    , m_session(new DatabaseSession(this))
    , m_recentFiles(new RecentFiles(this))
{
    setObjectName(u"mainWindow"_s);
    m_backups = new BackupActions(m_session, this);
    m_imports = new ImportActions(m_session, this);
    createActions();
    createMenus();

    createViews();

    m_startPage = new StartPage(m_openAction, m_newAction, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(u"statusPathLabel"_s);
    m_yearLabel = new QLabel(this);
    m_yearLabel->setObjectName(u"statusYearLabel"_s);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_yearLabel);

    connect(m_session, &DatabaseSession::changed, this, &MainWindow::showDatabase);
    connect(m_tabs, &MainTabs::yearChanged, this, &MainWindow::showYear);
    connect(m_imports, &ImportActions::imported, m_tabs, &MainTabs::refreshAll);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);

    resize(1200, 800);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    rebuildRecentMenu();
    showDatabase();
    // Council members look rather than type: a viewer starts where the campaign stands.
    if (m_access == storage::Access::ReadOnly) {
        m_tabs->showDashboards();
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_tabs = new MainTabs(m_session, this);
    QMenu* view = m_tabs->createViewMenu(this);
    view->addSeparator();
    m_viewerAction = view->addAction(tr("&Viewer Mode (read only)"));
    m_viewerAction->setObjectName(u"viewerModeAction"_s);
    m_viewerAction->setCheckable(true);
    m_viewerAction->setChecked(m_access == storage::Access::ReadOnly);
    m_viewerAction->setToolTip(tr("Open databases read-only, to look without changing anything"));
    connect(m_viewerAction, &QAction::toggled, this, &MainWindow::setViewerMode);
    menuBar()->insertMenu(menuBar()->actions().value(1), view);
}

bool viewerModeSaved()
{
    return QSettings().value(kViewerModeKey, false).toBool();
}

// The choice is kept for the next start; the open database is opened again the new way at once.
void MainWindow::setViewerMode(bool on)
{
    QSettings().setValue(kViewerModeKey, on);
    m_access = on ? storage::Access::ReadOnly : storage::Access::ReadWrite;
    m_newAction->setEnabled(!on);
    if (m_session->isOpen()) {
        openDatabase(m_session->path());
    }
    if (on) {
        m_tabs->showDashboards();
    }
}

void MainWindow::createActions()
{
    m_newAction = new QAction(themeIcon(u"document-new"_s), tr("&New Database…"), this);
    m_newAction->setObjectName(u"newAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    // A viewer never writes, so it cannot make databases either.
    m_newAction->setEnabled(m_access == storage::Access::ReadWrite);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_openAction = new QAction(themeIcon(u"document-open"_s), tr("&Open Database…"), this);
    m_openAction->setObjectName(u"openAction"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);

    m_clearRecentAction = new QAction(themeIcon(u"edit-clear-history"_s), tr("&Clear List"), this);
    m_clearRecentAction->setObjectName(u"clearRecentAction"_s);
    connect(m_clearRecentAction, &QAction::triggered, m_recentFiles, &RecentFiles::clear);

    m_quitAction = new QAction(themeIcon(u"application-exit"_s), tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction =
        new QAction(themeIcon(u"help-about"_s), tr("&About %1").arg(QGuiApplication::applicationDisplayName()), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(u"aboutQtAction"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(themeIcon(u"document-open-recent"_s), tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    file->addSeparator();
    file->addAction(m_imports->importReportsAction());
    file->addAction(m_imports->exportWorkbookAction());
    file->addSeparator();
    file->addAction(m_backups->backupAction());
    file->addAction(m_backups->restoreAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    // Its Vietnamese translation names it in both languages, so that whoever cannot read
    // Vietnamese still finds it.
    QMenu* language = menuBar()->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    auto* group = new QActionGroup(language);
    const i18n::Language current = i18n::savedLanguage();
    const auto addLanguage = [&](i18n::Language choice, const QString& name) {
        QAction* action = language->addAction(name);
        action->setObjectName(u"language_"_s + i18n::languageCode(choice));
        action->setCheckable(true);
        action->setChecked(choice == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { chooseLanguage(choice); });
    };
    // Each language under its own name, as language lists are written everywhere.
    QString vietnamese = QLocale(QLocale::Vietnamese).nativeLanguageName();
    vietnamese[0] = vietnamese[0].toUpper();
    addLanguage(i18n::Language::Vietnamese, vietnamese);
    addLanguage(i18n::Language::English, u"English"_s);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::openAtStart(const QString& file)
{
    if (!file.isEmpty()) {
        openDatabase(file);
        return;
    }
    // A last database that has since been moved or deleted is not an error worth a message.
    const QString last = QSettings().value(kLastDatabaseKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        openDatabase(last);
        return;
    }
    const QString path = storage::defaultDatabasePath();
    if (QFileInfo::exists(path)) {
        openDatabase(path);
    } else if (m_access == storage::Access::ReadWrite) {
        createDatabase(path, storage::Seed::TaySon2021, false);
    }
}

bool MainWindow::openDatabase(const QString& path)
{
    try {
        m_session->open(path, m_access);
    } catch (const storage::StorageError& error) {
        if (error.kind() == storage::StorageError::Kind::Missing) {
            m_recentFiles->remove(path);
        }
        // A damaged file is never written to; the latest good backup, if any, is offered instead.
        if (error.kind() == storage::StorageError::Kind::Damaged &&
            m_backups->offerBackupForDamaged(path, error.message())) {
            return openDatabase(path);
        }
        MessageBox::critical(
            this, tr("Cannot open the database"),
            tr("The file “%1” cannot be opened.\n\n%2\n\nOpen another database (File > Open Database) or "
               "create a new one (File > New Database).")
                .arg(QDir::toNativeSeparators(path), error.message()));
        return false;
    }
    remember(path);
    return true;
}

bool MainWindow::createDatabase(const QString& path, storage::Seed seed, bool overwrite)
{
    try {
        m_session->create(path, seed, overwrite);
    } catch (const storage::StorageError& error) {
        MessageBox::critical(
            this, tr("Cannot create the database"),
            tr("The database “%1” cannot be created.\n\n%2").arg(QDir::toNativeSeparators(path), error.message()));
        return false;
    }
    remember(path);
    return true;
}

void MainWindow::newDatabase()
{
    const QString path =
        FileDialog::getSaveFileName(this, tr("New Database"), dialogFolder(), databaseFilter(), u"sqlite"_s);
    if (path.isEmpty()) {
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("New Database"),
        tr("Fill the new database with the emulation plan of Tay Son district for 2021 (indicators, targets, "
           "phases, units, clusters and blocks)?\n\nChoose No for an empty database."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Cancel) {
        return;
    }
    // The file dialog has already asked before replacing an existing file.
    createDatabase(path, answer == QMessageBox::Yes ? storage::Seed::TaySon2021 : storage::Seed::Empty,
                   QFileInfo::exists(path));
}

void MainWindow::openDatabaseDialog()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Open Database"), dialogFolder(), databaseFilter());
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::chooseLanguage(i18n::Language language)
{
    if (language == i18n::savedLanguage()) {
        return;
    }
    i18n::saveLanguage(language);
    MessageBox::information(
        this, tr("Language"),
        tr("The new language will be used the next time you start %1.").arg(QGuiApplication::applicationDisplayName()));
}

void MainWindow::rebuildRecentMenu()
{
    // Not QMenu::clear(): this runs while one of these actions is being triggered (opening a file
    // that has gone drops it from the list), and that action must outlive its own signal.
    for (QAction* action : m_recentMenu->actions()) {
        m_recentMenu->removeAction(action);
        if (action != m_clearRecentAction) {
            action->deleteLater();
        }
    }
    const QStringList files = m_recentFiles->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        // The number is the keyboard accelerator; the full path tells same-named files apart.
        QAction* action =
            m_recentMenu->addAction(u"&%1  %2"_s.arg(i + 1).arg(QDir::toNativeSeparators(path).replace(u'&', u"&&"_s)));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
}

void MainWindow::remember(const QString& path)
{
    m_recentFiles->add(path);
    QSettings().setValue(kLastDatabaseKey, QFileInfo(path).absoluteFilePath());
}

void MainWindow::showDatabase()
{
    storage::Database* database = m_session->database();
    m_tabs->setDatabase(database);
    m_stack->setCurrentWidget(database ? static_cast<QWidget*>(m_tabs) : m_startPage);

    if (!database) {
        setWindowTitle(QString());
        m_pathLabel->setText(tr("No database is open."));
        m_startPage->setFocus();
        return;
    }
    const QString name = QFileInfo(database->path()).fileName();
    setWindowTitle(database->isReadOnly() ? tr("%1 (read-only)").arg(name) : name);
    m_pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(database->path())));
    m_tabs->currentWidget()->setFocus();
}

void MainWindow::showYear(int year)
{
    m_tabs->phasesView()->showYear(m_session->database(), year);
    m_yearLabel->setText(year != 0 ? tr("Plan year: %1").arg(year) : QString());
}

QString MainWindow::dialogFolder() const
{
    return m_session->isOpen() ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    if (m_session->isOpen() && !m_session->database()->isReadOnly()) {
        m_backups->backupOnExit();
    }
    event->accept();
}

} // namespace thidua::gui
