#include "IndividualDialog.h"

#include "ShortlistModel.h"
#include "gui/MessageBox.h"
#include "i18n/DisplayText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QLineEdit* lineEdit(const QString& name, const std::string& text, QWidget* parent)
{
    auto* edit = new QLineEdit(DisplayText::text(text), parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

IndividualDialog::IndividualDialog(ShortlistEntry entry, const std::vector<std::pair<std::string, QString>>& units,
                                   EntrySaver save, QWidget* parent)
    : QDialog(parent)
    , m_entry(std::move(entry))
    , m_save(std::move(save))
    , m_name(lineEdit(u"personNameEdit"_s, m_entry.personName, this))
    , m_position(lineEdit(u"positionEdit"_s, m_entry.position, this))
    , m_unit(new QComboBox(this))
    , m_award(new QComboBox(this))
    , m_reached(new QCheckBox(this))
    , m_initiativeLabel(new QLabel(this))
    , m_initiative(lineEdit(u"initiativeEdit"_s, m_entry.initiative, this))
    , m_achievement(lineEdit(u"achievementEdit"_s, m_entry.achievement, this))
    , m_note(lineEdit(u"noteEdit"_s, m_entry.note, this))
{
    setObjectName(u"individualDialog"_s);
    setWindowTitle(m_entry.id == 0 ? tr("Add an individual") : tr("Edit an individual"));
    m_name->setPlaceholderText(tr("Full name, e.g. Nguyễn Văn An"));
    m_position->setPlaceholderText(tr("e.g. Chủ tịch UBND xã"));
    m_unit->setObjectName(u"unitCombo"_s);
    for (const auto& [code, name] : units) {
        m_unit->addItem(name, DisplayText::text(code));
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(DisplayText::text(m_entry.unitCode))));
    m_award->setObjectName(u"awardCombo"_s);
    for (const Award award : {Award::AdvancedWorker, Award::EmulationSoldier, Award::IndividualCertificate}) {
        m_award->addItem(ShortlistModel::awardName(award), static_cast<int>(award));
    }
    m_award->setCurrentIndex(std::max(0, m_award->findData(static_cast<int>(m_entry.award))));
    m_reached->setObjectName(u"reachedAdvancedWorkerCheck"_s);
    m_reached->setText(tr("Reached “%1” this year").arg(ShortlistModel::awardName(Award::AdvancedWorker)));
    m_reached->setChecked(m_entry.reachedAdvancedWorker);
    m_initiativeLabel->setBuddy(m_initiative);
    m_initiative->setPlaceholderText(tr("The initiative and the decision recognising it"));
    m_achievement->setPlaceholderText(tr("One line for the printed list"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Form of commendation:"), m_award);
    form->addRow(QString(), m_reached);
    form->addRow(m_initiativeLabel, m_initiative);
    form->addRow(tr("A&chievement:"), m_achievement);
    form->addRow(tr("N&ote:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &IndividualDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IndividualDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_award, &QComboBox::currentIndexChanged, this, &IndividualDialog::showInitiativeRule);
    showInitiativeRule();
    resize(560, sizeHint().height());
}

void IndividualDialog::showInitiativeRule()
{
    const bool soldier = static_cast<Award>(m_award->currentData().toInt()) == Award::EmulationSoldier;
    m_initiativeLabel->setText(soldier ? tr("&Initiative (required):") : tr("&Initiative:"));
}

ShortlistEntry IndividualDialog::entered() const
{
    ShortlistEntry entry = m_entry;
    entry.personName = m_name->text().simplified().toStdString();
    entry.position = m_position->text().simplified().toStdString();
    entry.unitCode = m_unit->currentData().toString().toStdString();
    entry.award = static_cast<Award>(m_award->currentData().toInt());
    entry.reachedAdvancedWorker = m_reached->isChecked();
    entry.initiative = m_initiative->text().trimmed().toStdString();
    entry.achievement = m_achievement->text().trimmed().toStdString();
    entry.note = m_note->text().trimmed().toStdString();
    return entry;
}

void IndividualDialog::refuse(QWidget* field, const QString& message)
{
    MessageBox::warning(this, tr("Check the entry"), message);
    if (field) {
        field->setFocus();
    }
}

void IndividualDialog::accept()
{
    const ShortlistEntry entry = entered();
    if (entry.personName.empty()) {
        refuse(m_name, tr("Enter the person's full name, as it will be printed."));
        return;
    }
    if (entry.unitCode.empty()) {
        refuse(m_unit, tr("Choose the person's unit."));
        return;
    }
    if (entry.award == Award::EmulationSoldier && entry.initiative.empty()) {
        refuse(m_initiative, tr("“%1” rests on a recognised initiative: enter the initiative.")
                                 .arg(ShortlistModel::awardName(Award::EmulationSoldier)));
        return;
    }
    if (const QString problem = m_save(entry); !problem.isEmpty()) {
        refuse(nullptr, problem);
        return;
    }
    m_entry = entry;
    QDialog::accept();
}

} // namespace thidua::gui
