// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace nsg {

// Installs NSG Auditor's German or French catalogue (and Qt's own, for standard buttons) on the
// application: `language` "de" or "fr", "en" for none, empty for the system's UI languages.
// Returns the language installed ("de", "fr"), or "en" when the texts stay English.
//
// The catalogues are compiled into the binary (qt_add_translations, :/i18n). Texts that a
// helper passes with a context lupdate could not see are found by their source text alone.
QString installTranslations(const QString &language);

// English plurals for texts written with Qt's "%n item(s)" convention: "1 change", "3 changes",
// "2 entries". Installed beneath any catalogue (installTranslations does it first), so a
// catalogue's own plural forms win; once per application.
void installEnglishPlurals();

// installEnglishPlurals() unless it is in already (the window calls it: tests and tools that
// never install a catalogue still read "1 change").
void ensureEnglishPlurals();

// The English plural of such a text for n (n < 0 or no "(s)": the text as it is).
QString englishPlural(const QString &text, int n);

// The locale numbers are written in, in every text and report: the installed catalogue's language
// (German "3.702.390.784"), else English ("3,702,390,784") — never the system's alone, so that an
// English text does not carry another locale's separators.
QLocale textLocale();

// The languages the UI prefers, most preferred first ("de", "fr", "en"…), from the locale.
QStringList systemLanguages();

} // namespace nsg
