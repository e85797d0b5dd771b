#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace thidua::i18n {
namespace {

const auto kSettingsKey = u"language"_s;

// The translators installed by the last installLanguage(); kept so that a later call can remove
// them before installing others (QCoreApplication does not own them).
struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed translators;
    return translators;
}

void removeInstalled()
{
    Installed& current = installed();
    for (auto* slot : {&current.app, &current.qt}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
}

std::unique_ptr<QTranslator> loadTranslator(const QString& name, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(name, folder) || !QCoreApplication::installTranslator(translator.get())) {
        return nullptr;
    }
    return translator;
}

} // namespace

QString languageCode(Language language)
{
    return language == Language::English ? u"en"_s : u"vi"_s;
}

Language languageFromCode(const QString& code)
{
    return code == u"en"_s ? Language::English : Language::Vietnamese;
}

Language savedLanguage()
{
    return languageFromCode(QSettings().value(kSettingsKey).toString());
}

void saveLanguage(Language language)
{
    QSettings().setValue(kSettingsKey, languageCode(language));
}

bool installLanguage(Language language)
{
    removeInstalled();
    if (language == Language::English) {
        // The source strings are English; only the locale changes.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }

    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    Installed& current = installed();
    current.app = loadTranslator(u"thidua_vi"_s, u":/i18n"_s);
    // Qt's own strings (standard dialogs, context menus). Debian ships no qtbase_vi.qm today; when
    // a system has one it is used, and otherwise the strings we show most come from our own file.
    current.qt = loadTranslator(u"qtbase_vi"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return current.app != nullptr;
}

} // namespace thidua::i18n
