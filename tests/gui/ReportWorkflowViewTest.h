// The report's workflow on its form, on a seeded database: submitted late against a set clock and
// deadline, approval locking the form (typing and pasting refused, with the reason), reopening that
// asks why and refuses a blank reason, a write storage refuses keeping the typed text, a read-only
// database, and the form following openReport and the session.
#pragma once

#include <QObject>

#include <memory>

namespace thidua::test {

struct ReportTestSession;

class ReportWorkflowViewTest : public QObject
{
    Q_OBJECT

public:
    ReportWorkflowViewTest();
    ~ReportWorkflowViewTest() override;

private slots:
    void init();
    void cleanup();

    void submitAfterTheDeadlineShowsLate();
    void approvalLocksAndReopeningAsksWhy();
    void storageRefusalKeepsTheTypedText();
    void readOnlyDatabaseLocksEverything();
    void opensTheReportAskedForAndFollowsTheSession();

private:
    std::unique_ptr<ReportTestSession> m_data;
};

} // namespace thidua::test
