#include "BackupActions.h"

#include "gui/DatabaseSession.h"
#include "gui/FileDialog.h"
#include "gui/Icons.h"
#include "gui/MessageBox.h"

#include "storage/Backups.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

constexpr int kOtherFile = 2; // the restore dialog's result when the user wants another file

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool sameFile(const QString& a, const QString& b)
{
    return !a.isEmpty() && !b.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

QString databaseFilter()
{
    return BackupActions::tr("Campaign databases (*.sqlite *.db);;All files (*)");
}

QString reasonText(const QString& reason)
{
    if (reason == u"manual"_s) {
        return BackupActions::tr("by hand");
    }
    if (reason == u"import"_s) {
        return BackupActions::tr("before an import");
    }
    if (reason == u"exit"_s) {
        return BackupActions::tr("on closing");
    }
    if (reason == u"restore"_s) {
        return BackupActions::tr("before a restore");
    }
    return reason;
}

QString whenText(const QDateTime& takenAt)
{
    return QLocale().toString(takenAt, QLocale::ShortFormat);
}

// The backups of `databasePath`, newest first, with when, why and how big; or another file.
// Returns the chosen file, empty when cancelled.
QString chooseBackup(QWidget* parent, const QString& databasePath)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"restoreDialog"_s);
    dialog.setWindowTitle(BackupActions::tr("Restore from Backup"));
    auto* layout = new QVBoxLayout(&dialog);

    const std::vector<storage::BackupInfo> backups = storage::listBackups(databasePath);
    const QString folder = native(storage::backupFolder(databasePath));
    auto* label = new QLabel(backups.empty() ? BackupActions::tr("There are no backups in %1 yet.").arg(folder)
                                             : BackupActions::tr("Backups in %1, newest first:").arg(folder),
                             &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);

    auto* list = new QTreeWidget(&dialog);
    list->setObjectName(u"backupList"_s);
    list->setRootIsDecorated(false);
    list->setHeaderLabels({BackupActions::tr("Taken"), BackupActions::tr("Why"), BackupActions::tr("Size")});
    const QLocale locale;
    for (const storage::BackupInfo& backup : backups) {
        auto* item = new QTreeWidgetItem(
            list, {whenText(backup.takenAt), reasonText(backup.reason), locale.formattedDataSize(backup.size)});
        item->setData(0, Qt::UserRole, backup.path);
        item->setToolTip(0, native(backup.path));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (list->topLevelItemCount() > 0) {
        list->setCurrentItem(list->topLevelItem(0));
    }
    layout->addWidget(list);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(BackupActions::tr("&Restore…"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!backups.empty());
    QPushButton* other = buttons->addButton(BackupActions::tr("&Other File…"), QDialogButtonBox::ActionRole);
    other->setObjectName(u"otherFileButton"_s);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(other, &QPushButton::clicked, &dialog, [&dialog] { dialog.done(kOtherFile); });
    QObject::connect(list, &QTreeWidget::itemActivated, &dialog, &QDialog::accept);
    dialog.resize(520, 360);

    const int result = dialog.exec();
    if (result == kOtherFile) {
        return FileDialog::getOpenFileName(parent, BackupActions::tr("Restore from Backup"),
                                           storage::backupFolder(databasePath), databaseFilter());
    }
    if (result != QDialog::Accepted || list->currentItem() == nullptr) {
        return {};
    }
    return list->currentItem()->data(0, Qt::UserRole).toString();
}

} // namespace

BackupActions::BackupActions(DatabaseSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_backup(new QAction(themeIcon(u"document-save-as"_s), tr("&Back Up Now…"), this))
    , m_restore(new QAction(themeIcon(u"document-revert"_s), tr("&Restore from Backup…"), this))
{
    m_backup->setObjectName(u"backupAction"_s);
    m_backup->setToolTip(tr("Save a copy of the database into its backup folder or to another file"));
    m_restore->setObjectName(u"restoreAction"_s);
    m_restore->setToolTip(tr("Replace the data with a backup; the current data is backed up first"));
    connect(m_backup, &QAction::triggered, this, &BackupActions::backUpNow);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restoreFromBackup);
    connect(m_session, &DatabaseSession::changed, this, &BackupActions::updateActions);
    updateActions();
}

void BackupActions::updateActions()
{
    const storage::Database* db = m_session->database();
    // A backup only reads, so a viewer may take one; restoring writes the file.
    m_backup->setEnabled(db != nullptr);
    m_restore->setEnabled(db != nullptr && !db->isReadOnly());
}

void BackupActions::backUpNow()
{
    storage::Database* db = m_session->database();
    if (db == nullptr) {
        return;
    }
    // The dialog opens in the backup folder: Save keeps the copy with the others, another folder (a
    // USB stick) takes it away from this computer.
    const QString folder = storage::backupFolder(db->path());
    QDir().mkpath(folder);
    const QString suggested =
        QDir(folder).filePath(u"thidua-%1-manual.sqlite"_s.arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd"_s)));
    const QString chosen =
        FileDialog::getSaveFileName(m_window, tr("Back Up Now"), suggested, databaseFilter(), u"sqlite"_s);
    if (chosen.isEmpty()) {
        return;
    }
    QString written;
    try {
        if (QFileInfo(chosen).absolutePath() == QFileInfo(folder).absoluteFilePath()) {
            written = storage::backupDatabase(*db, u"manual"_s);
        } else {
            storage::backupDatabaseTo(*db, chosen);
            written = chosen;
        }
    } catch (const storage::StorageError& error) {
        MessageBox::critical(
            m_window, tr("Back Up Now"),
            tr("The backup could not be written; the database itself is unchanged.\n\n%1").arg(error.message()));
        return;
    }
    MessageBox::information(m_window, tr("Back Up Now"), tr("The backup was written to\n%1").arg(native(written)));
}

void BackupActions::restoreFromBackup()
{
    const storage::Database* db = m_session->database();
    if (db == nullptr || db->isReadOnly()) {
        return;
    }
    const QString path = db->path();
    const QString chosen = chooseBackup(m_window, path);
    if (chosen.isEmpty()) {
        return;
    }
    const auto answer = MessageBox::question(
        m_window, tr("Restore from Backup"),
        tr("Replace all the data in %1 with the backup %2?\n\nThe data the database holds now is backed up first "
           "(“before a restore”), so you can go back to it.")
            .arg(native(path), native(chosen)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        m_session->restore(chosen);
    } catch (const storage::StorageError& error) {
        MessageBox::critical(m_window, tr("Restore from Backup"),
                             tr("The backup was not restored.\n\n%1").arg(error.message()));
        return;
    }
    if (auto* main = qobject_cast<QMainWindow*>(m_window)) {
        main->statusBar()->showMessage(tr("Restored the backup %1.").arg(native(chosen)), 10000);
    }
}

void BackupActions::backupOnExit()
{
    storage::Database* db = m_session->database();
    if (db == nullptr || db->isReadOnly()) {
        return;
    }
    try {
        storage::backupDatabase(*db, u"exit"_s);
    } catch (const storage::StorageError& error) {
        MessageBox::warning(m_window, tr("Backup on closing"),
                            tr("The backup taken on closing could not be written. Your data is saved in the "
                               "database itself.\n\n%1")
                                .arg(error.message()));
    }
}

bool BackupActions::offerBackupForDamaged(const QString& path, const QString& problem)
{
    const QString good = storage::latestGoodBackup(path);
    if (good.isEmpty()) {
        return false;
    }
    storage::BackupInfo info;
    for (const storage::BackupInfo& backup : storage::listBackups(path)) {
        if (backup.path == good) {
            info = backup;
        }
    }
    const auto answer = MessageBox::question(
        m_window, tr("Damaged database"),
        tr("%1\n\nThe latest good backup was taken %2 (%3). Restore it now?\n\nChanges made after that backup are "
           "lost; the damaged file itself is kept in the backup folder %4.")
            .arg(problem, whenText(info.takenAt), reasonText(info.reason), native(storage::backupFolder(path))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return false;
    }
    // A file damaged while open here is still held by this window: let go of it before replacing it.
    if (sameFile(m_session->path(), path)) {
        m_session->close();
    }
    try {
        storage::restoreDatabase(path, good);
    } catch (const storage::StorageError& error) {
        MessageBox::critical(m_window, tr("Damaged database"),
                             tr("The backup was not restored.\n\n%1").arg(error.message()));
        return false;
    }
    return true;
}

} // namespace thidua::gui
