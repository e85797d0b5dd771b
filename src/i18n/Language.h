// The interface language. Vietnamese is the default: the app is made for a Vietnamese district
// office, and English is offered to whoever supports it. Both the GUI and the command line use this,
// so they translate and write numbers the same way.
#pragma once

#include <QString>

namespace thidua::i18n {

enum class Language
{
    Vietnamese,
    English,
};

// "vi" or "en": the form kept in the settings file.
QString languageCode(Language language);
// Anything unknown (a hand-edited settings file, an empty value) means Vietnamese.
Language languageFromCode(const QString& code);

// The language the user chose last (QSettings key "language"); Vietnamese when none was chosen.
// Needs the application's organisation and name set first, as every QSettings use does.
Language savedLanguage();
void saveLanguage(Language language);

// Installs the translations of `language` on the running application, replacing any installed by
// an earlier call, and makes its locale the default so numbers read `93,5` and `2.000` in
// Vietnamese. Returns false when the app's own translation could not be loaded (English has none
// and always succeeds).
bool installLanguage(Language language);

} // namespace thidua::i18n
