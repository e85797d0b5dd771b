#include "AdjustmentsPanel.h"

#include "AdjustmentsModel.h"
#include "gui/MessageBox.h"
#include "gui/schemes/SchemeText.h"
#include "storage/Database.h"
#include "storage/ScoreAdmin.h"
#include "storage/ScoreRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {

AdjustmentsPanel::AdjustmentsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new AdjustmentsModel(this))
    , m_table(new QTableView(this))
    , m_type(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_points(new QLineEdit(this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_remove(new QPushButton(tr("Remo&ve item"), this))
    , m_cap(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_table->setObjectName(u"adjustmentsTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AdjustmentsModel::Reason, QHeaderView::Stretch);

    m_type->setObjectName(u"adjustmentTypeCombo"_s);
    m_type->addItem(SchemeText::adjustmentType(AdjustmentType::Bonus), static_cast<int>(AdjustmentType::Bonus));
    m_type->addItem(SchemeText::adjustmentType(AdjustmentType::Deduction), static_cast<int>(AdjustmentType::Deduction));
    m_reason->setObjectName(u"adjustmentReasonEdit"_s);
    m_reason->setPlaceholderText(tr("Reason, e.g. the decision or event"));
    m_points->setObjectName(u"adjustmentPointsEdit"_s);
    m_points->setPlaceholderText(tr("Points"));
    m_points->setMaximumWidth(m_points->fontMetrics().horizontalAdvance(u"000000000"_s));
    m_points->setAlignment(Qt::AlignRight);
    m_add->setObjectName(u"addAdjustmentButton"_s);
    m_remove->setObjectName(u"removeAdjustmentButton"_s);
    m_cap->setObjectName(u"bonusCapLabel"_s);
    m_cap->setWordWrap(true);
    m_message->setObjectName(u"adjustmentsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"color: #a4000f;"_s);

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_type);
    entry->addWidget(m_reason, 1);
    entry->addWidget(m_points);
    entry->addWidget(m_add);
    auto* below = new QHBoxLayout;
    below->addWidget(m_cap, 1);
    below->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(entry);
    layout->addLayout(below);
    layout->addWidget(m_message);

    m_model->setUpdate(
        [this](const Adjustment& current, const Adjustment& updated) { return update(current, updated); });
    connect(m_model, &AdjustmentsModel::problemChanged, m_message, &QLabel::setText);
    connect(m_model, &AdjustmentsModel::itemChanged, this, [this] {
        showCap();
        emit changed();
    });
    connect(m_add, &QPushButton::clicked, this, &AdjustmentsPanel::add);
    connect(m_reason, &QLineEdit::returnPressed, this, &AdjustmentsPanel::add);
    connect(m_points, &QLineEdit::returnPressed, this, &AdjustmentsPanel::add);
    connect(m_remove, &QPushButton::clicked, this, &AdjustmentsPanel::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &AdjustmentsPanel::updateButtons);
    m_table->installEventFilter(this);
    setContext(nullptr, {}, {}, false);
}

bool AdjustmentsPanel::eventFilter(QObject* watched, QEvent* event)
{
    // While a cell is being edited its editor has the keys: the table sees them only between edits.
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AdjustmentsPanel::setContext(storage::Database* database, const std::string& unitCode,
                                  const std::string& periodCode, bool editable)
{
    m_database = database;
    m_unit = unitCode;
    m_period = periodCode;
    m_editable = editable && database && !unitCode.empty() && !periodCode.empty();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_type, m_reason, m_points, m_add}) {
        widget->setEnabled(m_editable);
    }
    m_message->clear();
    reloadItems();
}

void AdjustmentsPanel::setBonusCap(std::optional<double> cap)
{
    m_bonusCap = cap;
    showCap();
}

void AdjustmentsPanel::reloadItems()
{
    std::vector<Adjustment> items;
    if (m_database && !m_unit.empty() && !m_period.empty()) {
        try {
            auto all = storage::ScoreRepository(*m_database).adjustments(m_period);
            if (const auto found = all.find(m_unit); found != all.end()) {
                items = std::move(found->second);
            }
        } catch (const storage::StorageError& error) {
            MessageBox::critical(this, tr("Cannot read the bonus items and deductions"), error.message());
        }
    }
    m_model->setItems(std::move(items), m_editable);
    showCap();
    updateButtons();
}

void AdjustmentsPanel::showCap()
{
    const double bonus = m_model->sum(AdjustmentType::Bonus);
    const double deductions = m_model->sum(AdjustmentType::Deduction);
    if (!m_bonusCap) {
        m_cap->clear();
        return;
    }
    QString text =
        tr("Bonus items: %1 points; at most %2 count.").arg(SchemeText::points(bonus), SchemeText::number(*m_bonusCap));
    if (bonus > *m_bonusCap + 1e-9) {
        // Said in words, with a mark, never by colour alone.
        text = u"\u26a0 "_s + tr("Bonus items: %1 points, above the cap of %2: only %2 count.")
                                  .arg(SchemeText::points(bonus), SchemeText::number(*m_bonusCap));
    }
    text += u' ' + tr("Deductions: %1 points.").arg(SchemeText::points(deductions));
    m_cap->setText(text);
}

void AdjustmentsPanel::updateButtons()
{
    m_remove->setEnabled(m_editable && m_table->currentIndex().isValid());
}

void AdjustmentsPanel::add()
{
    if (!m_editable) {
        return;
    }
    const auto type = static_cast<AdjustmentType>(m_type->currentData().toInt());
    const QString reason = m_reason->text().trimmed();
    const EnteredNumber points = SchemeText::parseNumber(m_points->text());
    if (reason.isEmpty()) {
        m_message->setText(tr("Write the reason of the item, e.g. the decision that awards it."));
        m_reason->setFocus();
        return;
    }
    if (!points.value || *points.value < 0) {
        m_message->setText(points.value   ? tr("The points must be 0 or more: a deduction is entered as a deduction.")
                           : points.empty ? tr("Write the points of the item.")
                                          : points.error + u'.');
        m_points->setFocus();
        return;
    }
    const std::string key = reason.toStdString();
    const auto& items = m_model->items();
    // Storage would overwrite an item of the same kind and reason: the user changes it in the list.
    if (std::any_of(items.begin(), items.end(),
                    [&](const Adjustment& item) { return item.type == type && item.reason == key; })) {
        m_message->setText(tr("%1 '%2' is already listed: change its points in the list.")
                               .arg(SchemeText::adjustmentType(type), reason));
        return;
    }
    try {
        storage::ScoreRepository(*m_database).saveAdjustment(m_unit, m_period, {type, key, *points.value});
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot save the item"), error.message());
        return;
    }
    m_reason->clear();
    m_points->clear();
    m_reason->setFocus();
    reloadItems();
    emit changed();
}

void AdjustmentsPanel::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_editable || !current.isValid()) {
        return;
    }
    const Adjustment item = m_model->items()[static_cast<std::size_t>(current.row())];
    const QString question = tr("Remove %1 '%2' (%3 points)?")
                                 .arg(SchemeText::adjustmentType(item.type).toLower(),
                                      QString::fromStdString(item.reason), SchemeText::number(item.points));
    if (MessageBox::question(this, tr("Remove item"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) !=
        QMessageBox::Yes) {
        return;
    }
    try {
        storage::ScoreAdmin(*m_database).removeAdjustment(m_unit, m_period, item.type, item.reason);
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot remove the item"), error.message());
        return;
    }
    reloadItems();
    emit changed();
}

QString AdjustmentsPanel::update(const Adjustment& current, const Adjustment& updated)
{
    if (!m_database) {
        return tr("no database is open.");
    }
    try {
        storage::ScoreAdmin(*m_database).updateAdjustment(m_unit, m_period, current, updated);
    } catch (const storage::StorageError& error) {
        return error.message();
    }
    return {};
}

} // namespace thidua::gui
