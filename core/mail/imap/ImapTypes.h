// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

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
    // RFC 3501 §6.3.1 [PERMANENTFLAGS (…)] as sent, e.g. "\\Answered", "\\*"; nothing when the server did not say,
    // which means every flag is permanent.
    std::optional<QList<QByteArray>> permanentFlags;

    // A flag added now outlives the session: it is in PERMANENTFLAGS, or a keyword and "\\*" is (new keywords
    // allowed), or there was no PERMANENTFLAGS at all. Case-insensitive like every flag (RFC 3501 §2.3.2).
    bool canStorePermanently(const QByteArray& flag) const;
    // New keywords such as $TsunaguInvited can be stored in this mailbox ("\\*" in PERMANENTFLAGS, or none sent).
    bool keywordsAllowed() const { return !permanentFlags || permanentFlags->contains(QByteArrayLiteral("\\*")); }
};

inline bool MailboxInfo::canStorePermanently(const QByteArray& flag) const
{
    if (!permanentFlags)
        return true;
    for (const QByteArray& permanent : *permanentFlags) {
        if (permanent.compare(flag, Qt::CaseInsensitive) == 0)
            return true;
        if (permanent == "\\*" && !flag.startsWith('\\'))
            return true;
    }
    return false;
}

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
    QDateTime arrivedAt; // INTERNALDATE (RFC 3501 §2.3.3): when the server received it; invalid when not sent
};

// One mailbox from listMailboxes() (RFC 3501 §7.2.2 LIST, RFC 6154 special-use attributes).
struct MailboxListing
{
    QString name;           // decoded from modified UTF-7 (RFC 3501 §5.1.3); what examine(), select(), append() take
    QChar separator;        // hierarchy separator; null when the server has none (NIL)
    QStringList attributes; // as sent, e.g. "\\HasNoChildren", "\\Sent", "\\Drafts", "\\Noselect"

    bool hasAttribute(const QString& attribute) const { return attributes.contains(attribute, Qt::CaseInsensitive); }
};

// What append() learnt: RFC 4315 [APPENDUID uidvalidity uid] when the server has UIDPLUS, else zeros.
struct AppendResult
{
    quint32 uidValidity = 0;
    quint32 uid = 0;
};

// One message's flags after addFlags() or from fetchFlags().
struct MessageFlags
{
    quint32 uid = 0;
    QStringList flags; // every flag the message has now, as the server sent them
    // addFlags() only: flags asked for but left out because this mailbox would not keep them (no "\\*" in
    // PERMANENTFLAGS for a keyword). Empty when everything asked for was stored.
    QStringList notStored;
};

// The headers a co-host check reads, from fetchEnvelopes(): parse headerBytes with the MIME parser.
struct MessageEnvelope
{
    quint32 uid = 0;
    QDateTime internalDate; // invalid when the server sent none or an unreadable one
    QByteArray headerBytes; // From, Date, Subject and In-Reply-To exactly as stored, ending in the blank line
};

} // namespace tsunagu
