// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What ImapSession's source files share and nobody else sees: the queue's records and the helpers that turn
// server answers into errors. The session is split by responsibility: ImapSession.cpp (public calls, the queue,
// the wire, failures and time), ImapSessionConnect.cpp (TCP, TLS, greeting, STARTTLS, login),
// ImapSessionTasks.cpp (what each queued command of a sync sends and reads) and ImapSessionReplies.cpp (the calls
// replies need: LIST, APPEND, UID STORE +FLAGS, flag and header fetches, header search).

#include "mail/imap/ImapSession.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace tsunagu {

namespace imapsession {

// Everything the session may send. Of these only APPEND, UID STORE and CREATE change the server, and only by adding a
// message, adding the flags allowedFlag() lets through, or adding the Sent or Drafts mailbox (see ImapSession.h).
inline bool isAllowedCommand(const QByteArray& name)
{
    static const QSet<QByteArray> kAllowed = {
        "CAPABILITY", "STARTTLS",  "LOGIN", "AUTHENTICATE", "ENABLE", "EXAMINE", "SELECT",    "LIST",
        "UID SEARCH", "UID FETCH", "IDLE",  "NOOP",         "LOGOUT", "APPEND",  "UID STORE", "CREATE",
    };
    return kAllowed.contains(name);
}

enum class FlagUse
{
    Append, // on a message Tsunagu itself appends to Sent or Drafts
    Store,  // added to a message already on the server
};

// The flags Tsunagu may set: \Answered; on its own appended copies also \Seen and \Draft; and its own
// keywords "$Tsunagu" + letters. The canonical spelling, or nothing for anything else (\Deleted above all).
inline std::optional<QByteArray> allowedFlag(const QString& flag, FlagUse use)
{
    static const QRegularExpression kKeyword(QStringLiteral("^\\$Tsunagu[A-Za-z]{1,64}$"));
    if (kKeyword.match(flag).hasMatch())
        return flag.toLatin1();
    QStringList system{QStringLiteral("\\Answered")};
    if (use == FlagUse::Append)
        system << QStringLiteral("\\Seen") << QStringLiteral("\\Draft");
    for (const QString& name : std::as_const(system)) {
        if (flag.compare(name, Qt::CaseInsensitive) == 0) // system flags are case-insensitive (RFC 3501 §2.3.2)
            return name.toLatin1();
    }
    return std::nullopt;
}

// Belt and braces for the wire: beyond the verb, UID STORE may only be "+FLAGS (…)" with allowed flags (never
// -FLAGS, FLAGS or .SILENT variants), and UID FETCH only items that leave \Seen alone (BODY.PEEK, never BODY[],
// BINARY[], RFC822 or RFC822.TEXT, RFC 3501 §6.4.5).
inline bool isAllowedCommand(const ImapCommand& command)
{
    if (!isAllowedCommand(command.name) || command.pieces.isEmpty())
        return false;
    const QString first = QString::fromLatin1(command.pieces.first());
    if (command.name == "UID STORE") {
        static const QRegularExpression kStore(
            QStringLiteral("^[A-Za-z0-9]+ UID STORE [0-9:,]+ \\+FLAGS \\(([^()\r\n]+)\\)\r\n$"));
        const QRegularExpressionMatch match = kStore.match(first);
        if (command.pieces.size() != 1 || !match.hasMatch())
            return false;
        const QStringList flags = match.captured(1).split(QLatin1Char(' '));
        return std::all_of(flags.begin(), flags.end(), [](const QString& flag) {
            const std::optional<QByteArray> allowed = allowedFlag(flag, FlagUse::Store);
            return allowed && *allowed == flag.toLatin1();
        });
    }
    if (command.name == "CREATE") {
        // One mailbox name (atom or quoted string), optionally with the RFC 6154 USE list for Sent or Drafts only.
        static const QRegularExpression kCreate(
            QStringLiteral("^[A-Za-z0-9]+ CREATE (\"[^\"\\\\\r\n]+\"|[^ \"(){%*\\\\\r\n]+)( \\(USE "
                           "\\(\\\\(Sent|Drafts)\\)\\))?\r\n$"));
        return command.pieces.size() == 1 && kCreate.match(first).hasMatch();
    }
    if (command.name == "UID FETCH") {
        static const QRegularExpression kSetsSeen(QStringLiteral("(BODY|BINARY)\\[|RFC822(\\.TEXT)?[ )]"),
                                                  QRegularExpression::CaseInsensitiveOption);
        return !kSetsSeen.match(first).hasMatch();
    }
    return true;
}

// What deleteMessages() alone may send: "UID STORE set +FLAGS (\Deleted)" and "UID EXPUNGE set" (RFC 4315 §2.1),
// never a plain EXPUNGE or CLOSE, which would also remove messages that others marked.
inline bool isAllowedDeletion(const ImapCommand& command)
{
    if (command.pieces.size() != 1)
        return false;
    static const QRegularExpression kDeletion(
        QStringLiteral("^[A-Za-z0-9]+ UID (STORE [0-9:,]+ \\+FLAGS \\(\\\\Deleted\\)|EXPUNGE [0-9:,]+)\r\n$"));
    return (command.name == "UID STORE" || command.name == "UID EXPUNGE") &&
           kDeletion.match(QString::fromLatin1(command.pieces.first())).hasMatch();
}

inline ImapError error(ImapErrorCode code, const QString& detail)
{
    return ImapError{code, detail};
}

inline QString serverText(const ImapResponse& response)
{
    QString text = QString::fromUtf8(response.text);
    if (!response.code.name.isEmpty())
        text = QLatin1Char('[') + QString::fromLatin1(response.code.name) + QStringLiteral("] ") + text;
    return text;
}

// A tagged NO/BAD turned into an error; codes that name the cause win over the caller's default.
inline ImapError errorFor(const ImapResponse& response, ImapErrorCode fallback)
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
inline QByteArray headerValue(const QByteArray& headerBlock)
{
    const qsizetype colon = headerBlock.indexOf(':');
    if (colon < 0)
        return {};
    QByteArray value = headerBlock.mid(colon + 1);
    value.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    return value.simplified();
}

} // namespace imapsession

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
        List,
        Append,
        Create,
        AddFlags,
        FetchFlags,
        SearchHeader,
        FetchEnvelopes,
        Delete,
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

    // listMailboxes(), append(), addFlags(), fetchFlags(), searchHeader(), fetchEnvelopes()
    QList<MailboxListing> listings;
    QByteArray message;
    QStringList flags;
    QDateTime internalDate;
    AppendResult appended;
    QList<QByteArray> flagsToStore; // canonical, storable ones
    QStringList notStored;
    bool followUp = false; // addFlags(): UID FETCH (FLAGS) for the UIDs the STORE answer left out
    std::map<quint32, QStringList> flagResults;
    std::map<quint32, MessageEnvelope> envelopes;
    QString header;
    QString value;

    std::function<void(quint32)> onExists;
    bool idling = false;
    bool stopRequested = false;
    bool doneSent = false;
};

} // namespace tsunagu
