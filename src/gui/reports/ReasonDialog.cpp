#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {

ReasonDialog::ReasonDialog(const QString& title, const QString& question, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    auto* label = new QLabel(question, this);
    label->setWordWrap(true);
    label->setBuddy(m_text);
    m_text->setObjectName(u"reasonText"_s);
    m_text->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(m_buttons);
    resize(420, 200);

    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ReasonDialog::reason() const
{
    return m_text->toPlainText().trimmed();
}

std::optional<QString> ReasonDialog::ask(QWidget* parent, const QString& title, const QString& question)
{
    ReasonDialog dialog(title, question, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty()) {
        return std::nullopt;
    }
    return dialog.reason();
}

} // namespace thidua::gui
