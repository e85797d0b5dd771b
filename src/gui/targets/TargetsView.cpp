#include "TargetsView.h"

#include "CopyYearDialog.h"
#include "TargetGridModel.h"
#include "TargetTableView.h"
#include "gui/DatabaseSession.h"
#include "gui/MessageBox.h"
#include "i18n/DisplayText.h"
#include "storage/PlanRepository.h"
#include "storage/TargetRepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// A message box lists at most this many refused cells; the rest are counted.
constexpr int kListedProblems = 15;

QAction* makeAction(const QString& text, const QString& name, QWidget* parent)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    return action;
}

// The shortcut is handled by the table itself (an editor open in a cell keeps Ctrl+V for its own
// text); the menu only tells it.
QString withShortcut(const QString& text, QKeySequence::StandardKey key)
{
    return text + u'\t' + QKeySequence(key).toString(QKeySequence::NativeText);
}

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

TargetsView::TargetsView(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TargetGridModel(this))
    , m_yearLabel(new QLabel(tr("Plan &year:"), this))
    , m_yearCombo(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_table(new TargetTableView(this))
    , m_current(new QLabel(this))
    , m_message(new QLabel(this))
    , m_fillAction(makeAction(tr("&Fill column with the district target"), u"fillColumnAction"_s, this))
    , m_pasteAction(
          makeAction(withShortcut(tr("&Paste from a spreadsheet"), QKeySequence::Paste), u"pasteTargetsAction"_s, this))
    , m_copyAction(makeAction(withShortcut(tr("&Copy cells"), QKeySequence::Copy), u"copyTargetsAction"_s, this))
    , m_clearAction(makeAction(tr("&Remove the selected targets") + u"\t"_s + QKeySequence(Qt::Key_Delete).toString(),
                               u"clearTargetsAction"_s, this))
    , m_copyPlanAction(makeAction(tr("Copy plan to a &new year…"), u"copyPlanAction"_s, this))
{
    m_fillAction->setIconText(tr("Fill column with the district target"));
    m_fillAction->setToolTip(tr("Give the district's target for the current column to every unit of the current "
                                "unit's cluster or block that has no target for it yet"));
    m_pasteAction->setIconText(tr("Paste"));
    m_pasteAction->setToolTip(tr("Paste a block copied from a spreadsheet, its top-left corner at the current cell; "
                                 "all cells are stored, or none"));
    m_copyPlanAction->setIconText(tr("Copy plan to a new year…"));

    m_yearCombo->setObjectName(u"targetsYearCombo"_s);
    m_yearLabel->setBuddy(m_yearCombo);
    m_hint->setObjectName(u"targetsHint"_s);
    m_hint->setWordWrap(true);
    m_current->setObjectName(u"targetsCurrentCell"_s);
    m_current->setTextFormat(Qt::PlainText);
    m_current->setWordWrap(true);
    m_message->setObjectName(u"targetsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(u"targetsTable"_s);
    m_table->setModel(m_model);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_fillAction, m_pasteAction, m_copyAction, m_clearAction});

    auto* top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_yearCombo);
    top->addSpacing(12);
    top->addWidget(buttonFor(m_fillAction, this));
    top->addWidget(buttonFor(m_pasteAction, this));
    top->addStretch(1);
    top->addWidget(buttonFor(m_copyPlanAction, this));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_current);
    layout->addWidget(m_message);
    setFocusProxy(m_table);

    connect(m_yearCombo, &QComboBox::activated, this,
            [this](int index) { showYear(m_yearCombo->itemData(index).toInt()); });
    connect(m_fillAction, &QAction::triggered, this, &TargetsView::fillColumn);
    connect(m_pasteAction, &QAction::triggered, this, &TargetsView::paste);
    connect(m_copyAction, &QAction::triggered, this, &TargetsView::copySelection);
    connect(m_clearAction, &QAction::triggered, this, &TargetsView::clearSelection);
    connect(m_copyPlanAction, &QAction::triggered, this, &TargetsView::copyPlan);
    connect(m_table, &TargetTableView::pasteRequested, this, &TargetsView::paste);
    connect(m_table, &TargetTableView::copyRequested, this, &TargetsView::copySelection);
    connect(m_table, &TargetTableView::clearRequested, this, &TargetsView::clearSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &TargetsView::updateActions);
    // Columns are headed by codes to stay narrow; the line under the grid names the current cell.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &TargetsView::describeCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TargetsView::describeCurrent);
    connect(m_model, &TargetGridModel::message, this, &TargetsView::showMessage);
    connect(m_session, &DatabaseSession::changed, this, &TargetsView::reload);
    reload();
}

int TargetsView::year() const
{
    return m_model->year();
}

void TargetsView::reload()
{
    const int shown = m_model->year();
    std::vector<int> years;
    if (storage::Database* database = m_session->database()) {
        try {
            years = storage::PlanRepository(*database).years();
        } catch (const storage::StorageError& error) {
            MessageBox::critical(this, tr("Cannot read the targets"), error.message());
        }
    }
    m_yearCombo->clear();
    for (const int year : years) {
        m_yearCombo->addItem(QString::number(year), year);
    }
    // The year being edited stays on screen when the database is read again.
    const bool keep = std::find(years.begin(), years.end(), shown) != years.end();
    showYear(keep ? shown : (years.empty() ? 0 : years.back()));
}

void TargetsView::showYear(int year)
{
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(year));
    try {
        m_model->load(m_session->database(), year);
    } catch (const storage::StorageError& error) {
        m_model->load(nullptr, 0);
        MessageBox::critical(this, tr("Cannot read the targets"), error.message());
    }
    const bool readOnly = m_session->database() && m_session->database()->isReadOnly();
    QString hint = tr("Type a figure to assign a target, decimals as in %1, without thousands separators; an empty "
                      "cell means the indicator is not assigned to the unit. For indicators without a target value, "
                      "tick the cell. Enter and Tab store the figure and move on; Ctrl+V pastes a block copied from "
                      "a spreadsheet.")
                       .arg(DisplayText::number(13.2));
    if (readOnly) {
        hint = tr("The database is open read-only: the targets can be read but not changed.");
    } else if (m_session->database() && year == 0) {
        hint = tr("This database holds no plan yet.");
    }
    m_hint->setText(hint);
    m_hint->setVisible(m_session->database() != nullptr);
    m_message->clear();
    fitColumns();
    if (m_model->rowCount() > 0 && m_model->columnCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    updateActions();
    describeCurrent();
}

void TargetsView::fitColumns()
{
    m_table->resizeColumnsToContents();
    // Columns of codes and figures: wide enough for 621,52 and "áp dụng", never a page wide.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column), 64, 120));
    }
}

void TargetsView::updateActions()
{
    const bool editable = m_model->isEditable();
    const QModelIndex current = m_table->currentIndex();
    m_fillAction->setEnabled(editable && current.isValid() && m_model->isGroupMemberRow(current.row()));
    m_pasteAction->setEnabled(editable && current.isValid());
    m_clearAction->setEnabled(editable && current.isValid());
    m_copyAction->setEnabled(current.isValid());
    m_copyPlanAction->setEnabled(editable);
}

void TargetsView::describeCurrent()
{
    m_current->setText(m_model->cellSummary(m_table->currentIndex()));
}

void TargetsView::fillColumn()
{
    const QModelIndex current = m_table->currentIndex();
    const TargetGridModel::Outcome outcome = m_model->fillColumn(current.column(), current.row());
    showMessage(outcome.summary, !outcome.problems.isEmpty());
}

void TargetsView::paste()
{
    if (!m_model->isEditable()) {
        return;
    }
    const TargetGridModel::Outcome outcome = m_model->paste(m_table->currentIndex(), QApplication::clipboard()->text());
    showMessage(outcome.summary, !outcome.problems.isEmpty());
    if (outcome.problems.isEmpty()) {
        return;
    }
    QStringList listed = outcome.problems.mid(0, kListedProblems);
    if (outcome.problems.size() > kListedProblems) {
        listed << tr("… and %n more.", "", int(outcome.problems.size() - kListedProblems));
    }
    MessageBox::warning(this, tr("Nothing was pasted"),
                        tr("No target was changed, because:") + u"\n\n"_s + listed.join(u'\n'));
}

void TargetsView::copySelection()
{
    const QString text = m_model->copyText(m_table->selectionModel()->selectedIndexes());
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
    }
}

void TargetsView::clearSelection()
{
    if (!m_model->isEditable()) {
        return;
    }
    QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_table->currentIndex().isValid()) {
        cells << m_table->currentIndex();
    }
    const TargetGridModel::Outcome outcome = m_model->clear(cells);
    if (!outcome.summary.isEmpty()) {
        showMessage(outcome.summary, !outcome.problems.isEmpty());
    }
}

void TargetsView::copyPlan()
{
    storage::Database* database = m_session->database();
    if (!database || database->isReadOnly()) {
        return;
    }
    std::vector<int> planned;
    std::vector<int> withTargets;
    try {
        planned = storage::PlanRepository(*database).years();
        withTargets = storage::TargetRepository(*database).yearsWithTargets();
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot read the targets"), error.message());
        return;
    }
    CopyYearDialog dialog(planned, withTargets, m_model->year(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    int copied = 0;
    try {
        copied = storage::TargetRepository(*database).copyYear(dialog.fromYear(), dialog.toYear());
    } catch (const storage::StorageError& error) {
        MessageBox::warning(this, tr("The plan was not copied"), error.message());
        return;
    }
    reload();
    showYear(dialog.toYear());
    showMessage(tr("The plan of %1 was created: %n target(s) copied from %2.", "", copied)
                    .arg(dialog.toYear())
                    .arg(dialog.fromYear()),
                false);
}

void TargetsView::showMessage(const QString& text, bool problem)
{
    // The mark tells a refusal apart without relying on the colour.
    m_message->setText(problem && !text.isEmpty() ? u"⚠ "_s + text : text);
    m_message->setStyleSheet(problem ? u"color: #a00000;"_s : QString());
}

} // namespace thidua::gui
