// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession, the one call that takes something away on the server: deleting the original mails of an applicant
// the host deleted, and nothing else (see deleteMessages() in ImapSession.h).
#include "mail/imap/ImapSessionParts.h"

#include "mail/imap/ImapEncoder.h"

namespace tsunagu {

using namespace imapsession;

void ImapSession::deleteMessages(const std::vector<quint32>& uids, DoneCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Delete;
    operation->uids = uids;
    operation->complete = [done](Operation&, std::optional<ImapError> e) {
        done(e ? ImapDone(*e) : ImapDone(std::monostate{}));
    };
    enqueue(std::move(operation));
}

void ImapSession::startDelete(Operation& operation)
{
    const QByteArray set = ImapEncoder::sequenceSet(operation.uids);
    if (set.isEmpty()) {
        refuseCurrent(operation.id, ImapErrorCode::Refused, QStringLiteral("no messages to delete"));
        return;
    }
    if (m_state != State::Selected || m_mailbox.readOnly) {
        refuseCurrent(operation.id, ImapErrorCode::Refused,
                      QStringLiteral("the mailbox is not open for writing: select() it before deleting"));
        return;
    }
    // RFC 4315 §2.1: UID EXPUNGE removes only the named messages. A plain EXPUNGE would also remove whatever a
    // co-host's mail program marked \Deleted and has not expunged yet, so without UIDPLUS nothing is done.
    if (!m_server.hasCapability("UIDPLUS")) {
        refuseCurrent(operation.id, ImapErrorCode::Refused,
                      QStringLiteral("the server does not offer UIDPLUS (RFC 4315), so it cannot delete only these "
                                     "messages"));
        return;
    }
    ImapEncoder store(nextTag(), "UID STORE");
    store.raw(set).raw("+FLAGS").raw("(\\Deleted)");
    send(store.finish(false), [this, id = operation.id, set](const ImapResponse& stored) {
        if (!isCurrent(id))
            return;
        if (stored.status != ImapResponse::Status::Ok) {
            completeOperation(errorFor(stored, ImapErrorCode::Refused));
            return;
        }
        ImapEncoder expunge(nextTag(), "UID EXPUNGE");
        expunge.raw(set);
        send(expunge.finish(false), [this, id](const ImapResponse& expunged) {
            if (!isCurrent(id))
                return;
            completeOperation(expunged.status == ImapResponse::Status::Ok
                                  ? std::nullopt
                                  : std::optional<ImapError>(errorFor(expunged, ImapErrorCode::Refused)));
        });
    });
}

} // namespace tsunagu
