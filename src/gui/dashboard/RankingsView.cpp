#include "RankingsView.h"

#include "DashboardData.h"
#include "RankingModel.h"
#include "ScoreBreakdownModel.h"
#include "TableExport.h"
#include "gui/DatabaseSession.h"
#include "gui/MessageBox.h"
#include "gui/Periods.h"
#include "gui/schemes/SchemeText.h"
#include "gui/scores/ScoreSummary.h"
#include "i18n/DisplayText.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// The total is what the Council votes on: larger and bold, whatever the row's own weight.
class TotalDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->font.setBold(true);
        option->font.setPointSizeF(option->font.pointSizeF() * 1.25);
    }
};

QLabel* wrappedLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RankingsView::RankingsView(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ranking(new RankingModel(this))
    , m_breakdown(new ScoreBreakdownModel(this))
    , m_periodCombo(new QComboBox(this))
    , m_groupCombo(new QComboBox(this))
    , m_schemeLine(wrappedLabel(u"schemeLine"_s, this))
    , m_message(wrappedLabel(u"rankingMessage"_s, this))
    , m_table(new QTableView(this))
    , m_exportRanking(new QPushButton(tr("Export to &CSV…"), this))
    , m_unitTitle(wrappedLabel(u"unitTitle"_s, this))
    , m_ineligible(wrappedLabel(u"ineligibleReason"_s, this))
    , m_tree(new QTreeView(this))
    , m_summary(new ScoreSummary(this))
    , m_exportBreakdown(new QPushButton(tr("Export &breakdown to CSV…"), this))
    , m_scoreSheet(new QPushButton(tr("&Score sheet"), this))
{
    // Council members read this on a projector: nothing below 11 points.
    if (QFont readable = font(); readable.pointSizeF() > 0 && readable.pointSizeF() < 11) {
        readable.setPointSizeF(11);
        setFont(readable);
    }
    m_periodCombo->setObjectName(u"periodCombo"_s);
    m_periodCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* periodLabel = new QLabel(tr("Reporting &period:"), this);
    periodLabel->setBuddy(m_periodCombo);
    m_groupCombo->setObjectName(u"groupCombo"_s);
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* groupLabel = new QLabel(tr("Cluster or &block:"), this);
    groupLabel->setBuddy(m_groupCombo);
    auto* controls = new QHBoxLayout;
    controls->addWidget(periodLabel);
    controls->addWidget(m_periodCombo);
    controls->addSpacing(16);
    controls->addWidget(groupLabel);
    controls->addWidget(m_groupCombo);
    controls->addStretch(1);

    QFont bold = font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_message->hide();
    m_unitTitle->setFont(bold);
    m_ineligible->setFont(bold);
    m_ineligible->hide();

    m_table->setObjectName(u"rankingTable"_s);
    m_table->setModel(m_ranking);
    m_table->setItemDelegateForColumn(RankingModel::Total, new TotalDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Names in full (they are what members look for); the title, last, takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_exportRanking->setObjectName(u"exportCsvButton"_s);

    m_tree->setObjectName(u"breakdownTree"_s);
    m_tree->setModel(m_breakdown);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ScoreBreakdownModel::Name, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_exportBreakdown->setObjectName(u"exportBreakdownButton"_s);
    // The sheet a unit asks for when it disputes its score: printed, or sent as a PDF.
    m_scoreSheet->setObjectName(u"scoreSheetButton"_s);
    m_scoreSheet->setToolTip(tr("The selected unit's score sheet, as a printed document"));
    auto* sheetMenu = new QMenu(m_scoreSheet);
    sheetMenu->addAction(tr("Print preview…"), this, &RankingsView::previewScoreSheet)
        ->setObjectName(u"scoreSheetPreviewAction"_s);
    sheetMenu->addAction(tr("Export PDF…"), this, &RankingsView::exportScoreSheetPdf)
        ->setObjectName(u"exportScoreSheetPdfAction"_s);
    m_scoreSheet->setMenu(sheetMenu);

    // The ranking beside the selected unit's totals and veto; its criteria below, full width, so
    // that their long names stay readable on a projector.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_exportRanking, 0, Qt::AlignLeft);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_unitTitle);
    rightLayout->addWidget(m_ineligible);
    rightLayout->addWidget(m_summary);
    rightLayout->addStretch(1);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(right);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setChildrenCollapsible(false);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_tree, 1);
    auto* bottomButtons = new QHBoxLayout;
    bottomButtons->addWidget(m_exportBreakdown);
    bottomButtons->addWidget(m_scoreSheet);
    bottomButtons->addStretch(1);
    bottomLayout->addLayout(bottomButtons);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addWidget(m_schemeLine);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_table);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &RankingsView::refresh);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, &RankingsView::showGroup);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showUnit(m_ranking->unitAt(current.row())); });
    connect(m_exportRanking, &QPushButton::clicked, this, &RankingsView::exportRanking);
    connect(m_exportBreakdown, &QPushButton::clicked, this, &RankingsView::exportBreakdown);
    if (m_session) {
        connect(m_session, &DatabaseSession::changed, this, [this] {
            reloadPeriods();
            refresh();
        });
    }
    reloadPeriods();
    refresh();
}

RankingsView::~RankingsView()
{
    // The children outlive this class's part of the object: nothing they signal while being
    // deleted (the selection losing its model) may reach showUnit() on a half-destroyed view.
    m_table->selectionModel()->disconnect(this);
    m_periodCombo->disconnect(this);
    m_groupCombo->disconnect(this);
}

QString RankingsView::periodCode() const
{
    return m_periodCombo->currentData().toString();
}

void RankingsView::setPeriod(const QString& periodCode)
{
    if (const int index = m_periodCombo->findData(periodCode); index >= 0) {
        m_periodCombo->setCurrentIndex(index);
    }
}

QString RankingsView::groupCode() const
{
    return m_groupCombo->currentData().toString();
}

bool RankingsView::setGroup(const QString& groupCode)
{
    const int index = m_groupCombo->findData(groupCode);
    if (index >= 0) {
        m_groupCombo->setCurrentIndex(index);
    }
    return index >= 0;
}

bool RankingsView::selectUnit(const QString& unitCode)
{
    const int row = unitCode.isEmpty() ? -1 : m_ranking->rowOf(unitCode);
    if (row < 0) {
        return false;
    }
    m_table->setCurrentIndex(m_ranking->index(row, RankingModel::Unit));
    m_table->scrollTo(m_table->currentIndex());
    return true;
}

void RankingsView::reloadPeriods()
{
    std::vector<Period> periods;
    m_message->clear();
    if (storage::Database* db = m_session ? m_session->database() : nullptr) {
        try {
            periods = readPeriods(*db);
        } catch (const storage::StorageError& error) {
            m_message->setText(error.message());
        }
    }
    fillPeriodCombo(*m_periodCombo, periods);
}

void RankingsView::refresh()
{
    m_data.reset();
    storage::Database* db = m_session ? m_session->database() : nullptr;
    const QString period = periodCode();
    QString message;
    if (!db) {
        message = tr("No database is open.");
    } else if (period.isEmpty()) {
        // A failure to read the periods was said by reloadPeriods: keep it.
        message = m_message->text().isEmpty() ? tr("The plan has no reporting periods.") : m_message->text();
    } else {
        try {
            m_data = std::make_unique<DashboardData>(loadDashboard(*db, period.toStdString()));
        } catch (const storage::StorageError& error) {
            message = tr("Cannot compute the rankings: %1").arg(error.message());
        } catch (const std::exception& error) {
            message = tr("Cannot compute the rankings: %1").arg(QString::fromUtf8(error.what()));
        }
    }
    reloadGroups();
    if (m_data && m_groupCombo->count() == 0) {
        message = tr("No cluster or block has a scoring scheme: there is nothing to rank.");
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    showGroup();
}

void RankingsView::reloadGroups()
{
    const QString previous = groupCode();
    const QSignalBlocker blocker(m_groupCombo);
    m_groupCombo->clear();
    if (m_data) {
        // The plan's order of groups; only those the core ranked (a group needs a scheme).
        for (const Group& group : m_data->campaign.groups) {
            const auto& rankings = m_data->results.rankings;
            if (std::any_of(rankings.begin(), rankings.end(),
                            [&](const GroupRanking& ranking) { return ranking.groupCode == group.code; })) {
                m_groupCombo->addItem(DisplayText::text(group.name), DisplayText::text(group.code));
            }
        }
    }
    const int kept = m_groupCombo->findData(previous);
    m_groupCombo->setCurrentIndex(kept >= 0 ? kept : (m_groupCombo->count() > 0 ? 0 : -1));
}

void RankingsView::showGroup()
{
    const QString selected = m_table->currentIndex().data(RankingModel::CodeRole).toString();
    const GroupRanking* ranking = nullptr;
    if (m_data) {
        const std::string code = groupCode().toStdString();
        const auto& rankings = m_data->results.rankings;
        const auto found = std::find_if(rankings.begin(), rankings.end(),
                                        [&](const GroupRanking& candidate) { return candidate.groupCode == code; });
        ranking = found == rankings.end() ? nullptr : &*found;
    }
    m_ranking->setRanking(ranking ? *ranking : GroupRanking{});
    m_exportRanking->setEnabled(m_ranking->rowCount() > 0);

    const Scheme* scheme = ranking ? m_data->scheme(ranking->schemeCode) : nullptr;
    QString line;
    if (scheme) {
        // Why a unit is or is not proposed: the numbers the proposals are measured against.
        const double scale = schemeScale(*scheme);
        QStringList titles;
        for (const TitleBand& band : scheme->titleBands) {
            titles << tr("“%1” from %2 points")
                          .arg(QString::fromStdString(band.title), SchemeText::number(band.minShare * scale));
        }
        line = tr("%1: scale S = %2 points; a leader is proposed from %3 points; title candidates: %4. Eligible "
                  "units only; these are proposals, the Council decides.")
                   .arg(DisplayText::text(scheme->name), SchemeText::number(scale),
                        SchemeText::number(schemeFlagThreshold(*scheme)),
                        titles.isEmpty() ? tr("none") : titles.join(u"; "_s));
        if (ranking->units.empty()) {
            line += u' ' + tr("No unit of this group is ranked.");
        }
    }
    m_schemeLine->setText(line);
    m_schemeLine->setVisible(!line.isEmpty());
    if (!selectUnit(selected)) {
        showUnit(nullptr);
    }
}

void RankingsView::showUnit(const RankedUnit* unit)
{
    const Scheme* scheme = m_data && unit ? m_data->scheme(m_ranking->ranking().schemeCode) : nullptr;
    m_exportBreakdown->setEnabled(scheme != nullptr);
    m_scoreSheet->setEnabled(scheme != nullptr);
    if (!scheme) {
        m_breakdown->clear();
        m_unitTitle->setText(
            m_ranking->rowCount() > 0 ? tr("Select a unit in the ranking to see how its score was built.") : QString());
        m_ineligible->clear();
        m_ineligible->hide();
        m_summary->showNone({});
        return;
    }
    const UnitScore& score = unit->score;
    m_breakdown->setScore(*scheme, score);
    m_tree->expandAll();
    m_summary->showScore(score, schemeScale(*scheme));
    m_unitTitle->setText(
        tr("%1: rank %2, total %3")
            .arg(DisplayText::text(score.unitName), QLocale().toString(unit->rank), SchemeText::points(score.total)));

    m_ineligible->setText(ScoreBreakdownModel::ineligibleReason(*scheme, score));
    m_ineligible->setVisible(!score.eligible);
}

void RankingsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // scores and values may have been entered in another tab since
}

} // namespace thidua::gui
