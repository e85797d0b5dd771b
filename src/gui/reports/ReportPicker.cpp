#include "ReportPicker.h"

#include "i18n/DisplayText.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

constexpr int CodeRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;

void selectData(QComboBox* combo, const QString& code)
{
    const int found = combo->findData(code, CodeRole);
    if (found >= 0) {
        combo->setCurrentIndex(found);
    }
}

} // namespace

ReportPicker::ReportPicker(QWidget* parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_unit(new QComboBox(this))
{
    m_period->setObjectName(u"reportPeriodCombo"_s);
    m_unit->setObjectName(u"reportUnitCombo"_s);
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->setMinimumContentsLength(32);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->lineEdit()->setPlaceholderText(tr("Type part of the unit's name or code"));
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(periodLabel);
    layout->addWidget(m_period);
    layout->addSpacing(12);
    layout->addWidget(unitLabel);
    layout->addWidget(m_unit);
    layout->addStretch(1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportPicker::chosen);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ReportPicker::chosen);
    // Text typed that names no unit is put back to the unit shown, so the field never lies.
    connect(m_unit->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_unit->currentIndex() >= 0 && m_unit->lineEdit()->text() != m_unit->currentText()) {
            m_unit->lineEdit()->setText(m_unit->itemText(m_unit->currentIndex()));
        }
    });
}

void ReportPicker::setChoices(const std::vector<Period>& periods, const std::vector<Unit>& units)
{
    const QSignalBlocker blockPeriod(m_period);
    const QSignalBlocker blockUnit(m_unit);
    const QString period = QString::fromStdString(periodCode());
    const QString unit = QString::fromStdString(unitCode());
    m_period->clear();
    m_unit->clear();
    for (const Period& p : periods) {
        m_period->addItem(DisplayText::text(p.name));
        m_period->setItemData(m_period->count() - 1, DisplayText::text(p.code), CodeRole);
        m_period->setItemData(m_period->count() - 1, DisplayText::text(p.name), NameRole);
    }
    for (const Unit& u : units) {
        if (u.archived) {
            continue;
        }
        m_unit->addItem(u"%1 (%2)"_s.arg(DisplayText::text(u.name), DisplayText::text(u.code)));
        m_unit->setItemData(m_unit->count() - 1, DisplayText::text(u.code), CodeRole);
        m_unit->setItemData(m_unit->count() - 1, DisplayText::text(u.name), NameRole);
    }
    m_period->setCurrentIndex(m_period->count() - 1);
    m_unit->setCurrentIndex(m_unit->count() > 0 ? 0 : -1);
    selectData(m_period, period);
    selectData(m_unit, unit);
}

bool ReportPicker::select(const std::string& unitCode, const std::string& periodCode)
{
    const int unit = m_unit->findData(QString::fromStdString(unitCode), CodeRole);
    const int period = m_period->findData(QString::fromStdString(periodCode), CodeRole);
    if (unit < 0 || period < 0) {
        return false;
    }
    const QSignalBlocker blockPeriod(m_period);
    const QSignalBlocker blockUnit(m_unit);
    m_unit->setCurrentIndex(unit);
    m_period->setCurrentIndex(period);
    return true;
}

std::string ReportPicker::unitCode() const
{
    return m_unit->currentData(CodeRole).toString().toStdString();
}

std::string ReportPicker::periodCode() const
{
    return m_period->currentData(CodeRole).toString().toStdString();
}

QString ReportPicker::unitName() const
{
    return m_unit->currentData(NameRole).toString();
}

QString ReportPicker::periodName() const
{
    return m_period->currentData(NameRole).toString();
}

} // namespace thidua::gui
