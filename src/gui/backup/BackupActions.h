// The window's side of backups (issue 7): File > Back Up Now…, File > Restore from Backup…, the
// backup taken when the window closes, and the offer of the latest good backup when a database
// cannot be opened because it is damaged.
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace thidua::gui {

class DatabaseSession;

class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(DatabaseSession* session, QWidget* window);

    QAction* backupAction() const { return m_backup; }
    QAction* restoreAction() const { return m_restore; }

    // Called when the window closes with a writable database open; a failure is told, never blocks.
    void backupOnExit();
    // Called when opening `path` failed as damaged: offers the latest good backup; true when the
    // user restored one (the caller then opens `path` again).
    bool offerBackupForDamaged(const QString& path, const QString& problem);

private:
    // File > Back Up Now…: a save dialog opened in the backup folder; saving there takes a listed backup,
    // elsewhere a copy to that file. Then says where it went.
    void backUpNow();
    // File > Restore from Backup…: the list of backups (or another file), a confirmation, then the
    // session restores and reopens.
    void restoreFromBackup();
    void updateActions();

    DatabaseSession* m_session;
    QWidget* m_window;
    QAction* m_backup;
    QAction* m_restore;
};

} // namespace thidua::gui
