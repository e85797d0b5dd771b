#include "UnitsView.h"

#include "UnitTreeModel.h"
#include "gui/MessageBox.h"
#include "i18n/DisplayText.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {

UnitsView::UnitsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new UnitTreeModel(this))
    , m_district(new QLabel(this))
    , m_tree(new QTreeView(this))
{
    m_district->setObjectName(u"districtUnitLabel"_s);
    m_district->setWordWrap(true);
    m_district->setTextFormat(Qt::PlainText);

    m_tree->setObjectName(u"unitsTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::Name, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_district);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_tree);
}

void UnitsView::setDatabase(storage::Database* database)
{
    std::vector<Group> groups;
    std::vector<Unit> units;
    std::vector<Scheme> schemes;
    if (database) {
        try {
            const storage::PlanRepository plan(*database);
            groups = plan.groups();
            units = plan.units();
            schemes = plan.schemes();
        } catch (const storage::StorageError& error) {
            MessageBox::critical(this, tr("Cannot read the units"), error.message());
        }
    }

    QStringList districts;
    for (const Unit& unit : units) {
        if (unit.kind == UnitKind::District) {
            districts << tr("%1 (code %2)").arg(DisplayText::text(unit.name), DisplayText::text(unit.code));
        }
    }
    m_district->setText(
        districts.isEmpty()
            ? QString()
            : tr("District unit, reporting district-wide figures and never ranked: %1").arg(districts.join(u", "_s)));
    m_district->setVisible(!districts.isEmpty());

    m_model->setUnits(std::move(groups), std::move(units), schemes);
    m_tree->expandAll();
}

} // namespace thidua::gui
