#include "ScoreSummary.h"

#include "gui/schemes/SchemeText.h"

#include <QFormLayout>
#include <QLabel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QLabel* valueLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ScoreSummary::ScoreSummary(QWidget* parent)
    : QGroupBox(tr("Total for the period"), parent)
    , m_points(valueLabel(u"criteriaPointsValue"_s, this))
    , m_base(valueLabel(u"baseValue"_s, this))
    , m_bonus(valueLabel(u"bonusValue"_s, this))
    , m_deductions(valueLabel(u"deductionsValue"_s, this))
    , m_total(valueLabel(u"totalValue"_s, this))
    , m_eligibility(new QLabel(this))
    , m_scaleNote(new QLabel(this))
{
    setObjectName(u"scoreSummary"_s);
    QFont bold = m_total->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_total->setFont(bold);
    m_eligibility->setObjectName(u"eligibilityLabel"_s);
    m_eligibility->setWordWrap(true);
    m_eligibility->setTextFormat(Qt::PlainText);
    m_scaleNote->setObjectName(u"scaleNoteLabel"_s);
    m_scaleNote->setWordWrap(true);
    m_scaleNote->setTextFormat(Qt::PlainText);

    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Criteria points:"), m_points);
    layout->addRow(tr("Base on the scale S:"), m_base);
    layout->addRow(tr("Bonus counted:"), m_bonus);
    layout->addRow(tr("Deductions:"), m_deductions);
    layout->addRow(tr("Total:"), m_total);
    layout->addRow(m_eligibility);
    layout->addRow(m_scaleNote);
    showNone({});
}

void ScoreSummary::showScore(const UnitScore& score, double scale)
{
    m_points->setText(
        tr("%1 of %2 applicable").arg(SchemeText::points(score.points), SchemeText::number(score.applicableMax)));
    m_base->setText(tr("%1 (scale %2)").arg(SchemeText::points(score.base), SchemeText::number(scale)));
    QString bonus = u"+"_s + SchemeText::points(score.bonusApplied);
    if (score.bonusItems > score.bonusApplied + 1e-9) {
        bonus = tr("%1 (capped; %2 entered)").arg(bonus, SchemeText::points(score.bonusItems));
    }
    m_bonus->setText(bonus);
    // A minus sign only before something taken away: "−0,00" reads as a sign error.
    m_deductions->setText(score.deductions > 0 ? u"\u2212"_s + SchemeText::points(score.deductions)
                                               : SchemeText::points(score.deductions));
    m_total->setText(SchemeText::points(score.total));
    const auto notApplicable = std::count_if(score.criteria.begin(), score.criteria.end(),
                                             [](const CriterionScore& criterion) { return !criterion.applicable; });
    // Why the base is not the plain sum of points: computation.md rescales over the applicable criteria.
    m_scaleNote->setText(notApplicable == 0 ? QString()
                                            : tr("%n criteria do not apply to the unit in this period (no target "
                                                 "assigned): the points are brought to the scale over the others.",
                                                 nullptr, static_cast<int>(notApplicable)));
    QStringList vetoes;
    for (const std::string& code : score.vetoedBy) {
        vetoes << QString::fromStdString(code);
    }
    m_eligibility->setText(score.eligible ? tr("No veto criterion failed: the unit may be proposed.")
                                          : u"\u26a0 "_s + tr("Veto criterion %1 not met: the unit is scored and "
                                                              "ranked but cannot be proposed for commendation.")
                                                               .arg(vetoes.join(u", "_s)));
}

void ScoreSummary::showNone(const QString& reason)
{
    for (QLabel* label : {m_points, m_base, m_bonus, m_deductions, m_total}) {
        label->setText(u"\u2013"_s);
    }
    m_eligibility->setText(reason);
    m_scaleNote->clear();
}

} // namespace thidua::gui
