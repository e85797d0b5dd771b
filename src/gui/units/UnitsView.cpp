#include "UnitsView.h"

#include "GroupDialog.h"
#include "UnitDialog.h"
#include "UnitTreeModel.h"
#include "gui/MessageBox.h"
#include "i18n/DisplayText.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/UnitAdmin.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QString nameOf(const Unit& unit)
{
    return DisplayText::text(unit.name);
}

} // namespace

UnitsView::UnitsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new UnitTreeModel(this))
    , m_district(new QLabel(this))
    , m_toolBar(new QToolBar(this))
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
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::Name, QHeaderView::Stretch);

    // Words rather than icons: the people using this are officials, and the words say what happens.
    m_toolBar->setObjectName(u"unitsToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addUnit = makeAction(u"addUnitAction"_s, tr("Add &unit…"), QKeySequence(Qt::Key_Insert), &UnitsView::addUnit);
    m_addGroup = makeAction(u"addGroupAction"_s, tr("Add cluster or &block…"), {}, &UnitsView::addGroup);
    m_edit = makeAction(u"editUnitAction"_s, tr("&Edit…"), QKeySequence(Qt::Key_F2), &UnitsView::editCurrent);
    m_archive = makeAction(u"archiveUnitAction"_s, tr("&Archive"), {}, &UnitsView::toggleArchived);
    m_remove = makeAction(u"deleteUnitAction"_s, tr("&Delete…"), QKeySequence::Delete, &UnitsView::removeCurrent);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_district);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_tree);

    // Enter and double-click open the row, as in a file manager.
    connect(m_tree, &QTreeView::activated, this, &UnitsView::editCurrent);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnitsView::updateActions);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &UnitsView::showContextMenu);
    updateActions();
}

QAction* UnitsView::makeAction(const QString& name, const QString& text, const QKeySequence& shortcut,
                               void (UnitsView::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    // Only while the Units tab has the focus: Delete in another tab must not delete a unit.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!shortcut.isEmpty()) {
        action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
    }
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    m_toolBar->addAction(action);
    return action;
}

void UnitsView::setDatabase(storage::Database* database)
{
    m_database = database;
    reload();
}

void UnitsView::reload()
{
    std::vector<Group> groups;
    std::vector<Unit> units;
    std::vector<Scheme> schemes;
    if (m_database) {
        try {
            const storage::PlanRepository plan(*m_database);
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
            districts << tr("%1 (code %2)").arg(nameOf(unit), DisplayText::text(unit.code));
        }
    }
    m_district->setText(
        districts.isEmpty()
            ? QString()
            : tr("District unit, reporting district-wide figures and never ranked: %1").arg(districts.join(u", "_s)));
    m_district->setVisible(!districts.isEmpty());

    m_model->setUnits(std::move(groups), std::move(units), schemes);
    m_tree->expandAll();
    updateActions();
}

void UnitsView::select(const QString& code, bool isGroup)
{
    const QModelIndex index = isGroup ? m_model->groupIndex(code) : m_model->unitIndex(code);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
    updateActions();
}

void UnitsView::updateActions()
{
    const bool writable = m_database && !m_database->isReadOnly();
    const QModelIndex current = m_tree->currentIndex();
    const Unit* unit = m_model->unit(current);
    const Group* group = m_model->group(current);
    m_addUnit->setEnabled(writable);
    m_addGroup->setEnabled(writable);
    m_edit->setEnabled(writable && (unit || group));
    m_archive->setEnabled(writable && unit);
    m_archive->setText(unit && unit->archived ? tr("&Restore") : tr("&Archive"));
    m_remove->setEnabled(writable && (unit || group));
}

void UnitsView::showContextMenu(const QPoint& position)
{
    if (const QModelIndex index = m_tree->indexAt(position); index.isValid()) {
        m_tree->setCurrentIndex(index);
    }
    QMenu menu(this);
    menu.addActions({m_addUnit, m_addGroup, m_edit, m_archive});
    if (const Unit* unit = m_model->unit(m_tree->currentIndex())) {
        fillMoveMenu(menu.addMenu(tr("&Move to")), *unit);
    }
    menu.addAction(m_remove);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void UnitsView::fillMoveMenu(QMenu* menu, const Unit& unit)
{
    const bool writable = m_database && !m_database->isReadOnly();
    std::vector<Group> groups;
    try {
        groups = storage::PlanRepository(*m_database).groups();
    } catch (const storage::StorageError&) {
        // The tree was read a moment ago; without the groups the menu simply stays empty.
    }
    groups.push_back({});
    for (const Group& group : groups) {
        QAction* move =
            menu->addAction(group.code.empty() ? tr("(in no cluster or block)") : DisplayText::text(group.name));
        move->setEnabled(writable && group.code != unit.groupCode);
        connect(move, &QAction::triggered, this, [this, unit, group] {
            Unit moved = unit;
            moved.groupCode = group.code;
            change([&] { storage::UnitAdmin(*m_database).updateUnit(unit.code, moved); }, tr("Cannot move the unit"),
                   DisplayText::text(unit.code), false);
        });
    }
}

void UnitsView::addUnit()
{
    if (!m_addUnit->isEnabled()) {
        return;
    }
    // The new unit goes where the selection is: into the selected group, or beside the selected unit.
    const QModelIndex current = m_tree->currentIndex();
    std::string groupCode;
    if (const Group* group = m_model->group(current)) {
        groupCode = group->code;
    } else if (const Unit* unit = m_model->unit(current)) {
        groupCode = unit->groupCode;
    }
    auto* dialog = new UnitDialog(*m_database, std::nullopt, groupCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        select(dialog->savedCode(), false);
        emit unitsChanged();
    });
    dialog->open();
}

void UnitsView::addGroup()
{
    if (!m_addGroup->isEnabled()) {
        return;
    }
    auto* dialog = new GroupDialog(*m_database, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        select(dialog->savedCode(), true);
        emit unitsChanged();
    });
    dialog->open();
}

void UnitsView::editCurrent()
{
    if (!m_edit->isEnabled()) {
        return;
    }
    const QModelIndex current = m_tree->currentIndex();
    QDialog* dialog = nullptr;
    std::function<QString()> savedCode;
    const bool isGroup = m_model->group(current) != nullptr;
    if (const Group* group = m_model->group(current)) {
        auto* groupDialog = new GroupDialog(*m_database, *group, this);
        savedCode = [groupDialog] {
            return groupDialog->savedCode();
        };
        dialog = groupDialog;
    } else if (const Unit* unit = m_model->unit(current)) {
        auto* unitDialog = new UnitDialog(*m_database, *unit, unit->groupCode, this);
        savedCode = [unitDialog] {
            return unitDialog->savedCode();
        };
        dialog = unitDialog;
    } else {
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, savedCode, isGroup] {
        reload();
        select(savedCode(), isGroup);
        emit unitsChanged();
    });
    dialog->open();
}

void UnitsView::toggleArchived()
{
    const Unit* unit = m_model->unit(m_tree->currentIndex());
    if (!m_archive->isEnabled() || !unit) {
        return;
    }
    const std::string code = unit->code;
    const bool archive = !unit->archived;
    change([&] { storage::UnitAdmin(*m_database).setArchived(code, archive); },
           archive ? tr("Cannot archive the unit") : tr("Cannot restore the unit"), DisplayText::text(code), false);
}

void UnitsView::removeCurrent()
{
    if (!m_remove->isEnabled()) {
        return;
    }
    const QModelIndex current = m_tree->currentIndex();
    if (const Group* group = m_model->group(current)) {
        removeGroup(Group(*group));
    } else if (const Unit* unit = m_model->unit(current)) {
        removeUnit(Unit(*unit));
    }
}

void UnitsView::removeUnit(const Unit& unit)
{
    const QString code = DisplayText::text(unit.code);
    bool hasData = true;
    try {
        hasData = storage::UnitAdmin(*m_database).hasData(unit.code);
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot delete the unit"), error.message());
        return;
    }
    if (hasData && unit.archived) {
        MessageBox::information(this, tr("Delete unit"),
                                tr("%1 has reports, targets or scores, so it stays in the campaign's record and "
                                   "cannot be deleted. It is already archived.")
                                    .arg(nameOf(unit)));
        return;
    }
    if (hasData) {
        // A unit with a history is never deleted; archiving is what the official most likely wants.
        const auto answer = MessageBox::question(
            this, tr("Delete unit"),
            tr("%1 has reports, targets or scores, so it stays in the campaign's record and cannot be deleted.\n\n"
               "Archive it instead? An archived unit leaves the lists and the ranking, and can be restored at any "
               "time.")
                .arg(nameOf(unit)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            change([&] { storage::UnitAdmin(*m_database).setArchived(unit.code, true); }, tr("Cannot archive the unit"),
                   code, false);
        }
        return;
    }
    const auto answer =
        MessageBox::question(this, tr("Delete unit"),
                             tr("Delete %1 (code %2)? It has no reports, targets or scores yet. This cannot be undone.")
                                 .arg(nameOf(unit), code),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        change([&] { storage::UnitAdmin(*m_database).removeUnit(unit.code); }, tr("Cannot delete the unit"),
               DisplayText::text(unit.groupCode), true);
    }
}

void UnitsView::removeGroup(const Group& group)
{
    const QString name = DisplayText::text(group.name);
    int members = 0;
    try {
        members = storage::UnitAdmin(*m_database).memberCount(group.code);
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot delete the group"), error.message());
        return;
    }
    if (members > 0) {
        MessageBox::warning(this, tr("Delete group"),
                            tr("%1 still has %n unit(s), archived ones included. Move them to another cluster or "
                               "block first (Edit, or Move to in the context menu).",
                               nullptr, members)
                                .arg(name));
        return;
    }
    const auto answer = MessageBox::question(this, tr("Delete group"),
                                             tr("Delete the empty group %1? This cannot be undone.").arg(name),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        change([&] { storage::UnitAdmin(*m_database).removeGroup(group.code); }, tr("Cannot delete the group"), {},
               true);
    }
}

void UnitsView::change(const std::function<void()>& work, const QString& title, const QString& code, bool isGroup)
{
    try {
        work();
    } catch (const storage::StorageError& error) {
        MessageBox::warning(this, title, error.message());
        return;
    }
    reload();
    select(code, isGroup);
    emit unitsChanged();
}

} // namespace thidua::gui
