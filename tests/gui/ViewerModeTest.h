// Viewer mode (thidua --viewer, or View > Viewer Mode): council members look, nobody can change the
// file from the window, and what another user writes meanwhile shows on View > Refresh.
#pragma once

#include "GuiTestSupport.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class ViewerModeTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void viewerOffersNoWayToChangeTheFile();
    void viewerSeesAnotherWriterAfterRefresh();
    void viewerModeIsASettingThatReopensTheFile();

private:
    QString demoDatabase(const QString& name) const;

    std::unique_ptr<GuiTempDir> m_dir;
};

} // namespace thidua::test
