#include "PhasesView.h"

#include "PhaseTreeModel.h"
#include "gui/MessageBox.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {

PhasesView::PhasesView(QWidget* parent)
    : QWidget(parent)
    , m_model(new PhaseTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_salutesBox(new QGroupBox(tr("The selected phase salutes"), this))
    , m_salutes(new QTextBrowser(m_salutesBox))
{
    m_tree->setObjectName(u"phasesTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PhaseTreeModel::Name, QHeaderView::Stretch);

    m_salutes->setObjectName(u"salutesText"_s);
    m_salutes->setOpenLinks(false);
    auto* boxLayout = new QVBoxLayout(m_salutesBox);
    boxLayout->addWidget(m_salutes);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_salutesBox, 1);
    setFocusProxy(m_tree);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PhasesView::showSalutes);
}

void PhasesView::showYear(storage::Database* database, int year)
{
    std::vector<Phase> phases;
    std::vector<Period> periods;
    if (database && year != 0) {
        try {
            const storage::PlanRepository plan(*database);
            phases = plan.phases(year);
            periods = plan.periods(year);
        } catch (const storage::StorageError& error) {
            MessageBox::critical(this, tr("Cannot read the phases"), error.message());
        }
    }
    m_model->setPhases(std::move(phases), std::move(periods));
    m_tree->expandAll();
    if (m_model->rowCount() > 0) {
        m_tree->setCurrentIndex(m_model->index(0, 0));
    }
    showSalutes();
}

void PhasesView::showSalutes()
{
    QModelIndex phase = m_tree->currentIndex().siblingAtColumn(0);
    if (phase.parent().isValid()) {
        phase = phase.parent();
    }
    const QStringList events = phase.data(PhaseTreeModel::SalutesRole).toString().split(u'\n', Qt::SkipEmptyParts);
    QString html;
    for (const QString& event : events) {
        html += u"<li>"_s + event.trimmed().toHtmlEscaped() + u"</li>"_s;
    }
    m_salutes->setHtml(html.isEmpty() ? QString() : u"<ul>"_s + html + u"</ul>"_s);
    m_salutesBox->setTitle(phase.isValid() ? tr("%1 salutes").arg(phase.data().toString())
                                           : tr("The selected phase salutes"));
}

} // namespace thidua::gui
