#include "DocumentSettingsDialog.h"

#include "ShortlistModel.h"
#include "gui/CurrentUser.h"
#include "gui/MessageBox.h"
#include "i18n/DisplayText.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
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

DocumentSettingsDialog::DocumentSettingsDialog(storage::Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_settings(storage::ShortlistRepository(database).documentSettings())
    , m_parentAgency(lineEdit(u"parentAgencyEdit"_s, m_settings.parentAgency, this))
    , m_issuingAgency(lineEdit(u"issuingAgencyEdit"_s, m_settings.issuingAgency, this))
    , m_place(lineEdit(u"placeEdit"_s, m_settings.place, this))
    , m_onBehalf(lineEdit(u"signingOnBehalfEdit"_s, m_settings.signingOnBehalf, this))
    , m_for(lineEdit(u"signingForEdit"_s, m_settings.signingFor, this))
    , m_signerTitle(lineEdit(u"signerTitleEdit"_s, m_settings.signerTitle, this))
    , m_signerName(lineEdit(u"signerNameEdit"_s, m_settings.signerName, this))
    , m_recipients(new QPlainTextEdit(this))
    , m_quota(new QLineEdit(QLocale().toString(m_settings.emulationSoldierQuota * 100, 'g', 4), this))
{
    setObjectName(u"documentSettingsDialog"_s);
    setWindowTitle(tr("Document settings"));
    m_parentAgency->setPlaceholderText(tr("e.g. UBND TỈNH BÌNH ĐỊNH"));
    m_issuingAgency->setPlaceholderText(tr("e.g. UBND HUYỆN TÂY SƠN"));
    m_place->setPlaceholderText(tr("e.g. Tây Sơn, for “Tây Sơn, ngày … tháng … năm …”"));
    m_for->setPlaceholderText(tr("Empty when the chairman signs himself"));
    QStringList recipients;
    for (const std::string& line : m_settings.recipients) {
        recipients << DisplayText::text(line);
    }
    m_recipients->setObjectName(u"recipientsEdit"_s);
    m_recipients->setPlainText(recipients.join(u'\n'));
    m_recipients->setTabChangesFocus(true);
    m_recipients->setPlaceholderText(tr("One per line, e.g. Như trên;"));
    m_quota->setObjectName(u"quotaEdit"_s);
    m_quota->setAlignment(Qt::AlignRight);
    m_quota->setMaximumWidth(m_quota->fontMetrics().horizontalAdvance(u"000000000"_s));

    auto* form = new QFormLayout;
    form->addRow(tr("&Parent agency:"), m_parentAgency);
    form->addRow(tr("&Issuing agency:"), m_issuingAgency);
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(tr("Signing on &behalf of:"), m_onBehalf);
    form->addRow(tr("Signing &for:"), m_for);
    form->addRow(tr("Signer's &title:"), m_signerTitle);
    form->addRow(tr("Signer's &name:"), m_signerName);
    form->addRow(tr("&Recipients:"), m_recipients);
    form->addRow(
        tr("“%1” at most (%, of those who reached “%2”):")
            .arg(ShortlistModel::awardName(Award::EmulationSoldier), ShortlistModel::awardName(Award::AdvancedWorker)),
        m_quota);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &DocumentSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DocumentSettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

void DocumentSettingsDialog::refuse(QWidget* field, const QString& message)
{
    MessageBox::warning(this, tr("Check the document settings"), message);
    if (field) {
        field->setFocus();
    }
}

void DocumentSettingsDialog::accept()
{
    storage::DocumentSettings settings = m_settings;
    const QString quotaText = m_quota->text().trimmed().remove(u'%');
    bool ok = false;
    double percent = QLocale().toDouble(quotaText, &ok);
    if (!ok) {
        percent = quotaText.toDouble(&ok);
    }
    if (!ok || percent <= 0 || percent > 100) {
        refuse(m_quota, tr("“%1” is not a share for the quota: write a percentage above 0 and at most 100, e.g. 15.")
                            .arg(m_quota->text()));
        return;
    }
    settings.emulationSoldierQuota = percent / 100;
    settings.parentAgency = m_parentAgency->text().simplified().toStdString();
    settings.issuingAgency = m_issuingAgency->text().simplified().toStdString();
    settings.place = m_place->text().simplified().toStdString();
    settings.signingOnBehalf = m_onBehalf->text().simplified().toStdString();
    settings.signingFor = m_for->text().simplified().toStdString();
    settings.signerTitle = m_signerTitle->text().simplified().toStdString();
    settings.signerName = m_signerName->text().simplified().toStdString();
    settings.recipients.clear();
    for (const QString& line : m_recipients->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            settings.recipients.push_back(line.trimmed().toStdString());
        }
    }
    if (settings.issuingAgency.empty()) {
        refuse(m_issuingAgency, tr("Enter the issuing agency: it heads every printed document."));
        return;
    }
    try {
        storage::ShortlistRepository(m_database).saveDocumentSettings(settings, currentUser());
    } catch (const storage::StorageError& error) {
        refuse(nullptr, error.message());
        return;
    }
    QDialog::accept();
}

} // namespace thidua::gui
