// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An asynchronous IMAP4rev1 client session (RFC 3501) on the GUI thread. Towards the server it reads, and for
// replies it only adds: a message (APPEND) and the \Answered flag or a $Tsunagu keyword (UID STORE +FLAGS).
//
// How a sync uses it (each step starts in the previous step's callback):
//
//   auto session = new ImapSession(SslMailSocket::factory(), this);
//   session->connectToServer(endpoint, password, [=](ImapResult<ImapServerInfo> r) {   // greeting, TLS, login
//       session->examine(QStringLiteral("INBOX"), [=](ImapResult<MailboxInfo> box) {      // read-only
//           // box->uidValidity changed since last time? forget stored UIDs, start from 1.
//           session->searchUidsFrom(lastUid + 1, [=](ImapResult<std::vector<quint32>> uids) {
//               session->fetchMeta(*uids, [=](ImapResult<QList<MessageMeta>> metas) {
//                   // choose what to download; messages over the cap: fetchBodies(big, cap, …)
//                   session->fetchBodies(wanted, std::nullopt,
//                       [=](FetchedMessage m) { /* parse on a worker while more arrive */ },
//                       [=](ImapResult<FetchSummary> done) {
//                           if (session->canIdle()) session->idle(onExists, onIdleEnded);  // push
//                           else session->logout(…);                                        // or poll later
//                       });
//               });
//           });
//       });
//   });
//
// How replies use it: listMailboxes() and specialUse(…, "\\Sent") find Sent; append(sent, bytes,
// {"\\Seen"}, sentAt, …) files the copy; select("INBOX") and addFlags({uid}, {"\\Answered", "$TsunaguInvited"}, …)
// mark the application. A co-host check: examine(sent), searchHeader("In-Reply-To", messageId, …), then
// fetchEnvelopes(found, …) for who answered and when; fetchFlags() reads the marks after examine().
//
// Rules of the API:
// - Calls are queued and run one after another in call order; a call made while idling ends the IDLE first
//   (DONE, RFC 2177). Each callback is invoked exactly once (onMessage/onExists: zero or more times before it).
// - Callbacks are invoked from the event loop, never from inside the call that registered them.
// - When the connection breaks, times out or the server sends something unreadable, every pending callback gets
//   the error once (Dropped, Timeout or Protocol), then dropped() is emitted. A later connectToServer() starts over.
// - Do not delete the session inside a callback; use deleteLater().
// - Tsunagu never takes anything away on the server: the session sends only CAPABILITY, STARTTLS, LOGIN,
//   AUTHENTICATE, ENABLE, EXAMINE, SELECT, LIST, UID SEARCH, UID FETCH (with BODY.PEEK only, so nothing becomes
//   \Seen), IDLE/DONE, NOOP, LOGOUT, and for replies APPEND (a copy into Sent or Drafts, flags limited to
//   \Seen, \Draft, \Answered and $Tsunagu… keywords) and UID STORE with +FLAGS of \Answered or $Tsunagu…
//   keywords only. It never sends -FLAGS or FLAGS, EXPUNGE, MOVE, COPY, DELETE or CLOSE (CLOSE expunges).
//   A command outside this list, or a STORE outside it, never leaves (checked again just before writing).
//   The one exception is deleteMessages(), for a host who deletes an applicant and asks for their original mails
//   to go too: only inside that call may UID STORE +FLAGS (\Deleted) and UID EXPUNGE (RFC 4315) leave.
// - The password is used for one login and not kept; it never appears in an error detail or a log.

#include "mail/imap/ImapCommand.h"
#include "mail/imap/ImapError.h"
#include "mail/imap/ImapFramer.h"
#include "mail/imap/ImapResponse.h"
#include "mail/imap/ImapTypes.h"
#include "mail/net/CertificateInfo.h"
#include "mail/net/Endpoint.h"
#include "mail/net/MailConnection.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tsunagu {

class ImapSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ImapFramer::Limits limits;
        int uidsPerFetch = 50; // UIDs in one UID FETCH of fetchBodies()
        int metaUidsPerFetch = 500;
        int fetchesInFlight = 3; // pipelined UID FETCH commands (RFC 3501 §5.5)
    };

    struct FetchSummary
    {
        int delivered = 0;
        // Asked for but not returned: expunged meanwhile (RFC 3501 §6.4.8 ignores missing UIDs).
        std::vector<quint32> missing;
    };

    template <typename T>
    using Callback = std::function<void(ImapResult<T>)>;
    using DoneCallback = std::function<void(ImapDone)>;

    enum class State
    {
        Disconnected,
        Connecting, // TCP, TLS, greeting, STARTTLS, login
        Ready,      // logged in, nothing selected
        Selected,
        LoggedOut,
    };

    explicit ImapSession(MailSocketFactory socketFactory, QObject* parent = nullptr);
    ImapSession(MailSocketFactory socketFactory, Options options, QObject* parent = nullptr);
    ~ImapSession() override;

    // Connects, checks the certificate, reads the greeting, upgrades with STARTTLS when asked, logs in
    // (AUTHENTICATE PLAIN, with SASL-IR when offered, else LOGIN; never before TLS except PlainLocal). With
    // Endpoint::auth BearerToken, password is an OAuth 2.0 access token and the login is AUTHENTICATE OAUTHBEARER
    // or XOAUTH2 (see sasl::bearerMechanism); a refused token is AuthenticationFailed with the server's reason.
    // TlsUntrusted: rejectedCertificate() holds what the UI shows and what a pin takes.
    void connectToServer(const Endpoint& endpoint, const QString& password, Callback<ImapServerInfo> done);

    // EXAMINE (read-only, the default) or SELECT; with (CONDSTORE) when offered (RFC 7162 §3.1.8).
    void examine(const QString& mailbox, Callback<MailboxInfo> done);
    void select(const QString& mailbox, Callback<MailboxInfo> done);

    // UID SEARCH UID first:*, only UIDs >= first, ascending. "first:*" always matches the last message even when
    // its UID is lower than first (RFC 3501 §6.4.8), and that one is filtered out here.
    void searchUidsFrom(quint32 first, Callback<std::vector<quint32>> done);

    // UID, RFC822.SIZE, FLAGS, INTERNALDATE and the Message-ID header (BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]),
    // plus MODSEQ with CONDSTORE. In UID order; UIDs the server no longer has are absent.
    void fetchMeta(const std::vector<quint32>& uids, Callback<QList<MessageMeta>> done);

    // BODY.PEEK[] (or BODY.PEEK[]<0.partialBytes>) in pipelined batches. onMessage is called for each message
    // as soon as its literal is complete; done once at the end.
    void fetchBodies(const std::vector<quint32>& uids, std::optional<quint32> partialBytes,
                     std::function<void(FetchedMessage)> onMessage, Callback<FetchSummary> done);

    // ---- for replies ----

    // LIST "" "*", with RETURN (SPECIAL-USE) when the server offers SPECIAL-USE and LIST-EXTENDED (RFC 6154 §2,
    // RFC 5258); plain LIST otherwise (servers with SPECIAL-USE alone put the attributes there too). In the
    // server's order.
    void listMailboxes(Callback<QList<MailboxListing>> done);
    // The mailbox for a special use ("\\Sent", "\\Drafts"): the selectable one carrying the attribute, else
    // the first of the usual names ("Sent", "Sent Messages", "Sent Items", "[Gmail]/Sent Mail", "送信済みメール";
    // "Drafts", "[Gmail]/Drafts", "下書き"), also under INBOX (INBOX.Sent); nothing when none fits.
    static std::optional<QString> specialUse(const QList<MailboxListing>& listings, const QString& attribute);

    // APPEND (RFC 3501 §6.3.11) of one message, as a synchronising literal or with LITERAL+ (RFC 7888) when
    // offered. flags: only \Seen, \Draft, \Answered and $Tsunagu… keywords, anything else is refused before
    // sending (Refused). internalDate: invalid for "now". A missing mailbox ([TRYCREATE]) is MailboxMissing; the
    // mailbox is never created. Allowed with or without a selected mailbox; the selection stays.
    void append(const QString& mailbox, const QByteArray& message, const QStringList& flags,
                const QDateTime& internalDate, Callback<AppendResult> done);

    // CREATE (RFC 3501 §6.3.3) of the mailbox Tsunagu files its own copies in, when the server has none: with
    // USE (\\Sent) or USE (\\Drafts) when the server offers CREATE-SPECIAL-USE (RFC 6154 §3), as mail programs do.
    // specialUse: "\\Sent" or "\\Drafts", anything else is refused before sending (Refused). An existing mailbox
    // ([ALREADYEXISTS], RFC 5530) is success. The only change Tsunagu makes to the mailbox list: nothing is ever
    // renamed or deleted.
    void createMailbox(const QString& mailbox, const QString& specialUse, DoneCallback done);

    // UID STORE uids +FLAGS (…) (RFC 3501 §6.4.6, not .SILENT: the answer tells each message's flags now).
    // flags: only \Answered and $Tsunagu… keywords, anything else is refused before sending (Refused). Needs a
    // mailbox opened with select(), not examine() (Refused otherwise, nothing sent). Flags the mailbox would not
    // keep (keywords without "\*" in PERMANENTFLAGS) are left out and named in each result's notStored; when
    // nothing is left to store, the current flags are fetched instead. Messages gone meanwhile are absent.
    void addFlags(const std::vector<quint32>& uids, const QStringList& flags, Callback<QList<MessageFlags>> done);

    // Deletes exactly these messages of the selected mailbox: UID STORE uids +FLAGS (\Deleted), then UID EXPUNGE
    // uids (RFC 4315 §2.1), which removes only them even when another client marked other messages \Deleted.
    // Without UIDPLUS nothing is sent and the call is Refused with the reason: a plain EXPUNGE would remove every
    // message anyone marked. Needs select(), not examine() (Refused, nothing sent). UIDs gone already are fine.
    void deleteMessages(const std::vector<quint32>& uids, DoneCallback done);

    // UID FETCH uids (UID FLAGS): read-only, works after examine(). In UID order; gone messages are absent.
    void fetchFlags(const std::vector<quint32>& uids, Callback<QList<MessageFlags>> done);

    // UID SEARCH HEADER <header> <value> (RFC 3501 §6.4.4: the header contains value, case-insensitively), with
    // CHARSET UTF-8 when value is not ASCII. For a co-host's reply in Sent: searchHeader("In-Reply-To", "<id>").
    // Ascending UIDs. Needs a selected or examined mailbox.
    void searchHeader(const QString& header, const QString& value, Callback<std::vector<quint32>> done);

    // UID FETCH uids (UID INTERNALDATE BODY.PEEK[HEADER.FIELDS (FROM DATE SUBJECT IN-REPLY-TO X-TSUNAGU-HOST)]): the
    // raw header lines per message, for the MIME parser. In UID order; gone messages are absent. Never sets \Seen.
    void fetchEnvelopes(const std::vector<quint32>& uids, Callback<QList<MessageEnvelope>> done);

    // ---- IDLE and the rest ----

    // RFC 2177 IDLE: onExists gets the new message count for each untagged EXISTS. Ends with stopIdle(), with
    // the next call, or with an error; done is then called. Refused when the server lacks IDLE (poll with noop()).
    void idle(std::function<void(quint32 exists)> onExists, DoneCallback done);
    void stopIdle();

    void noop(DoneCallback done);
    // LOGOUT, then the connection is closed; done is called either way.
    void logout(DoneCallback done);
    // Closes at once; pending callbacks get Dropped.
    void abort();

    State state() const { return m_state; }
    bool canIdle() const;
    const ImapServerInfo& serverInfo() const { return m_server; }
    // Set when connectToServer() failed with TlsUntrusted.
    const std::optional<CertificateInfo>& rejectedCertificate() const { return m_rejectedCertificate; }
    // The selected mailbox, kept current from untagged EXISTS.
    const MailboxInfo& mailbox() const { return m_mailbox; }

Q_SIGNALS:
    // The connection ended while it was in use (not after logout()); callbacks have had the error already.
    void dropped(const tsunagu::ImapError& error);
    // Untagged EXISTS for the selected mailbox, whatever command was running.
    void existsChanged(quint32 exists);
    // RFC 3501 §7.1 [ALERT]: the text must be shown to the user.
    void alertReceived(const QString& text);

private:
    struct Operation;
    struct Pending;

    void enqueue(std::unique_ptr<Operation> operation);
    void startNext();
    void completeOperation(std::optional<ImapError> error);
    bool send(const std::optional<ImapCommand>& command, std::function<void(const ImapResponse&)> onTagged,
              std::function<void(const ImapResponse&)> onContinuation = {});
    QByteArray nextTag();
    bool isCurrent(quint64 operationId) const;

    void onEstablished();
    void onUpgraded();
    void onReadyRead();
    void onConnectionFailed(const ConnectionFailure& failure);

    void handleResponse(const ImapResponse& response);
    void handleGreeting(const ImapResponse& response);
    void handleUntagged(const ImapResponse& response);
    void handleFetch(const ImapFetchData& fetch);
    void handleList(const ImapListData& list);
    void requestCapabilities(std::function<void()> next);
    void afterGreeting();
    void startTlsUpgrade();
    void authenticate();
    void authenticateWithToken();
    void loginFinished(const ImapResponse& response);
    void finishConnecting();
    void failAll(ImapErrorCode code, const QString& detail);
    void armTimeout();
    bool isWaiting() const;
    void invokeLater(std::function<void()> call);

    void startMailbox(Operation& operation);
    void startSearch(Operation& operation);
    void startBatches(Operation& operation);
    void sendFetchBatches();
    void batchesFinished();
    void refuseCurrent(quint64 operationId, ImapErrorCode code, const QString& detail);
    void startList(Operation& operation);
    void startAppend(Operation& operation);
    void startCreate(Operation& operation);
    void startAddFlags(Operation& operation);
    void startFetchFlagsOrEnvelopes(Operation& operation);
    void startSearchHeader(Operation& operation);
    void startIdle(Operation& operation);
    void startSimple(Operation& operation);
    void startDelete(Operation& operation);

    Options m_options;
    MailConnection m_link; // socket, TLS, STARTTLS, timeouts and what their failures are called
    ImapFramer m_framer;
    State m_state = State::Disconnected;
    Endpoint m_endpoint;
    QString m_password; // only between connectToServer() and the end of login
    Callback<ImapServerInfo> m_connectDone;
    bool m_greeted = false;
    bool m_loggingOut = false;
    quint64 m_connection = 0; // changes whenever a connection ends, so stale loops and handlers stop
    ImapServerInfo m_server;
    bool m_condstore = false;
    std::optional<CertificateInfo> m_rejectedCertificate;
    MailboxInfo m_mailbox;
    quint32 m_tagCounter = 0;
    quint64 m_operationCounter = 0;
    std::deque<Pending> m_pending; // commands in flight, in the order sent
    std::deque<std::unique_ptr<Operation>> m_queue;
    std::unique_ptr<Operation> m_current;
};

} // namespace tsunagu
