// Who issues and signs the printed documents (spec/printing.md, Nghị định 30's header and signature
// blocks), who receives them, and the share of Lao động tiên tiến that may be proposed for Chiến sĩ
// thi đua cơ sở (a setting: the cap changed between regulations). Saved for the whole database.
#pragma once

#include "storage/ShortlistRepository.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace thidua::gui {

class DocumentSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentSettingsDialog(storage::Database& database, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    void refuse(QWidget* field, const QString& message);

    storage::Database& m_database;
    storage::DocumentSettings m_settings;
    QLineEdit* m_parentAgency;
    QLineEdit* m_issuingAgency;
    QLineEdit* m_place;
    QLineEdit* m_onBehalf;
    QLineEdit* m_for;
    QLineEdit* m_signerTitle;
    QLineEdit* m_signerName;
    QPlainTextEdit* m_recipients;
    QLineEdit* m_quota;
};

} // namespace thidua::gui
