#include "CopyYearDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace thidua::gui {

CopyYearDialog::CopyYearDialog(const std::vector<int>& planned, const std::vector<int>& withTargets, int current,
                               QWidget* parent)
    : QDialog(parent)
    , m_withTargets(withTargets)
    , m_from(new QComboBox(this))
    , m_to(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Copy the plan to a new year"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_from->setObjectName(u"copyFromYear"_s);
    m_to->setObjectName(u"copyToYear"_s);
    for (const int year : planned) {
        m_from->addItem(QString::number(year), year);
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(current)));
    // A year is not a quantity: no group separator (2.022).
    m_to->setGroupSeparatorShown(false);
    m_to->setRange(2000, 2100);
    int next = planned.empty() ? current + 1 : planned.back() + 1;
    while (hasTargets(next)) {
        ++next;
    }
    m_to->setValue(next);

    auto* explanation = new QLabel(tr("Every target of the chosen year, of the district and of each unit, is copied "
                                      "to the new year; its two reporting periods are created. Change the new "
                                      "targets in the grid afterwards."),
                                   this);
    explanation->setWordWrap(true);
    m_problem->setObjectName(u"copyYearProblem"_s);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Copy"));

    auto* form = new QFormLayout;
    form->addRow(tr("Copy the plan of &year:"), m_from);
    form->addRow(tr("To the new &year:"), m_to);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QComboBox::currentIndexChanged, this, &CopyYearDialog::check);
    connect(m_to, &QSpinBox::valueChanged, this, &CopyYearDialog::check);
    check();
}

int CopyYearDialog::fromYear() const
{
    return m_from->currentData().toInt();
}

int CopyYearDialog::toYear() const
{
    return m_to->value();
}

bool CopyYearDialog::hasTargets(int year) const
{
    return std::find(m_withTargets.begin(), m_withTargets.end(), year) != m_withTargets.end();
}

// A year that already has targets is refused here, before storage would refuse it: the official
// sees why at once and picks another.
void CopyYearDialog::check()
{
    const bool taken = hasTargets(toYear());
    m_problem->setText(taken ? tr("%1 already has targets: choose a year without any.").arg(toYear()) : QString());
    m_problem->setVisible(taken);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!taken && m_from->count() > 0 && fromYear() != toYear());
}

} // namespace thidua::gui
