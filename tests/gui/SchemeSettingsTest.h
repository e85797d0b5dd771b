// The schemes editor's settings on a seeded database: name, scale, bonus cap and flag threshold
// with the values in effect beside them, refusals kept for correction, the title bands, and a
// read-only database on which nothing can be changed.
#pragma once

#include "GuiTestSupport.h"
#include "core/Plan.h"
#include "gui/DatabaseSession.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class SchemeSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void settingsShowTheValuesInEffect();
    void titleBandsAreEditedAndChecked();
    void readOnlyDatabaseCannotBeEdited();

private:
    Scheme cluster() const; // TC_CUM_XA as stored

    std::unique_ptr<GuiTempDir> m_dir;
    std::unique_ptr<gui::DatabaseSession> m_session;
};

} // namespace thidua::test
