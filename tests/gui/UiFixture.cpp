// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiFixture.h"

#include "areas/AreaWidget.h"
#include "mail/net/SslMailSocket.h"
#include "models/ApplicantTableModel.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace tsunagu::test {

void waitForLists(QObject& window)
{
    // Areas that read on a worker thread (受付's rooms and mail lists, 連携先) first: what they show may start a
    // list's reload.
    auto areas = window.findChildren<ui::AreaWidget*>();
    if (auto* self = qobject_cast<ui::AreaWidget*>(&window))
        areas.append(self);
    for (ui::AreaWidget* area : areas)
        REQUIRE(QTest::qWaitFor([area] { return !area->isLoading(); }, 20000));
    const auto lists = window.findChildren<ui::ApplicantTableModel*>();
    for (ui::ApplicantTableModel* list : lists) {
        if (!list->isLoading())
            continue;
        QSignalSpy loaded(list, &ui::ApplicantTableModel::pageLoaded);
        QSignalSpy failed(list, &ui::ApplicantTableModel::loadFailed);
        REQUIRE((loaded.wait(10000) || !failed.isEmpty()));
    }
}

UiFixture::UiFixture(const ProfileUnlock& unlock)
{
    // A window started from these tests keeps a profile made where no keychain works plain (app/Session.h).
    qputenv("TSUNAGU_TEST_PLAIN_PROFILES", "1");
    Database& db = m_profile.openDemo(unlock).database();
    m_rooms = std::make_unique<RoomRepository>(db);
    m_hosts = std::make_unique<HostRepository>(db);
    m_applicants = std::make_unique<ApplicantRepository>(db, m_profile.clock());
    m_meetings = std::make_unique<MeetingRepository>(db);
    m_members = std::make_unique<MemberRepository>(db);
    m_contacts = std::make_unique<ContactRepository>(db);
    m_messages = std::make_unique<MessageRepository>(db);
    m_blocked = std::make_unique<BlockedAddressRepository>(db);
    m_intake = std::make_unique<IntakePipeline>(db, m_profile.clock());
    m_mailAccounts = std::make_unique<MailAccountRepository>(db, m_profile.clock());
    m_services.reset(new ui::UiServices{*m_rooms, *m_hosts, *m_applicants, *m_meetings, *m_members, *m_contacts,
                                        *m_messages, *m_blocked, *m_intake, *m_mailAccounts, m_secrets, m_prompter,
                                        m_profile.clock(), m_profile.directory(), m_profile.open().uiStatePath(),
                                        [this](QObject* parent) {
                                            return new MailWatcher(SslMailSocket::factory(), database(),
                                                                   m_profile.clock(), watcherOptions, parent);
                                        },
                                        db});
    m_tokens = std::make_unique<TokenSecretStore>(m_secrets, m_profile.clock());
    m_services->tokens = m_tokens.get();
}

void ScriptedKeychain::read(const QString& key, QObject* context, ReadCallback done)
{
    Result<QString, SecretError> result = failWith ? Result<QString, SecretError>(SecretFailure{*failWith, {}})
                                          : entries.contains(key)
                                              ? Result<QString, SecretError>(entries.value(key))
                                              : Result<QString, SecretError>(SecretFailure{SecretError::NotFound, {}});
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

void ScriptedKeychain::write(const QString& key, const QString& secret, QObject* context, WriteCallback done)
{
    if (!failWith)
        entries.insert(key, secret);
    const std::optional<SecretError> error = failWith;
    QTimer::singleShot(0, context, [done, error] {
        if (error)
            done(SecretFailure{*error, QStringLiteral("scripted keychain failure")});
        else
            done(SecretLocation::Keychain);
    });
}

void ScriptedKeychain::remove(const QString& key, QObject* context, RemoveCallback done)
{
    if (!failWith)
        entries.remove(key);
    const std::optional<SecretError> error = failWith;
    QTimer::singleShot(0, context, [done, error] {
        done(error ? std::optional<SecretFailure>(SecretFailure{*error, {}}) : std::nullopt);
    });
}

LanguageGuard::LanguageGuard(const QString& language)
    : m_previous(QLocale())
{
    const QLocale locale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                         language == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    REQUIRE(m_translator.load(locale, QStringLiteral("tsunagu"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_translator);
}

LanguageGuard::~LanguageGuard()
{
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(m_previous);
}

} // namespace tsunagu::test
