// The Plan tab: which plan this is (number, date, issuer, title), a year selector when the database
// holds plans of several years, and the indicators with the district's targets. Indicators are
// added (Insert) and edited (F2 or Enter) in IndicatorDialog; a read-only database disables both.
#pragma once

#include "core/Plan.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QToolBar;
class QTreeView;

namespace thidua::storage {
class Database;
}

namespace thidua::gui {

class IndicatorTreeModel;

class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(QWidget* parent = nullptr);

    // Shows the latest plan year of `database` (nullptr: nothing). The database must outlive the
    // view's use of it, or be replaced here first.
    void setDatabase(storage::Database* database);
    int year() const { return m_year; }
    IndicatorTreeModel* model() const { return m_model; }

signals:
    // The plan year shown changed; 0 when there is none.
    void yearChanged(int year);
    // An indicator was added or changed: views built from the plan read it again.
    void planChanged();

private:
    void showYear(int year);
    void updateActions();
    void addIndicator();
    void editIndicator();
    void openDialog(const std::string& code, const std::string& headingCode);
    void showTitle(const std::optional<PlanInfo>& info);

    storage::Database* m_database = nullptr;
    int m_year = 0;
    IndicatorTreeModel* m_model;
    QLabel* m_title;
    QLabel* m_yearLabel;
    QComboBox* m_yearCombo;
    QToolBar* m_toolBar;
    QTreeView* m_tree;
    QAction* m_add;
    QAction* m_edit;
};

} // namespace thidua::gui
