#include "PlanView.h"

#include "IndicatorDialog.h"
#include "IndicatorTreeModel.h"
#include "gui/MessageBox.h"
#include "i18n/DisplayText.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// The targets of the district unit: the plan's own figures.
std::map<std::string, std::optional<double>> districtTargets(const storage::PlanRepository& plan, int year)
{
    std::map<std::string, std::optional<double>> targets;
    for (const Target& target : plan.targets(year, kDistrictUnitCode)) {
        targets[target.indicatorCode] = target.value;
    }
    return targets;
}

} // namespace

PlanView::PlanView(QWidget* parent)
    : QWidget(parent)
    , m_model(new IndicatorTreeModel(this))
    , m_title(new QLabel(this))
    , m_yearLabel(new QLabel(tr("Plan &year:"), this))
    , m_yearCombo(new QComboBox(this))
    , m_toolBar(new QToolBar(this))
    , m_tree(new QTreeView(this))
    , m_add(new QAction(tr("Add &indicator…"), this))
    , m_edit(new QAction(tr("&Edit…"), this))
{
    m_title->setObjectName(u"planTitleLabel"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_yearCombo->setObjectName(u"planYearCombo"_s);
    m_yearLabel->setBuddy(m_yearCombo);

    m_tree->setObjectName(u"planTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name takes what the other columns leave; its full text is in the tooltip.
    header->setSectionResizeMode(IndicatorTreeModel::Name, QHeaderView::Stretch);

    // Only while the Plan tab has the focus; words rather than icons, as in the Units tab.
    m_toolBar->setObjectName(u"planToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add->setObjectName(u"addIndicatorAction"_s);
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_edit->setObjectName(u"editIndicatorAction"_s);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    for (QAction* action : {m_add, m_edit}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            u"%1 (%2)"_s.arg(action->text().remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
        m_toolBar->addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &PlanView::addIndicator);
    connect(m_edit, &QAction::triggered, this, &PlanView::editIndicator);
    connect(m_tree, &QTreeView::activated, this, &PlanView::editIndicator);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanView::updateActions);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_yearLabel);
    top->addWidget(m_yearCombo);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_tree);

    connect(m_yearCombo, &QComboBox::activated, this,
            [this](int index) { showYear(m_yearCombo->itemData(index).toInt()); });
    setDatabase(nullptr);
}

void PlanView::setDatabase(storage::Database* database)
{
    m_database = database;
    m_yearCombo->clear();
    std::vector<int> years;
    if (m_database) {
        try {
            years = storage::PlanRepository(*m_database).years();
        } catch (const storage::StorageError& error) {
            MessageBox::critical(this, tr("Cannot read the plan"), error.message());
        }
    }
    for (const int year : years) {
        m_yearCombo->addItem(QString::number(year), year);
    }
    // A selector with one choice is clutter: it appears once a second year is planned.
    m_yearLabel->setVisible(years.size() > 1);
    m_yearCombo->setVisible(years.size() > 1);
    m_yearCombo->setCurrentIndex(m_yearCombo->count() - 1);
    showYear(years.empty() ? 0 : years.back());
}

void PlanView::showYear(int year)
{
    m_year = year;
    m_model->clear();
    std::optional<PlanInfo> info;
    if (m_database && year != 0) {
        try {
            const storage::PlanRepository plan(*m_database);
            info = plan.plan(year);
            m_model->setPlan(plan.headings(), plan.indicators(), districtTargets(plan, year));
        } catch (const storage::StorageError& error) {
            MessageBox::critical(this, tr("Cannot read the plan"), error.message());
        }
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_tree->setFirstColumnSpanned(row, {}, m_model->isHeading(m_model->index(row, 0)));
    }
    m_tree->expandAll();
    showTitle(info);
    updateActions();
    emit yearChanged(year);
}

void PlanView::updateActions()
{
    const bool writable = m_database && !m_database->isReadOnly() && m_year != 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && m_model->indicator(m_tree->currentIndex()));
}

void PlanView::addIndicator()
{
    if (!m_add->isEnabled()) {
        return;
    }
    // The new indicator goes under the heading of the selected row.
    const QModelIndex current = m_tree->currentIndex();
    std::string heading;
    if (const Heading* selected = m_model->heading(current)) {
        heading = selected->code;
    } else if (const Indicator* indicator = m_model->indicator(current)) {
        heading = indicator->headingCode;
    }
    openDialog({}, heading);
}

void PlanView::editIndicator()
{
    const Indicator* indicator = m_model->indicator(m_tree->currentIndex());
    if (m_edit->isEnabled() && indicator) {
        openDialog(indicator->code, indicator->headingCode);
    }
}

void PlanView::openDialog(const std::string& code, const std::string& headingCode)
{
    auto* dialog = new IndicatorDialog(*m_database, code, headingCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showYear(m_year);
        const QModelIndex saved = m_model->indicatorIndex(dialog->savedCode());
        if (saved.isValid()) {
            m_tree->setCurrentIndex(saved);
            m_tree->scrollTo(saved);
        }
        emit planChanged();
    });
    dialog->open();
}

void PlanView::showTitle(const std::optional<PlanInfo>& info)
{
    if (!m_database) {
        m_title->clear();
    } else if (!info) {
        m_title->setText(tr("This database holds no plan yet.").toHtmlEscaped());
    } else {
        // The plan's own title first, as it heads the document; then which document it is.
        QString text = u"<b>%1</b>"_s.arg(DisplayText::text(info->title).toHtmlEscaped());
        if (!info->documentNumber.empty()) {
            text += u"<br>"_s + tr("Plan No. %1 of %2, dated %3")
                                    .arg(DisplayText::text(info->documentNumber), DisplayText::text(info->issuer),
                                         DisplayText::date(info->issuedOn))
                                    .toHtmlEscaped();
        }
        m_title->setText(text);
    }
}

} // namespace thidua::gui
