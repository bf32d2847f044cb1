// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "demo/DemoSeeder.h"
#include "replies/TemplateRepository.h"
#include "storage/LockHolder.h"
#include "storage/ReplyRepository.h"

#include <QDir>
#include <QFile>

namespace tsunagu::app {

Session::Session(std::unique_ptr<QTemporaryDir> demoDir, std::unique_ptr<Profile> profile, const Clock& clock)
    : m_demoDir(std::move(demoDir))
    , m_profile(std::move(profile))
    , m_clock(clock)
    , m_rooms(m_profile->database())
    , m_hosts(m_profile->database())
    , m_applicants(m_profile->database(), clock)
    , m_meetings(m_profile->database())
    , m_members(m_profile->database())
    , m_contacts(m_profile->database())
    , m_audit(m_profile->database())
    , m_messages(m_profile->database())
    , m_blocked(m_profile->database())
    , m_intake(m_profile->database(), clock)
    , m_mailAccounts(m_profile->database(), clock)
    , m_syncStates(m_profile->database())
{}

bool Session::readPassphraseFile(const QString& path, QString& passphrase, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    // A passphrase is short; a large file is not a passphrase file.
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    passphrase = QString::fromUtf8(line);
    if (passphrase.isEmpty()) {
        error = QStringLiteral("the passphrase file is empty");
        return false;
    }
    return true;
}

std::unique_ptr<Session> Session::open(const CommandLineOptions& options, const Clock& clock, Failure& failure, Use use,
                                       const QString& passphrase)
{
    std::unique_ptr<QTemporaryDir> demoDir;
    QString directory = options.profile;
    if (directory.isEmpty() && options.demo) {
        demoDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("tsunagu-demo-XXXXXX")));
        if (!demoDir->isValid()) {
            failure = {{StoreError::ProfileNotWritable, demoDir->errorString()}, QDir::tempPath()};
            return nullptr;
        }
        directory = demoDir->path();
    }
    if (directory.isEmpty())
        directory = Profile::defaultDirectory();

    ProfileUnlock unlock;
    unlock.passphrase = passphrase;
    if (unlock.passphrase.isEmpty() && !options.passphraseFile.isEmpty()) {
        QString error;
        if (!readPassphraseFile(options.passphraseFile, unlock.passphrase, error)) {
            failure = {{StoreError::PassphraseNeeded, error}, options.passphraseFile};
            return nullptr;
        }
    }
    // A new profile is sealed from its first row when there is something to wrap its key with: the passphrase,
    // or (the throw-away demo) nothing at all, the key staying in memory.
    unlock.seal = !unlock.passphrase.isEmpty() || demoDir != nullptr;
    unlock.keyInMemoryOnly = unlock.passphrase.isEmpty() && demoDir != nullptr;
    // Named beside the lock, so that a second Tsunagu can say what has the profile open.
    unlock.holder = options.command.isEmpty() ? QLatin1String(LockHolder::s_window) : options.command.first();
    auto profile = Profile::open(directory, unlock);
    if (!profile) {
        failure = {profile.error(), directory};
        return nullptr;
    }
    const bool seed = options.demo && profile.value()->isNew();
    std::unique_ptr<Session> session(new Session(std::move(demoDir), std::move(profile).value(), clock));
    if (seed) {
        auto seeded = DemoSeeder(session->profile().database(), clock).seed();
        if (!seeded) {
            failure = {seeded.error(), directory};
            return nullptr;
        }
    }
    if (use == Use::Receiving)
        return session;
    // The shipped reply templates, wherever a profile has none of its own for an action and language yet (a host's
    // edits are never overwritten).
    if (auto templates = TemplateRepository(session->profile().database(), clock).ensureDefaults(); !templates) {
        failure = {templates.error(), directory};
        return nullptr;
    }
    // A reply that was on its way when Tsunagu stopped is shown as not sent, with a word to check Sent first.
    // Best effort: a reply left "sending" that cannot be marked now is marked at the next start.
    (void)ReplyRepository(session->profile().database(), clock).interruptSending();
    return session;
}

} // namespace tsunagu::app
