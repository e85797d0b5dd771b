// The completeness screen: for one reporting period, which units have sent their report, on time or
// late, how many values each still owes, which reports are approved; a double-click (or Enter) on a
// unit asks for its report form. The period's deadline is set here too, where its effect is seen.
#pragma once

#include "core/Plan.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace thidua::gui {

class CompletenessModel;
class DatabaseSession;

class CompletenessView : public QWidget
{
    Q_OBJECT

public:
    // Follows the session: another database, or none, is shown as soon as it is open.
    explicit CompletenessView(DatabaseSession* session, QWidget* parent = nullptr);

    CompletenessModel* model() const { return m_model; }
    QString periodCode() const;
    // Selects the period with that code, if the plan has it.
    void setPeriod(const QString& periodCode);

public slots:
    // Reads the period again: call after values were saved or a report submitted elsewhere. The view
    // also refreshes itself whenever it is shown.
    void refresh();

signals:
    void openReportRequested(const QString& unitCode, const QString& periodCode);
    // The deadline of that period was changed here (the Phases tab shows deadlines too).
    void deadlineChanged(const QString& periodCode);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reloadPeriods();
    void showDeadline();
    void setDeadline();
    void requestOpen(const QModelIndex& index);
    const Period* currentPeriod() const;

    DatabaseSession* m_session;
    std::vector<Period> m_periods;
    CompletenessModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_periodCombo;
    QDateEdit* m_deadlineEdit;
    QLabel* m_deadlineState;
    QPushButton* m_setDeadline;
    QLabel* m_summary;
    QTableView* m_table;
};

} // namespace thidua::gui
