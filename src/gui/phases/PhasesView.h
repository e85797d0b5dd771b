// The Phases tab: the year's campaign phases and reporting periods, and below them the events the
// selected phase salutes (they are long, so they get room of their own rather than a column).
#pragma once

#include <QWidget>

class QGroupBox;
class QTextBrowser;
class QTreeView;

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

class PhaseTreeModel;

class PhasesView : public QWidget
{
    Q_OBJECT

public:
    explicit PhasesView(QWidget* parent = nullptr);

    // Shows the phases of `year` in `database` (nullptr or year 0: nothing).
    void showYear(storage::Database* database, int year);
    PhaseTreeModel* model() const { return m_model; }

private:
    void showSalutes();

    PhaseTreeModel* m_model;
    QTreeView* m_tree;
    QGroupBox* m_salutesBox;
    QTextBrowser* m_salutes;
};

} // namespace thidua::gui
