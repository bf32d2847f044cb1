// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession, the calls replies need: LIST for Sent and Drafts, APPEND of the sent copy or a draft,
// UID STORE +FLAGS of \Answered and $Tsunagu keywords, and the read-only flag fetch, header search and header
// fetch a co-host check uses. The batched UID FETCH/STORE machinery they share is in ImapSessionTasks.cpp.
#include "mail/imap/ImapSessionParts.h"

#include "mail/imap/ImapEncoder.h"

#include <algorithm>

namespace tsunagu {

using namespace imapsession;

namespace {

// RFC 5322 §2.2: a field name is printable US-ASCII except ':'.
bool isHeaderName(const QString& name)
{
    return !name.isEmpty() && name.size() <= 200 && std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.unicode() >= 0x21 && c.unicode() <= 0x7e && c != QLatin1Char(':');
    });
}

bool isSelectable(const MailboxListing& listing)
{
    // RFC 3501 §7.2.2 \Noselect; RFC 5258 §3 \NonExistent
    return !listing.hasAttribute(QStringLiteral("\\Noselect")) &&
           !listing.hasAttribute(QStringLiteral("\\NonExistent"));
}

} // namespace

// ---- the calls --------------------------------------------------------------------------------------------------

void ImapSession::listMailboxes(Callback<QList<MailboxListing>> done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::List;
    operation->complete = [done](Operation& op, std::optional<ImapError> e) {
        done(e ? ImapResult<QList<MailboxListing>>(*e) : ImapResult<QList<MailboxListing>>(op.listings));
    };
    enqueue(std::move(operation));
}

void ImapSession::append(const QString& mailbox, const QByteArray& message, const QStringList& flags,
                         const QDateTime& internalDate, Callback<AppendResult> done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Append;
    operation->mailbox = mailbox;
    operation->message = message;
    operation->flags = flags;
    operation->internalDate = internalDate;
    operation->complete = [done](Operation& op, std::optional<ImapError> e) {
        done(e ? ImapResult<AppendResult>(*e) : ImapResult<AppendResult>(op.appended));
    };
    enqueue(std::move(operation));
}

void ImapSession::createMailbox(const QString& mailbox, const QString& specialUse, DoneCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::Create;
    operation->mailbox = mailbox;
    operation->flags = {specialUse};
    operation->complete = [done](Operation&, std::optional<ImapError> e) {
        done(e ? ImapDone(*e) : ImapDone(std::monostate{}));
    };
    enqueue(std::move(operation));
}

void ImapSession::addFlags(const std::vector<quint32>& uids, const QStringList& flags,
                           Callback<QList<MessageFlags>> done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::AddFlags;
    operation->uids = uids;
    operation->flags = flags;
    operation->complete = [done](Operation& op, std::optional<ImapError> e) {
        if (e) {
            done(*e);
            return;
        }
        QList<MessageFlags> result;
        for (const auto& entry : op.flagResults)
            result.append(MessageFlags{entry.first, entry.second, op.notStored});
        done(std::move(result));
    };
    enqueue(std::move(operation));
}

void ImapSession::fetchFlags(const std::vector<quint32>& uids, Callback<QList<MessageFlags>> done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::FetchFlags;
    operation->uids = uids;
    operation->complete = [done](Operation& op, std::optional<ImapError> e) {
        if (e) {
            done(*e);
            return;
        }
        QList<MessageFlags> result;
        for (const auto& entry : op.flagResults)
            result.append(MessageFlags{entry.first, entry.second, {}});
        done(std::move(result));
    };
    enqueue(std::move(operation));
}

void ImapSession::searchHeader(const QString& header, const QString& value, Callback<std::vector<quint32>> done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::SearchHeader;
    operation->header = header;
    operation->value = value;
    operation->complete = [done](Operation& op, std::optional<ImapError> e) {
        if (e) {
            done(*e);
            return;
        }
        std::vector<quint32> uids = op.found;
        std::sort(uids.begin(), uids.end());
        uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
        done(std::move(uids));
    };
    enqueue(std::move(operation));
}

void ImapSession::fetchEnvelopes(const std::vector<quint32>& uids, Callback<QList<MessageEnvelope>> done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Kind::FetchEnvelopes;
    operation->uids = uids;
    operation->complete = [done](Operation& op, std::optional<ImapError> e) {
        if (e) {
            done(*e);
            return;
        }
        QList<MessageEnvelope> result;
        for (const auto& entry : op.envelopes)
            result.append(entry.second);
        done(std::move(result));
    };
    enqueue(std::move(operation));
}

std::optional<QString> ImapSession::specialUse(const QList<MailboxListing>& listings, const QString& attribute)
{
    for (const MailboxListing& listing : listings) {
        if (isSelectable(listing) && listing.hasAttribute(attribute))
            return listing.name;
    }
    // Servers without RFC 6154 attributes: the names mail programs and providers commonly use, in this order.
    QStringList names;
    if (attribute.compare(QLatin1String("\\Sent"), Qt::CaseInsensitive) == 0)
        names = {QStringLiteral("Sent"), QStringLiteral("Sent Messages"), QStringLiteral("Sent Items"),
                 QStringLiteral("[Gmail]/Sent Mail"), QStringLiteral("送信済みメール")};
    else if (attribute.compare(QLatin1String("\\Drafts"), Qt::CaseInsensitive) == 0)
        names = {QStringLiteral("Drafts"), QStringLiteral("[Gmail]/Drafts"), QStringLiteral("下書き")};
    for (const QString& name : std::as_const(names)) {
        for (const MailboxListing& listing : listings) {
            if (!isSelectable(listing))
                continue;
            // Courier, Cyrus and others keep every folder under INBOX: "INBOX.Sent".
            const bool underInbox =
                !listing.separator.isNull() &&
                listing.name.compare(QStringLiteral("INBOX") + listing.separator + name, Qt::CaseInsensitive) == 0;
            if (listing.name.compare(name, Qt::CaseInsensitive) == 0 || underInbox)
                return listing.name;
        }
    }
    return std::nullopt;
}

// ---- what they send ---------------------------------------------------------------------------------------------

void ImapSession::refuseCurrent(quint64 operationId, ImapErrorCode code, const QString& detail)
{
    // From the event loop: the operation may have been started inside the caller's call (see ImapSession.h).
    invokeLater([this, operationId, code, detail] {
        if (isCurrent(operationId))
            completeOperation(error(code, detail));
    });
}

void ImapSession::startList(Operation& operation)
{
    ImapEncoder command(nextTag(), "LIST");
    command.astring(QByteArray()).astring(QByteArrayLiteral("*"));
    // RFC 6154 §2 defines RETURN (SPECIAL-USE) for the extended LIST of RFC 5258; whether SPECIAL-USE alone
    // implies LIST-EXTENDED is unclear (RFC errata 5581), so the option is sent only when both are offered.
    if (m_server.hasCapability("SPECIAL-USE") && m_server.hasCapability("LIST-EXTENDED"))
        command.raw("RETURN").raw("(SPECIAL-USE)");
    send(command.finish(false), [this, id = operation.id](const ImapResponse& r) {
        if (!isCurrent(id))
            return;
        completeOperation(r.status == ImapResponse::Status::Ok
                              ? std::nullopt
                              : std::optional<ImapError>(errorFor(r, ImapErrorCode::Refused)));
    });
}

void ImapSession::handleList(const ImapListData& list)
{
    if (!m_current || m_current->kind != Operation::Kind::List)
        return;
    MailboxListing listing;
    // A server that sends raw UTF-8 instead of modified UTF-7 (seen with some hosted servers) still gets a
    // readable name.
    listing.name = ImapEncoder::decodeMailboxName(list.name).value_or(QString::fromUtf8(list.name));
    if (!list.separator.isEmpty())
        listing.separator = QLatin1Char(list.separator.front());
    for (const QByteArray& attribute : list.attributes)
        listing.attributes.append(QString::fromLatin1(attribute));
    m_current->listings.append(listing);
}

void ImapSession::startCreate(Operation& operation)
{
    const QString use = operation.flags.value(0);
    if (use != QLatin1String("\\Sent") && use != QLatin1String("\\Drafts")) {
        refuseCurrent(operation.id, ImapErrorCode::Refused, QStringLiteral("only Sent or Drafts is created"));
        return;
    }
    ImapEncoder command(nextTag(), "CREATE");
    command.mailbox(operation.mailbox);
    // RFC 6154 §3: the new mailbox carries its special use, so other mail programs file their copies there too.
    if (m_server.hasCapability("CREATE-SPECIAL-USE"))
        command.raw(QByteArray("(USE (" + use.toLatin1() + "))"));
    const std::optional<ImapCommand> encoded = command.finish(false);
    if (!encoded) {
        refuseCurrent(operation.id, ImapErrorCode::Refused, QStringLiteral("the mailbox name contains NUL"));
        return;
    }
    send(encoded, [this, id = operation.id](const ImapResponse& r) {
        if (!isCurrent(id))
            return;
        // RFC 5530 §3: [ALREADYEXISTS]: another mail program made it meanwhile, which is what was wanted.
        const bool exists = r.code.name.compare("ALREADYEXISTS", Qt::CaseInsensitive) == 0;
        completeOperation(r.status == ImapResponse::Status::Ok || exists
                              ? std::nullopt
                              : std::optional<ImapError>(errorFor(r, ImapErrorCode::Refused)));
    });
}

void ImapSession::startAppend(Operation& operation)
{
    QList<QByteArray> flags;
    for (const QString& flag : std::as_const(operation.flags)) {
        const std::optional<QByteArray> allowed = allowedFlag(flag, FlagUse::Append);
        if (!allowed) {
            refuseCurrent(operation.id, ImapErrorCode::Refused,
                          QStringLiteral("flag not allowed on an appended message: ") + flag);
            return;
        }
        if (!flags.contains(*allowed))
            flags.append(*allowed);
    }
    if (operation.message.isEmpty() || operation.message.contains('\0')) {
        // RFC 3501 §9: a literal is CHAR8, no NUL (BINARY's literal8 is not used).
        refuseCurrent(operation.id, ImapErrorCode::Refused, QStringLiteral("the message is empty or contains NUL"));
        return;
    }
    ImapEncoder command(nextTag(), "APPEND");
    command.mailbox(operation.mailbox);
    if (!flags.isEmpty())
        command.raw('(' + flags.join(' ') + ')');
    const QByteArray date = ImapEncoder::dateTime(operation.internalDate);
    if (!date.isEmpty())
        command.raw(date);
    // RFC 3501 §6.3.11: the message is a literal; synchronising unless the server offers LITERAL+ (RFC 7888).
    command.literal(operation.message);
    const std::optional<ImapCommand> encoded = command.finish(m_server.hasCapability("LITERAL+"));
    if (!encoded) {
        refuseCurrent(operation.id, ImapErrorCode::Refused, QStringLiteral("the mailbox name contains NUL"));
        return;
    }
    send(encoded, [this, id = operation.id](const ImapResponse& r) {
        if (!isCurrent(id))
            return;
        // [TRYCREATE] (RFC 3501 §6.3.11) becomes MailboxMissing through errorFor(); the mailbox is not created.
        if (r.status != ImapResponse::Status::Ok) {
            completeOperation(errorFor(r, ImapErrorCode::Refused));
            return;
        }
        if (r.code.kind == ImapResponseCode::Kind::AppendUid && !r.code.uids.empty()) {
            m_current->appended.uidValidity = quint32(r.code.number);
            m_current->appended.uid = r.code.uids.back();
        }
        completeOperation(std::nullopt);
    });
}

void ImapSession::startAddFlags(Operation& operation)
{
    QList<QByteArray> flags;
    for (const QString& flag : std::as_const(operation.flags)) {
        const std::optional<QByteArray> allowed = allowedFlag(flag, FlagUse::Store);
        if (!allowed) {
            refuseCurrent(operation.id, ImapErrorCode::Refused, QStringLiteral("flag not allowed: ") + flag);
            return;
        }
        if (!flags.contains(*allowed))
            flags.append(*allowed);
    }
    if (flags.isEmpty()) {
        refuseCurrent(operation.id, ImapErrorCode::Refused, QStringLiteral("no flags to add"));
        return;
    }
    if (m_state != State::Selected) {
        refuseCurrent(operation.id, ImapErrorCode::Refused,
                      QStringLiteral("no mailbox is selected: select() it before adding flags"));
        return;
    }
    if (m_mailbox.readOnly) {
        refuseCurrent(
            operation.id, ImapErrorCode::Refused,
            QStringLiteral("the mailbox is open read-only (EXAMINE or [READ-ONLY]): select() it to add flags"));
        return;
    }
    // RFC 3501 §6.3.1: a flag outside PERMANENTFLAGS would last only for this session; such flags are left out.
    for (const QByteArray& flag : std::as_const(flags)) {
        if (m_mailbox.canStorePermanently(flag))
            operation.flagsToStore.append(flag);
        else
            operation.notStored.append(QString::fromLatin1(flag));
    }
    // Nothing left: the current flags are read instead, so the caller still learns where each message stands.
    operation.followUp = operation.flagsToStore.isEmpty();
    startBatches(operation);
}

void ImapSession::startFetchFlagsOrEnvelopes(Operation& operation)
{
    if (m_state != State::Selected) {
        refuseCurrent(operation.id, ImapErrorCode::Refused,
                      QStringLiteral("no mailbox is selected: examine() or select() it first"));
        return;
    }
    startBatches(operation);
}

void ImapSession::startSearchHeader(Operation& operation)
{
    if (m_state != State::Selected) {
        refuseCurrent(operation.id, ImapErrorCode::Refused,
                      QStringLiteral("no mailbox is selected: examine() or select() it first"));
        return;
    }
    if (!isHeaderName(operation.header)) {
        refuseCurrent(operation.id, ImapErrorCode::Refused, QStringLiteral("not a header name"));
        return;
    }
    const QByteArray value = operation.value.toUtf8();
    const bool ascii = std::all_of(value.begin(), value.end(), [](char c) { return (c & 0x80) == 0; });
    ImapEncoder command(nextTag(), "UID SEARCH");
    // RFC 3501 §6.4.4: US-ASCII is the default; anything else needs a CHARSET the server knows (UTF-8 everywhere).
    if (!ascii)
        command.raw("CHARSET").raw("UTF-8");
    command.raw("HEADER").astring(operation.header.toLatin1()).astring(value);
    const std::optional<ImapCommand> encoded = command.finish(m_server.hasCapability("LITERAL+"));
    if (!encoded) {
        refuseCurrent(operation.id, ImapErrorCode::Refused, QStringLiteral("the search value contains NUL"));
        return;
    }
    send(encoded, [this, id = operation.id](const ImapResponse& r) {
        if (!isCurrent(id))
            return;
        completeOperation(r.status == ImapResponse::Status::Ok
                              ? std::nullopt
                              : std::optional<ImapError>(errorFor(r, ImapErrorCode::Refused)));
    });
}

} // namespace tsunagu
