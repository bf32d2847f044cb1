// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/DiagnosticsReport.h"

#include "diagnostics/LogRing.h"
#include "storage/MailAccountRepository.h"
#include "storage/StoreFacts.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSysInfo>

#include <sodium.h>

namespace tsunagu {
namespace {

// Settings shown with their values; every other key is listed by name only (geometry and view state are
// opaque blobs, and a later setting may hold something a bug report should not).
const char* const s_valuesShown[] = {"language", "crypto/lockAfterMinutes", "mainWindow/area"};

QJsonObject settingsOf(const QString& path)
{
    QJsonObject settings;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return settings;
    const QSettings state(path, QSettings::IniFormat);
    QJsonArray others;
    for (const QString& key : state.allKeys()) {
        bool shown = false;
        for (const char* name : s_valuesShown)
            shown = shown || key == QLatin1String(name);
        if (shown)
            settings.insert(key, QJsonValue::fromVariant(state.value(key)).toString());
        else
            others.append(key);
    }
    settings.insert(QStringLiteral("otherKeys"), others);
    return settings;
}

QJsonObject server(const QString& host, int port, MailSecurity security)
{
    return {{QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("security"), mailSecurityKey(security)}};
}

QJsonArray accountsOf(Database& database, const Clock& clock)
{
    QJsonArray accounts;
    auto all = MailAccountRepository(database, clock).all();
    if (!all)
        return accounts;
    for (const MailAccount& account : all.value()) {
        QJsonObject entry{
            {QStringLiteral("provider"), mailProviderKey(account.provider)},
            {QStringLiteral("imap"), server(account.imapHost, account.imapPort, account.imapSecurity)},
            {QStringLiteral("auth"), mailAuthMethodKey(account.authMethod)},
            {QStringLiteral("passwordAskedEachTime"), account.askPassword},
            {QStringLiteral("certificatePinned"), !account.pinnedSha256.isEmpty()},
            {QStringLiteral("extraCaFile"), !account.caFile.isEmpty()},
            {QStringLiteral("lastProblem"), mailAccountProblemKey(account.lastError)},
        };
        if (!account.smtpHost.isEmpty())
            entry.insert(QStringLiteral("smtp"), server(account.smtpHost, account.smtpPort, account.smtpSecurity));
        accounts.append(entry);
    }
    return accounts;
}

} // namespace

StoreResult<QJsonObject> DiagnosticsReport::build(Database& database, const Clock& clock, const Input& input)
{
    auto facts = StoreFacts::read(database);
    if (!facts)
        return facts.error();
    QJsonObject tables;
    for (auto it = facts->rowCounts.cbegin(); it != facts->rowCounts.cend(); ++it)
        tables.insert(it.key(), it.value());
    QJsonArray log;
    for (const QString& line : input.logLines)
        log.append(LogRing::scrub(line));

    return QJsonObject{
        {QStringLiteral("generatedAt"), input.now.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("versions"),
         QJsonObject{
             {QStringLiteral("tsunagu"), input.tsunaguVersion},
             {QStringLiteral("qtRuntime"), QString::fromLatin1(qVersion())},
             {QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR)},
             {QStringLiteral("sqlite"), facts->sqliteVersion},
             {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string())},
             {QStringLiteral("os"), QSysInfo::prettyProductName()},
             {QStringLiteral("kernel"), QString(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion())},
             {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
         }},
        {QStringLiteral("store"),
         QJsonObject{{QStringLiteral("schemaVersion"), facts->schemaVersion}, {QStringLiteral("rowCounts"), tables}}},
        {QStringLiteral("settings"), settingsOf(input.uiStatePath)},
        {QStringLiteral("mailAccounts"), accountsOf(database, clock)},
        {QStringLiteral("log"), log},
    };
}

QByteArray DiagnosticsReport::toText(const QJsonObject& report)
{
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace tsunagu
