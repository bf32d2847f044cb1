// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ProfileKeys.h"

#include "crypto/KeyFile.h"

#include <QSettings>

namespace tsunagu::ui {
namespace {

const QString s_sealAtStart = QStringLiteral("privacy/choosePassphraseAtStart");

} // namespace

ProfileKeys::ProfileKeys(Profile& profile, Keychain keychain, QString uiStatePath)
    : m_profile(profile)
    , m_keychain(std::move(keychain))
    , m_uiStatePath(std::move(uiStatePath))
{}

ProfileKeys::State ProfileKeys::state() const
{
    if (!m_profile.isSealed())
        return State::Plain;
    if (m_profile.hasPassphrase())
        return State::Passphrase;
    if (!m_profile.keychainEntry().isEmpty())
        return State::Keychain;
    return State::MemoryOnly;
}

bool ProfileKeys::checkPassphrase(const QString& passphrase) const
{
    return m_profile.checkPassphrase(passphrase);
}

StoreResult<Done> ProfileKeys::wrapUnderPassphrase(const QString& passphrase)
{
    // Only a sealed profile: sealing a plain one rewrites the database, which belongs to the GUI thread.
    if (!m_profile.isSealed())
        return StoreFailure{StoreError::KeyUnavailable, QStringLiteral("the profile is not sealed")};
    return m_profile.setPassphrase(passphrase);
}

bool ProfileKeys::dropKeychainCopy(const QString& entry, QString& problem)
{
    if (entry.isEmpty())
        return true;
    return m_keychain.remove && m_keychain.remove(entry, problem);
}

bool ProfileKeys::removePassphrase(QString& problem)
{
    if (!m_profile.hasPassphrase() || !m_keychain.write)
        return false;
    // The key goes to the keychain first; only then is the passphrase wrapper dropped, so the key always has one.
    const QString entry = crypto::newKeychainEntry(m_profile.directory());
    if (!m_keychain.write(entry, m_profile.dataKey(), problem))
        return false;
    if (auto kept = m_profile.useKeychainOnly(entry); !kept) {
        QString ignored;
        if (m_keychain.remove)
            (void)m_keychain.remove(entry, ignored);
        problem = kept.error().detail;
        return false;
    }
    return true;
}

void ProfileKeys::sealAtNextStart()
{
    QSettings settings(m_uiStatePath, QSettings::IniFormat);
    settings.setValue(s_sealAtStart, true);
    settings.sync();
}

bool ProfileKeys::sealAtStartWanted(const QString& uiStatePath)
{
    return QSettings(uiStatePath, QSettings::IniFormat).value(s_sealAtStart).toBool();
}

void ProfileKeys::clearSealAtStart(const QString& uiStatePath)
{
    QSettings settings(uiStatePath, QSettings::IniFormat);
    settings.remove(s_sealAtStart);
    settings.sync();
}

} // namespace tsunagu::ui
