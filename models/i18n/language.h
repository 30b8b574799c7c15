#pragma once

#include <QString>
#include <QStringList>

namespace keyplan::i18n {

// The languages Keyplan speaks, as codes: "en", "de", "fr".
QStringList languages();

// A language's own name, for the user to choose it by: "English", "Deutsch", "Français".
QString nativeName(const QString &code);

// The language Keyplan speaks for `code`: the code itself when Keyplan speaks it; for "" (the
// system's), the first of the system's languages that Keyplan speaks; else English.
QString resolve(const QString &code);

// Puts Keyplan's and Qt's own translations for `code` ("" = the system's) in place of any put
// before. Every widget then gets a QEvent::LanguageChange. English installs its plurals only
// ("1 day", "%n days"). Returns the language now spoken.
QString useLanguage(const QString &code = {});

} // namespace keyplan::i18n
