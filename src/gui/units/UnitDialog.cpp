#include "UnitDialog.h"

#include "gui/MessageBox.h"
#include "i18n/DisplayText.h"
#include "storage/PlanRepository.h"
#include "storage/StorageError.h"
#include "storage/UnitAdmin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

constexpr UnitKind kKinds[] = {UnitKind::Commune,     UnitKind::Town,  UnitKind::Agency,  UnitKind::Enterprise,
                               UnitKind::Association, UnitKind::Other, UnitKind::District};

// "Xã Bình Mỹ" -> "BINH_MY", the way the seed spells codes: no accents, no "Xã" or "Thị trấn",
// words joined by '_'. Only a suggestion: the official may write any valid code.
QString codeFromName(QString name)
{
    for (const QString& prefix : {u"Xã "_s, u"Thị trấn "_s, u"Phường "_s}) {
        if (name.startsWith(prefix, Qt::CaseInsensitive)) {
            name = name.mid(prefix.size());
            break;
        }
    }
    name.replace(u'Đ', u'D').replace(u'đ', u'd');
    QString code;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) {
            code += c.toUpper();
        } else if (c.isSpace() || c == u'-' || c == u'_') {
            if (!code.isEmpty() && !code.endsWith(u'_')) {
                code += u'_';
            }
        }
    }
    while (code.endsWith(u'_')) {
        code.chop(1);
    }
    return code.left(32);
}

} // namespace

UnitDialog::UnitDialog(storage::Database& database, const std::optional<Unit>& existing, const std::string& groupCode,
                       QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_existing(existing)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_archived(new QCheckBox(tr("&Archived: no longer takes part (its history is kept)"), this))
    , m_codeNote(new QLabel(this))
{
    setObjectName(u"unitDialog"_s);
    setWindowTitle(existing ? tr("Unit %1").arg(DisplayText::text(existing->name)) : tr("New unit"));
    m_code->setObjectName(u"unitCodeEdit"_s);
    m_name->setObjectName(u"unitNameEdit"_s);
    m_kind->setObjectName(u"unitKindCombo"_s);
    m_group->setObjectName(u"unitGroupCombo"_s);
    m_archived->setObjectName(u"unitArchivedCheck"_s);
    m_codeNote->setObjectName(u"unitCodeNote"_s);
    m_codeNote->setWordWrap(true);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9_.\\-]{0,32}"_s), m_code));
    m_code->setPlaceholderText(tr("e.g. BINH_MY"));
    m_name->setPlaceholderText(tr("e.g. Xã Bình Mỹ"));

    const UnitKind current = existing ? existing->kind : UnitKind::Commune;
    for (const UnitKind kind : kKinds) {
        // There is one district unit; a new unit is never a second one.
        if (kind != UnitKind::District || current == UnitKind::District) {
            m_kind->addItem(DisplayText::unitKind(kind), static_cast<int>(kind));
        }
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(current)));

    m_group->addItem(tr("(in no cluster or block)"), QString());
    std::vector<Group> groups;
    try {
        groups = storage::PlanRepository(database).groups();
    } catch (const storage::StorageError& error) {
        MessageBox::critical(this, tr("Cannot read the groups"), error.message());
    }
    for (const Group& group : groups) {
        m_group->addItem(tr("%1 (%2)").arg(DisplayText::text(group.name), DisplayText::groupKind(group.kind)),
                         DisplayText::text(group.code));
    }
    const QString group = DisplayText::text(existing ? existing->groupCode : groupCode);
    m_group->setCurrentIndex(std::max(0, m_group->findData(group)));

    if (existing) {
        m_code->setText(DisplayText::text(existing->code));
        m_name->setText(DisplayText::text(existing->name));
        m_archived->setChecked(existing->archived);
        m_codeTyped = true;
        bool hasData = true;
        try {
            hasData = storage::UnitAdmin(database).hasData(existing->code);
        } catch (const storage::StorageError& error) {
            MessageBox::critical(this, tr("Cannot read the unit"), error.message());
        }
        // Files, exports and the audit log name the unit by its code once it has data.
        m_code->setReadOnly(hasData);
        m_codeNote->setText(hasData ? tr("The code cannot change: the unit already has reports, targets or scores.")
                                    : tr("The code can still change: the unit has no data yet."));
    } else {
        m_archived->hide();
        m_codeNote->setText(tr("Files and the command line name the unit by its code; it cannot change once the "
                               "unit has data."));
        connect(m_name, &QLineEdit::textEdited, this, &UnitDialog::suggestCode);
        connect(m_code, &QLineEdit::textEdited, this, [this] { m_codeTyped = !m_code->text().isEmpty(); });
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(QString(), m_codeNote);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Cluster or &block:"), m_group);
    form->addRow(QString(), m_archived);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnitDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void UnitDialog::suggestCode(const QString& name)
{
    if (!m_codeTyped) {
        m_code->setText(codeFromName(name));
    }
}

Unit UnitDialog::enteredUnit() const
{
    Unit unit;
    unit.code = m_code->text().trimmed().toStdString();
    unit.name = m_name->text().simplified().toStdString();
    unit.kind = static_cast<UnitKind>(m_kind->currentData().toInt());
    unit.groupCode = m_group->currentData().toString().toStdString();
    unit.archived = m_archived->isChecked();
    return unit;
}

void UnitDialog::refuse(QWidget* field, const QString& message)
{
    MessageBox::warning(this, tr("Check the unit"), message);
    if (field) {
        field->setFocus();
    }
}

void UnitDialog::accept()
{
    const Unit unit = enteredUnit();
    if (unit.name.empty()) {
        refuse(m_name, tr("Enter the unit's name, as on official documents."));
        return;
    }
    if (!storage::isValidCode(unit.code)) {
        refuse(m_code, tr("Enter a code for the unit: letters without accents, digits, '_', '.' or '-', "
                          "e.g. BINH_MY."));
        return;
    }
    try {
        storage::UnitAdmin admin(m_database);
        if (m_existing) {
            admin.updateUnit(m_existing->code, unit);
        } else {
            admin.addUnit(unit);
        }
    } catch (const storage::StorageError& error) {
        // A code already in use among them: storage names the unit that has it.
        refuse(nullptr, error.message());
        return;
    }
    m_savedCode = DisplayText::text(unit.code);
    QDialog::accept();
}

} // namespace thidua::gui
