// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/ReplySender.h"

#include "sending/ReplySenderParts.h"
#include "sending/SendLog.h"

#include "common/Sha256.h"
#include "domain/ReplyAction.h"
#include "mail/account/AccountEndpoints.h"
#include "mail/imap/ImapSession.h"
#include "mail/mime/MimeComposer.h"
#include "mail/mime/MimeParser.h"
#include "mail/smtp/SmtpSession.h"
#include "schedule/InvitationCalendar.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/HostRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ReplyRepository.h"
#include "storage/SqlTransaction.h"

#include <QTimeZone>

namespace tsunagu {
namespace {

// Where a new Sent mailbox goes: beside INBOX, or under it on servers whose folders all live there (Courier, Cyrus:
// "INBOX.Sent").
QString sentFolderName(const QList<MailboxListing>& listings)
{
    bool allUnderInbox = false;
    QChar separator;
    for (const MailboxListing& listing : listings) {
        if (listing.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0) {
            separator = listing.separator;
            continue;
        }
        if (separator.isNull())
            separator = listing.separator;
        const bool underInbox =
            !separator.isNull() && listing.name.startsWith(QStringLiteral("INBOX") + separator, Qt::CaseInsensitive);
        if (!underInbox)
            return QStringLiteral("Sent");
        allUnderInbox = true;
    }
    return allUnderInbox ? QStringLiteral("INBOX") + separator + QStringLiteral("Sent") : QStringLiteral("Sent");
}

ApplicantStatus statusAfter(ReplyAction action, ApplicantStatus current)
{
    switch (action) {
    case ReplyAction::Invite:
        return current == ApplicantStatus::Attending ? current : ApplicantStatus::Invited;
    case ReplyAction::Hold:
        return ApplicantStatus::OnHold;
    case ReplyAction::Refer:
        return ApplicantStatus::Referred;
    case ReplyAction::Decline:
        return ApplicantStatus::NotEligible;
    case ReplyAction::Reminder:
        return current;
    }
    return current;
}

// The copy in Sent says which host wrote it, for co-hosts who share the mailbox (and the sender address).
QByteArray withHostHeader(const QByteArray& mail, const QString& hostName)
{
    if (hostName.trimmed().isEmpty())
        return mail;
    QString clean;
    for (const QChar c : hostName.trimmed()) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            clean += c;
    }
    return QByteArrayLiteral("X-Tsunagu-Host: ") + clean.toUtf8().toPercentEncoding(" @._-") + "\r\n" + mail;
}

} // namespace

ReplySender::ReplySender(Database& database, const Clock& clock, MailSocketFactory sockets, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_sockets(std::move(sockets))
{
    connect(this, &ReplySender::stepChanged, this, [](Step step) { qCDebug(lcSend) << "step" << step; });
}

ReplySender::~ReplySender()
{
    cancel();
}

QString ReplySender::keywordFor(const QString& actionKey)
{
    return actionKey == replyActionKey(ReplyAction::Invite) ? QStringLiteral("$TsunaguInvited")
                                                            : QStringLiteral("$TsunaguReplied");
}

void ReplySender::cancel()
{
    ++m_generation;
    if (m_smtp) {
        m_smtp->abort();
        m_smtp->deleteLater();
    }
    if (m_imap) {
        m_imap->abort();
        m_imap->deleteLater();
    }
    m_busy = false;
}

quint64 ReplySender::begin()
{
    cancel();
    m_busy = true;
    const quint64 generation = m_generation;
    Q_EMIT stepChanged(Step::Checking);
    return generation;
}

SendFailure ReplySender::endWith(ImapSession* imap, const ImapError& error)
{
    const SendFailure failure = fromImap(error, imap->rejectedCertificate());
    imap->abort();
    finish();
    return failure;
}

SendFailure ReplySender::endWithSmtp(const SmtpError& error)
{
    const SendFailure failure = fromSmtp(error, m_smtp ? m_smtp->rejectedCertificate() : std::nullopt);
    finish();
    return failure;
}

void ReplySender::finish()
{
    if (m_smtp)
        m_smtp->deleteLater();
    if (m_imap)
        m_imap->deleteLater();
    m_busy = false;
}

std::optional<SendFailure> ReplySender::preview(qint64 replyId, QByteArray& bytes)
{
    Prepared prepared;
    if (auto failure = prepare(replyId, prepared, false))
        return failure;
    bytes = prepared.bytes;
    return std::nullopt;
}

std::optional<SendFailure> ReplySender::prepare(qint64 replyId, Prepared& prepared, bool checkProblems)
{
    ReplyRepository replies(m_database, m_clock);
    auto reply = replies.byId(replyId);
    if (!reply)
        return storeFailure(reply.error());
    prepared.reply = reply.value();
    ReplyDrafter drafter(m_database, m_clock);
    auto problems = drafter.problems(replyId);
    if (!problems)
        return storeFailure(problems.error());
    // Without an account that can send there is no sender to compose with, even for a preview: say so (it is not
    // a failure of the store).
    if (!checkProblems && problems->contains(ReplyProblem::NoAccount))
        return SendFailure{SendError::Blocked, replyProblemKey(ReplyProblem::NoAccount), std::nullopt, false};
    if (checkProblems && !problems->isEmpty()) {
        QStringList keys;
        for (const ReplyProblem problem : problems.value())
            keys << replyProblemKey(problem);
        return SendFailure{SendError::Blocked, keys.join(QLatin1Char(',')), std::nullopt, false};
    }
    auto addressing = drafter.addressing(replyId);
    if (!addressing)
        return storeFailure(addressing.error());
    prepared.addressing = addressing.value();
    if (prepared.reply.hostId != 0) {
        // Only for the Sent copy's X-Tsunagu-Host: a host name that cannot be read leaves it out.
        if (auto name = HostRepository(m_database).displayName(prepared.reply.hostId))
            prepared.hostName = name.value();
    }

    const MailAccount& account = prepared.addressing.account;
    OutgoingMail mail;
    mail.from = {account.fromName, senderAddress(account)};
    mail.to = {{QString(), prepared.reply.toAddress.trimmed()}};
    mail.subject = prepared.reply.subject;
    mail.body = prepared.reply.body;
    mail.inReplyTo = prepared.addressing.inReplyTo;
    mail.references = prepared.addressing.references;
    prepared.date = m_clock.now().toTimeZone(QTimeZone("Asia/Tokyo"));
    mail.date = prepared.date;
    mail.charset = account.outgoingCharset == OutgoingCharset::Iso2022Jp ? OutgoingMail::Charset::Iso2022Jp
                                                                         : OutgoingMail::Charset::Utf8;
    // The room's next meetings for the applicant's calendar, with no more of the join details than the text gives.
    if (prepared.reply.attachMeetings && prepared.reply.action == replyActionKey(ReplyAction::Invite)) {
        auto applicant = ApplicantRepository(m_database, m_clock).byId(prepared.reply.applicantId);
        if (!applicant)
            return storeFailure(applicant.error());
        auto ics = InvitationCalendar(m_database)
                       .ics(applicant->roomId, m_clock.now(),
                            prepared.reply.subject + QLatin1Char('\n') + prepared.reply.body);
        if (!ics)
            return storeFailure(ics.error());
        if (!ics->isEmpty())
            mail.attachments.append({InvitationCalendar::fileName(), InvitationCalendar::contentType(), ics.value()});
    }
    auto composed = MimeComposer::compose(mail);
    if (!composed) {
        const bool unencodable = composed.error().code == ComposeProblem::UnencodableCharacter;
        return SendFailure{unencodable ? SendError::Unencodable : SendError::Blocked, composed.error().detail,
                           std::nullopt, false};
    }
    prepared.bytes = composed->bytes;
    prepared.messageId = composed->messageId;
    return std::nullopt;
}

void ReplySender::send(qint64 replyId, const SendPasswords& passwords, std::function<void(SendOutcome)> done)
{
    done = [done = std::move(done)](SendOutcome outcome) {
        if (outcome.ok())
            qCInfo(lcSend) << "reply sent, warnings:" << outcome.warnings;
        else
            qCInfo(lcSend) << "reply not sent: error" << int(outcome.failure->code)
                           << (outcome.failure->smtp ? "(SMTP)" : "(IMAP)");
        done(std::move(outcome));
    };
    const quint64 generation = begin();
    auto prepared = std::make_shared<Prepared>();
    if (auto failure = prepare(replyId, *prepared)) {
        m_busy = false;
        done(SendOutcome{failure, {}, {}, {}});
        return;
    }
    ReplyRepository replies(m_database, m_clock);
    // Claimed before anything leaves: a second window or a retry racing with this one gets NotEditable.
    if (auto claimed = replies.beginSending(replyId); !claimed) {
        m_busy = false;
        const SendError code =
            claimed.error().code == StoreError::Conflict ? SendError::NotEditable : SendError::StoreFailed;
        done(SendOutcome{SendFailure{code, claimed.error().detail, std::nullopt, false}, {}, {}, {}});
        return;
    }

    Q_EMIT stepChanged(Step::Sending);
    m_smtp = new SmtpSession(m_sockets, this);
    SmtpEnvelope envelope;
    envelope.from = senderAddress(prepared->addressing.account);
    envelope.recipients = {prepared->reply.toAddress.trimmed()};
    const QString imapPassword = passwords.imap;
    m_smtp->send(smtpEndpoint(prepared->addressing.account), passwords.smtp, envelope, prepared->bytes,
                 [this, generation, prepared, imapPassword, done](SmtpResult<SmtpReceipt> result) {
                     if (generation != m_generation)
                         return;
                     ReplyRepository store(m_database, m_clock);
                     if (!result) {
                         const SendFailure failure = endWithSmtp(result.error());
                         // Best effort: the host hears of the failure through `done`; a reply that stays
                         // "sending" is shown as interrupted at the next start, never resent blindly.
                         (void)store.markFailed(prepared->reply.id, sendErrorKey(failure.code), failure.detail);
                         done(SendOutcome{failure, {}, {}, {}});
                         return;
                     }
                     if (auto failure = recordSent(*prepared)) {
                         finish();
                         done(SendOutcome{failure, prepared->messageId, {}, {}});
                         return;
                     }
                     afterSend(prepared, imapPassword, done);
                 });
}

std::optional<SendFailure> ReplySender::recordSent(const Prepared& prepared)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return SendFailure{SendError::StoreFailed, transaction.error(), std::nullopt, false};
    const QDateTime now = m_clock.now();
    ReplyRepository replies(m_database, m_clock);
    if (auto sent = replies.markSent(prepared.reply.id, prepared.messageId, now); !sent)
        return storeFailure(sent.error());

    Message message;
    message.direction = MessageDirection::Outgoing;
    message.accountId = prepared.addressing.account.id;
    message.mailbox = QString();
    QString bare = prepared.messageId;
    if (bare.startsWith(QLatin1Char('<')) && bare.endsWith(QLatin1Char('>')))
        bare = bare.mid(1, bare.size() - 2);
    message.messageId = bare;
    message.inReplyTo = prepared.addressing.inReplyTo;
    message.references = prepared.addressing.references.join(QLatin1Char(' '));
    message.subject = prepared.reply.subject;
    message.fromAddress = senderAddress(prepared.addressing.account);
    message.toAddresses = prepared.reply.toAddress;
    message.sentAt = prepared.date;
    message.receivedAt = now;
    message.sizeBytes = prepared.bytes.size();
    message.bodyText = prepared.reply.body;
    message.classification = Classification::Sent;
    message.applicantId = prepared.reply.applicantId;
    message.raw = prepared.bytes;
    message.sha256 = QString::fromLatin1(sha256(prepared.bytes).toHex());
    MessageRepository messages(m_database);
    if (auto stored = messages.insert(message); !stored)
        return storeFailure(stored.error());

    ApplicantRepository applicants(m_database, m_clock);
    auto applicant = applicants.byId(prepared.reply.applicantId);
    if (!applicant)
        return storeFailure(applicant.error());
    const ReplyAction action = replyActionFromKey(prepared.reply.action);
    const ApplicantStatus next = statusAfter(action, applicant->status);
    if (next != applicant->status || !applicant->firstReplyAt.isValid()) {
        auto changed = applicants.setStatus(prepared.reply.applicantId, next, prepared.reply.hostId,
                                            QStringLiteral("reply:%1").arg(prepared.reply.action), now);
        if (!changed)
            return storeFailure(changed.error());
    }
    AuditEntry entry;
    entry.at = now;
    entry.hostId = prepared.reply.hostId;
    entry.action = QStringLiteral("reply.sent");
    entry.subjectKind = QStringLiteral("applicant");
    entry.subjectId = prepared.reply.applicantId;
    entry.detail =
        QStringLiteral("action=%1 secrets=%2")
            .arg(prepared.reply.action, prepared.reply.includesSecrets ? QStringLiteral("yes") : QStringLiteral("no"));
    if (auto logged = AuditLog(m_database).record(entry); !logged)
        return storeFailure(logged.error());
    if (!transaction.commit())
        return SendFailure{SendError::StoreFailed, transaction.error(), std::nullopt, false};
    return std::nullopt;
}

void ReplySender::afterSend(std::shared_ptr<Prepared> prepared, const QString& imapPassword,
                            std::function<void(SendOutcome)> done)
{
    const quint64 generation = m_generation;
    auto outcome = std::make_shared<SendOutcome>();
    outcome->messageId = prepared->messageId;
    const MailAccount account = prepared->addressing.account;
    auto warn = [this, prepared, outcome](const QString& key, const QString& detail) {
        if (!outcome->warnings.contains(key))
            outcome->warnings << key;
        if (!detail.isEmpty())
            outcome->warningDetail = detail;
        // Best effort: the warning reaches the host through the outcome in any case.
        (void)ReplyRepository(m_database, m_clock)
            .setWarning(prepared->reply.id, outcome->warnings.join(QLatin1Char(',')));
    };
    auto end = [this, generation, outcome, done]() {
        if (generation != m_generation)
            return;
        if (m_imap)
            m_imap->logout([](ImapDone) {});
        m_busy = false;
        done(*outcome);
    };
    const bool fileCopy = !account.serverFilesSent;
    const bool markOriginal = prepared->addressing.originalUid > 0;
    if (!fileCopy && !markOriginal) {
        end();
        return;
    }

    m_imap = new ImapSession(m_sockets, this);
    ImapSession* imap = m_imap;
    Q_EMIT stepChanged(Step::Filing);
    auto mark = [this, imap, prepared, account, warn, end, generation, markOriginal]() {
        if (generation != m_generation)
            return;
        if (!markOriginal) {
            end();
            return;
        }
        Q_EMIT stepChanged(Step::Marking);
        imap->select(account.folder, [imap, prepared, warn, end](ImapResult<MailboxInfo> box) {
            if (!box) {
                warn(QStringLiteral("flags"), box.error().detail);
                end();
                return;
            }
            if (box->uidValidity != prepared->addressing.originalUidValidity) {
                warn(QStringLiteral("flags"), QStringLiteral("the mailbox was renumbered since the mail came"));
                end();
                return;
            }
            const QStringList flags{QStringLiteral("\\Answered"), keywordFor(prepared->reply.action)};
            imap->addFlags({quint32(prepared->addressing.originalUid)}, flags,
                           [warn, end](ImapResult<QList<MessageFlags>> marked) {
                               if (!marked)
                                   warn(QStringLiteral("flags"), marked.error().detail);
                               end();
                           });
        });
    };
    imap->connectToServer(
        imapEndpoint(account), imapPassword,
        [this, imap, prepared, account, warn, end, mark, fileCopy, generation](ImapResult<ImapServerInfo> connected) {
            if (generation != m_generation)
                return;
            if (!connected) {
                warn(fileCopy ? QStringLiteral("sent_copy") : QStringLiteral("flags"), connected.error().detail);
                if (fileCopy && prepared->addressing.originalUid > 0)
                    warn(QStringLiteral("flags"), connected.error().detail);
                end();
                return;
            }
            if (!fileCopy) {
                mark();
                return;
            }
            auto append = [imap, prepared, warn, mark](const QString& folder) {
                imap->append(folder, withHostHeader(prepared->bytes, prepared->hostName), {QStringLiteral("\\Seen")},
                             prepared->date, [warn, mark](ImapResult<AppendResult> appended) {
                                 if (!appended)
                                     warn(QStringLiteral("sent_copy"), appended.error().detail);
                                 mark();
                             });
            };
            if (!account.sentFolder.isEmpty()) {
                append(account.sentFolder);
                return;
            }
            imap->listMailboxes([imap, append, warn, mark](ImapResult<QList<MailboxListing>> listed) {
                if (!listed) {
                    warn(QStringLiteral("sent_copy"), listed.error().detail);
                    mark();
                    return;
                }
                // RFC 6154: the mailbox marked \Sent, else one of the usual names.
                if (const auto sent = ImapSession::specialUse(listed.value(), QStringLiteral("\\Sent"))) {
                    append(*sent);
                    return;
                }
                // None at all: made as mail programs do (a new account on some servers has only INBOX), instead of
                // a warning after every reply.
                const QString name = sentFolderName(listed.value());
                imap->createMailbox(name, QStringLiteral("\\Sent"), [append, warn, mark, name](ImapDone created) {
                    if (!created) {
                        warn(QStringLiteral("sent_copy"), created.error().detail);
                        mark();
                        return;
                    }
                    append(name);
                });
            });
        });
}

} // namespace tsunagu
