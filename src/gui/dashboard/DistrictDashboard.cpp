#include "DistrictDashboard.h"

#include "DashboardCharts.h"
#include "DashboardData.h"
#include "DashboardHeader.h"
#include "DistrictModel.h"
#include "DrillDownModel.h"
#include "TableExport.h"
#include "core/DistrictSummary.h"
#include "gui/DatabaseSession.h"
#include "gui/Periods.h"
#include "i18n/DisplayText.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

enum Page
{
    DistrictPage,
    DrillDownPage,
};

// Projector-friendly: read from the back of a meeting room.
constexpr int kTablePointSize = 11;

QFont sized(QFont font, int pointSize, bool bold)
{
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}

void setUpLabel(QLabel* label, const QString& name, int pointSize, bool bold)
{
    label->setObjectName(name);
    label->setFont(sized(label->font(), pointSize, bold));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
}

// Read only, one whole row at a time, in the projector's size.
void setUpView(QAbstractItemView* view, const QString& name, QAbstractItemModel* model)
{
    view->setObjectName(name);
    view->setModel(model);
    view->setFont(sized(view->font(), kTablePointSize, false));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
}

} // namespace

DistrictDashboard::DistrictDashboard(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DistrictModel(this))
    , m_drillModel(new DrillDownModel(this))
    , m_periodCombo(new QComboBox(this))
    , m_header(new DashboardHeader(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_drillButton(new QPushButton(tr("&Drill down to the communes"), this))
    , m_exportButton(new QPushButton(tr("Export to &CSV…"), this))
    , m_backButton(new QPushButton(tr("\u25C0 &Back to the district"), this))
    , m_drillTitle(new QLabel(this))
    , m_drillSummary(new QLabel(this))
    , m_drillTable(new QTableView(this))
    , m_drillExportButton(new QPushButton(tr("Export to &CSV…"), this))
    , m_charts(new DashboardCharts(this))
{
    m_periodCombo->setObjectName(u"periodCombo"_s);
    m_periodCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* periodLabel = new QLabel(tr("Reporting &period:"), this);
    periodLabel->setBuddy(m_periodCombo);
    auto* controls = new QHBoxLayout;
    controls->addWidget(periodLabel);
    controls->addWidget(m_periodCombo);
    controls->addStretch(1);

    m_header->setObjectName(u"dashboardHeader"_s);
    m_message->setObjectName(u"dashboardMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_stack->setObjectName(u"districtStack"_s);
    m_stack->insertWidget(DistrictPage, buildDistrictPage());
    m_stack->insertWidget(DrillDownPage, buildDrillDownPage());
    m_charts->setObjectName(u"dashboardCharts"_s);
    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->addTab(m_stack, tr("&Table"));
    m_tabs->addTab(m_charts, tr("C&harts"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_tree);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &DistrictDashboard::refresh);
    if (m_session) {
        connect(m_session, &DatabaseSession::changed, this, &DistrictDashboard::refresh);
    }
    refresh();
}

QWidget* DistrictDashboard::buildDistrictPage()
{
    auto* page = new QWidget(this);
    setUpView(m_tree, u"districtTree"_s, m_model);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DistrictModel::IndicatorColumn, QHeaderView::Stretch);
    m_tree->installEventFilter(this);

    m_drillButton->setObjectName(u"drillDownButton"_s);
    m_drillButton->setToolTip(tr("The communes' and the town's figures for the selected indicator (Enter)."));
    m_exportButton->setObjectName(u"exportCsvButton"_s);
    auto* hint =
        new QLabel(tr("Double-click an indicator, or select it and press Enter, to see the communes' figures."), page);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_drillButton);
    buttons->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeView::doubleClicked, this, &DistrictDashboard::drillDown);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DistrictDashboard::updateButtons);
    connect(m_drillButton, &QPushButton::clicked, this, &DistrictDashboard::drillDown);
    connect(m_exportButton, &QPushButton::clicked, this, &DistrictDashboard::exportTable);
    return page;
}

QWidget* DistrictDashboard::buildDrillDownPage()
{
    auto* page = new QWidget(this);
    m_backButton->setObjectName(u"backButton"_s);
    m_backButton->setToolTip(tr("Back to the district's figures (Backspace, Alt+Left)."));
    setUpLabel(m_drillTitle, u"drillDownTitle"_s, 14, true);
    setUpLabel(m_drillSummary, u"drillDownSummary"_s, 12, false);
    setUpView(m_drillTable, u"drillDownTable"_s, m_drillModel);
    m_drillTable->setTabKeyNavigation(false);
    m_drillTable->setWordWrap(false);
    m_drillTable->verticalHeader()->hide();
    m_drillTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_drillTable->horizontalHeader()->setSectionResizeMode(DrillDownModel::UnitColumn, QHeaderView::Stretch);
    m_drillExportButton->setObjectName(u"drillDownExportButton"_s);

    auto* top = new QHBoxLayout;
    top->addWidget(m_backButton);
    top->addWidget(m_drillTitle, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_drillExportButton);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_drillSummary);
    layout->addWidget(m_drillTable, 1);
    layout->addLayout(bottom);

    // Backspace and Alt+Left go back from wherever the focus is on the page.
    m_drillTable->installEventFilter(this);
    m_backButton->installEventFilter(this);
    m_drillExportButton->installEventFilter(this);
    connect(m_backButton, &QPushButton::clicked, this, &DistrictDashboard::backToDistrict);
    connect(m_drillExportButton, &QPushButton::clicked, this, &DistrictDashboard::exportDrillDown);
    return page;
}

QString DistrictDashboard::periodCode() const
{
    return m_periodCombo->currentData().toString();
}

void DistrictDashboard::setPeriod(const QString& periodCode)
{
    if (const int index = m_periodCombo->findData(periodCode); index >= 0) {
        m_periodCombo->setCurrentIndex(index);
    }
}

QString DistrictDashboard::reloadPeriods()
{
    QString problem;
    m_periods.clear();
    if (storage::Database* db = m_session ? m_session->database() : nullptr) {
        try {
            m_periods = readPeriods(*db);
        } catch (const storage::StorageError& error) {
            problem = error.message();
        }
    }
    fillPeriodCombo(*m_periodCombo, m_periods);
    return problem;
}

std::shared_ptr<const DashboardData> DistrictDashboard::loadPeriod(const std::string& code) const
{
    return std::make_shared<const DashboardData>(loadDashboard(*m_session->database(), code));
}

void DistrictDashboard::refresh()
{
    const bool drilled = m_stack->currentIndex() == DrillDownPage;
    const QString drilledCode = QString::fromStdString(m_drillModel->indicatorCode());
    const QString selected = m_tree->currentIndex().data(DistrictModel::CodeRole).toString();

    QString problem = reloadPeriods();
    const std::string code = periodCode().toStdString();
    std::shared_ptr<const DashboardData> shown;
    std::shared_ptr<const DashboardData> halfYear;
    std::shared_ptr<const DashboardData> yearEnd;
    if (!m_session || !m_session->database()) {
        problem = tr("No database is open.");
    } else if (problem.isEmpty() && code.empty()) {
        problem = tr("The plan has no reporting periods.");
    } else if (problem.isEmpty()) {
        try {
            shown = loadPeriod(code);
        } catch (const storage::StorageError& error) {
            problem = error.message();
        }
    }
    if (shown) {
        // The charts set the year's two reports side by side; the other one may be unreadable or
        // absent without taking the table down with it.
        const auto year = PeriodCode::parse(code);
        for (const Period& period : m_periods) {
            const auto other = PeriodCode::parse(period.code);
            if (!year || !other || other->year != year->year) {
                continue;
            }
            std::shared_ptr<const DashboardData> loaded = shown;
            if (period.code != code) {
                try {
                    loaded = loadPeriod(period.code);
                } catch (const storage::StorageError&) {
                    loaded.reset();
                }
            }
            (other->kind == PeriodKind::HalfYear ? halfYear : yearEnd) = std::move(loaded);
        }
    }

    m_data = shown;
    showMessage(problem);
    if (!m_data) {
        m_header->clear();
        m_model->clear();
        m_drillModel->clear();
        m_charts->clear();
        backToDistrict();
        return;
    }
    std::vector<Achievement> own;
    own.reserve(m_data->district.size());
    for (const DistrictLine& line : m_data->district) {
        own.push_back(line.district);
    }
    DistrictSummary summary = summarizeDistrict(m_data->headings, m_data->campaign.indicators, own);
    m_header->setSummary(summary);
    m_header->setCompleteness(m_data->completeness, m_data->campaign.units);
    m_model->setDashboard(m_data, std::move(summary));
    m_tree->expandAll();
    if (const QModelIndex row = m_model->indicatorIndex(selected); row.isValid()) {
        m_tree->setCurrentIndex(row);
    }
    m_charts->setData(m_data, halfYear, yearEnd);

    if (drilled && m_model->indicatorIndex(drilledCode).isValid()) {
        drillInto(drilledCode);
    } else {
        m_drillModel->clear();
        backToDistrict();
    }
}

void DistrictDashboard::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void DistrictDashboard::drillDown()
{
    if (const Indicator* indicator = m_model->indicator(m_tree->currentIndex())) {
        drillInto(DisplayText::text(indicator->code));
    }
}

void DistrictDashboard::drillInto(const QString& indicatorCode)
{
    m_drillModel->setIndicator(m_data, indicatorCode.toStdString());
    if (!m_drillModel->line()) {
        backToDistrict();
        return;
    }
    m_drillTitle->setText(m_drillModel->title());
    m_drillSummary->setText(m_drillModel->summary());
    m_stack->setCurrentIndex(DrillDownPage);
    m_drillTable->setFocus();
    updateButtons();
}

void DistrictDashboard::backToDistrict()
{
    const bool wasDrilled = m_stack->currentIndex() == DrillDownPage;
    m_stack->setCurrentIndex(DistrictPage);
    // Back on the row the reader left, so that the next indicator is one arrow key away.
    if (wasDrilled) {
        if (const QModelIndex row = m_model->indicatorIndex(QString::fromStdString(m_drillModel->indicatorCode()));
            row.isValid()) {
            m_tree->setCurrentIndex(row);
        }
        m_tree->setFocus();
    }
    updateButtons();
}

void DistrictDashboard::updateButtons()
{
    m_drillButton->setEnabled(m_model->indicator(m_tree->currentIndex()) != nullptr);
    m_exportButton->setEnabled(m_model->rowCount() > 0);
    m_drillExportButton->setEnabled(m_drillModel->rowCount() > 0);
}

void DistrictDashboard::exportTable()
{
    exportTableToCsv(this, *m_model, tr("district-dashboard-%1").arg(periodCode()));
}

void DistrictDashboard::exportDrillDown()
{
    exportTableToCsv(
        this, *m_drillModel,
        tr("district-%1-by-commune-%2").arg(QString::fromStdString(m_drillModel->indicatorCode()), periodCode()));
}

void DistrictDashboard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // reports may have been entered or approved in another tab since
}

bool DistrictDashboard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_tree && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_model->indicator(m_tree->currentIndex())) {
            drillDown();
            return true;
        }
        const bool back =
            key->key() == Qt::Key_Backspace || (key->key() == Qt::Key_Left && key->modifiers() == Qt::AltModifier);
        if (watched != m_tree && back && m_stack->currentIndex() == DrillDownPage) {
            backToDistrict();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace thidua::gui
