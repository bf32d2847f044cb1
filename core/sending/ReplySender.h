// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/ReplyOutcome.h"
#include "mail/imap/ImapError.h"
#include "mail/net/CertificateInfo.h"
#include "mail/net/Endpoint.h"
#include "mail/net/MailSocket.h"
#include "mail/smtp/SmtpError.h"
#include "sending/ReplyDrafter.h"
#include "sending/SecretChangeNotice.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace tsunagu {

class ImapSession;
class SmtpSession;

struct SendFailure
{
    SendError code = SendError::ServerRefused;
    QString detail;
    std::optional<CertificateInfo> certificate; // TlsUntrusted: the certificate and whether it is the SMTP one
    bool smtp = false;                          // the SMTP server (else the IMAP server)
};

// The result of send() and saveToDrafts(). After a successful send, something on the IMAP side may still have
// failed (the copy in Sent, the \Answered flag): that is a warning, never a reason to send again.
struct SendOutcome
{
    std::optional<SendFailure> failure;
    QString messageId;
    QStringList warnings; // stable keys: "sent_copy", "flags"
    QString warningDetail;
    bool ok() const { return !failure.has_value(); }
};

struct SendPasswords
{
    QString imap;
    QString smtp;
};

// Sends replies the host prepared: SMTP, then a copy in Sent (unless the server files its own), \Answered and a
// $Tsunagu keyword on the original, the applicant's status, first reply time and the audit log. Asynchronous on
// the thread it lives on; nothing blocks. One operation at a time; each callback is called exactly once.
class ReplySender : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        Checking,
        Sending,
        Filing, // the copy in Sent / Drafts
        Marking,
    };
    Q_ENUM(Step)

    ReplySender(Database& database, const Clock& clock, MailSocketFactory sockets, QObject* parent = nullptr);
    ~ReplySender() override;

    // Reads the original's flags on the server (EXAMINE, read-only) and, when it was answered, the answer in Sent.
    void checkOthers(qint64 replyId, const QString& imapPassword,
                     std::function<void(std::optional<OthersAnswer>, std::optional<SendFailure>)> done);
    void send(qint64 replyId, const SendPasswords& passwords, std::function<void(SendOutcome)> done);
    // The note to the other room of a referral the applicant agreed to (only the shared fields); SMTP only.
    void sendReferral(qint64 referralId, const SendPasswords& passwords, std::function<void(SendOutcome)> done);
    // A changed chat link or join details told to every holder in one mail (SecretChangeNotice::composeBcc): from
    // the room's account to its own address, the holders only in RCPT TO; SMTP only. Once it went, one audit line
    // per recipient ("reply.sent" with "bcc=yes"), so they hold the new details as after a reply.
    void sendNotice(const SecretChangeNotice::BccNotice& notice, const SendPasswords& passwords, qint64 hostId,
                    std::function<void(SendOutcome)> done);
    // The notice's message exactly as sendNotice hands it to the server, for the preview.
    std::optional<SendFailure> previewNotice(const SecretChangeNotice::BccNotice& notice, QByteArray& bytes) const;
    // APPEND to the Drafts folder (\Draft), for the host to send from their usual mail app.
    void saveToDrafts(qint64 replyId, const QString& imapPassword, std::function<void(SendOutcome)> done);
    // The message exactly as send() would hand it to the server (headers included), without checking the reply's
    // problems; for the preview and `tsunagu reply --print`.
    std::optional<SendFailure> preview(qint64 replyId, QByteArray& bytes);
    // Stops what is running; its callback is not called.
    void cancel();
    bool busy() const { return m_busy; }

    // The keyword left on the original: $TsunaguInvited for an invitation, $TsunaguReplied otherwise.
    static QString keywordFor(const QString& actionKey);

Q_SIGNALS:
    void stepChanged(tsunagu::ReplySender::Step step);

private:
    struct Prepared;
    std::optional<SendFailure> prepare(qint64 replyId, Prepared& prepared, bool checkProblems = true);
    std::optional<SendFailure> recordSent(const Prepared& prepared);
    void afterSend(std::shared_ptr<Prepared> prepared, const QString& imapPassword,
                   std::function<void(SendOutcome)> done);
    // Ends whatever ran before and starts a new operation: its generation, which later callbacks compare with.
    quint64 begin();
    void finish();
    // The IMAP step failed: the connection is closed, the operation ends, and the failure in the host's words.
    SendFailure endWith(ImapSession* imap, const ImapError& error);
    // The SMTP step failed: the operation ends, and the failure in the host's words (with the certificate the
    // connection refused, if that was the cause).
    SendFailure endWithSmtp(const SmtpError& error);

    Database& m_database;
    const Clock& m_clock;
    MailSocketFactory m_sockets;
    QPointer<SmtpSession> m_smtp;
    QPointer<ImapSession> m_imap;
    bool m_busy = false;
    quint64 m_generation = 0;
};

// Stable keys, stored with a failed reply and printed in JSON.
QString sendErrorKey(SendError error);

} // namespace tsunagu
