// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempProfile.h"
#include "UiServices.h"
#include "oauth/TokenSecretStore.h"
#include "secrets/FallbackSecretStore.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QLocale>
#include <QTranslator>
#include <QWidget>

#include <memory>
#include <type_traits>

namespace tsunagu::test {

// The child of `parent` with that object name (found the way a test clicks its way to it); the test stops at a
// REQUIRE when there is none, naming it. Where two areas hold the same widgets (the applicant's details are in 受付
// and in 申込者), it is the one in the area on screen: the widget whose parent is visible.
template <typename T>
T* child(QObject* parent, const char* name)
{
    const QList<T*> all = parent->findChildren<T*>(QLatin1String(name));
    INFO(name);
    REQUIRE_FALSE(all.isEmpty());
    if constexpr (std::is_base_of_v<QWidget, T>) {
        for (T* found : all) {
            const QWidget* shownIn = found->parentWidget();
            if (found->isVisible() || (shownIn != nullptr && shownIn->isVisible()))
                return found;
        }
    }
    return all.first();
}

template <typename T>
T* child(QObject& parent, const char* name)
{
    return child<T>(&parent, name);
}

// Answers the UI's questions as the test says, and remembers what the UI told the host.
class ScriptedPrompter final : public ui::Prompter
{
public:
    QStringList mailFiles;                            // the answer to the next "choose mail files"
    QStringList told;                                 // every text the UI showed, in order
    qint64 applicant = 0;                             // the answer to "which applicant"
    QVector<QPair<qint64, QString>> applicantChoices; // what the UI offered last

    QStringList chooseMailFiles(QWidget*) override { return mailFiles; }
    QString openFile; // the answer to the next "choose a file to read"
    QString saveFile; // the answer to the next "choose where to save"
    QString chooseOpenFile(QWidget*, const QString&, const QString&) override { return openFile; }
    QString chooseSaveFile(QWidget*, const QString&, const QString&, const QString&) override { return saveFile; }
    qint64 chooseApplicant(QWidget*, const QVector<QPair<qint64, QString>>& choices) override
    {
        applicantChoices = choices;
        return applicant;
    }
    void inform(QWidget*, const QString& title, const QString& text) override
    {
        told << title + QLatin1Char('\n') + text;
    }
    bool confirmAnswer = false; // the answer to the next yes/no question
    QStringList asked;          // every question asked, in order
    bool confirm(QWidget*, const QString& title, const QString& text, const QString&) override
    {
        asked << title + QLatin1Char('\n') + text;
        return confirmAnswer;
    }
    int chooseAnswer = -1;      // the answer to the next choice among buttons (-1: cancelled)
    QStringList choicesOffered; // every choice, its question and then its buttons, in order
    int choose(QWidget*, const QString& title, const QString& text, const QStringList& options) override
    {
        choicesOffered << title + QLatin1Char('\n') + text + QLatin1Char('\n') + options.join(QLatin1Char('|'));
        return chooseAnswer;
    }
    std::optional<QString> passwordAnswer; // the answer to the next password question; nothing: cancelled
    QStringList passwordsAsked;            // every password question, in order
    QStringList passwordQueue;             // answered first, one each, before passwordAnswer
    std::optional<QString> askPassword(QWidget*, const QString& title, const QString& text) override
    {
        passwordsAsked << title + QLatin1Char('\n') + text;
        if (!passwordQueue.isEmpty())
            return passwordQueue.takeFirst();
        return passwordAnswer;
    }
    bool trustAnswer = false;        // the answer to the next certificate question
    QStringList certificatesAsked;   // every certificate question, in order
    bool certificateChanged = false; // whether the last one replaced a trusted certificate
    bool trustCertificate(QWidget*, const QString& title, const QString& text, bool changed) override
    {
        certificatesAsked << title + QLatin1Char('\n') + text;
        certificateChanged = changed;
        return trustAnswer;
    }
};

// A keychain the test controls: it keeps passwords, or fails every call with one error (no keychain).
class ScriptedKeychain final : public SecretStore
{
public:
    std::optional<SecretError> failWith;
    QHash<QString, QString> entries;

    void read(const QString& key, QObject* context, ReadCallback done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteCallback done) override;
    void remove(const QString& key, QObject* context, RemoveCallback done) override;
};

// A demo profile with the core services the UI needs, at the suite's fixed "today". `unlock` opens it (a sealed
// profile: seal with a key kept in memory); by default the profile is plain.
class UiFixture
{
public:
    explicit UiFixture(const ProfileUnlock& unlock = {});
    ui::UiServices& services() { return *m_services; }
    ScriptedPrompter& prompter() { return m_prompter; }
    Database& database() { return m_profile.open().database(); }
    MailAccountRepository& mailAccounts() { return *m_mailAccounts; }
    ScriptedKeychain& keychain() { return m_keychain; }
    FallbackSecretStore& secrets() { return m_secrets; }
    // What the watchers the UI makes use: short waits, so no test waits for real minutes.
    MailWatcher::Options watcherOptions = [] {
        MailWatcher::Options options;
        options.pollIntervalMs = 500;
        options.firstRetryMs = 200;
        options.maxRetryMs = 1000;
        return options;
    }();

private:
    TempProfile m_profile;
    std::unique_ptr<RoomRepository> m_rooms;
    std::unique_ptr<HostRepository> m_hosts;
    std::unique_ptr<ApplicantRepository> m_applicants;
    std::unique_ptr<MeetingRepository> m_meetings;
    std::unique_ptr<MemberRepository> m_members;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<BlockedAddressRepository> m_blocked;
    std::unique_ptr<IntakePipeline> m_intake;
    std::unique_ptr<MailAccountRepository> m_mailAccounts;
    ScriptedKeychain m_keychain;
    FallbackSecretStore m_secrets{m_keychain};
    std::unique_ptr<TokenSecretStore> m_tokens;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ui::UiServices> m_services;
};

// Waits until every area in `window` (or `window`, an area) has shown what it reads on a worker thread, and every
// applicant list in it has read its first page.
void waitForLists(QObject& window);

// Shows the UI in a language for the lifetime of the guard, then restores English.
class LanguageGuard
{
public:
    explicit LanguageGuard(const QString& language);
    ~LanguageGuard();

private:
    QTranslator m_translator;
    QLocale m_previous;
};

} // namespace tsunagu::test
