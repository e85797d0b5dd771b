#include "StatusDialog.h"

#include "ShortlistModel.h"
#include "gui/MessageBox.h"
#include "i18n/DisplayText.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <optional>

using namespace Qt::StringLiterals;

namespace thidua::gui {
namespace {

// Dates as officials write them on decisions; ISO is accepted too (pasted from elsewhere).
std::optional<QDate> parseDate(const QString& text)
{
    for (const QString& format : {u"d/M/yyyy"_s, u"d.M.yyyy"_s, u"d-M-yyyy"_s, u"yyyy-MM-dd"_s}) {
        if (const QDate date = QDate::fromString(text, format); date.isValid()) {
            return date;
        }
    }
    return std::nullopt;
}

} // namespace

StatusDialog::StatusDialog(ShortlistEntry entry, const QString& entryName, EntrySaver save, QWidget* parent)
    : QDialog(parent)
    , m_entry(std::move(entry))
    , m_save(std::move(save))
    , m_status(new QComboBox(this))
    , m_number(new QLineEdit(DisplayText::text(m_entry.decisionNumber), this))
    , m_date(new QLineEdit(DisplayText::date(m_entry.decisionDate), this))
    , m_signer(new QLineEdit(DisplayText::text(m_entry.decisionSigner), this))
{
    setObjectName(u"statusDialog"_s);
    setWindowTitle(tr("Status and decision"));
    m_status->setObjectName(u"statusCombo"_s);
    for (const EntryStatus status : {EntryStatus::Proposed, EntryStatus::Reviewed, EntryStatus::NotPassed,
                                     EntryStatus::Raised, EntryStatus::Approved}) {
        m_status->addItem(ShortlistModel::statusName(status), static_cast<int>(status));
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(m_entry.status))));
    m_number->setObjectName(u"decisionNumberEdit"_s);
    m_number->setPlaceholderText(tr("e.g. 125/QĐ-UBND"));
    m_date->setObjectName(u"decisionDateEdit"_s);
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    m_signer->setObjectName(u"decisionSignerEdit"_s);

    auto* title = new QLabel(tr("%1 — %2").arg(entryName, ShortlistModel::awardName(m_entry.award)), this);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Decision &number:"), m_number);
    form->addRow(tr("Decision &date:"), m_date);
    form->addRow(tr("Si&gned by:"), m_signer);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatusDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void StatusDialog::refuse(QWidget* field, const QString& message)
{
    MessageBox::warning(this, tr("Check the decision"), message);
    if (field) {
        field->setFocus();
    }
}

void StatusDialog::accept()
{
    ShortlistEntry entry = m_entry;
    entry.status = static_cast<EntryStatus>(m_status->currentData().toInt());
    entry.decisionNumber = m_number->text().simplified().toStdString();
    entry.decisionSigner = m_signer->text().simplified().toStdString();
    const QString dateText = m_date->text().trimmed();
    entry.decisionDate.clear();
    if (!dateText.isEmpty()) {
        const std::optional<QDate> date = parseDate(dateText);
        if (!date) {
            refuse(m_date,
                   tr("“%1” is not a date: write the decision's date as dd/mm/yyyy, e.g. 20/12/2021.").arg(dateText));
            return;
        }
        entry.decisionDate = date->toString(Qt::ISODate).toStdString();
    }
    if (entry.status == EntryStatus::Approved && entry.decisionNumber.empty()) {
        refuse(m_number, tr("An approval is made by a decision: enter the decision number, e.g. 125/QĐ-UBND."));
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
