// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace tsunagu {

// What the server said about itself after login.
struct ImapServerInfo
{
    QList<QByteArray> capabilities; // upper case, e.g. "IMAP4REV1", "IDLE", "CONDSTORE", "AUTH=PLAIN"
    bool hasCapability(const QByteArray& name) const { return capabilities.contains(name.toUpper()); }
};

// RFC 3501 §6.3.1/§6.3.2 and RFC 7162 §3.1.2: what EXAMINE or SELECT reported.
struct MailboxInfo
{
    quint32 uidValidity = 0;
    quint32 uidNext = 0; // 0 when the server did not say
    quint32 exists = 0;
    std::optional<quint64> highestModSeq; // nothing: no CONDSTORE or [NOMODSEQ]
    bool readOnly = true;
};

// One message's metadata from fetchMeta().
struct MessageMeta
{
    quint32 uid = 0;
    quint64 size = 0;        // RFC822.SIZE
    QList<QByteArray> flags; // as sent, e.g. "\\Seen"
    QDateTime internalDate;  // invalid when the server sent none or an unreadable one
    QByteArray messageId;    // the Message-ID header value, unfolded and trimmed; empty when missing
    std::optional<quint64> modSeq;

    bool isSeen() const { return flags.contains(QByteArrayLiteral("\\Seen")); }
};

// One message body from fetchBodies().
struct FetchedMessage
{
    quint32 uid = 0;
    QByteArray bytes; // exactly as stored on the server (or its first N bytes when partial)
    bool partial = false;
};

} // namespace tsunagu
