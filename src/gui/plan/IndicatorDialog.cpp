#include "IndicatorDialog.h"

#include "NumberField.h"

#include "gui/MessageBox.h"
#include "i18n/DisplayText.h"
#include "storage/IndicatorAdmin.h"
#include "storage/PlanRepository.h"
#include "storage/StorageError.h"
#include "storage/UnitAdmin.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

constexpr IndicatorKind kKinds[] = {
    IndicatorKind::AtLeast,          IndicatorKind::AtMost,  IndicatorKind::ReduceBy,   IndicatorKind::IncreaseBy,
    IndicatorKind::Maintain,         IndicatorKind::Boolean, IndicatorKind::ZeroEvents, IndicatorKind::BelowBaseline,
    IndicatorKind::NotAboveBaseline, IndicatorKind::AllOf,   IndicatorKind::NamedSet,
};

// When a unit meets the indicator, in one sentence (spec/computation.md): the kind's name alone
// does not tell an official which figure the report must carry.
QString kindHelp(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::AtLeast:
        return IndicatorDialog::tr("Met when the actual reaches the target.");
    case IndicatorKind::AtMost:
        return IndicatorDialog::tr("Met when the actual stays at or below the target, e.g. a rate of malnutrition.");
    case IndicatorKind::ReduceBy:
        return IndicatorDialog::tr("Met when the actual is below the baseline by at least the target; the report "
                                   "carries the baseline.");
    case IndicatorKind::IncreaseBy:
        return IndicatorDialog::tr("Met when the actual is above the baseline by at least the target; the report "
                                   "carries the baseline.");
    case IndicatorKind::Maintain:
        return IndicatorDialog::tr("Met when the level reached is kept: the actual is at least the target level.");
    case IndicatorKind::Boolean:
        return IndicatorDialog::tr("Met when the report says achieved (1); 0 means not achieved.");
    case IndicatorKind::ZeroEvents:
        return IndicatorDialog::tr("Met when nothing happened: the actual is 0.");
    case IndicatorKind::BelowBaseline:
        return IndicatorDialog::tr("Met when the actual is below the same period of last year.");
    case IndicatorKind::NotAboveBaseline:
        return IndicatorDialog::tr("Met when the actual is not above the same period of last year.");
    case IndicatorKind::AllOf:
        return IndicatorDialog::tr("Met when every sub-indicator is met.");
    case IndicatorKind::NamedSet:
        return IndicatorDialog::tr("Met when the named units below reach the standard; the report ticks each one.");
    }
    return {};
}

QString indicatorLabel(const Indicator& indicator)
{
    return u"%1 \u2013 %2"_s.arg(DisplayText::text(indicator.code), DisplayText::text(indicator.name));
}

} // namespace

IndicatorDialog::IndicatorDialog(storage::Database& database, const std::string& code, const std::string& headingCode,
                                 QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_unitOfMeasure(new QLineEdit(this))
    , m_heading(new QComboBox(this))
    , m_parent(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_kindHelp(new QLabel(this))
    , m_basis(new QComboBox(this))
    , m_share(new QLineEdit(this))
    , m_min(new QLineEdit(this))
    , m_max(new QLineEdit(this))
    , m_members(new QListWidget(this))
{
    setObjectName(u"indicatorDialog"_s);
    readPlan(code);
    setWindowTitle(m_existing ? tr("Indicator %1").arg(DisplayText::text(m_existing->code)) : tr("New indicator"));
    buildForm();
    fill(m_existing.value_or(Indicator{}), m_existing ? m_existing->headingCode : headingCode);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IndicatorDialog::updateDependentFields);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &IndicatorDialog::updateDependentFields);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &IndicatorDialog::updateDependentFields);
    connect(m_members, &QListWidget::itemChanged, this, &IndicatorDialog::updateDependentFields);
    updateDependentFields();
    resize(680, sizeHint().height());
}

void IndicatorDialog::readPlan(const std::string& code)
{
    try {
        const storage::PlanRepository plan(m_database);
        m_indicators = plan.indicators();
        m_headings = plan.headings();
        m_units = plan.units();
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot read the plan"), error.message());
    }
    for (const Indicator& indicator : m_indicators) {
        if (!code.empty() && indicator.code == code) {
            m_existing = indicator;
        }
    }
}

void IndicatorDialog::buildForm()
{
    m_code->setObjectName(u"indicatorCodeEdit"_s);
    m_name->setObjectName(u"indicatorNameEdit"_s);
    m_unitOfMeasure->setObjectName(u"indicatorUnitEdit"_s);
    m_heading->setObjectName(u"indicatorHeadingCombo"_s);
    m_parent->setObjectName(u"indicatorParentCombo"_s);
    m_kind->setObjectName(u"indicatorKindCombo"_s);
    m_kindHelp->setObjectName(u"indicatorKindHelp"_s);
    m_basis->setObjectName(u"indicatorBasisCombo"_s);
    m_share->setObjectName(u"indicatorShareEdit"_s);
    m_min->setObjectName(u"indicatorMinEdit"_s);
    m_max->setObjectName(u"indicatorMaxEdit"_s);
    m_members->setObjectName(u"indicatorMembersList"_s);

    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9_.\\-]{0,32}"_s), m_code));
    m_code->setPlaceholderText(tr("e.g. XH14"));
    m_kindHelp->setWordWrap(true);
    m_share->setPlaceholderText(NumberField::text(0.5));
    m_min->setPlaceholderText(tr("no minimum"));
    m_max->setPlaceholderText(tr("no maximum"));
    m_members->setMinimumHeight(150);

    // The units of measure already in the plan, so the same one is spelt the same way.
    std::set<QString> measures;
    for (const Indicator& indicator : m_indicators) {
        if (!indicator.unitOfMeasure.empty()) {
            measures.insert(DisplayText::text(indicator.unitOfMeasure));
        }
    }
    auto* completer = new QCompleter(QStringList(measures.begin(), measures.end()), m_unitOfMeasure);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_unitOfMeasure->setCompleter(completer);

    for (const Heading& heading : m_headings) {
        m_heading->addItem(u"%1 \u2013 %2"_s.arg(DisplayText::text(heading.code), DisplayText::text(heading.name)),
                           DisplayText::text(heading.code));
    }
    for (const IndicatorKind kind : kKinds) {
        m_kind->addItem(DisplayText::kind(kind), static_cast<int>(kind));
    }
    for (const PeriodBasis basis : {PeriodBasis::Level, PeriodBasis::Cumulative, PeriodBasis::YearEnd}) {
        m_basis->addItem(DisplayText::basis(basis), static_cast<int>(basis));
    }
    for (QComboBox* combo : {m_heading, m_parent}) {
        // Names are long; the combo should not stretch the dialog to fit the longest one.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(40);
    }

    auto* range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("from"), this));
    range->addWidget(m_min);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_max);
    auto* share = new QHBoxLayout;
    share->addWidget(m_share);
    share->addWidget(new QLabel(tr("of the year's target is expected by 30 June"), this), 1);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Code:"), m_code);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Unit of measure:"), m_unitOfMeasure);
    m_form->addRow(tr("&Heading:"), m_heading);
    m_form->addRow(tr("&Part of:"), m_parent);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(QString(), m_kindHelp);
    m_form->addRow(tr("Period &basis:"), m_basis);
    // A row holding a layout has no buddy of its own: the label is given one so Alt+S and Alt+R work.
    auto* shareLabel = new QLabel(tr("Mid-year &share:"), this);
    shareLabel->setBuddy(m_share);
    auto* rangeLabel = new QLabel(tr("Valid &range:"), this);
    rangeLabel->setBuddy(m_min);
    m_form->addRow(shareLabel, share);
    m_form->addRow(rangeLabel, range);
    m_form->addRow(tr("Named &units:"), m_members);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IndicatorDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
}

void IndicatorDialog::fill(const Indicator& indicator, const std::string& headingCode)
{
    m_code->setText(DisplayText::text(indicator.code));
    m_code->setReadOnly(m_existing.has_value());
    m_code->setToolTip(m_existing ? tr("Reports, targets and criteria refer to the indicator by its code.")
                                  : QString());
    m_name->setText(DisplayText::text(indicator.name));
    m_unitOfMeasure->setText(DisplayText::text(indicator.unitOfMeasure));
    m_heading->setCurrentIndex(std::max(0, m_heading->findData(DisplayText::text(headingCode))));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(indicator.kind)));
    m_basis->setCurrentIndex(m_basis->findData(static_cast<int>(indicator.basis)));
    m_share->setText(NumberField::text(indicator.midYearShare));
    m_min->setText(NumberField::text(indicator.minValue));
    m_max->setText(NumberField::text(indicator.maxValue));

    // An indicator cannot sit under itself or under one of its own sub-indicators.
    std::set<std::string> excluded;
    if (m_existing) {
        excluded.insert(indicator.code);
        for (bool grew = true; grew;) {
            grew = false;
            for (const Indicator& other : m_indicators) {
                if (excluded.contains(other.parentCode) && excluded.insert(other.code).second) {
                    grew = true;
                }
            }
        }
    }
    m_parent->addItem(tr("(none: directly under the heading)"), QString());
    for (const Indicator& other : m_indicators) {
        if (!excluded.contains(other.code)) {
            m_parent->addItem(indicatorLabel(other), DisplayText::text(other.code));
        }
    }
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(DisplayText::text(indicator.parentCode))));

    const std::set<std::string> named(indicator.memberCodes.begin(), indicator.memberCodes.end());
    for (const Unit& unit : m_units) {
        // The district names nobody but its communes and agencies; archived units only if named before.
        if (unit.kind == UnitKind::District || (unit.archived && !named.contains(unit.code))) {
            continue;
        }
        auto* item = new QListWidgetItem(DisplayText::text(unit.name), m_members);
        item->setData(Qt::UserRole, DisplayText::text(unit.code));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(named.contains(unit.code) ? Qt::Checked : Qt::Unchecked);
    }
}

void IndicatorDialog::updateDependentFields()
{
    const auto kind = static_cast<IndicatorKind>(m_kind->currentData().toInt());
    const auto basis = static_cast<PeriodBasis>(m_basis->currentData().toInt());
    m_kindHelp->setText(kindHelp(kind));
    // The mid-year share only shapes a cumulative target at the six-month review.
    m_share->setEnabled(basis == PeriodBasis::Cumulative);
    // A sub-indicator is listed under its parent, so it takes the parent's heading.
    const QString parent = m_parent->currentData().toString();
    for (const Indicator& indicator : m_indicators) {
        if (DisplayText::text(indicator.code) == parent) {
            m_heading->setCurrentIndex(std::max(0, m_heading->findData(DisplayText::text(indicator.headingCode))));
        }
    }
    m_heading->setEnabled(parent.isEmpty());
    // Named units belong to named_set alone; ticks left from another kind stay visible so the
    // check on OK can point at them.
    bool ticked = false;
    for (int row = 0; row < m_members->count(); ++row) {
        ticked = ticked || m_members->item(row)->checkState() == Qt::Checked;
    }
    m_form->setRowVisible(m_members, kind == IndicatorKind::NamedSet || ticked);
}

bool IndicatorDialog::readNumber(QLineEdit* field, const QString& what, std::optional<double>& value)
{
    const NumberField::Reading reading = NumberField::read(field->text(), what);
    if (!reading.error.isEmpty()) {
        refuse(field, reading.error);
        return false;
    }
    value = reading.value;
    return true;
}

void IndicatorDialog::refuse(QWidget* field, const QString& message)
{
    MessageBox::warning(this, tr("Check the indicator"), message);
    if (field) {
        field->setFocus();
    }
}

std::optional<Indicator> IndicatorDialog::enteredIndicator()
{
    Indicator indicator = m_existing.value_or(Indicator{});
    indicator.code = m_code->text().trimmed().toStdString();
    indicator.name = m_name->text().simplified().toStdString();
    indicator.unitOfMeasure = m_unitOfMeasure->text().simplified().toStdString();
    indicator.headingCode = m_heading->currentData().toString().toStdString();
    indicator.parentCode = m_parent->currentData().toString().toStdString();
    indicator.kind = static_cast<IndicatorKind>(m_kind->currentData().toInt());
    indicator.basis = static_cast<PeriodBasis>(m_basis->currentData().toInt());
    indicator.memberCodes.clear();
    for (int row = 0; row < m_members->count(); ++row) {
        if (m_members->item(row)->checkState() == Qt::Checked) {
            indicator.memberCodes.push_back(m_members->item(row)->data(Qt::UserRole).toString().toStdString());
        }
    }

    if (!m_existing) {
        if (!storage::isValidCode(indicator.code)) {
            refuse(m_code, tr("Enter a code for the indicator: letters without accents, digits, '_', '.' or '-', "
                              "e.g. XH14."));
            return std::nullopt;
        }
        for (const Indicator& other : m_indicators) {
            if (other.code == indicator.code) {
                refuse(m_code, tr("The code %1 is already used by the indicator %2.")
                                   .arg(DisplayText::text(other.code), DisplayText::text(other.name)));
                return std::nullopt;
            }
        }
    }
    if (indicator.name.empty()) {
        refuse(m_name, tr("Enter the indicator's name, as in the plan."));
        return std::nullopt;
    }
    if (!readNumber(m_share, tr("Mid-year share"), indicator.midYearShare) ||
        !readNumber(m_min, tr("Minimum"), indicator.minValue) ||
        !readNumber(m_max, tr("Maximum"), indicator.maxValue)) {
        return std::nullopt;
    }
    if (indicator.basis != PeriodBasis::Cumulative) {
        indicator.midYearShare.reset();
    } else if (indicator.midYearShare && (*indicator.midYearShare <= 0 || *indicator.midYearShare > 1)) {
        refuse(m_share, tr("The mid-year share is a part of the year's target: above 0 and at most 1, e.g. %1 "
                           "for half of it by 30 June.")
                            .arg(NumberField::text(0.5)));
        return std::nullopt;
    }
    if (indicator.minValue && indicator.maxValue && *indicator.minValue > *indicator.maxValue) {
        refuse(m_min, tr("The minimum (%1) is above the maximum (%2).")
                          .arg(NumberField::text(indicator.minValue), NumberField::text(indicator.maxValue)));
        return std::nullopt;
    }
    if (indicator.kind == IndicatorKind::NamedSet && indicator.memberCodes.empty()) {
        refuse(m_members, tr("Tick the units that must reach the standard."));
        return std::nullopt;
    }
    if (indicator.kind != IndicatorKind::NamedSet && !indicator.memberCodes.empty()) {
        refuse(m_members, tr("Only the kind '%1' names units. Untick them, or choose that kind.")
                              .arg(DisplayText::kind(IndicatorKind::NamedSet)));
        return std::nullopt;
    }
    return indicator;
}

void IndicatorDialog::accept()
{
    const std::optional<Indicator> indicator = enteredIndicator();
    if (!indicator) {
        return;
    }
    try {
        storage::IndicatorAdmin admin(m_database);
        if (m_existing) {
            admin.updateIndicator(*indicator);
        } else {
            admin.addIndicator(*indicator);
        }
    } catch (const storage::StorageError& error) {
        refuse(nullptr, error.message());
        return;
    }
    m_savedCode = DisplayText::text(indicator->code);
    QDialog::accept();
}

} // namespace thidua::gui
