// The Schemes tab: pick a scoring scheme, edit its settings, title bands and criteria, and see the
// totals as you edit (Σ M per heading and overall, the scale, the bonus cap and the flag threshold
// in points). Every valid change is stored at once, in one transaction; removing a criterion that
// holds manual scores asks first, because the scores go with it.
#pragma once

#include "core/Plan.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace thidua::gui {

class CriteriaModel;
class DatabaseSession;
class SchemeSettingsForm;
struct CriterionRename;

class SchemesView : public QWidget
{
    Q_OBJECT

public:
    SchemesView(DatabaseSession* session, QWidget* parent = nullptr);

    CriteriaModel* criteriaModel() const { return m_criteria; }
    SchemeSettingsForm* settingsForm() const { return m_settings; }
    // Shows the scheme with that code, if the database has it.
    void selectScheme(const QString& code);

public slots:
    // Reads the schemes again (View > Refresh): another user may have changed them.
    void refresh() { reload(); }

signals:
    // A scheme was stored: screens showing scores read them again.
    void schemesChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void showScheme(const QString& code);
    bool store(const Scheme& candidate, const std::optional<CriterionRename>& rename);
    bool confirmLostScores(const Scheme& candidate, const std::optional<CriterionRename>& rename);
    void showTotals();
    void updateButtons();
    void addCriterion();
    void removeCriterion();
    void moveCriterion(int delta);

    DatabaseSession* m_session;
    CriteriaModel* m_criteria;
    QComboBox* m_schemeCombo;
    QLabel* m_note;
    SchemeSettingsForm* m_settings;
    QLabel* m_totals;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QLabel* m_message;
};

} // namespace thidua::gui
