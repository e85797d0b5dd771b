#include "ReportEntryView.h"

#include "CellHistoryPanel.h"
#include "ReportFormModel.h"
#include "ReportPicker.h"
#include "ReportTableView.h"
#include "ReportValueWriter.h"
#include "ReportWorkflowBar.h"
#include "gui/DatabaseSession.h"
#include "gui/MessageBox.h"
#include "storage/PlanRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShowEvent>
#include <QSplitter>
#include <QTime>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QToolButton* toolButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

// The audit field behind each input column; other columns show every field of the indicator.
QString auditField(const ReportFormModel& model, const QModelIndex& index)
{
    if (model.isMember(index.row())) {
        return u"members"_s;
    }
    switch (index.column()) {
    case ReportFormModel::Actual:
        return u"actual"_s;
    case ReportFormModel::Baseline:
        return u"baseline"_s;
    case ReportFormModel::Note:
        return u"note"_s;
    default:
        return {};
    }
}

} // namespace

ReportEntryView::ReportEntryView(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReportFormModel(this))
    , m_writer(new ReportValueWriter(session, m_model, this))
    , m_undoStack(new QUndoStack(this))
    , m_picker(new ReportPicker(this))
    , m_title(new QLabel(this))
    , m_lock(new QLabel(this))
    , m_table(new ReportTableView(this))
    , m_message(new QLabel(this))
    , m_history(new CellHistoryPanel(this))
    , m_workflow(new ReportWorkflowBar(session, this))
    , m_undo(m_undoStack->createUndoAction(this, tr("Undo")))
    , m_redo(m_undoStack->createRedoAction(this, tr("Redo")))
{
    m_title->setObjectName(u"reportTitleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_lock->setObjectName(u"reportLockLabel"_s);
    m_lock->setWordWrap(true);
    m_lock->setStyleSheet(u"background: #fff3cd; border: 1px solid #e0c36a; padding: 4px;"_s);
    m_lock->hide();
    m_message->setObjectName(u"reportMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(u"reportTable"_s);
    m_table->setModel(m_model);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);

    m_undo->setObjectName(u"undoReportEditAction"_s);
    m_undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setObjectName(u"redoReportEditAction"_s);
    m_redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        if (!redoKeys.contains(key)) {
            redoKeys << key;
        }
    }
    m_redo->setShortcuts(redoKeys);
    for (QAction* action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_picker, 1);
    top->addWidget(toolButton(m_undo, this));
    top->addWidget(toolButton(m_redo, this));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_history);
    // The table takes what the history, at its useful width, leaves.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_title);
    layout->addWidget(m_lock);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_workflow);
    setFocusProxy(m_table);

    connect(m_session, &DatabaseSession::changed, this, &ReportEntryView::reloadChoices);
    connect(m_picker, &ReportPicker::chosen, this, [this] { loadForm(); });
    connect(m_model, &ReportFormModel::changeRequested, this, [this](const ValueChange& change) {
        push({change}, tr("Change %1").arg(QString::fromStdString(change.after.indicatorCode)));
    });
    connect(m_model, &ReportFormModel::editRefused, this,
            [this](const QModelIndex& index) { showMessage(m_model->cellError(index), true); });
    connect(m_table, &ReportTableView::inputRefused, this, [this](const QModelIndex& index) {
        const QString reason = m_model->readOnlyReason(index);
        showMessage(reason.isEmpty() ? tr("This cell takes no input.") : reason, false);
    });
    connect(m_table, &ReportTableView::pasteRequested, this, &ReportEntryView::paste);
    connect(m_table, &ReportTableView::clearRequested, this, &ReportEntryView::clearCells);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReportEntryView::showCurrentCell);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &ReportEntryView::showCurrentCell);
    connect(m_writer, &ReportValueWriter::written, this,
            [this] { showMessage(tr("Stored at %1.").arg(QTime::currentTime().toString(u"HH:mm"_s)), false); });
    connect(m_writer, &ReportValueWriter::failed, this, [this](const QString& message) {
        m_writeFailed = true;
        showMessage(tr("Not stored: %1").arg(message), true);
        MessageBox::warning(this, tr("The change was not stored"), message);
    });
    connect(m_workflow, &ReportWorkflowBar::statusChanged, this, &ReportEntryView::refreshStatus);
    m_workflow->setSubmitCheck([this] { return submitWarning(); });

    reloadChoices();
}

ReportEntryView::~ReportEntryView()
{
    // The children are deleted after this destructor: the undo stack clearing itself, or the table
    // losing its model, must not call back into a view that is half gone.
    for (QObject* child : std::initializer_list<QObject*>{m_undoStack, m_table->selectionModel(), m_model, m_writer,
                                                          m_table, m_picker, m_workflow}) {
        child->disconnect(this);
    }
}

void ReportEntryView::openReport(const QString& unitCode, const QString& periodCode)
{
    if (!m_picker->select(unitCode.toStdString(), periodCode.toStdString())) {
        reloadChoices();
        if (!m_picker->select(unitCode.toStdString(), periodCode.toStdString())) {
            showMessage(tr("There is no report of unit %1 for period %2.").arg(unitCode, periodCode), true);
            return;
        }
    }
    loadForm();
}

void ReportEntryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Targets may have changed in another tab meanwhile. Cells holding refused text are not reloaded
    // away: the official would lose what they typed.
    if (!event->spontaneous() && m_model->invalidCount() == 0) {
        loadForm(true);
    }
}

void ReportEntryView::refresh()
{
    if (m_model->invalidCount() == 0) {
        loadForm(true);
    }
}

void ReportEntryView::reloadChoices()
{
    m_undoStack->clear();
    std::vector<Period> periods;
    std::vector<Unit> units;
    if (storage::Database* database = m_session->database()) {
        try {
            const storage::PlanRepository plan(*database);
            for (const int year : plan.years()) {
                for (Period& period : plan.periods(year)) {
                    periods.push_back(std::move(period));
                }
            }
            units = plan.units();
        } catch (const storage::StorageError& error) {
            showMessage(error.message(), true);
        }
    }
    m_picker->setChoices(periods, units);
    loadForm();
}

void ReportEntryView::loadForm(bool keepUndo)
{
    if (!keepUndo) {
        m_undoStack->clear();
    }
    m_message->clear();
    storage::Database* database = m_session->database();
    const std::string unit = m_picker->unitCode();
    const std::string period = m_picker->periodCode();
    m_unitNames.clear();
    if (!database || unit.empty() || period.empty()) {
        m_model->clear();
    } else {
        try {
            ReportFormData form = ReportFormData::load(*database, unit, period);
            m_unitNames = form.unitNames;
            m_model->setForm(std::move(form));
        } catch (const storage::StorageError& error) {
            m_model->clear();
            showMessage(error.message(), true);
        }
    }
    m_table->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isHeading(row)) {
            m_table->setSpan(row, 0, 1, ReportFormModel::ColumnCount);
        }
    }
    m_table->resizeColumnsToContents();
    // Columns sized to an empty form would leave no room to type in; figures get room for 7 digits.
    for (const int column : {ReportFormModel::Actual, ReportFormModel::Baseline}) {
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), 80));
    }
    // A long note would take the indicators' room: it wraps, and reads whole in its tooltip.
    m_table->setColumnWidth(ReportFormModel::Note, std::clamp(m_table->columnWidth(ReportFormModel::Note), 140, 180));
    // The indicator's name is what an official reads first: it keeps a readable width even on a
    // small window (the table scrolls sideways) instead of being squeezed to a few letters.
    m_table->setColumnWidth(ReportFormModel::Name, std::clamp(m_table->columnWidth(ReportFormModel::Name), 260, 380));
    m_title->setText(unit.empty() ? QString()
                                  : tr("Report of %1 — %2").arg(m_picker->unitName(), m_picker->periodName()));
    if (database && !unit.empty() && m_model->indicatorCount() == 0) {
        showMessage(tr("%1 has no targets for this period's year, so its report has nothing to enter. Targets are "
                       "assigned in the targets grid.")
                        .arg(m_picker->unitName()),
                    false);
    }
    refreshStatus();
    // The first figure to type; in a locked form, the first indicator's figure, to read its history.
    QModelIndex first = m_table->nextInputCell(m_model->index(0, ReportFormModel::Actual), Qt::Vertical, true);
    for (int row = 0; !first.isValid() && row < m_model->rowCount(); ++row) {
        first = m_model->isIndicator(row) ? m_model->index(row, ReportFormModel::Actual) : QModelIndex();
    }
    m_table->setCurrentIndex(first);
    showCurrentCell();
}

void ReportEntryView::refreshStatus()
{
    storage::Database* database = m_session->database();
    const std::string unit = m_picker->unitCode();
    const std::string period = m_picker->periodCode();
    ReportWorkflowBar::Shown shown{unit, period, m_picker->unitName(), m_picker->periodName(), {}, {}, false, false};
    QString lock;
    if (database && !unit.empty() && !period.empty()) {
        shown.readOnly = database->isReadOnly();
        shown.hasForm = m_model->indicatorCount() > 0;
        try {
            // Read afresh: the deadline is set on the completeness screen while this form stays open.
            const auto code = PeriodCode::parse(period);
            for (const Period& p : storage::PlanRepository(*database).periods(code ? code->year : 0)) {
                shown.deadline = p.code == period ? p.deadline : shown.deadline;
            }
            shown.report = storage::ReportRepository(*database).report(unit, period);
        } catch (const storage::StorageError& error) {
            showMessage(error.message(), true);
        }
        if (shown.readOnly) {
            lock = tr("The database is open read-only: the report can be read but not changed.");
        } else if (shown.report && shown.report->status == ReportStatus::Approved) {
            lock = tr("The report was approved on %1; reopen it to make changes.")
                       .arg(ReportWorkflowBar::localTime(shown.report->approvedAt));
        }
    }
    // An undo would be refused by a locked report: the steps before the lock are history now.
    if (!lock.isEmpty()) {
        m_undoStack->clear();
    }
    m_model->setEditable(lock.isEmpty(), lock);
    m_lock->setText(lock);
    m_lock->setVisible(!lock.isEmpty());
    m_workflow->showReport(std::move(shown));
}

void ReportEntryView::showCurrentCell()
{
    const QModelIndex index = m_table->currentIndex();
    const std::string code = index.isValid() ? m_model->indicatorCode(index.row()) : std::string();
    storage::Database* database = m_session->database();
    if (code.empty() || !database) {
        m_history->showNothing();
        return;
    }
    std::vector<storage::AuditEntry> entries;
    try {
        entries = storage::ReportRepository(*database).history(m_model->unitCode(), m_model->periodCode(), code);
    } catch (const storage::StorageError& error) {
        showMessage(error.message(), true);
    }
    const QString field = auditField(*m_model, index);
    if (!field.isEmpty()) {
        std::erase_if(entries, [&](const storage::AuditEntry& entry) { return entry.field != field; });
    }
    const QString name = m_model->index(index.row(), ReportFormModel::Name).data().toString().trimmed();
    const QString column = m_model->headerData(index.column(), Qt::Horizontal).toString();
    m_history->showHistory(field.isEmpty() ? tr("History of %1 %2").arg(QString::fromStdString(code), name)
                                           : tr("History of %1 %2: %3").arg(QString::fromStdString(code), name, column),
                           std::move(entries), m_unitNames, field.isEmpty());
    if (const QString error = m_model->cellError(index); !error.isEmpty()) {
        showMessage(error, true);
    }
}

} // namespace thidua::gui
