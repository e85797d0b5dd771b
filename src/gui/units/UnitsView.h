// The Units tab: the district unit on its own line (it reports district-wide figures and is never
// ranked), then the clusters and blocks with their members, and what Phòng Nội vụ does to them:
// add, rename, move to another cluster or block, archive and restore, delete what was never used.
// Keyboard: Insert adds a unit, F2 or Enter edits, Delete deletes (or offers to archive). Every
// change is stored at once; a read-only database disables them all.
#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QTreeView;

namespace thidua {
struct Group;
struct Unit;
} // namespace thidua

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

class UnitTreeModel;

class UnitsView : public QWidget
{
    Q_OBJECT

public:
    explicit UnitsView(QWidget* parent = nullptr);

    // nullptr: nothing. The database must outlive the view's use of it, or be replaced here first.
    void setDatabase(storage::Database* database);
    UnitTreeModel* model() const { return m_model; }

signals:
    // A unit or group was added, changed or deleted: views that list units read them again.
    void unitsChanged();

private:
    QAction* makeAction(const QString& name, const QString& text, const QKeySequence& shortcut,
                        void (UnitsView::*slot)());
    void reload();
    void select(const QString& code, bool isGroup);
    void updateActions();
    void showContextMenu(const QPoint& position);
    void fillMoveMenu(QMenu* menu, const Unit& unit);

    void addUnit();
    void addGroup();
    void editCurrent();
    void toggleArchived();
    void removeCurrent();
    void removeUnit(const Unit& unit);
    void removeGroup(const Group& group);
    // Runs one stored change; on success reloads, selects the item and announces the change.
    void change(const std::function<void()>& work, const QString& title, const QString& code, bool isGroup);

    storage::Database* m_database = nullptr;
    UnitTreeModel* m_model;
    QLabel* m_district;
    QToolBar* m_toolBar;
    QTreeView* m_tree;
    QAction* m_addUnit;
    QAction* m_addGroup;
    QAction* m_edit;
    QAction* m_archive;
    QAction* m_remove;
};

} // namespace thidua::gui
