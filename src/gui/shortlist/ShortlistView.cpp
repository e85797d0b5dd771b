#include "ShortlistView.h"

#include "ShortlistModel.h"
#include "documents/Documents.h"
#include "gui/DatabaseSession.h"
#include "gui/Periods.h"
#include "gui/dashboard/DashboardData.h"
#include "i18n/DisplayText.h"
#include "storage/ShortlistRepository.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QLabel* wrappedLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString count(std::optional<int> value)
{
    return value ? QLocale().toString(*value) : u"–"_s;
}

} // namespace

ShortlistView::ShortlistView(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ShortlistModel(this))
    , m_periodCombo(new QComboBox(this))
    , m_notice(wrappedLabel(u"shortlistNotice"_s, this))
    , m_quotaLine(wrappedLabel(u"quotaLine"_s, this))
    , m_table(new QTableView(this))
    , m_detail(wrappedLabel(u"entryDetail"_s, this))
    , m_grouping(new QComboBox(this))
{
    m_periodCombo->setObjectName(u"periodCombo"_s);
    m_periodCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_grouping->setObjectName(u"groupingCombo"_s);
    m_grouping->addItem(tr("Collectives, then individuals"),
                        static_cast<int>(documents::ShortlistGrouping::CollectivesThenIndividuals));
    m_grouping->addItem(tr("One section per cluster or block"),
                        static_cast<int>(documents::ShortlistGrouping::ByGroup));

    m_table->setObjectName(u"shortlistTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ShortlistModel::Achievement, QHeaderView::Stretch);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 5);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_notice->hide();

    createButtons();
    layOut();
    setFocusProxy(m_table);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &ShortlistView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ShortlistView::showCurrent);
    // Enter or a double click opens the entry, as everywhere else in the app.
    connect(m_table, &QAbstractItemView::activated, this, &ShortlistView::editCurrent);
    if (m_session) {
        connect(m_session, &DatabaseSession::changed, this, [this] {
            reloadPeriods();
            refresh();
        });
    }
    reloadPeriods();
    refresh();
}

ShortlistView::~ShortlistView()
{
    // Nothing the children signal while being deleted may reach a half-destroyed view.
    m_table->selectionModel()->disconnect(this);
    m_periodCombo->disconnect(this);
}

void ShortlistView::createButtons()
{
    const auto button = [this](const QString& name, const QString& text, void (ShortlistView::*slot)()) {
        auto* created = new QPushButton(text, this);
        created->setObjectName(name);
        connect(created, &QPushButton::clicked, this, slot);
        return created;
    };
    m_sync = button(u"takeProposalsButton"_s, tr("&Take proposals from the ranking"), &ShortlistView::takeProposals);
    m_sync->setToolTip(tr("Adds the leaders and title candidates of the period's rankings that are not listed yet"));
    m_addIndividual = button(u"addIndividualButton"_s, tr("&Add individual…"), &ShortlistView::addIndividual);
    m_addIndividual->setToolTip(tr("Add a person to the shortlist (Insert)"));
    m_edit = button(u"editEntryButton"_s, tr("&Edit…"), &ShortlistView::editCurrent);
    m_edit->setToolTip(tr("Edit the selected entry (F2 or Enter)"));
    m_exclude = button(u"excludeButton"_s, tr("E&xclude…"), &ShortlistView::toggleIncluded);
    m_status = button(u"statusButton"_s, tr("&Set status…"), &ShortlistView::setStatus);
    m_remove = button(u"removeEntryButton"_s, tr("&Remove"), &ShortlistView::removeCurrent);
    m_remove->setToolTip(tr("Remove an entry typed in (Delete); entries from the ranking are excluded instead"));
    m_settings = button(u"documentSettingsButton"_s, tr("Document settin&gs…"), &ShortlistView::editDocumentSettings);

    m_preview = button(u"printPreviewButton"_s, tr("Print pre&view…"), &ShortlistView::previewShortlist);
    m_exportPdf = button(u"exportPdfButton"_s, tr("Export &PDF…"), &ShortlistView::exportShortlistPdf);
    m_exportXlsx = button(u"exportXlsxButton"_s, tr("Export &XLSX…"), &ShortlistView::exportShortlistXlsx);
    // The summary is a document of its own (the period's indicators and rankings): a menu keeps its
    // two ways out apart from the shortlist's.
    // The keys work only while this tab has the focus (Delete in another tab must not remove an
    // entry); each goes through its button's slot, which does nothing while the button is disabled.
    for (const auto& [key, slot] : {std::pair{QKeySequence(Qt::Key_Insert), &ShortlistView::addIndividual},
                                    std::pair{QKeySequence(Qt::Key_F2), &ShortlistView::editCurrent},
                                    std::pair{QKeySequence(QKeySequence::Delete), &ShortlistView::removeCurrent}}) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    }
    m_summary = new QPushButton(tr("Print s&ummary"), this);
    m_summary->setObjectName(u"printSummaryButton"_s);
    auto* menu = new QMenu(m_summary);
    QAction* preview = menu->addAction(tr("Print preview…"), this, &ShortlistView::previewSummary);
    preview->setObjectName(u"summaryPreviewAction"_s);
    QAction* pdf = menu->addAction(tr("Export PDF…"), this, &ShortlistView::exportSummaryPdf);
    pdf->setObjectName(u"exportSummaryPdfAction"_s);
    m_summary->setMenu(menu);
}

void ShortlistView::layOut()
{
    auto* periodLabel = new QLabel(tr("Reporting &period:"), this);
    periodLabel->setBuddy(m_periodCombo);
    auto* top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_periodCombo);
    top->addStretch(1);
    top->addWidget(m_settings);

    auto* edits = new QHBoxLayout;
    for (QPushButton* button : {m_sync, m_addIndividual, m_edit, m_exclude, m_status, m_remove}) {
        edits->addWidget(button);
    }
    edits->addStretch(1);

    auto* groupingLabel = new QLabel(tr("Print the list &grouped as:"), this);
    groupingLabel->setBuddy(m_grouping);
    auto* printing = new QHBoxLayout;
    printing->addWidget(groupingLabel);
    printing->addWidget(m_grouping);
    for (QPushButton* button : {m_preview, m_exportPdf, m_exportXlsx}) {
        printing->addWidget(button);
    }
    printing->addStretch(1);
    printing->addWidget(m_summary);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_quotaLine);
    layout->addLayout(edits);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(printing);
}

QString ShortlistView::periodCode() const
{
    return m_periodCombo->currentData().toString();
}

void ShortlistView::setPeriod(const QString& periodCode)
{
    if (const int index = m_periodCombo->findData(periodCode); index >= 0) {
        m_periodCombo->setCurrentIndex(index);
    }
}

bool ShortlistView::selectEntry(std::int64_t id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_table->setCurrentIndex(m_model->index(row, ShortlistModel::Name));
    m_table->scrollTo(m_table->currentIndex());
    return true;
}

void ShortlistView::showNotice(const QString& text, bool problem)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(problem ? u"color: #a4000f; font-weight: bold;"_s : QString());
    m_notice->setVisible(!text.isEmpty());
}

void ShortlistView::reloadPeriods()
{
    std::vector<Period> periods;
    if (storage::Database* db = m_session ? m_session->database() : nullptr) {
        try {
            periods = readPeriods(*db);
        } catch (const storage::StorageError& error) {
            showNotice(error.message(), true);
        }
    }
    fillPeriodCombo(*m_periodCombo, periods);
}

void ShortlistView::refresh()
{
    const std::int64_t selected = currentEntry() ? currentEntry()->id : 0;
    storage::Database* db = m_session ? m_session->database() : nullptr;
    const std::string period = periodCode().toStdString();
    m_units.clear();
    if (!db || period.empty()) {
        m_model->clear();
        showNotice(db ? tr("The plan has no reporting periods.") : tr("No database is open."), false);
        m_quotaLine->hide();
        showCurrent();
        return;
    }
    std::vector<ShortlistEntry> entries;
    std::vector<GroupRanking> rankings;
    std::map<std::string, QString> unitNames;
    std::map<std::string, std::string> unitGroups;
    std::map<std::string, QString> groupNames;
    QString problem;
    try {
        storage::ShortlistRepository repository(*db);
        entries = repository.entries(period);
        m_quota = repository.documentSettings().emulationSoldierQuota;
        const DashboardData dashboard = loadDashboard(*db, period);
        rankings = dashboard.results.rankings;
        for (const thidua::Unit& unit : dashboard.campaign.units) {
            unitNames[unit.code] = DisplayText::text(unit.name);
            unitGroups[unit.code] = unit.groupCode;
            if (!unit.archived) {
                m_units.emplace_back(unit.code, DisplayText::text(unit.name));
            }
        }
        for (const Group& group : dashboard.campaign.groups) {
            groupNames[group.code] = DisplayText::text(group.name);
        }
    } catch (const storage::StorageError& error) {
        problem = tr("Cannot read the shortlist: %1").arg(error.message());
    } catch (const std::exception& error) {
        problem = tr("Cannot read the shortlist: %1").arg(QString::fromUtf8(error.what()));
    }
    std::vector<EntryCheck> checks = checkShortlist(entries, rankings, CheckSettings{m_quota});
    m_model->setEntries(std::move(entries), std::move(checks), std::move(unitNames), std::move(unitGroups),
                        std::move(groupNames));
    if (!problem.isEmpty()) {
        showNotice(problem, true);
    } else if (m_model->rowCount() == 0) {
        showNotice(tr("Nothing is proposed for this period yet: take the proposals from the ranking, or add an "
                      "individual."),
                   false);
    } else {
        showNotice({}, false);
    }
    const QStringList quota = quotaLines(*m_model, m_quota);
    m_quotaLine->setText(quota.join(u'\n'));
    m_quotaLine->setVisible(!quota.isEmpty());
    if (!selectEntry(m_lastSaved ? m_lastSaved : selected)) {
        selectEntry(selected);
    }
    m_lastSaved = 0;
    showCurrent();
}

const ShortlistEntry* ShortlistView::currentEntry() const
{
    return m_model->entryAt(m_table->currentIndex().row());
}

storage::Database* ShortlistView::editableDatabase() const
{
    storage::Database* db = m_session ? m_session->database() : nullptr;
    return db && !db->isReadOnly() && !periodCode().isEmpty() ? db : nullptr;
}

void ShortlistView::showCurrent()
{
    updateButtons();
    const int row = m_table->currentIndex().row();
    const ShortlistEntry* entry = m_model->entryAt(row);
    if (!entry) {
        m_detail->setText(m_model->rowCount() > 0 ? tr("Select an entry to see its checks.") : QString());
        return;
    }
    QStringList lines;
    lines << tr("%1 — %2").arg(m_model->entryName(*entry), ShortlistModel::awardName(entry->award));
    const EntryCheck* check = m_model->checkAt(row);
    if (check->passed()) {
        lines << u"\u2714 "_s + tr("Every check passed.");
    } else {
        for (const QString& failure : ShortlistModel::failureLines(*check)) {
            lines << u"\u2718 "_s + failure;
        }
    }
    if (!entry->included) {
        lines << tr("Excluded: %1").arg(DisplayText::text(entry->exclusionReason));
    }
    if (isCollective(*entry)) {
        const CollectiveFacts& facts = entry->facts;
        lines << tr("Members: %1; completed their tasks: %2; %3: %4; %5: %6; disciplined: %7")
                     .arg(count(facts.members), count(facts.completingTasks),
                          ShortlistModel::awardName(Award::AdvancedWorker), count(facts.advancedWorkers),
                          ShortlistModel::awardName(Award::EmulationSoldier), count(facts.emulationSoldiers),
                          count(facts.disciplined));
    } else if (!entry->initiative.empty()) {
        lines << tr("Initiative: %1").arg(DisplayText::text(entry->initiative));
    }
    if (!entry->note.empty()) {
        lines << tr("Note: %1").arg(DisplayText::text(entry->note));
    }
    m_detail->setText(lines.join(u'\n'));
}

void ShortlistView::updateButtons()
{
    const bool editable = editableDatabase() != nullptr;
    const ShortlistEntry* entry = currentEntry();
    m_sync->setEnabled(editable);
    m_addIndividual->setEnabled(editable);
    m_settings->setEnabled(editable);
    m_edit->setEnabled(editable && entry);
    m_exclude->setEnabled(editable && entry);
    m_exclude->setText(entry && !entry->included ? tr("I&nclude") : tr("E&xclude…"));
    m_status->setEnabled(editable && entry);
    m_remove->setEnabled(editable && entry && !entry->fromRanking);
    const bool hasPeriod = m_session && m_session->database() && !periodCode().isEmpty();
    for (QPushButton* button : {m_preview, m_exportPdf, m_exportXlsx, m_summary}) {
        button->setEnabled(hasPeriod);
    }
}

void ShortlistView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // the ranking may have changed in another tab since
}

} // namespace thidua::gui
