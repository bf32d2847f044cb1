// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomsNotice.h"

#include "Console.h"
#include "Session.h"
#include "mail/net/SslMailSocket.h"
#include "secrets/PasswordSource.h"
#include "sending/ReplySender.h"
#include "sending/SecretChangeNotice.h"
#include "text/ErrorText.h"
#include "text/MailAccountText.h"
#include "text/ReplyText.h"
#include "text/Sentences.h"

namespace tsunagu::app {
namespace {

constexpr int s_failed = 1;

void storeError(Session& session, const StoreFailure& failure)
{
    Console::error(ErrorText::title(failure.code) + QLatin1Char('\n') +
                   ErrorText::explanation(failure.code, session.profile().directory()));
}

// Nothing went out: a draft for each holder instead.
void draftsInstead(Session& session, const SecretChangeNotice::BccNotice& notice)
{
    QVector<qint64> ids;
    for (const SecretChangeNotice::Recipient& recipient : notice.recipients)
        ids << recipient.applicantId;
    auto prepared =
        SecretChangeNotice(session.profile().database(), session.clock()).prepareDrafts(ids, 0, notice.seriesId);
    if (!prepared) {
        storeError(session, prepared.error());
        return;
    }
    Console::error(RoomsNotice::tr("A draft with the new link is ready for %1 applicant(s) instead (tsunagu reply, "
                                   "or 返信 in the window, sends them).")
                       .arg(prepared->replyIds.size()));
}

} // namespace

int RoomsNotice::sendBcc(Session& session, qint64 roomId, const QVector<qint64>& holders,
                         const std::optional<QString>& password)
{
    Database& db = session.profile().database();
    SecretChangeNotice notice(db, session.clock());
    auto bcc = notice.composeBcc(roomId, holders);
    if (!bcc) {
        storeError(session, bcc.error());
        return s_failed;
    }
    // Recorded before anything goes: from now on only those sent the new link hold it.
    if (auto recorded = notice.recordChange(roomId); !recorded) {
        storeError(session, recorded.error());
        return s_failed;
    }
    for (const SecretChangeNotice::Recipient& person : bcc->leftOut) {
        Console::error(person.reason == SecretChangeNotice::LeftOut::Blocked
                           ? tr("Left out: applicant %1 (%2), the address is blocked.")
                                 .arg(person.applicantId)
                                 .arg(person.anonymousName)
                           : tr("Left out: applicant %1 (%2), no address to write to.")
                                 .arg(person.applicantId)
                                 .arg(person.anonymousName));
    }
    if (bcc->recipients.isEmpty()) {
        Console::out(tr("Nobody could be written to; nothing was sent."));
        return holders.isEmpty() ? 0 : s_failed;
    }
    if (bcc->account.id == 0) {
        Console::error(ReplyText::problem(ReplyProblem::NoAccount));
        draftsInstead(session, bcc.value());
        return s_failed;
    }

    ReplySender sender(db, session.clock(), SslMailSocket::factory());
    PasswordSource source(session.keychain());
    QObject context;
    int code = s_failed;
    auto send = [&](const QString& smtpPassword) {
        sender.sendNotice(bcc.value(), {smtpPassword, smtpPassword}, 0, [&](const SendOutcome& outcome) {
            if (!outcome.ok()) {
                Console::error(ReplyText::sendError(outcome.failure->code));
                if (!outcome.failure->detail.isEmpty() && outcome.failure->code != SendError::Blocked)
                    Console::error(tr("  Details: %1").arg(outcome.failure->detail));
                draftsInstead(session, bcc.value());
                QCoreApplication::exit(s_failed);
                return;
            }
            Console::out(tr("The notice with the new link went to %1 applicant(s) in BCC (Message-ID %2).")
                             .arg(bcc->recipients.size())
                             .arg(outcome.messageId));
            for (const QString& warning : outcome.warnings)
                Console::error(ReplyText::warning(warning));
            QCoreApplication::exit(0);
        });
    };
    QMetaObject::invokeMethod(
        &context,
        [&] {
            if (password)
                return send(*password);
            const MailPassword which =
                PasswordSource::smtpSharesImap(bcc->account) ? MailPassword::Imap : MailPassword::Smtp;
            source.lookup(bcc->account, which, &context, [&](const PasswordLookup& lookup) {
                if (!lookup.found()) {
                    const SecretError error = lookup.askEachTime ? SecretError::NotFound : lookup.reason;
                    Console::error(Sentences::join(ReplyText::sendError(SendError::PasswordMissing),
                                                   MailAccountText::secretError(error)));
                    Console::error(tr("Give it with --password-stdin."));
                    draftsInstead(session, bcc.value());
                    QCoreApplication::exit(s_failed);
                    return;
                }
                send(*lookup.password);
            });
        },
        Qt::QueuedConnection);
    code = QCoreApplication::exec();
    return code;
}

} // namespace tsunagu::app
