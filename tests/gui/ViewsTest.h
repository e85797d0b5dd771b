// The read-only views and their models, on a database seeded with the Tay Son 2021 plan: the model
// contract (QAbstractItemModelTester) and what an official reads in each tab.
#pragma once

#include "GuiTestSupport.h"

#include <QObject>

#include <memory>

namespace thidua::test {

class ViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void indicatorModelKeepsTheContract();
    void planShowsIndicatorsUnderThreeHeadings();
    void planShowsDistrictTargetsTheVietnameseWay();
    void planShowsKindsAndBasesInWords();
    void yearSelectorAppearsWithASecondYear();
    void phaseModelKeepsTheContract();
    void phasesShowDatesDeadlinesAndSalutes();
    void unitModelKeepsTheContract();
    void unitsShowGroupsAndTheDistrictApart();
    void englishChangesWordsAndNumbers();

private:
    GuiTempDir m_dir;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace thidua::test
