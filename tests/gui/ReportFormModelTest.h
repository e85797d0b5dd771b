// The report form's model on the seeded Tây Sơn 2021 plan: the model contract, the rows built from
// the unit's targets under the plan's headings, the cell checks (numbers in either decimal format,
// ranges, 0/1), the status recomputed by the core as values are stored, named members, and last
// year's figure offered as a baseline.
#pragma once

#include "GuiTestSupport.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class ReportFormModelTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelKeepsTheContract();
    void rowsFollowThePlanUnderHeadings();
    void halfYearGreysYearEndIndicators();
    void numbersInBothDecimalFormatsAreAccepted();
    void badTextIsKeptAndMarked();
    void statusFollowsStoredValues();
    void namedMembersAreTicked();
    void lastYearsFigureIsOfferedAsBaseline();
    void lockedFormTakesNoInput();
    void unitWithoutTargetsGivesAnEmptyForm();

private:
    std::unique_ptr<GuiTempDir> m_dir;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace thidua::test
