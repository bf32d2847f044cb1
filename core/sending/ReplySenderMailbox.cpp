// SPDX-License-Identifier: GPL-3.0-or-later
// ReplySender's work on the mailbox beside sending a reply: the referral note, a draft in the Drafts folder and the
// co-host check.
#include "sending/ReplySender.h"

#include "mail/account/AccountEndpoints.h"

#include "mail/imap/ImapSession.h"
#include "mail/mime/MimeComposer.h"
#include "mail/mime/MimeParser.h"
#include "mail/smtp/SmtpSession.h"
#include "sending/ReferralNotice.h"
#include "sending/ReplySenderParts.h"
#include "storage/AuditLog.h"
#include "storage/ReplyRepository.h"

namespace tsunagu {

void ReplySender::sendReferral(qint64 referralId, const SendPasswords& passwords, std::function<void(SendOutcome)> done)
{
    const quint64 generation = begin();
    auto facts = ReplyRepository(m_database, m_clock).referralFacts(referralId);
    if (!facts) {
        m_busy = false;
        done(SendOutcome{
            SendFailure{SendError::StoreFailed, QStringLiteral("no such referral"), std::nullopt, false}, {}, {}, {}});
        return;
    }
    const qint64 applicantId = facts->applicantId;
    const QString hostName = facts->hostName;
    auto addressing = ReplyDrafter(m_database, m_clock).addressingFor(applicantId);
    if (!addressing) {
        m_busy = false;
        done(SendOutcome{storeFailure(addressing.error()), {}, {}, {}});
        return;
    }
    const MailAccount account = addressing->account;
    auto notice =
        ReferralNotice::build(m_database, m_clock, referralId, {account.fromName, senderAddress(account)}, hostName);
    if (!notice) {
        m_busy = false;
        done(SendOutcome{SendFailure{SendError::Blocked, notice.error().detail, std::nullopt, false}, {}, {}, {}});
        return;
    }
    notice->mail.charset = account.outgoingCharset == OutgoingCharset::Iso2022Jp ? OutgoingMail::Charset::Iso2022Jp
                                                                                 : OutgoingMail::Charset::Utf8;
    auto composed = MimeComposer::compose(notice->mail);
    if (!composed) {
        m_busy = false;
        done(SendOutcome{SendFailure{composed.error().code == ComposeProblem::UnencodableCharacter
                                         ? SendError::Unencodable
                                         : SendError::Blocked,
                                     composed.error().detail, std::nullopt, false},
                         {},
                         {},
                         {}});
        return;
    }
    Q_EMIT stepChanged(Step::Sending);
    m_smtp = new SmtpSession(m_sockets, this);
    SmtpEnvelope envelope;
    envelope.from = senderAddress(account);
    envelope.recipients = {notice->toAddress};
    const QStringList shared = notice->sharedFields;
    const QString messageId = composed->messageId;
    m_smtp->send(smtpEndpoint(account), passwords.smtp, envelope, composed->bytes,
                 [this, generation, referralId, applicantId, shared, messageId, done](SmtpResult<SmtpReceipt> result) {
                     if (generation != m_generation)
                         return;
                     if (!result) {
                         done(SendOutcome{endWithSmtp(result.error()), {}, {}, {}});
                         return;
                     }
                     const QDateTime now = m_clock.now();
                     SendOutcome outcome;
                     outcome.messageId = messageId;
                     if (auto noted = ReplyRepository(m_database, m_clock).markReferralNotified(referralId, now);
                         !noted)
                         outcome.failure = storeFailure(noted.error());
                     AuditEntry entry;
                     entry.at = now;
                     entry.action = QStringLiteral("referral.sent");
                     entry.subjectKind = QStringLiteral("applicant");
                     entry.subjectId = applicantId;
                     entry.detail = QStringLiteral("fields=%1").arg(shared.join(QLatin1Char(',')));
                     // The note went out already: an audit line that cannot be written must not turn it into
                     // a failure the host would retry (and so send twice).
                     (void)AuditLog(m_database).record(entry);
                     finish();
                     done(outcome);
                 });
}

void ReplySender::saveToDrafts(qint64 replyId, const QString& imapPassword, std::function<void(SendOutcome)> done)
{
    const quint64 generation = begin();
    auto prepared = std::make_shared<Prepared>();
    if (auto failure = prepare(replyId, *prepared)) {
        m_busy = false;
        done(SendOutcome{failure, {}, {}, {}});
        return;
    }
    const MailAccount account = prepared->addressing.account;
    m_imap = new ImapSession(m_sockets, this);
    ImapSession* imap = m_imap;
    Q_EMIT stepChanged(Step::Filing);
    auto fail = [this, imap, generation, done](const ImapError& error) {
        if (generation != m_generation)
            return;
        const SendFailure failure = endWith(imap, error);
        done(SendOutcome{failure, {}, {}, {}});
    };
    auto append = [this, imap, prepared, generation, fail, done](const QString& folder) {
        imap->append(folder, prepared->bytes, {QStringLiteral("\\Draft"), QStringLiteral("\\Seen")}, prepared->date,
                     [this, imap, prepared, generation, fail, done](ImapResult<AppendResult> appended) {
                         if (generation != m_generation)
                             return;
                         if (!appended) {
                             fail(appended.error());
                             return;
                         }
                         ReplyRepository replies(m_database, m_clock);
                         SendOutcome outcome;
                         outcome.messageId = prepared->messageId;
                         if (auto marked = replies.markOnServer(prepared->reply.id); !marked)
                             outcome.failure = storeFailure(marked.error());
                         AuditEntry entry;
                         entry.at = m_clock.now();
                         entry.hostId = prepared->reply.hostId;
                         entry.action = QStringLiteral("reply.draft_saved");
                         entry.subjectKind = QStringLiteral("applicant");
                         entry.subjectId = prepared->reply.applicantId;
                         entry.detail =
                             QStringLiteral("action=%1 secrets=%2")
                                 .arg(prepared->reply.action,
                                      prepared->reply.includesSecrets ? QStringLiteral("yes") : QStringLiteral("no"));
                         // The mail went out already: an audit line that cannot be written must not turn it
                         // into a failure the host would retry (and so send twice).
                         (void)AuditLog(m_database).record(entry);
                         imap->logout([](ImapDone) {});
                         m_busy = false;
                         done(outcome);
                     });
    };
    imap->connectToServer(
        imapEndpoint(account), imapPassword,
        [imap, account, generation, fail, append, this](ImapResult<ImapServerInfo> connected) {
            if (generation != m_generation)
                return;
            if (!connected) {
                fail(connected.error());
                return;
            }
            if (!account.draftsFolder.isEmpty()) {
                append(account.draftsFolder);
                return;
            }
            imap->listMailboxes([append, fail](ImapResult<QList<MailboxListing>> listed) {
                if (!listed) {
                    fail(listed.error());
                    return;
                }
                const auto drafts = ImapSession::specialUse(listed.value(), QStringLiteral("\\Drafts"));
                if (!drafts) {
                    fail(ImapError{ImapErrorCode::MailboxMissing, QStringLiteral("no Drafts folder on the server")});
                    return;
                }
                append(*drafts);
            });
        });
}

void ReplySender::checkOthers(qint64 replyId, const QString& imapPassword,
                              std::function<void(std::optional<OthersAnswer>, std::optional<SendFailure>)> done)
{
    const quint64 generation = begin();
    ReplyDrafter drafter(m_database, m_clock);
    auto addressed = drafter.addressing(replyId);
    if (!addressed) {
        m_busy = false;
        done(std::nullopt, storeFailure(addressed.error()));
        return;
    }
    const ReplyAddressing addressing = addressed.value();
    if (addressing.originalUid == 0) {
        // Imported from a file: nothing on the server to look at.
        m_busy = false;
        done(OthersAnswer{}, std::nullopt);
        return;
    }
    m_imap = new ImapSession(m_sockets, this);
    ImapSession* imap = m_imap;
    auto answer = std::make_shared<OthersAnswer>();
    auto fail = [this, imap, generation, done](const ImapError& error) {
        if (generation != m_generation)
            return;
        const SendFailure failure = endWith(imap, error);
        done(std::nullopt, failure);
    };
    auto end = [this, imap, generation, answer, done]() {
        if (generation != m_generation)
            return;
        imap->logout([](ImapDone) {});
        m_busy = false;
        done(*answer, std::nullopt);
    };
    // Who answered: the Sent copy that answers the original (In-Reply-To), read with our own MIME parser.
    auto findAnswer = [imap, addressing, answer, end](const QString& sentFolder) {
        imap->examine(sentFolder, [imap, addressing, answer, end](ImapResult<MailboxInfo> box) {
            if (!box || addressing.inReplyTo.isEmpty()) {
                end();
                return;
            }
            imap->searchHeader(
                QStringLiteral("In-Reply-To"), addressing.inReplyTo,
                [imap, answer, end](ImapResult<std::vector<quint32>> uids) {
                    if (!uids || uids->empty()) {
                        end();
                        return;
                    }
                    imap->fetchEnvelopes({uids->back()}, [answer, end](ImapResult<QList<MessageEnvelope>> found) {
                        if (found && !found->isEmpty()) {
                            const QByteArray headers = found->first().headerBytes;
                            const MimeMessage parsed = MimeParser::parse(headers + "\r\n");
                            const QByteArray marker = QByteArrayLiteral("X-Tsunagu-Host: ");
                            const qsizetype at = headers.indexOf(marker);
                            if (at >= 0) {
                                const qsizetype lineEnd = headers.indexOf('\r', at);
                                answer->by = QString::fromUtf8(QByteArray::fromPercentEncoding(
                                    headers.mid(at + marker.size(), lineEnd - at - marker.size())));
                            } else if (!parsed.from.isEmpty()) {
                                const MailAddress& from = parsed.from.first();
                                answer->by = from.name.isEmpty() ? from.address : from.name;
                            }
                            answer->at = parsed.date.isValid() ? parsed.date : found->first().internalDate;
                        }
                        end();
                    });
                });
        });
    };
    imap->connectToServer(
        imapEndpoint(addressing.account), imapPassword,
        [this, imap, addressing, answer, generation, fail, end, findAnswer](ImapResult<ImapServerInfo> connected) {
            if (generation != m_generation)
                return;
            if (!connected) {
                fail(connected.error());
                return;
            }
            imap->examine(addressing.account.folder, [imap, addressing, answer, fail, end,
                                                      findAnswer](ImapResult<MailboxInfo> box) {
                if (!box) {
                    fail(box.error());
                    return;
                }
                if (box->uidValidity != addressing.originalUidValidity) {
                    end();
                    return;
                }
                imap->fetchFlags({quint32(addressing.originalUid)}, [imap, addressing, answer, fail, end,
                                                                     findAnswer](ImapResult<QList<MessageFlags>> got) {
                    if (!got) {
                        fail(got.error());
                        return;
                    }
                    if (got->isEmpty()) {
                        end(); // deleted on the server meanwhile
                        return;
                    }
                    answer->known = true;
                    answer->flags = got->first().flags;
                    for (const QString& flag : std::as_const(answer->flags)) {
                        if (flag.compare(QLatin1String("\\Answered"), Qt::CaseInsensitive) == 0 ||
                            flag.startsWith(QLatin1String("$Tsunagu"), Qt::CaseInsensitive))
                            answer->answered = true;
                    }
                    if (!answer->answered) {
                        end();
                        return;
                    }
                    if (!addressing.account.sentFolder.isEmpty()) {
                        findAnswer(addressing.account.sentFolder);
                        return;
                    }
                    imap->listMailboxes([findAnswer, end](ImapResult<QList<MailboxListing>> listed) {
                        const auto sent = listed ? ImapSession::specialUse(listed.value(), QStringLiteral("\\Sent"))
                                                 : std::optional<QString>();
                        if (!sent) {
                            end();
                            return;
                        }
                        findAnswer(*sent);
                    });
                });
            });
        });
}

} // namespace tsunagu
