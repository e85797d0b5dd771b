#include "CompletenessView.h"

#include "CompletenessModel.h"
#include "core/Clock.h"
#include "gui/DatabaseSession.h"
#include "gui/MessageBox.h"
#include "gui/Periods.h"
#include "i18n/DisplayText.h"
#include "storage/PlanRepository.h"
#include "storage/ReportRepository.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <chrono>
#include <map>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QDate today()
{
    const auto since = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch());
    return QDateTime::fromMSecsSinceEpoch(since.count()).date();
}

QDate isoDate(const std::string& text)
{
    return QDate::fromString(QString::fromStdString(text), Qt::ISODate);
}

} // namespace

CompletenessView::CompletenessView(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CompletenessModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_periodCombo(new QComboBox(this))
    , m_deadlineEdit(new QDateEdit(this))
    , m_deadlineState(new QLabel(this))
    , m_setDeadline(new QPushButton(tr("Set deadline"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_periodCombo->setObjectName(u"completenessPeriodCombo"_s);
    m_periodCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* periodLabel = new QLabel(tr("Reporting &period:"), this);
    periodLabel->setBuddy(m_periodCombo);

    m_deadlineEdit->setObjectName(u"deadlineEdit"_s);
    m_deadlineEdit->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_deadlineEdit->setCalendarPopup(true);
    auto* deadlineLabel = new QLabel(tr("Report &deadline:"), this);
    deadlineLabel->setBuddy(m_deadlineEdit);
    m_deadlineState->setObjectName(u"deadlineStateLabel"_s);
    m_setDeadline->setObjectName(u"setDeadlineButton"_s);

    auto* controls = new QHBoxLayout;
    controls->addWidget(periodLabel);
    controls->addWidget(m_periodCombo);
    controls->addStretch(1);
    controls->addWidget(deadlineLabel);
    controls->addWidget(m_deadlineEdit);
    controls->addWidget(m_deadlineState);
    controls->addWidget(m_setDeadline);

    m_summary->setObjectName(u"completenessSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CompletenessModel::SortRole);
    m_proxy->setSortLocaleAware(true); // Vietnamese order of names: "Bình" before "Tây", "Đ" after "D"
    m_table->setObjectName(u"completenessTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CompletenessModel::Unit, QHeaderView::Stretch);
    // Plan order (the district first, then the units as the plan lists them) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);

    auto* hint = new QLabel(tr("Double-click a unit, or select it and press Enter, to open its report."), this);
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    setFocusProxy(m_table);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, [this] {
        showDeadline();
        refresh();
    });
    connect(m_setDeadline, &QPushButton::clicked, this, &CompletenessView::setDeadline);
    connect(m_table, &QTableView::doubleClicked, this, &CompletenessView::requestOpen);
    if (m_session) {
        connect(m_session, &DatabaseSession::changed, this, [this] {
            reloadPeriods();
            refresh();
        });
    }
    reloadPeriods();
    refresh();
}

QString CompletenessView::periodCode() const
{
    return m_periodCombo->currentData().toString();
}

void CompletenessView::setPeriod(const QString& periodCode)
{
    if (const int index = m_periodCombo->findData(periodCode); index >= 0) {
        m_periodCombo->setCurrentIndex(index);
    }
}

const Period* CompletenessView::currentPeriod() const
{
    const int index = m_periodCombo->currentIndex();
    return index >= 0 && index < static_cast<int>(m_periods.size()) ? &m_periods[static_cast<std::size_t>(index)]
                                                                    : nullptr;
}

void CompletenessView::reloadPeriods()
{
    m_periods.clear();
    if (storage::Database* db = m_session ? m_session->database() : nullptr) {
        try {
            m_periods = readPeriods(*db);
        } catch (const storage::StorageError& error) {
            MessageBox::critical(this, tr("Cannot read the reporting periods"), error.message());
        }
    }
    fillPeriodCombo(*m_periodCombo, m_periods);
    showDeadline();
}

void CompletenessView::showDeadline()
{
    const storage::Database* db = m_session ? m_session->database() : nullptr;
    const Period* period = currentPeriod();
    const bool writable = db && !db->isReadOnly() && period;
    m_deadlineEdit->setEnabled(writable);
    m_setDeadline->setEnabled(writable);
    m_setDeadline->setToolTip(db && db->isReadOnly() ? tr("The database is open read-only: the deadline cannot be "
                                                          "changed.")
                                                     : tr("Units that submit on or before this day are on time."));
    const QDate deadline = period ? isoDate(period->deadline) : QDate();
    const QDate end = period ? isoDate(period->endsOn) : QDate();
    // Without a deadline the period's last day is offered as a starting point, and said to be unset.
    m_deadlineEdit->setDate(deadline.isValid() ? deadline : (end.isValid() ? end : today()));
    m_deadlineState->setText(period && !deadline.isValid() ? tr("(not set)") : QString());
    m_deadlineState->setVisible(period && !deadline.isValid());
}

void CompletenessView::setDeadline()
{
    storage::Database* db = m_session ? m_session->database() : nullptr;
    const Period* period = currentPeriod();
    if (!db || !period) {
        return;
    }
    Period changed = *period;
    changed.deadline = m_deadlineEdit->date().toString(Qt::ISODate).toStdString();
    try {
        db->transaction([&] { storage::PlanRepository(*db).savePeriod(changed); });
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot set the deadline"), error.message());
        return;
    }
    reloadPeriods();
    refresh();
    emit deadlineChanged(DisplayText::text(changed.code));
}

void CompletenessView::refresh()
{
    storage::Database* db = m_session ? m_session->database() : nullptr;
    const Period* period = currentPeriod();
    std::vector<CompletenessRow> rows;
    if (db && period) {
        try {
            const storage::PlanRepository plan(*db);
            std::map<std::string, QString> groupNames;
            for (const Group& group : plan.groups()) {
                groupNames[group.code] = DisplayText::text(group.name);
            }
            std::map<std::string, const Unit*> units;
            const std::vector<Unit> unitList = plan.units();
            for (const Unit& unit : unitList) {
                units[unit.code] = &unit;
            }
            const QDate deadline = isoDate(period->deadline);
            const bool pastDeadline = deadline.isValid() && today() > deadline;
            for (storage::ReportProgress& progress : storage::ReportRepository(*db).completeness(period->code)) {
                const auto found = units.find(progress.unitCode);
                if (found == units.end()) {
                    continue;
                }
                const Unit* unit = found->second;
                const bool received = progress.report && progress.report->status != ReportStatus::Draft;
                QString group =
                    unit->groupCode.empty() ? DisplayText::unitKind(unit->kind) : groupNames[unit->groupCode];
                rows.push_back({std::move(progress), DisplayText::text(unit->name), group, pastDeadline && !received});
            }
        } catch (const storage::StorageError& error) {
            MessageBox::critical(this, tr("Cannot read the reports"), error.message());
        }
    }

    const QString selected = m_table->currentIndex().data(CompletenessModel::CodeRole).toString();
    m_model->setRows(std::move(rows));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (!selected.isEmpty() && m_proxy->index(row, 0).data(CompletenessModel::CodeRole).toString() == selected) {
            m_table->setCurrentIndex(m_proxy->index(row, 0));
        }
    }

    const CompletenessModel::Totals totals = m_model->totals();
    QString summary;
    if (!db) {
        summary = tr("No database is open.");
    } else if (!period) {
        summary = tr("The plan has no reporting periods.");
    } else if (totals.expected == 0) {
        summary = tr("No unit has targets assessed in this period yet.");
    } else {
        summary = isoDate(period->deadline).isValid() ? tr("Received %1/%2 reports, %3 on time, %4 approved.")
                                                            .arg(totals.received)
                                                            .arg(totals.expected)
                                                            .arg(totals.onTime)
                                                            .arg(totals.approved)
                                                      : tr("Received %1/%2 reports, %3 approved; no deadline is set.")
                                                            .arg(totals.received)
                                                            .arg(totals.expected)
                                                            .arg(totals.approved);
        if (totals.late > 0) {
            summary += u' ' + tr("%n late.", nullptr, totals.late);
        }
        if (totals.overdue > 0) {
            summary += u' ' + tr("%n overdue, not received.", nullptr, totals.overdue);
        }
        summary += u' ' + tr("%n values missing in all.", nullptr, totals.missingValues);
    }
    m_summary->setText(summary);
}

void CompletenessView::requestOpen(const QModelIndex& index)
{
    if (index.isValid()) {
        emit openReportRequested(index.data(CompletenessModel::CodeRole).toString(), periodCode());
    }
}

void CompletenessView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // values may have been entered in another tab since
}

bool CompletenessView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentIndex().isValid()) {
            requestOpen(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace thidua::gui
