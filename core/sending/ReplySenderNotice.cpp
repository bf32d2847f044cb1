// SPDX-License-Identifier: GPL-3.0-or-later
// ReplySender: a changed chat link or join details told to every holder in one mail, the holders in BCC.
#include "sending/ReplySender.h"

#include "sending/ReplySenderParts.h"
#include "sending/SendLog.h"

#include "mail/account/AccountEndpoints.h"
#include "mail/mime/MimeComposer.h"
#include "mail/smtp/SmtpSession.h"
#include "storage/AuditLog.h"
#include "storage/SqlTransaction.h"

#include <QTimeZone>

namespace tsunagu {
namespace {

// The account writes to itself: the recipients see the room's own address in To:, and the host's own copy of the
// mail arrives in the room's inbox as a record of what was sent.
OutgoingMail noticeMail(const SecretChangeNotice::BccNotice& notice, const QDateTime& date)
{
    const MailAccount& account = notice.account;
    OutgoingMail mail;
    mail.from = {account.fromName, senderAddress(account)};
    mail.to = {{account.fromName, senderAddress(account)}};
    mail.subject = notice.subject;
    mail.body = notice.body;
    mail.date = date;
    mail.charset = account.outgoingCharset == OutgoingCharset::Iso2022Jp ? OutgoingMail::Charset::Iso2022Jp
                                                                         : OutgoingMail::Charset::Utf8;
    return mail;
}

std::optional<SendFailure> composeNotice(const SecretChangeNotice::BccNotice& notice, const QDateTime& date,
                                         ComposedMail& composed)
{
    if (notice.account.id == 0)
        return SendFailure{SendError::Blocked, QStringLiteral("no_account"), std::nullopt, false};
    if (notice.recipients.isEmpty())
        return SendFailure{SendError::Blocked, QStringLiteral("no_recipient"), std::nullopt, false};
    auto result = MimeComposer::compose(noticeMail(notice, date));
    if (!result) {
        const bool unencodable = result.error().code == ComposeProblem::UnencodableCharacter;
        return SendFailure{unencodable ? SendError::Unencodable : SendError::Blocked, result.error().detail,
                           std::nullopt, false};
    }
    composed = result.value();
    return std::nullopt;
}

} // namespace

std::optional<SendFailure> ReplySender::previewNotice(const SecretChangeNotice::BccNotice& notice,
                                                      QByteArray& bytes) const
{
    ComposedMail composed;
    if (auto failure = composeNotice(notice, m_clock.now().toTimeZone(QTimeZone("Asia/Tokyo")), composed))
        return failure;
    bytes = composed.bytes;
    return std::nullopt;
}

void ReplySender::sendNotice(const SecretChangeNotice::BccNotice& notice, const SendPasswords& passwords, qint64 hostId,
                             std::function<void(SendOutcome)> done)
{
    done = [done = std::move(done), count = notice.recipients.size()](SendOutcome outcome) {
        // How many, never who: addresses stay out of the log.
        if (outcome.ok())
            qCInfo(lcSend) << "notice sent in BCC to" << count << "recipient(s)";
        else
            qCInfo(lcSend) << "notice not sent: error" << int(outcome.failure->code)
                           << (outcome.failure->smtp ? "(SMTP)" : "");
        done(std::move(outcome));
    };
    const quint64 generation = begin();
    ComposedMail composed;
    if (auto failure = composeNotice(notice, m_clock.now().toTimeZone(QTimeZone("Asia/Tokyo")), composed)) {
        m_busy = false;
        done(SendOutcome{failure, {}, {}, {}});
        return;
    }
    Q_EMIT stepChanged(Step::Sending);
    m_smtp = new SmtpSession(m_sockets, this);
    SmtpEnvelope envelope;
    envelope.from = senderAddress(notice.account);
    // The same person with two applications gets the mail once (and an audit line for each application).
    for (const SecretChangeNotice::Recipient& recipient : notice.recipients) {
        bool already = false;
        for (const QString& address : std::as_const(envelope.recipients))
            already = already || address.compare(recipient.address, Qt::CaseInsensitive) == 0;
        if (!already)
            envelope.recipients << recipient.address;
    }
    QVector<qint64> applicants;
    for (const SecretChangeNotice::Recipient& recipient : notice.recipients)
        applicants << recipient.applicantId;
    const QString messageId = composed.messageId;
    const bool secrets = notice.includesSecrets;
    m_smtp->send(smtpEndpoint(notice.account), passwords.smtp, envelope, composed.bytes,
                 [this, generation, applicants, messageId, secrets, hostId, done](SmtpResult<SmtpReceipt> result) {
                     if (generation != m_generation)
                         return;
                     if (!result) {
                         done(SendOutcome{endWithSmtp(result.error()), {}, {}, {}});
                         return;
                     }
                     SendOutcome outcome;
                     outcome.messageId = messageId;
                     // One line per recipient, as a reply with the details leaves, so each holds the new details;
                     // "bcc=yes" tells them apart from replies in the audit log.
                     const QDateTime now = m_clock.now();
                     QSqlDatabase db = m_database.connection();
                     SqlTransaction transaction(db);
                     AuditLog log(m_database);
                     bool recorded = transaction.begun();
                     for (const qint64 applicantId : applicants) {
                         if (!recorded)
                             break;
                         AuditEntry entry;
                         entry.at = now;
                         entry.hostId = hostId;
                         entry.action = QStringLiteral("reply.sent");
                         entry.subjectKind = QStringLiteral("applicant");
                         entry.subjectId = applicantId;
                         entry.detail = QStringLiteral("action=notice secrets=%1 bcc=yes")
                                            .arg(secrets ? QStringLiteral("yes") : QStringLiteral("no"));
                         recorded = log.record(entry).ok();
                     }
                     // The mail went out already: a record that cannot be written is a warning, never a failure the
                     // host would retry (and so send twice).
                     if (!recorded || !transaction.commit())
                         outcome.warnings << QStringLiteral("audit");
                     finish();
                     done(outcome);
                 });
}

} // namespace tsunagu
