// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/imap/ImapSession.h"

#include "mail/imap/ImapEncoder.h"
#include "mail/imap/ImapParser.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace tsunagu {

namespace {

// Everything the session may send. Nothing here changes the server's mailboxes (see ImapSession.h).
bool isAllowedCommand(const QByteArray& name)
{
    static const QSet<QByteArray> kAllowed = {
        "CAPABILITY", "STARTTLS",   "LOGIN",     "AUTHENTICATE", "ENABLE", "EXAMINE",
        "SELECT",     "UID SEARCH", "UID FETCH", "IDLE",         "NOOP",   "LOGOUT",
    };
    return kAllowed.contains(name);
}

ImapError error(ImapErrorCode code, const QString& detail)
{
    return ImapError{code, detail};
}

QString serverText(const ImapResponse& response)
{
    QString text = QString::fromUtf8(response.text);
    if (!response.code.name.isEmpty())
        text = QLatin1Char('[') + QString::fromLatin1(response.code.name) + QStringLiteral("] ") + text;
    return text;
}

// A tagged NO/BAD turned into an error; codes that name the cause win over the caller's default.
ImapError errorFor(const ImapResponse& response, ImapErrorCode fallback)
{
    switch (response.code.kind) {
    case ImapResponseCode::Kind::OverQuota:
        return error(ImapErrorCode::OverQuota, serverText(response));
    case ImapResponseCode::Kind::AuthenticationFailed:
        return error(ImapErrorCode::AuthenticationFailed, serverText(response));
    case ImapResponseCode::Kind::NonExistent:
    case ImapResponseCode::Kind::TryCreate:
        return error(ImapErrorCode::MailboxMissing, serverText(response));
    default:
        return error(fallback, serverText(response));
    }
}

// "Message-ID: <a@b>\r\n" (possibly folded) → "<a@b>"
QByteArray headerValue(const QByteArray& headerBlock)
{
    const qsizetype colon = headerBlock.indexOf(':');
    if (colon < 0)
        return {};
    QByteArray value = headerBlock.mid(colon + 1);
    value.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    return value.simplified();
}

} // namespace

struct ImapSession::Pending
{
    QByteArray tag;
    QList<QByteArray> waitingPieces; // sent one per continuation (synchronising literals)
    std::function<void(const ImapResponse&)> onTagged;
    std::function<void(const ImapResponse&)> onContinuation;
};

struct ImapSession::Operation
{
    enum class Kind
    {
        Examine,
        Select,
        Search,
        FetchMeta,
        FetchBodies,
        Idle,
        Noop,
        Logout,
    };
    Kind kind = Kind::Noop;
    quint64 id = 0;
    // Called exactly once: with nothing on success (the result is built from the fields below) or an error.
    std::function<void(Operation&, std::optional<ImapError>)> complete;

    QString mailbox;
    MailboxInfo info;
    quint32 first = 0;
    std::vector<quint32> found;

    std::vector<quint32> uids;
    std::optional<quint32> partialBytes;
    std::vector<std::vector<quint32>> batches;
    size_t nextBatch = 0;
    int inFlight = 0;
    std::map<quint32, MessageMeta> metas;
    QSet<quint32> wanted;
    QSet<quint32> delivered;
    std::function<void(FetchedMessage)> onMessage;

    std::function<void(quint32)> onExists;
    bool idling = false;
    bool stopRequested = false;
    bool doneSent = false;
};

ImapSession::ImapSession(MailSocketFactory socketFactory, QObject* parent)
    : ImapSession(std::move(socketFactory), Options{}, parent)
{}

ImapSession::ImapSession(MailSocketFactory socketFactory, Options options, QObject* parent)
    : QObject(parent)
    , m_socketFactory(std::move(socketFactory))
    , m_options(options)
    , m_framer(options.limits)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ImapSession::onTimeout);
}

ImapSession::~ImapSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

// ---- connecting -------------------------------------------------------------------------------------------------

void ImapSession::connectToServer(const Endpoint& endpoint, const QString& password, Callback<ImapServerInfo> done)
{
    if (m_state != State::Disconnected && m_state != State::LoggedOut) {
        invokeLater([done] { done(error(ImapErrorCode::Refused, QStringLiteral("already connected"))); });
        return;
    }
    m_endpoint = endpoint;
    m_rejectedCertificate.reset();
    m_server = {};
    m_mailbox = {};
    m_condstore = false;
    m_tlsActive = false;
    m_greeted = false;
    m_awaitingTls = false;
    m_loggingOut = false;
    m_tagCounter = 0;
    m_framer = ImapFramer(m_options.limits);
    ++m_connection;

    // RFC 8314 §3 and STYLE.md §13: never plain text towards another computer; refused before any packet.
    if (endpoint.security == SecurityMode::PlainLocal && !TlsPolicy::isLocalHost(endpoint.host)) {
        invokeLater([done, host = endpoint.host] {
            done(error(ImapErrorCode::PlainNotAllowed, QStringLiteral("no TLS towards ") + host));
        });
        return;
    }
    auto policy = TlsPolicy::forEndpoint(endpoint);
    if (!policy) {
        invokeLater([done, detail = policy.error().detail] { done(error(ImapErrorCode::TlsFailed, detail)); });
        return;
    }
    m_policy = policy.value();
    m_password = password;
    m_connectDone = std::move(done);
    m_state = State::Connecting;

    m_socket = m_socketFactory();
    MailSocket* socket = m_socket.get();
    connect(socket, &MailSocket::connected, this, &ImapSession::onConnected);
    connect(socket, &MailSocket::encrypted, this, &ImapSession::onEncrypted);
    connect(socket, &MailSocket::readyRead, this, &ImapSession::onReadyRead);
    connect(socket, &MailSocket::tlsErrorsOccurred, this, &ImapSession::onTlsErrors);
    connect(socket, &MailSocket::failed, this, &ImapSession::onSocketFailed);
    socket->setTlsConfiguration(m_policy.configuration());
    socket->connectToHost(endpoint.host, endpoint.port, endpoint.security == SecurityMode::ImplicitTls);
    armTimeout();
}

void ImapSession::onConnected()
{
    // With implicit TLS the socket reports the connection only once the handshake is done.
    if (m_endpoint.security == SecurityMode::ImplicitTls)
        m_tlsActive = true;
    armTimeout();
}

void ImapSession::onEncrypted()
{
    if (!m_awaitingTls)
        return;
    // RFC 3501 §6.2.1: after STARTTLS the client must discard what it knew and ask for CAPABILITY again.
    m_awaitingTls = false;
    m_tlsActive = true;
    m_framer.reset();
    m_server.capabilities.clear();
    requestCapabilities([this] { authenticate(); });
}

void ImapSession::onTlsErrors(const QList<QSslError>& errors)
{
    const TlsPolicy::Verdict verdict = m_policy.evaluate(errors, m_socket->peerCertificate());
    if (verdict.trusted) {
        m_socket->ignoreTlsErrors(verdict.errorsToIgnore);
        return;
    }
    m_rejectedCertificate = verdict.certificate;
    failAll(ImapErrorCode::TlsUntrusted, verdict.certificate.problems.join(QStringLiteral("; ")));
}

void ImapSession::onSocketFailed(MailSocket::Failure failure, const QString& detail)
{
    if (m_loggingOut) {
        // The server may close right after BYE without the tagged OK (RFC 3501 §6.1.3 allows either order).
        failAll(ImapErrorCode::NotConnected, QString());
        return;
    }
    if (m_state == State::Connecting) {
        switch (failure) {
        case MailSocket::Failure::Unreachable:
            failAll(ImapErrorCode::Unreachable, detail);
            return;
        case MailSocket::Failure::TlsFailed:
            failAll(ImapErrorCode::TlsFailed, detail);
            return;
        case MailSocket::Failure::Closed:
            break;
        }
    }
    failAll(ImapErrorCode::Dropped, detail);
}

void ImapSession::handleGreeting(const ImapResponse& response)
{
    m_greeted = true;
    if (response.kind != ImapResponse::Kind::Status || response.isTagged()) {
        failAll(ImapErrorCode::Protocol, QStringLiteral("the server did not greet"));
        return;
    }
    if (response.code.kind == ImapResponseCode::Kind::Capability)
        m_server.capabilities = response.code.atoms;
    switch (response.status) {
    case ImapResponse::Status::Ok:
        afterGreeting();
        return;
    case ImapResponse::Status::PreAuth:
        // RFC 3501 §6.2.1: STARTTLS exists only before authentication, so a PREAUTH greeting leaves the
        // connection unencrypted. Accept it only where no TLS was asked for or TLS is already on.
        if (m_endpoint.security == SecurityMode::StartTls) {
            failAll(ImapErrorCode::StartTlsUnavailable,
                    QStringLiteral("PREAUTH greeting, so STARTTLS is impossible: ") + serverText(response));
            return;
        }
        m_password.clear();
        requestCapabilities([this] { finishConnecting(); });
        return;
    case ImapResponse::Status::Bye:
        failAll(ImapErrorCode::Refused, serverText(response));
        return;
    default:
        failAll(ImapErrorCode::Protocol, QStringLiteral("unexpected greeting: ") + serverText(response));
        return;
    }
}

void ImapSession::afterGreeting()
{
    if (m_endpoint.security == SecurityMode::StartTls) {
        // Capabilities from before TLS only tell whether STARTTLS is offered; they are asked again afterwards.
        requestCapabilities([this] { startTlsUpgrade(); });
        return;
    }
    requestCapabilities([this] { authenticate(); });
}

void ImapSession::requestCapabilities(std::function<void()> next)
{
    if (!m_server.capabilities.isEmpty()) {
        next();
        return;
    }
    const quint64 connection = m_connection;
    send(ImapEncoder(nextTag(), "CAPABILITY").finish(false), [this, connection, next](const ImapResponse& r) {
        if (connection != m_connection)
            return;
        if (r.status != ImapResponse::Status::Ok) {
            failAll(ImapErrorCode::Protocol, QStringLiteral("CAPABILITY failed: ") + serverText(r));
            return;
        }
        next();
    });
}

void ImapSession::startTlsUpgrade()
{
    if (!m_server.hasCapability("STARTTLS")) {
        failAll(ImapErrorCode::StartTlsUnavailable, QStringLiteral("the server does not offer STARTTLS"));
        return;
    }
    send(ImapEncoder(nextTag(), "STARTTLS").finish(false), [this](const ImapResponse& r) {
        if (r.status != ImapResponse::Status::Ok) {
            failAll(ImapErrorCode::StartTlsUnavailable, serverText(r));
            return;
        }
        // RFC 3501 §6.2.1, CVE-2011-0411-style injection: whatever followed the OK in plain text was not
        // protected and is dropped, including bytes still unread in the socket.
        m_framer.reset();
        m_socket->readAll();
        m_awaitingTls = true;
        m_socket->startTls();
        armTimeout();
    });
}

void ImapSession::authenticate()
{
    if (!m_tlsActive && m_endpoint.security != SecurityMode::PlainLocal) {
        failAll(ImapErrorCode::StartTlsUnavailable, QStringLiteral("refusing to log in without TLS"));
        return;
    }
    const QByteArray user = m_endpoint.userName.toUtf8();
    const QByteArray password = m_password.toUtf8();
    const bool plain = m_server.hasCapability("AUTH=PLAIN");
    const bool loginDisabled = m_server.hasCapability("LOGINDISABLED");
    auto onTagged = [this, connection = m_connection](const ImapResponse& r) {
        if (connection == m_connection)
            loginFinished(r);
    };
    if (plain && (m_server.hasCapability("SASL-IR") || loginDisabled)) {
        // RFC 4616: authzid NUL authcid NUL passwd; NUL inside a credential cannot be expressed.
        if (user.contains('\0') || password.contains('\0')) {
            failAll(ImapErrorCode::AuthenticationFailed, QStringLiteral("the credentials contain a NUL character"));
            return;
        }
        const QByteArray response = QByteArray(QByteArray(1, '\0') + user + '\0' + password).toBase64();
        ImapEncoder command(nextTag(), "AUTHENTICATE");
        command.raw("PLAIN").sensitive();
        if (m_server.hasCapability("SASL-IR")) {
            // RFC 4959: the initial response rides on the command, one round trip less.
            command.raw(response);
            send(command.finish(false), onTagged);
            return;
        }
        auto sent = std::make_shared<bool>(false);
        send(command.finish(false), onTagged, [this, response, sent](const ImapResponse&) {
            // RFC 3501 §6.2.2: a second challenge for PLAIN makes no sense; "*" cancels the exchange.
            m_socket->write(*sent ? QByteArrayLiteral("*\r\n") : response + "\r\n");
            *sent = true;
        });
        return;
    }
    if (loginDisabled) {
        failAll(ImapErrorCode::Refused, QStringLiteral("the server disabled LOGIN and offers no AUTH=PLAIN"));
        return;
    }
    ImapEncoder command(nextTag(), "LOGIN");
    command.astring(user).astring(password).sensitive();
    const std::optional<ImapCommand> encoded = command.finish(m_server.hasCapability("LITERAL+"));
    if (!encoded) {
        failAll(ImapErrorCode::AuthenticationFailed, QStringLiteral("the credentials contain a NUL character"));
        return;
    }
    send(encoded, onTagged);
}

void ImapSession::loginFinished(const ImapResponse& response)
{
    m_password.clear();
    if (response.status == ImapResponse::Status::No) {
        failAll(ImapErrorCode::AuthenticationFailed, serverText(response));
        return;
    }
    if (response.status != ImapResponse::Status::Ok) {
        failAll(ImapErrorCode::Refused, serverText(response));
        return;
    }
    // RFC 3501 §6.2.3: capabilities may change with login; Dovecot sends them in the OK, others must be asked.
    m_server.capabilities.clear();
    if (response.code.kind == ImapResponseCode::Kind::Capability)
        m_server.capabilities = response.code.atoms;
    requestCapabilities([this] { finishConnecting(); });
}

void ImapSession::finishConnecting()
{
    m_condstore = m_server.hasCapability("CONDSTORE");
    m_state = State::Ready;
    m_timeout.stop();
    auto done = std::move(m_connectDone);
    m_connectDone = nullptr;
    if (done)
        done(m_server);
    armTimeout();
}

// ---- operations -------------------------------------------------------------------------------------------------

void ImapSession::examine(const QString& mailbox, Callback<MailboxInfo> done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Examine;
    operation->mailbox = mailbox;
    operation->complete = [done](Operation& op, std::optional<ImapError> e) {
        done(e ? ImapResult<MailboxInfo>(*e) : ImapResult<MailboxInfo>(op.info));
    };
    enqueue(std::move(operation));
}

void ImapSession::select(const QString& mailbox, Callback<MailboxInfo> done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Select;
    operation->mailbox = mailbox;
    operation->complete = [done](Operation& op, std::optional<ImapError> e) {
        done(e ? ImapResult<MailboxInfo>(*e) : ImapResult<MailboxInfo>(op.info));
    };
    enqueue(std::move(operation));
}

void ImapSession::searchUidsFrom(quint32 first, Callback<std::vector<quint32>> done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Search;
    operation->first = std::max<quint32>(first, 1);
    operation->complete = [done](Operation& op, std::optional<ImapError> e) {
        if (e) {
            done(*e);
            return;
        }
        std::vector<quint32> uids;
        std::copy_if(op.found.begin(), op.found.end(), std::back_inserter(uids),
                     [&op](quint32 uid) { return uid >= op.first; });
        std::sort(uids.begin(), uids.end());
        uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
        done(std::move(uids));
    };
    enqueue(std::move(operation));
}

void ImapSession::fetchMeta(const std::vector<quint32>& uids, Callback<QList<MessageMeta>> done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::FetchMeta;
    operation->uids = uids;
    operation->complete = [done](Operation& op, std::optional<ImapError> e) {
        if (e) {
            done(*e);
            return;
        }
        QList<MessageMeta> metas;
        for (const auto& entry : op.metas)
            metas.append(entry.second);
        done(std::move(metas));
    };
    enqueue(std::move(operation));
}

void ImapSession::fetchBodies(const std::vector<quint32>& uids, std::optional<quint32> partialBytes,
                              std::function<void(FetchedMessage)> onMessage, Callback<FetchSummary> done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::FetchBodies;
    operation->uids = uids;
    operation->partialBytes = partialBytes;
    operation->onMessage = std::move(onMessage);
    operation->complete = [done](Operation& op, std::optional<ImapError> e) {
        if (e) {
            done(*e);
            return;
        }
        FetchSummary summary;
        summary.delivered = int(op.delivered.size());
        for (quint32 uid : op.uids) {
            if (!op.delivered.contains(uid) && uid != 0)
                summary.missing.push_back(uid);
        }
        std::sort(summary.missing.begin(), summary.missing.end());
        summary.missing.erase(std::unique(summary.missing.begin(), summary.missing.end()), summary.missing.end());
        done(std::move(summary));
    };
    enqueue(std::move(operation));
}

void ImapSession::idle(std::function<void(quint32)> onExists, DoneCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Idle;
    operation->onExists = std::move(onExists);
    operation->complete = [done](Operation&, std::optional<ImapError> e) {
        done(e ? ImapDone(*e) : ImapDone(std::monostate{}));
    };
    enqueue(std::move(operation));
}

void ImapSession::stopIdle()
{
    if (!m_current || m_current->kind != Operation::Kind::Idle)
        return;
    m_current->stopRequested = true;
    if (m_current->idling && !m_current->doneSent) {
        // RFC 2177 §3: "DONE" ends IDLE; the server then completes the IDLE command.
        m_current->doneSent = true;
        m_socket->write(QByteArrayLiteral("DONE\r\n"));
        armTimeout();
    }
}

void ImapSession::noop(DoneCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Noop;
    operation->complete = [done](Operation&, std::optional<ImapError> e) {
        done(e ? ImapDone(*e) : ImapDone(std::monostate{}));
    };
    enqueue(std::move(operation));
}

void ImapSession::logout(DoneCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Logout;
    operation->complete = [done](Operation&, std::optional<ImapError> e) {
        done(e ? ImapDone(*e) : ImapDone(std::monostate{}));
    };
    enqueue(std::move(operation));
}

void ImapSession::abort()
{
    failAll(ImapErrorCode::Dropped, QStringLiteral("closed by the application"));
}

bool ImapSession::canIdle() const
{
    return m_server.hasCapability("IDLE");
}

void ImapSession::enqueue(std::unique_ptr<Operation> operation)
{
    operation->id = ++m_operationCounter;
    if (m_state != State::Ready && m_state != State::Selected) {
        auto shared = std::shared_ptr<Operation>(std::move(operation));
        invokeLater([shared] {
            shared->complete(*shared, error(ImapErrorCode::NotConnected, QStringLiteral("not logged in")));
        });
        return;
    }
    m_queue.push_back(std::move(operation));
    if (m_current && m_current->kind == Operation::Kind::Idle)
        stopIdle();
    if (!m_current)
        startNext();
}

void ImapSession::startNext()
{
    if (m_current || m_queue.empty() || (m_state != State::Ready && m_state != State::Selected))
        return;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    Operation& operation = *m_current;
    switch (operation.kind) {
    case Operation::Kind::Examine:
    case Operation::Kind::Select:
        startMailbox(operation);
        break;
    case Operation::Kind::Search:
        startSearch(operation);
        break;
    case Operation::Kind::FetchMeta:
    case Operation::Kind::FetchBodies:
        if (operation.uids.empty()) {
            completeOperation(std::nullopt);
            return;
        }
        for (quint32 uid : operation.uids)
            operation.wanted.insert(uid);
        {
            const size_t per = size_t(std::max(
                1, operation.kind == Operation::Kind::FetchMeta ? m_options.metaUidsPerFetch : m_options.uidsPerFetch));
            std::vector<quint32> sorted = operation.uids;
            std::sort(sorted.begin(), sorted.end());
            sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
            for (size_t i = 0; i < sorted.size(); i += per)
                operation.batches.emplace_back(sorted.begin() + qsizetype(i),
                                               sorted.begin() + qsizetype(std::min(sorted.size(), i + per)));
        }
        sendFetchBatches();
        break;
    case Operation::Kind::Idle:
        startIdle(operation);
        break;
    case Operation::Kind::Noop:
    case Operation::Kind::Logout:
        startSimple(operation);
        break;
    }
}

void ImapSession::completeOperation(std::optional<ImapError> failure)
{
    std::unique_ptr<Operation> operation = std::move(m_current);
    if (!operation)
        return;
    operation->complete(*operation, std::move(failure));
    startNext();
    armTimeout();
}

bool ImapSession::isCurrent(quint64 operationId) const
{
    return m_current && m_current->id == operationId;
}

void ImapSession::startMailbox(Operation& operation)
{
    const bool examine = operation.kind == Operation::Kind::Examine;
    ImapEncoder command(nextTag(), examine ? "EXAMINE" : "SELECT");
    command.mailbox(operation.mailbox);
    // RFC 7162 §3.1.8: the CONDSTORE parameter enables it and asks for HIGHESTMODSEQ in the same round trip.
    if (m_condstore)
        command.raw("(CONDSTORE)");
    operation.info.readOnly = examine;
    m_mailbox = {};
    m_state = State::Ready; // RFC 3501 §6.3.1: a SELECT in progress deselects the previous mailbox
    const std::optional<ImapCommand> encoded = command.finish(m_server.hasCapability("LITERAL+"));
    if (!encoded) {
        invokeLater([this, id = operation.id] {
            if (isCurrent(id))
                completeOperation(error(ImapErrorCode::Refused, QStringLiteral("mailbox name contains NUL")));
        });
        return;
    }
    send(encoded, [this, id = operation.id](const ImapResponse& r) {
        if (!isCurrent(id))
            return;
        if (r.status != ImapResponse::Status::Ok) {
            completeOperation(errorFor(r, r.status == ImapResponse::Status::No ? ImapErrorCode::MailboxMissing
                                                                               : ImapErrorCode::Refused));
            return;
        }
        MailboxInfo& info = m_current->info;
        if (r.code.kind == ImapResponseCode::Kind::ReadOnly)
            info.readOnly = true;
        else if (r.code.kind == ImapResponseCode::Kind::ReadWrite)
            info.readOnly = false;
        m_mailbox = info;
        m_state = State::Selected;
        completeOperation(std::nullopt);
    });
}

void ImapSession::startSearch(Operation& operation)
{
    ImapEncoder command(nextTag(), "UID SEARCH");
    command.raw("UID").raw(QByteArray::number(operation.first) + ":*");
    send(command.finish(false), [this, id = operation.id](const ImapResponse& r) {
        if (!isCurrent(id))
            return;
        if (r.status != ImapResponse::Status::Ok) {
            completeOperation(errorFor(r, ImapErrorCode::Refused));
            return;
        }
        completeOperation(std::nullopt);
    });
}

void ImapSession::sendFetchBatches()
{
    Operation& operation = *m_current;
    const bool meta = operation.kind == Operation::Kind::FetchMeta;
    while (operation.nextBatch < operation.batches.size() &&
           operation.inFlight < std::max(1, m_options.fetchesInFlight)) {
        const std::vector<quint32>& batch = operation.batches[operation.nextBatch++];
        ImapEncoder command(nextTag(), "UID FETCH");
        command.raw(ImapEncoder::sequenceSet(batch));
        if (meta) {
            QByteArray items = "(UID RFC822.SIZE FLAGS INTERNALDATE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]";
            if (m_condstore)
                items += " MODSEQ";
            command.raw(items + ')');
        } else if (operation.partialBytes) {
            // RFC 3501 §6.4.5: BODY.PEEK never sets \Seen; <0.N> is the first N octets.
            command.raw("(UID BODY.PEEK[]<0." + QByteArray::number(*operation.partialBytes) + ">)");
        } else {
            command.raw("(UID BODY.PEEK[])");
        }
        ++operation.inFlight;
        send(command.finish(false), [this, id = operation.id](const ImapResponse& r) {
            if (!isCurrent(id))
                return;
            if (r.status != ImapResponse::Status::Ok) {
                // Later batches still in flight answer into the void: their operation is gone.
                completeOperation(errorFor(r, ImapErrorCode::Refused));
                return;
            }
            --m_current->inFlight;
            if (m_current->inFlight == 0 && m_current->nextBatch >= m_current->batches.size())
                completeOperation(std::nullopt);
            else
                sendFetchBatches();
        });
    }
}

void ImapSession::handleFetch(const ImapFetchData& fetch)
{
    // FETCH without UID is an unsolicited flag change (RFC 3501 §7.4.2), not an answer to us.
    if (!m_current || !fetch.uid)
        return;
    Operation& operation = *m_current;
    const quint32 uid = *fetch.uid;
    if (!operation.wanted.contains(uid))
        return;
    if (operation.kind == Operation::Kind::FetchMeta) {
        MessageMeta& meta = operation.metas[uid];
        meta.uid = uid;
        if (fetch.size)
            meta.size = *fetch.size;
        if (fetch.flags)
            meta.flags = *fetch.flags;
        if (fetch.internalDate.isValid())
            meta.internalDate = fetch.internalDate;
        if (fetch.modSeq)
            meta.modSeq = fetch.modSeq;
        for (const ImapBodySection& section : fetch.sections) {
            if (section.section.startsWith("HEADER.FIELDS") && !section.nil)
                meta.messageId = headerValue(section.data);
        }
        return;
    }
    if (operation.kind != Operation::Kind::FetchBodies)
        return;
    for (const ImapBodySection& section : fetch.sections) {
        if (!section.section.isEmpty() || section.nil || operation.delivered.contains(uid))
            continue;
        operation.delivered.insert(uid);
        FetchedMessage message;
        message.uid = uid;
        message.bytes = section.data;
        message.partial = operation.partialBytes && quint64(message.bytes.size()) >= *operation.partialBytes;
        if (operation.onMessage)
            operation.onMessage(std::move(message));
        return;
    }
}

void ImapSession::startIdle(Operation& operation)
{
    if (!canIdle()) {
        invokeLater([this, id = operation.id] {
            if (isCurrent(id))
                completeOperation(error(ImapErrorCode::Refused, QStringLiteral("the server does not offer IDLE")));
        });
        return;
    }
    const quint64 id = operation.id;
    send(
        ImapEncoder(nextTag(), "IDLE").finish(false),
        [this, id](const ImapResponse& r) {
            if (!isCurrent(id))
                return;
            completeOperation(r.status == ImapResponse::Status::Ok
                                  ? std::nullopt
                                  : std::optional<ImapError>(errorFor(r, ImapErrorCode::Refused)));
        },
        [this, id](const ImapResponse&) {
            if (!isCurrent(id) || m_current->idling)
                return;
            m_current->idling = true;
            m_timeout.stop(); // the server may stay silent for as long as it likes (RFC 2177: up to 29 minutes)
            if (m_current->stopRequested)
                stopIdle();
        });
}

void ImapSession::startSimple(Operation& operation)
{
    const bool logout = operation.kind == Operation::Kind::Logout;
    if (logout)
        m_loggingOut = true;
    send(ImapEncoder(nextTag(), logout ? "LOGOUT" : "NOOP").finish(false),
         [this, id = operation.id, logout](const ImapResponse& r) {
             if (!isCurrent(id))
                 return;
             if (logout) {
                 failAll(ImapErrorCode::NotConnected, QString());
                 return;
             }
             completeOperation(r.status == ImapResponse::Status::Ok
                                   ? std::nullopt
                                   : std::optional<ImapError>(errorFor(r, ImapErrorCode::Refused)));
         });
}

// ---- the wire ---------------------------------------------------------------------------------------------------

QByteArray ImapSession::nextTag()
{
    return 'A' + QByteArray::number(++m_tagCounter);
}

bool ImapSession::send(const std::optional<ImapCommand>& command, std::function<void(const ImapResponse&)> onTagged,
                       std::function<void(const ImapResponse&)> onContinuation)
{
    // Belt and braces for "Tsunagu never changes the server": a command not on the list never leaves.
    if (!command || !m_socket || !isAllowedCommand(command->name)) {
        Q_ASSERT(!command || isAllowedCommand(command->name));
        return false;
    }
    Pending pending;
    pending.tag = command->tag;
    pending.waitingPieces = command->pieces.mid(1);
    pending.onTagged = std::move(onTagged);
    pending.onContinuation = std::move(onContinuation);
    m_pending.push_back(std::move(pending));
    m_socket->write(command->pieces.first());
    armTimeout();
    return true;
}

void ImapSession::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    // Between the STARTTLS OK and the end of the handshake nothing counts (RFC 3501 §6.2.1).
    if (m_awaitingTls || bytes.isEmpty())
        return;
    m_framer.feed(bytes);
    armTimeout();
    const quint64 connection = m_connection;
    while (m_socket && connection == m_connection && !m_awaitingTls) {
        const std::optional<QByteArray> raw = m_framer.next();
        if (!raw) {
            if (m_framer.failed())
                failAll(ImapErrorCode::Protocol, m_framer.errorString());
            return;
        }
        ImapParser::Failure failure;
        const std::optional<ImapResponse> response = ImapParser::parse(*raw, &failure);
        if (!response) {
            failAll(ImapErrorCode::Protocol, QStringLiteral("unreadable server response: ") + failure.reason);
            return;
        }
        handleResponse(*response);
    }
}

void ImapSession::handleResponse(const ImapResponse& response)
{
    if (!m_greeted) {
        handleGreeting(response);
        return;
    }
    if (response.kind == ImapResponse::Kind::Continuation) {
        for (Pending& pending : m_pending) {
            if (!pending.waitingPieces.isEmpty()) {
                m_socket->write(pending.waitingPieces.takeFirst());
                return;
            }
            if (pending.onContinuation) {
                auto handler = pending.onContinuation;
                handler(response);
                return;
            }
        }
        failAll(ImapErrorCode::Protocol, QStringLiteral("continuation request nobody asked for"));
        return;
    }
    if (response.isTagged()) {
        const auto found = std::find_if(m_pending.begin(), m_pending.end(),
                                        [&response](const Pending& p) { return p.tag == response.tag; });
        if (found == m_pending.end())
            return; // a tag we never sent: a server bug, ignored
        auto handler = std::move(found->onTagged);
        m_pending.erase(found);
        if (response.code.kind == ImapResponseCode::Kind::Alert)
            Q_EMIT alertReceived(QString::fromUtf8(response.text));
        if (handler)
            handler(response);
        return;
    }
    handleUntagged(response);
}

void ImapSession::handleUntagged(const ImapResponse& response)
{
    switch (response.kind) {
    case ImapResponse::Kind::Capability:
        m_server.capabilities = response.atoms;
        return;
    case ImapResponse::Kind::Exists:
        if (m_current && (m_current->kind == Operation::Kind::Examine || m_current->kind == Operation::Kind::Select))
            m_current->info.exists = quint32(response.number);
        m_mailbox.exists = quint32(response.number);
        if (m_state == State::Selected) {
            Q_EMIT existsChanged(m_mailbox.exists);
            if (m_current && m_current->kind == Operation::Kind::Idle && m_current->onExists)
                m_current->onExists(m_mailbox.exists);
        }
        return;
    case ImapResponse::Kind::Search:
    case ImapResponse::Kind::ESearch:
        if (m_current && m_current->kind == Operation::Kind::Search)
            m_current->found.insert(m_current->found.end(), response.numbers.begin(), response.numbers.end());
        return;
    case ImapResponse::Kind::Fetch:
        handleFetch(response.fetch);
        return;
    case ImapResponse::Kind::Status:
        break;
    default:
        return; // RECENT, EXPUNGE, FLAGS, ENABLED and unknown data change nothing we report
    }
    if (response.status == ImapResponse::Status::Bye) {
        if (!m_loggingOut)
            failAll(ImapErrorCode::Dropped, QStringLiteral("the server closed the session: ") + serverText(response));
        return;
    }
    if (response.code.kind == ImapResponseCode::Kind::Alert)
        Q_EMIT alertReceived(QString::fromUtf8(response.text));
    if (response.code.kind == ImapResponseCode::Kind::Capability)
        m_server.capabilities = response.code.atoms;
    if (!m_current || (m_current->kind != Operation::Kind::Examine && m_current->kind != Operation::Kind::Select))
        return;
    MailboxInfo& info = m_current->info;
    switch (response.code.kind) {
    case ImapResponseCode::Kind::UidValidity:
        info.uidValidity = quint32(response.code.number);
        break;
    case ImapResponseCode::Kind::UidNext:
        info.uidNext = quint32(response.code.number);
        break;
    case ImapResponseCode::Kind::HighestModSeq:
        info.highestModSeq = response.code.number;
        break;
    case ImapResponseCode::Kind::NoModSeq:
        info.highestModSeq.reset();
        break;
    default:
        break;
    }
}

// ---- failure and time -------------------------------------------------------------------------------------------

void ImapSession::failAll(ImapErrorCode code, const QString& detail)
{
    const bool wasInUse = m_state == State::Ready || m_state == State::Selected;
    const bool loggedOut = m_loggingOut;
    ++m_connection;
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        // We may be inside one of the socket's own signals: it is deleted once that has returned.
        m_socket.release()->deleteLater();
    }
    m_framer.reset();
    m_pending.clear();
    m_password.clear();
    m_awaitingTls = false;
    m_loggingOut = false;
    m_state = loggedOut ? State::LoggedOut : State::Disconnected;

    // Everyone waiting learns it once; a callback may already start a new connection.
    auto connectDone = std::move(m_connectDone);
    m_connectDone = nullptr;
    std::unique_ptr<Operation> current = std::move(m_current);
    std::deque<std::unique_ptr<Operation>> queued = std::move(m_queue);
    m_queue.clear();
    const ImapError failure = error(code, detail);
    if (connectDone)
        connectDone(failure);
    if (current) {
        if (loggedOut && current->kind == Operation::Kind::Logout)
            current->complete(*current, std::nullopt);
        else
            current->complete(*current, failure);
    }
    const ImapError afterLogout = error(ImapErrorCode::NotConnected, QStringLiteral("logged out"));
    for (const auto& operation : queued)
        operation->complete(*operation, loggedOut ? afterLogout : failure);
    if (wasInUse && !loggedOut)
        Q_EMIT dropped(failure);
}

bool ImapSession::isWaiting() const
{
    if (m_state == State::Connecting)
        return true;
    if (m_current && m_current->kind == Operation::Kind::Idle && m_current->idling && !m_current->doneSent)
        return false;
    return !m_pending.empty();
}

void ImapSession::armTimeout()
{
    if (isWaiting())
        m_timeout.start(std::max(1, m_endpoint.timeoutMs));
    else
        m_timeout.stop();
}

void ImapSession::onTimeout()
{
    if (!isWaiting())
        return;
    failAll(ImapErrorCode::Timeout, QStringLiteral("no answer from the server within %1 ms").arg(m_endpoint.timeoutMs));
}

void ImapSession::invokeLater(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

} // namespace tsunagu
