// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicantsDeleteCommand.h"

#include "Console.h"
#include "Session.h"
#include "mail/net/SslMailSocket.h"
#include "receiving/ServerMailEraser.h"
#include "secrets/PasswordSource.h"
#include "storage/ApplicantEraser.h"
#include "text/ErrorText.h"
#include "text/MailAccountText.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QSet>

#include <cstdio>
#include <optional>

namespace tsunagu::app {
namespace {

constexpr int s_usage = 2;
constexpr int s_failed = 1;

QString serverOutcomeText(const ServerMailEraser::Result& result)
{
    switch (result.outcome) {
    case ServerMailEraser::Outcome::Deleted:
        return ApplicantsDeleteCommand::tr("Deleted %1 original mail(s) on the server.").arg(result.deleted);
    case ServerMailEraser::Outcome::NoUidPlus:
        return ApplicantsDeleteCommand::tr("The mail server cannot delete single messages safely (it lacks UIDPLUS), "
                                           "so the original mails were left there: delete them in your mail "
                                           "program.");
    case ServerMailEraser::Outcome::MailboxRenumbered:
        return ApplicantsDeleteCommand::tr("%1 original mail(s) were left on the server because their mailbox was "
                                           "recreated since they arrived: delete them in your mail program.")
            .arg(result.left);
    case ServerMailEraser::Outcome::Failed:
        break;
    }
    return ApplicantsDeleteCommand::tr("The original mails could not be deleted on the server (%1): delete them in "
                                       "your mail program.")
        .arg(result.error.detail.isEmpty() ? ApplicantsDeleteCommand::tr("no connection") : result.error.detail);
}

// Deletes the positions account by account on the command's event loop. Returns false when any was left.
bool deleteOnServer(Session& session, const QVector<ServerMailPosition>& positions,
                    const std::optional<QString>& givenPassword)
{
    QSet<qint64> accountIds;
    for (const ServerMailPosition& position : positions)
        accountIds.insert(position.accountId);
    bool allGone = true;
    PasswordSource source(session.keychain());
    for (const qint64 accountId : std::as_const(accountIds)) {
        auto account = session.mailAccounts().byId(accountId);
        if (!account) {
            Console::error(ApplicantsDeleteCommand::tr("The mail account of some original mails no longer exists, so "
                                                       "they were left on the server."));
            allGone = false;
            continue;
        }
        std::optional<QString> password = givenPassword;
        if (!password) {
            QEventLoop wait;
            source.lookup(account.value(), MailPassword::Imap, &wait, [&](const PasswordLookup& lookup) {
                if (lookup.found())
                    password = *lookup.password;
                wait.quit();
            });
            wait.exec();
        }
        if (!password) {
            Console::error(ApplicantsDeleteCommand::tr("%1: no password is saved for this account, so the original "
                                                       "mails were left on the server (give it with "
                                                       "--password-stdin).")
                               .arg(account->name));
            allGone = false;
            continue;
        }
        ServerMailEraser eraser(SslMailSocket::factory());
        QEventLoop wait;
        ServerMailEraser::Result result;
        eraser.erase(account.value(), *password, positions, [&](ServerMailEraser::Result r) {
            result = r;
            wait.quit();
        });
        wait.exec();
        if (result.outcome == ServerMailEraser::Outcome::Deleted) {
            Console::out(account->name + QStringLiteral(": ") + serverOutcomeText(result));
        } else {
            Console::error(account->name + QStringLiteral(": ") + serverOutcomeText(result));
            allGone = false;
        }
    }
    return allGone;
}

} // namespace

int ApplicantsDeleteCommand::run(Session& session, const QCommandLineParser& parser, const QString& idText)
{
    bool isNumber = false;
    const qint64 id = idText.toLongLong(&isNumber);
    ApplicantEraser eraser(session.profile().database(), session.clock());
    auto plan = isNumber ? eraser.plan(id) : StoreResult<ApplicantErasure>(StoreFailure{StoreError::NotFound, {}});
    if (!plan) {
        if (plan.error().code == StoreError::NotFound) {
            Console::error(
                tr("There is no applicant %1. tsunagu applicants list shows them with their ids.").arg(idText));
            return s_usage;
        }
        if (plan.error().code == StoreError::Conflict) {
            Console::error(tr("Applicant %1 was deleted already.").arg(id));
            return s_failed;
        }
        Console::error(ErrorText::title(plan.error().code) + QLatin1Char('\n') +
                       ErrorText::explanation(plan.error().code, session.profile().directory()));
        return s_failed;
    }
    const bool onServer = parser.isSet(QStringLiteral("also-on-server"));
    std::optional<QString> password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        password = Console::readSecretLine();
        if (!password) {
            Console::error(tr("No password was given on standard input."));
            return s_usage;
        }
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!Console::interactive() || password) {
            Console::error(tr("Deleting an applicant cannot be undone: add --yes to confirm."));
            return s_usage;
        }
        Console::out(tr("Delete applicant %1? Their self-introduction, form, address, name, notes, %2 mail(s), %3 "
                        "reply/replies and drafts and %4 referral(s) are deleted from Tsunagu; their room, status "
                        "and dates stay, without a name, so counts and reports do not change.%5 [y/N]")
                         .arg(id)
                         .arg(plan->messages)
                         .arg(plan->replies)
                         .arg(plan->referrals)
                         .arg(onServer ? tr(" Their %1 original mail(s) are deleted on the mail server too.")
                                             .arg(plan->onServer.size())
                                       : QString()));
        if (!Console::confirmed()) {
            Console::out(tr("Nothing was deleted."));
            return s_failed;
        }
    }

    auto erased = eraser.erase(id);
    if (!erased) {
        Console::error(tr("Nothing was deleted.") + QLatin1Char('\n') + ErrorText::title(erased.error().code) +
                       QLatin1Char('\n') + ErrorText::explanation(erased.error().code, session.profile().directory()));
        return s_failed;
    }
    Console::out(tr("Applicant %1 was deleted: %2 mail(s), %3 reply/replies and drafts and %4 referral(s) are gone; "
                    "the room, status and dates stay for the counts.")
                     .arg(id)
                     .arg(erased->messages)
                     .arg(erased->replies)
                     .arg(erased->referrals));
    if (!onServer) {
        if (!erased->onServer.isEmpty())
            Console::out(tr("Their %1 original mail(s) are still on the mail server.").arg(erased->onServer.size()));
        return 0;
    }
    if (erased->onServer.isEmpty()) {
        Console::out(tr("There were no original mails on a server to delete."));
        return 0;
    }
    return deleteOnServer(session, erased->onServer, password) ? 0 : s_failed;
}

} // namespace tsunagu::app
