// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseCommand.h"

#include "Console.h"
#include "Session.h"
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
        if (parser.isSet(QStringLiteral("json"))) {
            Console::out(
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("sealed"), profile.isSealed()},
                                                            {QStringLiteral("passphrase"), profile.hasPassphrase()}})
                                      .toJson(QJsonDocument::Compact)));
        } else if (!profile.isSealed()) {
            Console::out(tr("This profile is not sealed: set a passphrase with tsunagu passphrase set "
                            "--new-passphrase-file FILE."));
        } else {
            Console::out(profile.hasPassphrase() ? tr("This profile is sealed and opens with its passphrase.")
                                                 : tr("This profile is sealed with a key kept in memory only."));
        }
        return 0;
    }
    if (action == QLatin1String("remove")) {
        Console::error(tr("The passphrase is the only thing that holds this profile's key, so it cannot be removed. "
                          "Change it with tsunagu passphrase change --new-passphrase-file FILE."));
        return 1;
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
    if (auto set = profile.setPassphrase(passphrase); !set) {
        Console::error(ErrorText::title(set.error().code) + QLatin1Char('\n') +
                       ErrorText::explanation(set.error().code, profile.directory()));
        return 1;
    }
    Console::out(wasSealed ? tr("The passphrase was changed; the data stays sealed with the same key.")
                           : tr("The profile is sealed now and opens with this passphrase."));
    return 0;
}

} // namespace tsunagu::app
