#include "GroupDialog.h"

#include "gui/MessageBox.h"
#include "i18n/DisplayText.h"
#include "storage/PlanRepository.h"
#include "storage/StorageError.h"
#include "storage/UnitAdmin.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {

GroupDialog::GroupDialog(storage::Database& database, const std::optional<Group>& existing, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_existing(existing)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_scheme(new QComboBox(this))
{
    setObjectName(u"groupDialog"_s);
    setWindowTitle(existing ? tr("Group %1").arg(DisplayText::text(existing->name)) : tr("New cluster or block"));
    m_code->setObjectName(u"groupCodeEdit"_s);
    m_name->setObjectName(u"groupNameEdit"_s);
    m_kind->setObjectName(u"groupKindCombo"_s);
    m_scheme->setObjectName(u"groupSchemeCombo"_s);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9_.\\-]{0,32}"_s), m_code));
    m_code->setPlaceholderText(tr("e.g. CUM_2"));
    m_name->setPlaceholderText(tr("e.g. Cụm thi đua số 2"));

    for (const GroupKind kind : {GroupKind::Cluster, GroupKind::Block}) {
        m_kind->addItem(DisplayText::groupKind(kind), static_cast<int>(kind));
    }
    m_scheme->addItem(tr("(no scheme yet: members are not scored)"), QString());
    std::vector<Scheme> schemes;
    try {
        schemes = storage::PlanRepository(database).schemes();
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot read the schemes"), error.message());
    }
    for (const Scheme& scheme : schemes) {
        m_scheme->addItem(DisplayText::text(scheme.name), DisplayText::text(scheme.code));
    }

    if (existing) {
        m_code->setText(DisplayText::text(existing->code));
        m_code->setReadOnly(true);
        m_code->setToolTip(tr("Import files name the group of each unit by this code, so it does not change."));
        m_name->setText(DisplayText::text(existing->name));
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(existing->kind)));
        m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(DisplayText::text(existing->schemeCode))));
    } else if (m_scheme->count() > 1) {
        m_scheme->setCurrentIndex(1);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Scoring &scheme:"), m_scheme);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GroupDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

Group GroupDialog::enteredGroup() const
{
    Group group;
    group.code = m_code->text().trimmed().toStdString();
    group.name = m_name->text().simplified().toStdString();
    group.kind = static_cast<GroupKind>(m_kind->currentData().toInt());
    group.schemeCode = m_scheme->currentData().toString().toStdString();
    return group;
}

// Manual scores are entered against the criteria of the group's scheme: under another scheme they
// no longer count, so the office decides knowingly.
bool GroupDialog::schemeChangeConfirmed(const Group& group)
{
    if (!m_existing || m_existing->schemeCode == group.schemeCode) {
        return true;
    }
    const int scores = storage::UnitAdmin(m_database).manualScoresInGroup(group.code);
    if (scores == 0) {
        return true;
    }
    return MessageBox::question(this, tr("Change the scoring scheme"),
                                tr("Units of this group have %n manual score(s) entered against the criteria of "
                                   "the current scheme. Under the new scheme they no longer count. Change the "
                                   "scheme?",
                                   nullptr, scores),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void GroupDialog::accept()
{
    const Group group = enteredGroup();
    if (group.name.empty()) {
        MessageBox::warning(this, tr("Check the group"), tr("Enter the group's name."));
        m_name->setFocus();
        return;
    }
    if (!storage::isValidCode(group.code)) {
        MessageBox::warning(this, tr("Check the group"),
                            tr("Enter a code for the group: letters without accents, digits, '_', '.' or '-', "
                               "e.g. CUM_2."));
        m_code->setFocus();
        return;
    }
    try {
        if (!schemeChangeConfirmed(group)) {
            return;
        }
        storage::UnitAdmin admin(m_database);
        if (m_existing) {
            admin.updateGroup(group);
        } else {
            admin.addGroup(group);
        }
    } catch (const storage::StorageError& error) {
        MessageBox::warning(this, tr("Check the group"), error.message());
        return;
    }
    m_savedCode = DisplayText::text(group.code);
    QDialog::accept();
}

} // namespace thidua::gui
