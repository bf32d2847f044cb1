// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession, the queued commands: what EXAMINE/SELECT, UID SEARCH, UID FETCH, IDLE and the simple ones send, and
// how their answers are read.
#include "mail/imap/ImapSessionParts.h"

#include "mail/imap/ImapEncoder.h"
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

} // namespace tsunagu
