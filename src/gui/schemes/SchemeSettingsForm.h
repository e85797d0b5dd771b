// The scheme's own settings beside its criteria: name, scale S, bonus cap and flag threshold (each
// empty for the default of computation.md, with the value in effect shown beside it, in points),
// and the title bands. Changes are stored through the criteria model, which holds the scheme.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace thidua::gui {

class CriteriaModel;
class TitleBandsModel;

class SchemeSettingsForm : public QWidget
{
    Q_OBJECT

public:
    SchemeSettingsForm(CriteriaModel* criteria, QWidget* parent = nullptr);

    // Fills the fields from the scheme the criteria model holds (after picking another scheme).
    void load();
    // Shows the values in effect again (after any stored change, e.g. a maximum).
    void showEffective();
    TitleBandsModel* titleBands() const { return m_titleBands; }

private:
    enum class Field
    {
        Name,
        Scale,
        BonusCap,
        FlagThreshold,
    };

    void apply(Field field);
    void refuse(QLineEdit* edit, const QString& message);
    void accept(QLineEdit* edit);
    QLineEdit* editOf(Field field) const;

    CriteriaModel* m_criteria;
    TitleBandsModel* m_titleBands;
    QLineEdit* m_name;
    QLineEdit* m_scale;
    QLineEdit* m_bonusCap;
    QLineEdit* m_flagThreshold;
    QLabel* m_scaleEffective;
    QLabel* m_bonusCapEffective;
    QLabel* m_flagThresholdEffective;
    QTableView* m_bandsTable;
    QPushButton* m_addBand;
    QPushButton* m_removeBand;
    QLabel* m_message;
};

} // namespace thidua::gui
