// File > Back Up Now… and Restore from Backup…, the backup taken on closing, the offer of the latest
// good backup when a database is damaged, and two windows on one file (docs/safety.md).
#pragma once

#include "GuiTestSupport.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class BackupActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void backUpNowWritesIntoTheFolderOrAChosenFile();
    void closingTheWindowTakesABackup();
    void restoreListsTheBackupsAndBringsOneBack();
    void viewerMayBackUpButNotRestore();
    void damagedDatabaseOffersTheLatestGoodBackup();
    void damagedDatabaseWithoutBackupIsOnlyRefused();
    void secondWindowOpensReadOnlyAndSaysSo();
    void lockOfACrashedProgramIsTakenOver();

private:
    std::unique_ptr<GuiTempDir> m_dir;
};

} // namespace thidua::test
