#include "ManualScoresView.h"

#include "AdjustmentsPanel.h"
#include "ScoreSummary.h"
#include "core/Campaign.h"
#include "gui/DatabaseSession.h"
#include "gui/MessageBox.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/ScoreAdmin.h"
#include "storage/ScoreRepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QShowEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

// Selects the item holding `code`, else the first item that can be chosen (not a group's title).
void selectCode(QComboBox* combo, const QString& code)
{
    int index = code.isEmpty() ? -1 : combo->findData(code);
    for (int i = 0; index < 0 && i < combo->count(); ++i) {
        if (!combo->itemData(i).toString().isEmpty()) {
            index = i;
        }
    }
    combo->setCurrentIndex(index);
}

} // namespace

ManualScoresView::ManualScoresView(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_periodCombo(new QComboBox(this))
    , m_unitCombo(new QComboBox(this))
    , m_heading(new QLabel(this))
    , m_model(new ManualScoresModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_adjustments(new AdjustmentsPanel(this))
    , m_summary(new ScoreSummary(this))
{
    m_periodCombo->setObjectName(u"periodCombo"_s);
    m_unitCombo->setObjectName(u"unitCombo"_s);
    m_unitCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodCombo);
    auto* unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unitCombo);
    m_heading->setObjectName(u"scoresHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    m_table->setObjectName(u"manualScoresTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ManualScoresModel::Name, QHeaderView::Stretch);
    m_message->setObjectName(u"manualScoresMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"color: #a4000f;"_s);

    auto* pickers = new QHBoxLayout;
    pickers->addWidget(periodLabel);
    pickers->addWidget(m_periodCombo);
    pickers->addSpacing(12);
    pickers->addWidget(unitLabel);
    pickers->addWidget(m_unitCombo);
    pickers->addWidget(m_heading, 1);

    auto* manualBox =
        new QGroupBox(tr("Manual criteria: points entered at three levels, the highest level counts"), this);
    auto* manualLayout = new QVBoxLayout(manualBox);
    manualLayout->addWidget(m_table, 1);
    manualLayout->addWidget(m_message);
    auto* adjustmentsBox = new QGroupBox(tr("Bonus items and deductions"), this);
    auto* adjustmentsLayout = new QVBoxLayout(adjustmentsBox);
    adjustmentsLayout->addWidget(m_adjustments);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(adjustmentsBox, 3);
    bottom->addWidget(m_summary, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(manualBox, 3);
    layout->addLayout(bottom, 2);
    setFocusProxy(m_table);
    m_table->installEventFilter(this);

    m_model->setSave([this](const std::string& criterionCode, ScoreLevel level, const std::optional<double>& points) {
        return saveScore(criterionCode, level, points);
    });
    connect(m_model, &ManualScoresModel::problemChanged, m_message, &QLabel::setText);
    connect(m_adjustments, &AdjustmentsPanel::changed, this, &ManualScoresView::recompute);
    connect(m_periodCombo, &QComboBox::activated, this, &ManualScoresView::showSelection);
    connect(m_unitCombo, &QComboBox::activated, this, &ManualScoresView::showSelection);
    connect(m_session, &DatabaseSession::changed, this, &ManualScoresView::reload);
    reload();
}

QString ManualScoresView::unitCode() const
{
    return m_unitCombo->currentData().toString();
}

QString ManualScoresView::periodCode() const
{
    return m_periodCombo->currentData().toString();
}

void ManualScoresView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The scheme, the reports or the units may have changed in another tab.
    if (!event->spontaneous()) {
        reload();
    }
}

bool ManualScoresView::eventFilter(QObject* watched, QEvent* event)
{
    // While a cell is being edited its editor has the keys: the table sees them only between edits.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const QModelIndex current = m_table->currentIndex();
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && current.isValid() &&
            (m_model->flags(current) & Qt::ItemIsEditable)) {
            m_model->setData(current, QString(), Qt::EditRole);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ManualScoresView::openScores(const QString& unitCode, const QString& periodCode)
{
    selectCode(m_periodCombo, periodCode);
    selectCode(m_unitCombo, unitCode);
    showSelection();
}

void ManualScoresView::reload()
{
    fillPickers();
    showSelection();
}

void ManualScoresView::fillPickers()
{
    const QString period = periodCode();
    const QString unit = unitCode();
    m_periodCombo->clear();
    m_unitCombo->clear();
    storage::Database* db = m_session->database();
    if (!db) {
        return;
    }
    try {
        const storage::PlanRepository plan(*db);
        for (const int year : plan.years()) {
            for (const Period& p : plan.periods(year)) {
                m_periodCombo->addItem(text(p.name), text(p.code));
            }
        }
        // Units under the title of their cluster or block; only groups scored on a scheme.
        const std::vector<Unit> units = plan.units();
        auto* items = qobject_cast<QStandardItemModel*>(m_unitCombo->model());
        for (const Group& group : plan.groups()) {
            if (group.schemeCode.empty()) {
                continue;
            }
            m_unitCombo->addItem(text(group.name));
            if (items) {
                QStandardItem* title = items->item(m_unitCombo->count() - 1);
                title->setEnabled(false);
                QFont font = title->font();
                font.setBold(true);
                title->setFont(font);
            }
            for (const Unit& u : units) {
                if (u.groupCode == group.code && !u.archived) {
                    m_unitCombo->addItem(u"   "_s + text(u.name), text(u.code));
                }
            }
        }
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot read the units and periods"), error.message());
    }
    // The latest period first time: the one being scored.
    if (period.isEmpty() && m_periodCombo->count() > 0) {
        m_periodCombo->setCurrentIndex(m_periodCombo->count() - 1);
    } else {
        selectCode(m_periodCombo, period);
    }
    selectCode(m_unitCombo, unit);
}

void ManualScoresView::showSelection()
{
    storage::Database* db = m_session->database();
    const std::string unit = unitCode().toStdString();
    const std::string period = periodCode().toStdString();
    const bool editable = db && !db->isReadOnly();
    m_scheme.reset();
    std::vector<ManualScoresModel::Row> rows;
    QString heading;
    if (db && !unit.empty() && !period.empty()) {
        try {
            const storage::PlanRepository plan(*db);
            const storage::ScoreRepository scores(*db);
            const std::optional<std::string> schemeCode = scores.schemeOfUnit(unit);
            for (Scheme& scheme : plan.schemes()) {
                if (schemeCode && scheme.code == *schemeCode) {
                    m_scheme = std::move(scheme);
                }
            }
            auto entered = scores.manualPoints(period)[unit];
            if (m_scheme) {
                for (const Criterion& criterion : m_scheme->criteria) {
                    if (criterion.indicatorCode.empty()) {
                        rows.push_back({criterion, entered[criterion.code], std::nullopt});
                    }
                }
                heading = tr("Scored on: %1").arg(text(m_scheme->name));
                if (rows.empty()) {
                    heading += u' ' + tr("(no manual criteria: every point comes from the reports)");
                }
            }
        } catch (const storage::StorageError& error) {
            MessageBox::critical(this, tr("Cannot read the scores"), error.message());
        }
    }
    if (db && !editable) {
        heading += u' ' + tr("The database is open read-only.");
    }
    m_heading->setText(heading);
    m_model->setRows(std::move(rows), editable && m_scheme.has_value());
    m_adjustments->setContext(m_scheme ? db : nullptr, unit, period, editable);
    m_adjustments->setBonusCap(m_scheme ? std::optional<double>(schemeBonusCap(*m_scheme)) : std::nullopt);
    recompute();
}

void ManualScoresView::recompute()
{
    storage::Database* db = m_session->database();
    const std::string unit = unitCode().toStdString();
    const std::string period = periodCode().toStdString();
    if (!db || !m_scheme || unit.empty() || period.empty()) {
        m_model->setScores({});
        m_summary->showNone(db ? tr("Pick a period and a unit.") : QString());
        return;
    }
    try {
        // The whole period is read so that the unit's indicator criteria count as they will in the
        // ranking; the core then scores this one unit.
        const CampaignData campaign = storage::CampaignRepository(*db).load(period);
        const UnitScore score = scoreOneUnit(campaign, unit);
        m_model->setScores(score.criteria);
        m_summary->showScore(score, schemeScale(*m_scheme));
    } catch (const storage::StorageError& error) {
        m_model->setScores({});
        m_summary->showNone(error.message());
    } catch (const std::invalid_argument&) {
        m_model->setScores({});
        m_summary->showNone(tr("This unit is not scored: it is archived or its group has no scheme."));
    }
}

QString ManualScoresView::saveScore(const std::string& criterionCode, ScoreLevel level,
                                    const std::optional<double>& points)
{
    storage::Database* db = m_session->database();
    if (!db) {
        return tr("no database is open.");
    }
    try {
        if (points) {
            storage::ScoreRepository(*db).saveManualScore(unitCode().toStdString(), periodCode().toStdString(),
                                                          criterionCode, level, *points);
        } else {
            storage::ScoreAdmin(*db).removeManualScore(unitCode().toStdString(), periodCode().toStdString(),
                                                       criterionCode, level);
        }
    } catch (const storage::StorageError& error) {
        return error.message();
    }
    recompute();
    return {};
}

} // namespace thidua::gui
