#include "ReportWorkflowBar.h"

#include "ReasonDialog.h"
#include "gui/CurrentUser.h"
#include "gui/DatabaseSession.h"
#include "gui/MessageBox.h"
#include "i18n/DisplayText.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace thidua::gui {

ReportWorkflowBar::ReportWorkflowBar(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_submit(new QPushButton(tr("&Submit report"), this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reopen(new QPushButton(tr("Re&open…"), this))
{
    m_status->setObjectName(u"reportStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_submit->setObjectName(u"submitReportButton"_s);
    m_approve->setObjectName(u"approveReportButton"_s);
    m_reopen->setObjectName(u"reopenReportButton"_s);
    m_submit->setToolTip(tr("Send the report to Phòng Nội vụ; the time is recorded against the deadline."));
    m_approve->setToolTip(tr("Approve the submitted report: its figures are then locked."));
    m_reopen->setToolTip(tr("Reopen an approved report for corrections; you are asked why."));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_submit);
    layout->addWidget(m_approve);
    layout->addWidget(m_reopen);

    connect(m_submit, &QPushButton::clicked, this, &ReportWorkflowBar::submit);
    connect(m_approve, &QPushButton::clicked, this, &ReportWorkflowBar::approve);
    connect(m_reopen, &QPushButton::clicked, this, &ReportWorkflowBar::reopen);
    showReport({});
}

QString ReportWorkflowBar::localTime(const QString& isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : isoUtc;
}

void ReportWorkflowBar::showReport(Shown shown)
{
    m_shown = std::move(shown);
    const ReportStatus status = m_shown.report ? m_shown.report->status : ReportStatus::Draft;
    const bool writable = !m_shown.readOnly && m_shown.hasForm;
    m_submit->setEnabled(writable && status != ReportStatus::Approved);
    m_approve->setEnabled(writable && status == ReportStatus::Submitted);
    m_reopen->setEnabled(writable && status == ReportStatus::Approved);
    m_status->setText(m_shown.hasForm ? statusText() : QString());
    const bool late = m_shown.report && m_shown.report->onTime == false;
    m_status->setStyleSheet(late ? u"color: #a00000;"_s : QString());
}

QString ReportWorkflowBar::statusText() const
{
    const QString deadline = DisplayText::date(m_shown.deadline);
    if (!m_shown.report || m_shown.report->status == ReportStatus::Draft) {
        return m_shown.deadline.empty() ? tr("Status: draft, not submitted.")
                                        : tr("Status: draft, not submitted. Deadline: %1.").arg(deadline);
    }
    const storage::ReportInfo& report = *m_shown.report;
    QString submitted;
    if (!report.onTime) {
        submitted = tr("submitted on %1").arg(localTime(report.submittedAt));
    } else if (*report.onTime) {
        submitted = tr("submitted on %1, on time").arg(localTime(report.submittedAt));
    } else {
        submitted = tr("submitted on %1, late (deadline %2)").arg(localTime(report.submittedAt), deadline);
    }
    if (report.status == ReportStatus::Approved) {
        return tr("Status: approved on %1; %2.").arg(localTime(report.approvedAt), submitted);
    }
    return tr("Status: %1; waiting for approval.").arg(submitted);
}

bool ReportWorkflowBar::run(const QString& failureTitle,
                            const std::function<void(storage::ReportRepository&, const QString& user)>& step)
{
    storage::Database* database = m_session->database();
    if (!database) {
        return false;
    }
    try {
        storage::ReportRepository reports(*database);
        step(reports, currentUser());
    } catch (const storage::StorageError& error) {
        MessageBox::warning(this, failureTitle, error.message());
        return false;
    }
    emit statusChanged();
    return true;
}

void ReportWorkflowBar::submit()
{
    if (const QString warning = m_submitCheck ? m_submitCheck() : QString(); !warning.isEmpty()) {
        const auto answer =
            MessageBox::question(this, tr("Submit the report"), warning + u"\n\n"_s + tr("Submit the report anyway?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    run(tr("Cannot submit the report"), [this](storage::ReportRepository& reports, const QString& user) {
        reports.submit(m_shown.unitCode, m_shown.periodCode, user);
    });
}

void ReportWorkflowBar::approve()
{
    run(tr("Cannot approve the report"), [this](storage::ReportRepository& reports, const QString& user) {
        reports.approve(m_shown.unitCode, m_shown.periodCode, user);
    });
}

void ReportWorkflowBar::reopen()
{
    const auto reason =
        ReasonDialog::ask(this, tr("Reopen the report"),
                          tr("Why is the approved report of %1 for “%2” reopened? The reason is kept in the log.")
                              .arg(m_shown.unitName, m_shown.periodName));
    if (!reason) {
        return;
    }
    run(tr("Cannot reopen the report"), [&](storage::ReportRepository& reports, const QString& user) {
        reports.reopen(m_shown.unitCode, m_shown.periodCode, user, *reason);
    });
}

} // namespace thidua::gui
