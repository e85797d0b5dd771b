// The main window as a user meets it: first start, File menu, refusals, recent files, viewer mode,
// About and language. Modal dialogs are answered in advance through MessageBox and FileDialog.
#pragma once

#include "GuiTestSupport.h"

#include <QObject>

namespace thidua::test {

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstStartCreatesTheSeededDefaultDatabase();
    void laterStartsOpenTheLastDatabase();
    void fileGivenAtStartIsOpened();
    void newDatabaseWithThePlanShowsItsName();
    void newEmptyDatabaseHoldsNoPlan();
    void cancelledNewDatabaseCreatesNothing();
    void newDatabaseOverTheOpenOneReplacesIt();
    void randomBytesAreRefusedAndLeftUntouched();
    void refusedFileKeepsTheOpenDatabase();
    void startPageWorksFromTheKeyboard();
    void recentFilesFollowWhatWasOpened();
    void recentFilesKeepEightAndClear();
    void recentFileThatIsGoneIsDropped();
    void keyboardShortcutOpensADatabase();
    void controlDigitReachesEveryTabFromATable();
    void auditNamesTheAccountWithoutUser();
    void viewerOpensReadOnly();
    void aboutNamesVersionLicenceAndQt();
    void languageChoiceIsRememberedForTheNextStart();

private:
    std::unique_ptr<GuiTempDir> m_dir;
};

} // namespace thidua::test
