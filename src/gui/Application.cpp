#include "Application.h"

#include "Icons.h"
#include "i18n/Language.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace thidua::gui {

void configureApplication()
{
    // Settings live in ~/.config/thidua/thidua.conf, beside the data folder storage uses.
    QCoreApplication::setOrganizationName(u"thidua"_s);
    QCoreApplication::setApplicationName(u"thidua"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(THIDUA_VERSION));
    QGuiApplication::setDesktopFileName(u"thidua"_s);
    QApplication::setWindowIcon(applicationIcon());

    i18n::installLanguage(i18n::savedLanguage());
    // After the language: the display name is translated (Vietnamese writes it with its diacritics).
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("thidua::gui::MainWindow", "Thi Dua"));
}

} // namespace thidua::gui
