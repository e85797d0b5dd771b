#include "SchemesView.h"

#include "CriteriaDelegate.h"
#include "CriteriaModel.h"
#include "SchemeSettingsForm.h"
#include "SchemeText.h"
#include "core/Scoring.h"
#include "gui/DatabaseSession.h"
#include "gui/MessageBox.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/ScoreAdmin.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QString text(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

QString totalsRow(const QString& label, const QString& value, bool bold = false)
{
    const QString cell = bold ? u"<b>%1</b>"_s : u"%1"_s;
    return u"<tr><td>%1</td><td align=\"right\">%2</td></tr>"_s.arg(cell.arg(label.toHtmlEscaped()),
                                                                    cell.arg(value.toHtmlEscaped()));
}

} // namespace

SchemesView::SchemesView(DatabaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_criteria(new CriteriaModel(this))
    , m_schemeCombo(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_settings(new SchemeSettingsForm(m_criteria, this))
    , m_totals(new QLabel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add criterion"), this))
    , m_remove(new QPushButton(tr("&Remove criterion"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_message(new QLabel(this))
{
    m_schemeCombo->setObjectName(u"schemeCombo"_s);
    m_schemeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* schemeLabel = new QLabel(tr("S&cheme:"), this);
    schemeLabel->setBuddy(m_schemeCombo);
    m_note->setObjectName(u"schemeNote"_s);
    m_note->setWordWrap(true);

    m_totals->setObjectName(u"schemeTotals"_s);
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_totals->setWordWrap(true);
    auto* totalsBox = new QGroupBox(tr("Totals"), this);
    auto* totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->addWidget(m_totals);

    m_table->setObjectName(u"criteriaTable"_s);
    m_table->setModel(m_criteria);
    m_table->setItemDelegate(new CriteriaDelegate(m_criteria, m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CriteriaModel::Name, QHeaderView::Stretch);
    for (const int column :
         {CriteriaModel::Code, CriteriaModel::MaxPoints, CriteriaModel::Method, CriteriaModel::BonusRate,
          CriteriaModel::ExcessCap, CriteriaModel::Bands, CriteriaModel::Veto}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    // Headings and indicator names are long; their full text is in the tooltip.
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(CriteriaModel::Heading, 15 * em);
    header->resizeSection(CriteriaModel::Indicator, 18 * em);

    m_add->setObjectName(u"addCriterionButton"_s);
    m_remove->setObjectName(u"removeCriterionButton"_s);
    m_up->setObjectName(u"moveCriterionUpButton"_s);
    m_down->setObjectName(u"moveCriterionDownButton"_s);
    m_message->setObjectName(u"criteriaMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"color: #a4000f;"_s);

    auto* picker = new QHBoxLayout;
    picker->addWidget(schemeLabel);
    picker->addWidget(m_schemeCombo);
    picker->addWidget(m_note, 1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_settings, 3);
    top->addWidget(totalsBox, 1);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_remove, m_up, m_down}) {
        buttons->addWidget(button);
    }
    buttons->addWidget(m_message, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(picker);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    m_criteria->setCommit([this](const Scheme& candidate, const std::optional<CriterionRename>& rename) {
        return store(candidate, rename);
    });
    connect(m_criteria, &CriteriaModel::problemChanged, m_message, &QLabel::setText);
    connect(m_criteria, &CriteriaModel::schemeEdited, this, [this] {
        showTotals();
        m_settings->showEffective();
        if (const auto& scheme = m_criteria->scheme()) {
            m_schemeCombo->setItemText(m_schemeCombo->currentIndex(), text(scheme->name));
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &SchemesView::updateButtons);
    connect(m_schemeCombo, &QComboBox::activated, this,
            [this](int index) { showScheme(m_schemeCombo->itemData(index).toString()); });
    connect(m_add, &QPushButton::clicked, this, &SchemesView::addCriterion);
    connect(m_remove, &QPushButton::clicked, this, &SchemesView::removeCriterion);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCriterion(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCriterion(1); });
    connect(m_session, &DatabaseSession::changed, this, &SchemesView::reload);
    reload();
}

void SchemesView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Indicators or schemes may have changed in another tab (an import, the plan editor).
    if (!event->spontaneous()) {
        reload();
    }
}

void SchemesView::selectScheme(const QString& code)
{
    const int index = m_schemeCombo->findData(code);
    if (index >= 0) {
        m_schemeCombo->setCurrentIndex(index);
        showScheme(code);
    }
}

void SchemesView::reload()
{
    const QString current = m_schemeCombo->currentData().toString();
    m_schemeCombo->clear();
    if (storage::Database* db = m_session->database()) {
        try {
            for (const Scheme& scheme : storage::PlanRepository(*db).schemes()) {
                m_schemeCombo->addItem(text(scheme.name), text(scheme.code));
                m_schemeCombo->setItemData(m_schemeCombo->count() - 1, text(scheme.code), Qt::ToolTipRole);
            }
        } catch (const storage::StorageError& error) {
            MessageBox::critical(this, tr("Cannot read the schemes"), error.message());
        }
    }
    m_schemeCombo->setCurrentIndex(std::max(0, m_schemeCombo->findData(current)));
    showScheme(m_schemeCombo->currentData().toString());
}

void SchemesView::showScheme(const QString& code)
{
    const QModelIndex before = m_table->currentIndex();
    const bool sameScheme = m_criteria->scheme() && text(m_criteria->scheme()->code) == code;
    std::optional<Scheme> shown;
    std::vector<Indicator> indicators;
    storage::Database* db = m_session->database();
    if (db && !code.isEmpty()) {
        try {
            const storage::PlanRepository plan(*db);
            for (Scheme& scheme : plan.schemes()) {
                if (text(scheme.code) == code) {
                    shown = std::move(scheme);
                }
            }
            indicators = plan.indicators();
        } catch (const storage::StorageError& error) {
            MessageBox::critical(this, tr("Cannot read the schemes"), error.message());
        }
    }
    const bool editable = db && !db->isReadOnly();
    m_criteria->setScheme(shown, std::move(indicators), editable);
    m_settings->load();
    if (!db) {
        m_note->clear();
    } else if (m_schemeCombo->count() == 0) {
        m_note->setText(tr("This database has no scoring scheme yet: import a schemes file first."));
    } else if (!editable) {
        m_note->setText(tr("The database is open read-only: the schemes are shown, not changed."));
    } else {
        m_note->setText(tr("Every change is saved at once. Maxima, methods and bands apply to every unit "
                           "of the groups scored on this scheme."));
    }
    if (sameScheme && before.isValid() && before.row() < m_criteria->rowCount()) {
        m_table->setCurrentIndex(m_criteria->index(before.row(), before.column()));
    }
    showTotals();
    updateButtons();
}

bool SchemesView::confirmLostScores(const Scheme& candidate, const std::optional<CriterionRename>& rename)
{
    std::set<std::string> kept;
    for (const Criterion& criterion : candidate.criteria) {
        kept.insert(criterion.code);
    }
    if (rename) {
        kept.insert(rename->oldCode); // renamed in place: its scores follow it
    }
    const std::map<std::string, int> counts =
        storage::ScoreAdmin(*m_session->database()).manualScoreCounts(candidate.code);
    QStringList lost;
    int scores = 0;
    for (const Criterion& criterion : m_criteria->scheme()->criteria) {
        const auto found = counts.find(criterion.code);
        if (!kept.count(criterion.code) && found != counts.end()) {
            lost << text(criterion.code);
            scores += found->second;
        }
    }
    if (scores == 0) {
        return true;
    }
    return MessageBox::question(this, tr("Remove criterion"),
                                tr("Criterion %1 holds %n manual score(s) entered by units, cluster heads or Home "
                                   "Affairs. Removing it deletes them. Remove it?",
                                   nullptr, scores)
                                    .arg(lost.join(u", "_s)),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

bool SchemesView::store(const Scheme& candidate, const std::optional<CriterionRename>& rename)
{
    storage::Database* db = m_session->database();
    if (!db || db->isReadOnly() || !m_criteria->scheme()) {
        return false;
    }
    try {
        if (!confirmLostScores(candidate, rename)) {
            return false;
        }
        db->transaction([&] {
            if (rename) {
                storage::ScoreAdmin(*db).renameCriterion(candidate.code, rename->oldCode, rename->newCode);
            }
            storage::PlanRepository(*db).saveScheme(candidate);
        });
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot save the scheme"), error.message());
        return false;
    }
    emit schemesChanged();
    return true;
}

void SchemesView::showTotals()
{
    const std::optional<Scheme>& scheme = m_criteria->scheme();
    if (!scheme) {
        m_totals->clear();
        return;
    }
    // Σ M per heading, headings in the order they first appear, as on the paper table.
    std::vector<std::pair<std::string, double>> headings;
    double maxima = 0;
    QStringList warnings;
    for (const Criterion& criterion : scheme->criteria) {
        auto found = std::find_if(headings.begin(), headings.end(),
                                  [&](const auto& heading) { return heading.first == criterion.heading; });
        if (found == headings.end()) {
            headings.emplace_back(criterion.heading, 0);
            found = headings.end() - 1;
        }
        found->second += criterion.maxPoints;
        maxima += criterion.maxPoints;
        if (!criterion.indicatorCode.empty() && criterion.method == ScoringMethod::Banded && criterion.bands.empty()) {
            warnings << tr("%1 is scored by bands but has none: it always scores 0.").arg(text(criterion.code));
        }
    }
    QString html = u"<table cellspacing=\"2\">"_s;
    for (const auto& [heading, sum] : headings) {
        html += totalsRow(heading.empty() ? tr("(no heading)") : text(heading), SchemeText::number(sum));
    }
    const double scale = schemeScale(*scheme);
    html += totalsRow(tr("Sum of maxima"), SchemeText::number(maxima), true);
    html += totalsRow(tr("Scale S"), SchemeText::number(scale), true);
    html += totalsRow(tr("Bonus cap"), SchemeText::number(schemeBonusCap(*scheme)));
    html += totalsRow(tr("Flag threshold"), SchemeText::number(schemeFlagThreshold(*scheme)));
    html += u"</table>"_s;
    if (scheme->scale && std::abs(*scheme->scale - maxima) > 1e-9) {
        warnings << tr("Points are brought from %1 to the scale of %2.")
                        .arg(SchemeText::number(maxima), SchemeText::number(scale));
    }
    for (const QString& warning : warnings) {
        html += u"<p>%1</p>"_s.arg(warning.toHtmlEscaped());
    }
    m_totals->setText(html);
}

void SchemesView::updateButtons()
{
    const bool editable = m_criteria->isEditable();
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_criteria->rowCount());
}

void SchemesView::addCriterion()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = m_criteria->addCriterion(current.isValid() ? current.row() : -1);
    if (row >= 0) {
        m_table->setCurrentIndex(m_criteria->index(row, CriteriaModel::Name));
        m_table->edit(m_table->currentIndex());
    }
    updateButtons();
}

void SchemesView::removeCriterion()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_criteria->removeCriterion(current.row())) {
        const int next = std::min(current.row(), m_criteria->rowCount() - 1);
        if (next >= 0) {
            m_table->setCurrentIndex(m_criteria->index(next, current.column()));
        }
    }
    updateButtons();
}

void SchemesView::moveCriterion(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const int row = m_criteria->moveCriterion(current.row(), delta);
    if (row >= 0) {
        m_table->setCurrentIndex(m_criteria->index(row, current.column()));
    }
    updateButtons();
}

} // namespace thidua::gui
