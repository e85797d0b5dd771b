#include "AboutDialog.h"

#include "Icons.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace thidua::gui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About %1").arg(QGuiApplication::applicationDisplayName()));

    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    const QString name = QGuiApplication::applicationDisplayName().toHtmlEscaped();
    const QString text =
        u"<h2>%1</h2>"_s.arg(name) + u"<p>"_s + tr("Version %1").arg(QCoreApplication::applicationVersion()) +
        u"</p><p>"_s +
        tr("%1 helps the Home Affairs office of a district run the year's patriotic emulation campaign: "
           "the plan and its targets, the phases and reporting periods, the communes, town and agencies "
           "grouped in clusters and blocks, their reports, scores, rankings and commendation proposals.")
            .arg(name) +
        u"</p><p>"_s +
        tr("Free software under the GNU General Public License, version 3 or (at your option) any later "
           "version (GPL-3.0-or-later). It comes with no warranty.") +
        u"</p><p>"_s +
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())) +
        u"</p>"_s;
    auto* label = new QLabel(text, this);
    label->setObjectName(u"aboutText"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* body = new QHBoxLayout;
    body->addWidget(icon);
    body->addWidget(label, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace thidua::gui
