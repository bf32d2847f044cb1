// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tsunagu {

QString UiLanguage::resolve(const QString& override, const QString& saved)
{
    auto known = [](const QString& language) {
        return language == QLatin1String("ja") || language == QLatin1String("en");
    };
    if (!override.isEmpty() && override != QLatin1String("auto"))
        return known(override) ? override : QString();
    if (known(saved))
        return saved;
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

void UiLanguage::install(QCoreApplication& app, const QString& language)
{
    const QLocale locale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                         language == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // Translators live as long as the application; it does not own them, so parent them to it.
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("tsunagu"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, context menus) when the system has them.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace tsunagu
