#include "CollectiveDialog.h"

#include "ShortlistModel.h"
#include "gui/MessageBox.h"
#include "i18n/DisplayText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

QLineEdit* countEdit(const QString& name, std::optional<int> value, QWidget* parent)
{
    auto* edit = new QLineEdit(value ? QLocale().toString(*value) : QString(), parent);
    edit->setObjectName(name);
    edit->setAlignment(Qt::AlignRight);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u"0000000000"_s));
    return edit;
}

} // namespace

CollectiveDialog::CollectiveDialog(ShortlistEntry entry, const QString& unitName, EntrySaver save, QWidget* parent)
    : QDialog(parent)
    , m_entry(std::move(entry))
    , m_save(std::move(save))
    , m_members{countEdit(u"membersEdit"_s, m_entry.facts.members, this), tr("the number of members")}
    , m_completing{countEdit(u"completingTasksEdit"_s, m_entry.facts.completingTasks, this),
                   tr("the members who completed their tasks")}
    , m_advanced{countEdit(u"advancedWorkersEdit"_s, m_entry.facts.advancedWorkers, this),
                 tr("the members who reached “%1”").arg(ShortlistModel::awardName(Award::AdvancedWorker))}
    , m_soldiers{countEdit(u"emulationSoldiersEdit"_s, m_entry.facts.emulationSoldiers, this),
                 tr("the members who reached “%1”").arg(ShortlistModel::awardName(Award::EmulationSoldier))}
    , m_disciplined{countEdit(u"disciplinedEdit"_s, m_entry.facts.disciplined, this), tr("the members disciplined")}
    , m_achievement(new QLineEdit(DisplayText::text(m_entry.achievement), this))
    , m_note(new QLineEdit(DisplayText::text(m_entry.note), this))
{
    setObjectName(u"collectiveDialog"_s);
    setWindowTitle(tr("%1: %2").arg(unitName, ShortlistModel::awardName(m_entry.award)));
    m_achievement->setObjectName(u"achievementEdit"_s);
    m_note->setObjectName(u"noteEdit"_s);

    auto* intro = new QLabel(tr("The counts the title rests on, as the unit declares them. Leave a count empty "
                                "until it is known: the checks say which are missing."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Members (officials and workers):"), m_members.edit);
    form->addRow(tr("Completed their &tasks:"), m_completing.edit);
    form->addRow(tr("Reached “%1”:").arg(ShortlistModel::awardName(Award::AdvancedWorker)), m_advanced.edit);
    form->addRow(tr("Reached “%1”:").arg(ShortlistModel::awardName(Award::EmulationSoldier)), m_soldiers.edit);
    form->addRow(tr("&Disciplined (warning or above):"), m_disciplined.edit);
    form->addRow(tr("A&chievement:"), m_achievement);
    form->addRow(tr("N&ote:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &CollectiveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CollectiveDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(600, sizeHint().height());
}

void CollectiveDialog::refuse(QWidget* field, const QString& message)
{
    MessageBox::warning(this, tr("Check the counts"), message);
    if (field) {
        field->setFocus();
    }
}

bool CollectiveDialog::read(const Count& field, std::optional<int>& value)
{
    const QString text = field.edit->text().trimmed();
    if (text.isEmpty()) {
        value.reset();
        return true;
    }
    bool ok = false;
    // Either way of writing it: the interface locale ("1.200") or plain digits.
    int number = QLocale().toInt(text, &ok);
    if (!ok) {
        number = text.toInt(&ok);
    }
    if (!ok || number < 0) {
        refuse(field.edit, tr("“%1” is not a count for %2: write a whole number of 0 or more, or leave it empty.")
                               .arg(text, field.what));
        return false;
    }
    value = number;
    return true;
}

void CollectiveDialog::accept()
{
    ShortlistEntry entry = m_entry;
    CollectiveFacts& facts = entry.facts;
    if (!read(m_members, facts.members) || !read(m_completing, facts.completingTasks) ||
        !read(m_advanced, facts.advancedWorkers) || !read(m_soldiers, facts.emulationSoldiers) ||
        !read(m_disciplined, facts.disciplined)) {
        return;
    }
    // A part larger than the whole is a typing slip: say which, before the checks read it as a rule.
    if (facts.members) {
        for (const auto& [part, field] :
             {std::pair{facts.completingTasks, &m_completing}, std::pair{facts.advancedWorkers, &m_advanced},
              std::pair{facts.emulationSoldiers, &m_soldiers}, std::pair{facts.disciplined, &m_disciplined}}) {
            if (part && *part > *facts.members) {
                refuse(field->edit, tr("The count of %1 (%2) is larger than the number of members (%3).")
                                        .arg(field->what)
                                        .arg(*part)
                                        .arg(*facts.members));
                return;
            }
        }
    }
    entry.achievement = m_achievement->text().trimmed().toStdString();
    entry.note = m_note->text().trimmed().toStdString();
    if (const QString problem = m_save(entry); !problem.isEmpty()) {
        refuse(nullptr, problem);
        return;
    }
    m_entry = entry;
    QDialog::accept();
}

} // namespace thidua::gui
