// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseCommand.h"

#include "Console.h"
#include "KeychainKey.h"
#include "Session.h"
#include "crypto/KeyFile.h"
#include "text/ErrorText.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace tsunagu::app {

int PassphraseCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("new-passphrase-file"), tr("The new passphrase: the first line of FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    parser.addPositionalArgument(QStringLiteral("set|change|remove|status"), tr("What to do."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    Profile& profile = session.profile();

    if (action == QLatin1String("status") || action.isEmpty()) {
        const bool keychain = !profile.keychainEntry().isEmpty();
        if (parser.isSet(QStringLiteral("json"))) {
            Console::out(
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("sealed"), profile.isSealed()},
                                                            {QStringLiteral("passphrase"), profile.hasPassphrase()},
                                                            {QStringLiteral("keychain"), keychain}})
                                      .toJson(QJsonDocument::Compact)));
        } else if (!profile.isSealed()) {
            Console::out(tr("This profile is not sealed: no keychain worked when it was opened. Set a passphrase with "
                            "tsunagu passphrase set --new-passphrase-file FILE."));
        } else if (profile.hasPassphrase()) {
            Console::out(tr("This profile is sealed and opens with its passphrase only."));
        } else if (keychain) {
            Console::out(tr("This profile is sealed with a key kept in this computer's keychain. Anyone who can use "
                            "this computer account can open it; set a passphrase to require it."));
        } else {
            Console::out(tr("This profile is sealed with a key kept in memory only."));
        }
        return 0;
    }
    if (action == QLatin1String("remove")) {
        if (!profile.hasPassphrase()) {
            Console::error(tr("This profile has no passphrase to remove."));
            return 1;
        }
        // The key goes to the keychain first; only then is the passphrase wrapper dropped, so the key always has
        // a wrapper.
        const QString entry = crypto::newKeychainEntry(profile.directory());
        SecretFailure problem;
        if (!KeychainKey::write(entry, profile.dataKey(), problem)) {
            Console::error(tr("The passphrase cannot be removed: no keychain works on this computer to hold the "
                              "profile's key instead."));
            return 1;
        }
        if (auto kept = profile.useKeychainOnly(entry); !kept) {
            (void)KeychainKey::remove(entry, problem);
            Console::error(ErrorText::title(kept.error().code) + QLatin1Char('\n') +
                           ErrorText::explanation(kept.error().code, profile.directory()));
            return 1;
        }
        Console::out(tr("The passphrase was removed: this profile opens with the key kept in this computer's "
                        "keychain."));
        return 0;
    }
    if (action != QLatin1String("set") && action != QLatin1String("change")) {
        Console::error(tr("Unknown action \"%1\": use set, change, remove or status.").arg(action));
        return 2;
    }
    const QString file = parser.value(QStringLiteral("new-passphrase-file"));
    if (file.isEmpty()) {
        Console::error(tr("Give the new passphrase with --new-passphrase-file FILE."));
        return 2;
    }
    QString passphrase, error;
    if (!Session::readPassphraseFile(file, passphrase, error)) {
        Console::error(tr("The new passphrase cannot be read from %1: %2").arg(file, error));
        return 1;
    }
    const bool wasSealed = profile.isSealed();
    const QString keychainEntry = profile.keychainEntry();
    if (auto set = profile.setPassphrase(passphrase); !set) {
        Console::error(ErrorText::title(set.error().code) + QLatin1Char('\n') +
                       ErrorText::explanation(set.error().code, profile.directory()));
        return 1;
    }
    // With a passphrase, nothing but the passphrase opens the data: the keychain's copy of the key goes.
    if (!keychainEntry.isEmpty()) {
        SecretFailure problem;
        if (!KeychainKey::remove(keychainEntry, problem)) {
            Console::error(tr("The key's copy in the keychain could not be removed (%1). Remove the entry \"%2\" "
                              "of Tsunagu in the keychain yourself.")
                               .arg(problem.detail, keychainEntry));
            return 1;
        }
        Console::out(tr("The key is wrapped under this passphrase now, and its copy in the keychain was removed: only "
                        "the passphrase opens this profile."));
        return 0;
    }
    Console::out(wasSealed ? tr("The passphrase was changed; the data stays sealed with the same key.")
                           : tr("The profile is sealed now and opens with this passphrase."));
    return 0;
}

} // namespace tsunagu::app
