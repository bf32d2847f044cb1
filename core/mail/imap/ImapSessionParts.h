// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What ImapSession's source files share and nobody else sees: the queue's records and the helpers that turn
// server answers into errors. The session is split by responsibility: ImapSession.cpp (public calls, the queue,
// the wire, failures and time), ImapSessionConnect.cpp (TCP, TLS, greeting, STARTTLS, login) and
// ImapSessionTasks.cpp (what each queued command sends and reads).

#include "mail/imap/ImapSession.h"

#include <QSet>

#include <map>

namespace tsunagu {

namespace imapsession {

// Everything the session may send. Nothing here changes the server's mailboxes (see ImapSession.h).
inline bool isAllowedCommand(const QByteArray& name)
{
    static const QSet<QByteArray> kAllowed = {
        "CAPABILITY", "STARTTLS",   "LOGIN",     "AUTHENTICATE", "ENABLE", "EXAMINE",
        "SELECT",     "UID SEARCH", "UID FETCH", "IDLE",         "NOOP",   "LOGOUT",
    };
    return kAllowed.contains(name);
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

} // namespace tsunagu
