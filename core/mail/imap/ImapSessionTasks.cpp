// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession, the queued commands: what EXAMINE/SELECT, UID SEARCH, the batched UID FETCH and UID STORE, IDLE and
// the simple ones send, and how their answers are read.
#include "mail/imap/ImapSessionParts.h"

#include "mail/imap/ImapEncoder.h"
#include "mail/imap/ImapLog.h"
#include "mail/imap/ImapParser.h"

#include <algorithm>

namespace tsunagu {

using namespace imapsession;

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
        qCDebug(lcImap) << "mailbox opened:" << info.exists << "messages, uidnext" << info.uidNext
                        << (info.readOnly ? "read-only" : "read-write");
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

void ImapSession::startBatches(Operation& operation)
{
    if (operation.uids.empty()) {
        const quint64 id = operation.id;
        invokeLater([this, id] {
            if (isCurrent(id))
                completeOperation(std::nullopt);
        });
        return;
    }
    for (quint32 uid : operation.uids)
        operation.wanted.insert(uid);
    const size_t per = size_t(std::max(1, operation.kind == Operation::Kind::FetchBodies ? m_options.uidsPerFetch
                                                                                         : m_options.metaUidsPerFetch));
    std::vector<quint32> sorted = operation.uids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    operation.batches.clear();
    operation.nextBatch = 0;
    for (size_t i = 0; i < sorted.size(); i += per)
        operation.batches.emplace_back(sorted.begin() + qsizetype(i),
                                       sorted.begin() + qsizetype(std::min(sorted.size(), i + per)));
    sendFetchBatches();
}

void ImapSession::sendFetchBatches()
{
    Operation& operation = *m_current;
    while (operation.nextBatch < operation.batches.size() &&
           operation.inFlight < std::max(1, m_options.fetchesInFlight)) {
        const std::vector<quint32>& batch = operation.batches[operation.nextBatch++];
        const bool store = operation.kind == Operation::Kind::AddFlags && !operation.followUp;
        ImapEncoder command(nextTag(), store ? "UID STORE" : "UID FETCH");
        command.raw(ImapEncoder::sequenceSet(batch));
        switch (operation.kind) {
        case Operation::Kind::FetchMeta: {
            QByteArray items = "(UID RFC822.SIZE FLAGS INTERNALDATE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]";
            if (m_condstore)
                items += " MODSEQ";
            command.raw(items + ')');
            break;
        }
        case Operation::Kind::FetchBodies:
            // RFC 3501 §6.4.5: BODY.PEEK never sets \Seen; <0.N> is the first N octets.
            // INTERNALDATE too: an application is dated when it arrived, not when a later sync read it in.
            if (operation.partialBytes)
                command.raw("(UID INTERNALDATE BODY.PEEK[]<0." + QByteArray::number(*operation.partialBytes) + ">)");
            else
                command.raw("(UID INTERNALDATE BODY.PEEK[])");
            break;
        case Operation::Kind::AddFlags:
            // RFC 3501 §6.4.6: +FLAGS without .SILENT, so each message's flags come back as untagged FETCH.
            if (store)
                command.raw("+FLAGS").raw('(' + operation.flagsToStore.join(' ') + ')');
            else
                command.raw("(UID FLAGS)");
            break;
        case Operation::Kind::FetchFlags:
            command.raw("(UID FLAGS)");
            break;
        case Operation::Kind::FetchEnvelopes:
            command.raw("(UID INTERNALDATE BODY.PEEK[HEADER.FIELDS (FROM DATE SUBJECT IN-REPLY-TO X-TSUNAGU-HOST)])");
            break;
        default:
            Q_ASSERT(false);
            return;
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
                batchesFinished();
            else
                sendFetchBatches();
        });
    }
}

void ImapSession::batchesFinished()
{
    Operation& operation = *m_current;
    if (operation.kind == Operation::Kind::AddFlags && !operation.followUp) {
        // A server may leave out the FETCH for a message whose flags did not change, or send it without the UID
        // (RFC 3501 §6.4.8 asks for it, not every server does): those are asked for once more.
        std::vector<quint32> unanswered;
        for (quint32 uid : operation.wanted) {
            if (operation.flagResults.count(uid) == 0)
                unanswered.push_back(uid);
        }
        if (!unanswered.empty()) {
            operation.followUp = true;
            operation.uids = unanswered;
            startBatches(operation);
            return;
        }
    }
    completeOperation(std::nullopt);
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
    switch (operation.kind) {
    case Operation::Kind::FetchMeta: {
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
    case Operation::Kind::FetchBodies:
        break;
    case Operation::Kind::AddFlags:
    case Operation::Kind::FetchFlags:
        if (fetch.flags) {
            QStringList flags;
            for (const QByteArray& flag : *fetch.flags)
                flags.append(QString::fromUtf8(flag));
            operation.flagResults[uid] = flags;
        }
        return;
    case Operation::Kind::FetchEnvelopes: {
        MessageEnvelope& envelope = operation.envelopes[uid];
        envelope.uid = uid;
        if (fetch.internalDate.isValid())
            envelope.internalDate = fetch.internalDate;
        for (const ImapBodySection& section : fetch.sections) {
            if (section.section.startsWith("HEADER.FIELDS") && !section.nil)
                envelope.headerBytes = section.data;
        }
        return;
    }
    default:
        return;
    }
    for (const ImapBodySection& section : fetch.sections) {
        if (!section.section.isEmpty() || section.nil || operation.delivered.contains(uid))
            continue;
        operation.delivered.insert(uid);
        FetchedMessage message;
        message.uid = uid;
        message.bytes = section.data;
        message.arrivedAt = fetch.internalDate;
        if (operation.partialBytes && quint64(message.bytes.size()) > *operation.partialBytes) {
            // RFC 3501 §6.4.5: BODY[]<0.N> returns at most N octets. A server that sends more anyway is cut to what
            // was asked, so no more than the size cap of one mail is ever kept or passed on.
            qCDebug(lcImap) << "server sent" << message.bytes.size() << "bytes for a partial fetch of"
                            << *operation.partialBytes;
            message.bytes.truncate(int(*operation.partialBytes));
        }
        // A body the framer cut at its cap is partial whatever was asked: the rest of it was dropped unread.
        message.partial =
            fetch.cut || (operation.partialBytes && quint64(message.bytes.size()) >= *operation.partialBytes);
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
            m_link.stopWaiting(); // the server may stay silent for as long as it likes (RFC 2177: up to 29 minutes)
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

} // namespace tsunagu
