// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/imap/ImapSessionParts.h"

#include "mail/imap/ImapEncoder.h"
#include "mail/imap/ImapLog.h"
#include "mail/imap/ImapParser.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace tsunagu {

using namespace imapsession;

ImapSession::ImapSession(MailSocketFactory socketFactory, QObject* parent)
    : ImapSession(std::move(socketFactory), Options{}, parent)
{}

ImapSession::ImapSession(MailSocketFactory socketFactory, Options options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_link(std::move(socketFactory))
    , m_framer(options.limits)
{
    connect(&m_link, &MailConnection::established, this, &ImapSession::onEstablished);
    connect(&m_link, &MailConnection::upgraded, this, &ImapSession::onUpgraded);
    connect(&m_link, &MailConnection::readyRead, this, &ImapSession::onReadyRead);
    connect(&m_link, &MailConnection::failed, this, &ImapSession::onConnectionFailed);
}

ImapSession::~ImapSession()
{
    m_link.disconnect(this);
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
        qCDebug(lcImap) << "search found" << uids.size() << "UIDs";
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
        qCDebug(lcImap) << "bodies fetched:" << summary.delivered << "of" << op.uids.size();
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
        m_link.write(QByteArrayLiteral("DONE\r\n"));
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
        startBatches(operation);
        break;
    case Operation::Kind::List:
        startList(operation);
        break;
    case Operation::Kind::Append:
        startAppend(operation);
        break;
    case Operation::Kind::Create:
        startCreate(operation);
        break;
    case Operation::Kind::AddFlags:
        startAddFlags(operation);
        break;
    case Operation::Kind::FetchFlags:
    case Operation::Kind::FetchEnvelopes:
        startFetchFlagsOrEnvelopes(operation);
        break;
    case Operation::Kind::SearchHeader:
        startSearchHeader(operation);
        break;
    case Operation::Kind::Idle:
        startIdle(operation);
        break;
    case Operation::Kind::Noop:
    case Operation::Kind::Logout:
        startSimple(operation);
        break;
    case Operation::Kind::Delete:
        startDelete(operation);
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

// ---- the wire ---------------------------------------------------------------------------------------------------

QByteArray ImapSession::nextTag()
{
    return 'A' + QByteArray::number(++m_tagCounter);
}

bool ImapSession::send(const std::optional<ImapCommand>& command, std::function<void(const ImapResponse&)> onTagged,
                       std::function<void(const ImapResponse&)> onContinuation)
{
    // Belt and braces for "Tsunagu never takes anything away on the server" (ImapSession.h): a command not on the
    // list, or a STORE or FETCH outside what is allowed, never leaves. The call then fails instead of hanging.
    const bool allowed =
        command && (isAllowedCommand(*command) ||
                    (m_current && m_current->kind == Operation::Kind::Delete && isAllowedDeletion(*command)));
    if (!command || !m_link.isOpen() || !allowed) {
        Q_ASSERT(!command || allowed);
        if (m_current)
            refuseCurrent(m_current->id, ImapErrorCode::Refused, QStringLiteral("command not allowed"));
        return false;
    }
    Pending pending;
    pending.tag = command->tag;
    pending.waitingPieces = command->pieces.mid(1);
    pending.onTagged = std::move(onTagged);
    pending.onContinuation = std::move(onContinuation);
    m_pending.push_back(std::move(pending));
    m_link.write(command->pieces.first());
    armTimeout();
    return true;
}

void ImapSession::onReadyRead()
{
    const QByteArray bytes = m_link.readAll();
    // Between the STARTTLS OK and the end of the handshake nothing counts (RFC 3501 §6.2.1).
    if (m_link.isUpgrading() || bytes.isEmpty())
        return;
    m_framer.feed(bytes);
    armTimeout();
    const quint64 connection = m_connection;
    while (m_link.isOpen() && connection == m_connection && !m_link.isUpgrading()) {
        const std::optional<QByteArray> raw = m_framer.next();
        if (!raw) {
            if (m_framer.failed())
                failAll(ImapErrorCode::Protocol, m_framer.errorString());
            return;
        }
        ImapParser::Failure failure;
        std::optional<ImapResponse> response = ImapParser::parse(*raw, &failure);
        if (!response) {
            failAll(ImapErrorCode::Protocol, QStringLiteral("unreadable server response: ") + failure.reason);
            return;
        }
        response->fetch.cut = m_framer.lastResponseCut();
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
                m_link.write(pending.waitingPieces.takeFirst());
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
        if (m_current &&
            (m_current->kind == Operation::Kind::Search || m_current->kind == Operation::Kind::SearchHeader))
            m_current->found.insert(m_current->found.end(), response.numbers.begin(), response.numbers.end());
        return;
    case ImapResponse::Kind::Fetch:
        handleFetch(response.fetch);
        return;
    case ImapResponse::Kind::List:
        handleList(response.list);
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
    case ImapResponseCode::Kind::PermanentFlags:
        info.permanentFlags = response.code.atoms;
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
    if (!loggedOut)
        qCInfo(lcImap) << "connection ended with error code" << int(code);
    ++m_connection;
    m_link.close(); // safe inside one of the connection's own signals
    m_framer.reset();
    m_pending.clear();
    m_password.clear();
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
        m_link.expectAnswer();
    else
        m_link.stopWaiting();
}

void ImapSession::invokeLater(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

} // namespace tsunagu
