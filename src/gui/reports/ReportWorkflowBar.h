// The foot of the report form: where the report stands (draft, submitted on time or late, approved)
// and the buttons that move it on: Submit, Approve, Reopen (which asks why, for the log). Storage
// records each step with its time (thidua::Clock) and user; a refused step is told, nothing changes.
#pragma once

#include "storage/ReportRepository.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <string>

class QLabel;
class QPushButton;

namespace thidua::gui {

class DatabaseSession;

class ReportWorkflowBar : public QWidget
{
    Q_OBJECT

public:
    struct Shown
    {
        std::string unitCode;
        std::string periodCode;
        QString unitName;
        QString periodName;
        std::string deadline; // ISO date; empty: none set
        std::optional<storage::ReportInfo> report;
        bool readOnly = false; // the database is open read-only
        bool hasForm = false;  // the unit has targets in the period: something to submit
    };

    explicit ReportWorkflowBar(DatabaseSession* session, QWidget* parent = nullptr);

    void showReport(Shown shown);
    // Before submitting: a warning to confirm (missing figures, refused cells); empty: none.
    void setSubmitCheck(std::function<QString()> check) { m_submitCheck = std::move(check); }

    // The time storage recorded (ISO, UTC) in the office's local time, dd/MM/yyyy HH:mm.
    static QString localTime(const QString& isoUtc);

signals:
    // Submitted, approved or reopened: the form reloads its lock and status.
    void statusChanged();

private:
    void submit();
    void approve();
    void reopen();
    bool run(const QString& failureTitle,
             const std::function<void(storage::ReportRepository&, const QString& user)>& step);
    QString statusText() const;

    DatabaseSession* m_session;
    Shown m_shown;
    std::function<QString()> m_submitCheck;
    QLabel* m_status;
    QPushButton* m_submit;
    QPushButton* m_approve;
    QPushButton* m_reopen;
};

} // namespace thidua::gui
