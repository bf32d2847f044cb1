// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;
class QTranslator;

namespace tsunagu {

// Chooses and installs the UI language: Japanese or English.
class UiLanguage
{
public:
    static constexpr const char* s_settingsKey = "ui/language";

    // "ja" or "en": the override if given ("ja"/"en"), else the saved choice, else Japanese on a Japanese
    // system and English elsewhere. Returns an empty string for an override that is neither.
    static QString resolve(const QString& override, const QString& saved);
    // Installs Tsunagu's and Qt's own translations for `language` and makes it the default locale.
    static void install(QCoreApplication& app, const QString& language);
};

} // namespace tsunagu
