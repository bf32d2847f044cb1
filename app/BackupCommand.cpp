// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "Console.h"
#include "Passphrase.h"
#include "Session.h"
#include "backup/BackupFormat.h"
#include "backup/BackupWriter.h"
#include "backup/ProfileRestore.h"
#include "crypto/KeyFile.h"
#include "text/BackupText.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>

namespace tsunagu::app {
namespace {

const QString s_passphraseFile = QStringLiteral("passphrase-file");

void addPassphraseOption(QCommandLineParser& parser)
{
    parser.addOption({s_passphraseFile,
                      BackupCommand::tr("Read the passphrase from the first line of FILE instead of asking for it."),
                      QStringLiteral("FILE")});
}

// The profile's data key, wrapped under the backup's passphrase, travels in the backup's key section so that a
// restored profile opens with it. A store whose fields are not sealed has no such key: the section stays empty.
// A sealed profile's data key travels in the backup, wrapped under the backup's own passphrase; a plain profile has
// none to carry.
QByteArray wrappedDataKey(Session& session, const QByteArray& passphrase)
{
    if (!session.profile().isSealed())
        return {};
    return crypto::exportKey(session.profile().dataKey(), QString::fromUtf8(passphrase));
}

} // namespace

int BackupCommand::runBackup(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addPassphraseOption(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The backup file to write (one file, encrypted)."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        Console::error(tr("Name the one file to write: tsunagu backup FILE"));
        return 2;
    }
    const QString file = QDir::current().absoluteFilePath(parser.positionalArguments().first());
    auto passphrase = Passphrase::obtain(parser.value(s_passphraseFile), true);
    if (!passphrase)
        return 1;

    BackupRequest request;
    request.databasePath = session.profile().databasePath();
    request.target = file;
    request.passphrase = *passphrase;
    request.keyBlob = wrappedDataKey(session, *passphrase);
    request.now = session.clock().now();
    auto written = BackupWriter::write(request);
    backupcrypto::wipe(request.passphrase);
    backupcrypto::wipe(*passphrase);
    if (!written) {
        Console::error(BackupText::explanation(written.error().code, file, session.profile().directory()));
        return 1;
    }
    Console::out(BackupText::written(file, written->bytes));
    return 0;
}

int BackupCommand::runRestore(const CommandLineOptions& options, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addPassphraseOption(parser);
    parser.addOption({QStringLiteral("replace"),
                      tr("Replace the data of a profile that has some (it is kept until the restore has succeeded).")});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The backup file to restore."));
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        Console::error(tr("Name the one backup file to restore: tsunagu restore FILE"));
        return 2;
    }
    if (options.profile.isEmpty() && options.demo) {
        Console::error(tr("The demo profile is temporary: name the profile to restore into with --profile DIR."));
        return 2;
    }
    const QString file = QDir::current().absoluteFilePath(parser.positionalArguments().first());
    const QString profile = options.profile.isEmpty() ? Profile::defaultDirectory() : options.profile;
    auto passphrase = Passphrase::obtain(parser.value(s_passphraseFile), false);
    if (!passphrase)
        return 1;

    RestoreRequest request;
    request.backupPath = file;
    request.profileDirectory = profile;
    request.passphrase = *passphrase;
    request.replace = parser.isSet(QStringLiteral("replace"));
    request.now = QDateTime::currentDateTimeUtc();
    auto restored = ProfileRestore::restore(request);
    backupcrypto::wipe(request.passphrase);
    if (!restored) {
        backupcrypto::wipe(*passphrase);
        Console::error(BackupText::explanation(restored.error().code, file, QDir(profile).absolutePath()));
        return 1;
    }
    // The restored store's sealed values open with the backup's data key, which now opens with the backup's
    // passphrase (tsunagu passphrase change sets another).
    auto installed = crypto::installRestoredKey(profile, restored->keyBlob, QString::fromUtf8(*passphrase));
    const bool sealed = !restored->keyBlob.isEmpty();
    backupcrypto::wipe(*passphrase);
    if (!installed) {
        Console::error(tr("The data was restored, but its key could not be written beside it (%1): the restored "
                          "profile cannot open its sealed data. Restore again once the folder can be written.")
                           .arg(installed.error().detail));
        return 1;
    }
    Console::out(BackupText::restored(QDir(profile).absolutePath()));
    if (sealed)
        Console::out(tr("The restored profile opens with the backup's passphrase (--passphrase-file); tsunagu "
                        "passphrase change sets another."));
    return 0;
}

} // namespace tsunagu::app
