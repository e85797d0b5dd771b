#include "ScorecardView.h"

#include "DashboardData.h"
#include "ScorecardModel.h"
#include "ScorecardProxy.h"
#include "StatusStyle.h"
#include "TableExport.h"
#include "gui/DatabaseSession.h"
#include "gui/Periods.h"
#include "i18n/DisplayText.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// The scorecard is read from the back of a meeting room on a projector.
constexpr double kMinimumPointSize = 11;

QTableView* createTable(QWidget* parent, const QString& name)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

void addRow(QStandardItemModel& out, const QAbstractItemModel& model, int row)
{
    const int target = out.rowCount();
    out.insertRow(target);
    for (int column = 0; column < model.columnCount(); ++column) {
        out.setItem(target, column, new QStandardItem(model.index(row, column).data().toString()));
    }
}

} // namespace

ScorecardView::ScorecardView(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    if (QFont readable = font(); readable.pointSizeF() > 0 && readable.pointSizeF() < kMinimumPointSize) {
        readable.setPointSizeF(kMinimumPointSize);
        setFont(readable);
    }
    m_model = new ScorecardModel(this);
    m_proxy = new ScorecardProxy(this);
    m_proxy->setSourceModel(m_model);
    m_averages = new ScorecardAveragesModel(m_proxy, this);

    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(u"periodCombo"_s);
    m_periodCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* periodLabel = new QLabel(tr("Reporting &period:"), this);
    periodLabel->setBuddy(m_periodCombo);
    m_groupFilter = new QComboBox(this);
    m_groupFilter->setObjectName(u"groupFilter"_s);
    m_groupFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* groupLabel = new QLabel(tr("&Cluster / block:"), this);
    groupLabel->setBuddy(m_groupFilter);
    m_exportButton = new QPushButton(tr("Export to &CSV…"), this);
    m_exportButton->setObjectName(u"exportCsvButton"_s);
    m_exportButton->setToolTip(tr("Saves the table as shown (filtered and sorted, with the averages) for a "
                                  "spreadsheet."));

    auto* controls = new QHBoxLayout;
    controls->addWidget(periodLabel);
    controls->addWidget(m_periodCombo);
    controls->addSpacing(12);
    controls->addWidget(groupLabel);
    controls->addWidget(m_groupFilter);
    controls->addStretch(1);
    controls->addWidget(m_exportButton);

    m_message = new QLabel(this);
    m_message->setObjectName(u"scorecardMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_table = createTable(this, u"scorecardTable"_s);
    m_table->setModel(m_proxy);
    m_table->setAlternatingRowColors(false); // the status colours are the only backgrounds
    // Group order, each by rank, until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->viewport()->installEventFilter(this);

    // The averages stay under the table whatever the sort, in a one-row table of their own whose
    // columns follow the main table's widths and horizontal scrolling.
    auto* averagesRow = new QWidget(this);
    m_averagesTable = createTable(averagesRow, u"averagesTable"_s);
    m_averagesTable->setModel(m_averages);
    m_averagesTable->horizontalHeader()->hide();
    m_averagesTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_averagesTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_averagesTable->setFixedHeight(m_averagesTable->verticalHeader()->defaultSectionSize() +
                                    2 * m_averagesTable->frameWidth());
    m_averagesTable->setFocusPolicy(Qt::NoFocus);
    auto* averagesLayout = new QHBoxLayout(averagesRow);
    averagesLayout->setContentsMargins(0, 0, 0, 0);
    averagesLayout->addWidget(m_averagesTable);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(averagesRow);
    layout->addWidget(createLegend());
    setFocusProxy(m_table);

    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int, int size) { m_averagesTable->horizontalHeader()->resizeSection(column, size); });
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, m_averagesTable->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(m_averagesTable->horizontalScrollBar(), &QScrollBar::valueChanged, m_table->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(m_averages, &QAbstractItemModel::modelReset, this, [this] {
        for (int column = 0; column < m_averages->columnCount(); ++column) {
            m_averagesTable->horizontalHeader()->resizeSection(column,
                                                               m_table->horizontalHeader()->sectionSize(column));
        }
        m_averagesTable->horizontalScrollBar()->setValue(m_table->horizontalScrollBar()->value());
    });
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &ScorecardView::refresh);
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setGroupFilter(m_groupFilter->currentData().toString());
        fitColumns();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ScorecardView::exportCsv);
    if (m_session) {
        connect(m_session, &DatabaseSession::changed, this, [this] {
            reloadPeriods();
            refresh();
        });
    }
    reloadPeriods();
    refresh();
}

QString ScorecardView::periodCode() const
{
    return m_periodCombo->currentData().toString();
}

void ScorecardView::setPeriod(const QString& periodCode)
{
    if (const int index = m_periodCombo->findData(periodCode); index >= 0) {
        m_periodCombo->setCurrentIndex(index);
    }
}

void ScorecardView::reloadPeriods()
{
    m_periods.clear();
    m_periodsProblem.clear();
    if (storage::Database* db = m_session ? m_session->database() : nullptr) {
        try {
            m_periods = readPeriods(*db);
        } catch (const storage::StorageError& error) {
            m_periodsProblem = tr("Cannot read the reporting periods: %1").arg(error.message());
        }
    }
    fillPeriodCombo(*m_periodCombo, m_periods);
}

void ScorecardView::refresh()
{
    storage::Database* db = m_session ? m_session->database() : nullptr;
    const QString period = periodCode();
    QString message;
    if (!db) {
        message = tr("No database is open.");
    } else if (period.isEmpty()) {
        message = m_periodsProblem.isEmpty() ? tr("The plan has no reporting periods.") : m_periodsProblem;
    } else {
        try {
            const DashboardData dashboard = loadDashboard(*db, period.toStdString());
            m_model->setDashboard(dashboard);
            reloadGroups(&dashboard);
            if (m_model->rowCount() == 0) {
                message = tr("No unit other than the district has targets for this period yet.");
            }
        } catch (const storage::StorageError& error) {
            message = tr("Cannot read the scorecard: %1").arg(error.message());
        } catch (const std::exception& error) {
            // The core refuses data it cannot compute (a broken plan): say so rather than close.
            message = tr("Cannot compute the scorecard: %1").arg(QString::fromStdString(error.what()));
        }
    }
    if (!message.isEmpty()) {
        m_model->clear();
        reloadGroups(nullptr);
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_exportButton->setEnabled(m_model->rowCount() > 0);
    fitColumns();
}

void ScorecardView::reloadGroups(const DashboardData* dashboard)
{
    const QString previous = m_groupFilter->currentData().toString();
    {
        const QSignalBlocker blocker(m_groupFilter);
        m_groupFilter->clear();
        m_groupFilter->addItem(tr("All clusters and blocks"), QString());
        // Clusters of communes first, then blocks of agencies, each as the plan lists them; only
        // groups with a unit in the table, so that no choice leads to an empty table.
        for (const GroupKind kind : {GroupKind::Cluster, GroupKind::Block}) {
            for (const Group& group : dashboard ? dashboard->campaign.groups : std::vector<Group>()) {
                const QString code = DisplayText::text(group.code);
                const auto& rows = m_model->rows();
                if (group.kind == kind && std::any_of(rows.begin(), rows.end(),
                                                      [&](const ScorecardRow& row) { return row.groupCode == code; })) {
                    m_groupFilter->addItem(DisplayText::text(group.name), code);
                }
            }
        }
        m_groupFilter->setCurrentIndex(std::max(0, m_groupFilter->findData(previous)));
    }
    m_proxy->setGroupFilter(m_groupFilter->currentData().toString());
}

void ScorecardView::fitColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QAbstractItemView* averages = m_averagesTable; // sizeHintForColumn is public there
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        // The averages ("93,5% (12)") are often wider than the cells above them.
        int width = std::max(header->sectionSize(column), averages->sizeHintForColumn(column));
        if (column == ScorecardModel::GroupName) {
            // Long group names would push the indicators off a projected screen; the tooltip has it.
            width = std::min(width, fontMetrics().averageCharWidth() * 26);
        }
        header->resizeSection(column, width);
        m_averagesTable->horizontalHeader()->resizeSection(column, width);
    }
}

void ScorecardView::alignAverages()
{
    // Keeps the averages' viewport as wide as the table's, so that the columns stay aligned when
    // the table shows a vertical scroll bar and is scrolled to its right end.
    const QScrollBar* bar = m_table->verticalScrollBar();
    m_averagesTable->parentWidget()->layout()->setContentsMargins(0, 0, bar->isVisible() ? bar->width() : 0, 0);
}

bool ScorecardView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        alignAverages();
    }
    return QWidget::eventFilter(watched, event);
}

void ScorecardView::exportCsv()
{
    QStandardItemModel shown(0, m_proxy->columnCount());
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        shown.setHeaderData(column, Qt::Horizontal, m_proxy->headerData(column, Qt::Horizontal));
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        addRow(shown, *m_proxy, row);
    }
    for (int row = 0; row < m_averages->rowCount(); ++row) {
        addRow(shown, *m_averages, row);
    }
    QString name = tr("scorecard") + u'-' + periodCode();
    if (const QString group = m_proxy->groupFilter(); !group.isEmpty()) {
        name += u'-' + group;
    }
    exportTableToCsv(this, shown, name);
}

QWidget* ScorecardView::createLegend()
{
    auto* legend = new QWidget(this);
    legend->setObjectName(u"statusLegend"_s);
    auto* row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Legend:"), legend));
    // Each colour with its symbol and word, so the legend reads in grayscale and on a faded projector.
    for (const Status status : {Status::Met, Status::Near, Status::NotMet, Status::NoData, Status::NotApplicable}) {
        auto* chip = new QLabel(DisplayText::statusText(status), legend);
        chip->setObjectName(u"legend_"_s + QString::fromLatin1(toCode(status)));
        chip->setStyleSheet(
            u"QLabel { background-color: %1; color: %2; border: 1px solid #808080; padding: 2px 10px; }"_s.arg(
                statusColor(status).name(), statusTextColor(status).name()));
        row->addWidget(chip);
    }
    row->addStretch(1);
    return legend;
}

void ScorecardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // values may have been entered in another tab since
}

} // namespace thidua::gui
