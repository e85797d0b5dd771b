// The Units tab: the district unit on its own line (it reports district-wide figures and is never
// ranked), then the clusters and blocks with their members.
#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

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

    void setDatabase(storage::Database* database); // nullptr: nothing
    UnitTreeModel* model() const { return m_model; }

private:
    UnitTreeModel* m_model;
    QLabel* m_district;
    QTreeView* m_tree;
};

} // namespace thidua::gui
