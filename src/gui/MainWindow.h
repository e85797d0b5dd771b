// The main window: File, Language and Help menus, the views of the open database in tabs (plan,
// phases, units, targets, schemes, report entry, reports received, manual scores), and the status
// bar naming the file and plan year. It assembles feature
// widgets and decides what the user is told; it reads and computes nothing itself.
#pragma once

#include "i18n/Language.h"
#include "storage/Database.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace thidua::gui {

class BackupActions;
class DatabaseSession;
class ImportActions;
class MainTabs;
class RecentFiles;

// Viewer mode as last chosen in the View menu (thidua --viewer turns it on for one run only).
bool viewerModeSaved();

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `access`: ReadOnly opens every database of this run read-only (thidua --viewer).
    explicit MainWindow(storage::Access access = storage::Access::ReadWrite, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `file` if given, else the database opened last, else the default one, which the first
    // start creates with the Tay Son 2021 plan. A refusal is told, and the window offers Open/New.
    void openAtStart(const QString& file);

    // Each tells the user why, in a message box, when it fails; a refused file is never changed.
    bool openDatabase(const QString& path);
    bool createDatabase(const QString& path, storage::Seed seed, bool overwrite);

    DatabaseSession* session() const { return m_session; }
    RecentFiles* recentFiles() const { return m_recentFiles; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createViews();
    void setViewerMode(bool on);
    void createMenus();
    void newDatabase();
    void openDatabaseDialog();
    void showAbout();
    void chooseLanguage(i18n::Language language);
    void rebuildRecentMenu();
    void remember(const QString& path);
    void showDatabase();
    void showYear(int year);
    QString dialogFolder() const;

    storage::Access m_access;
    DatabaseSession* m_session;
    RecentFiles* m_recentFiles;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QMenu* m_recentMenu = nullptr;

    QStackedWidget* m_stack = nullptr;
    QWidget* m_startPage = nullptr;
    MainTabs* m_tabs = nullptr;
    BackupActions* m_backups = nullptr;
    ImportActions* m_imports = nullptr;
    QAction* m_viewerAction = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_yearLabel = nullptr;
};

} // namespace thidua::gui
