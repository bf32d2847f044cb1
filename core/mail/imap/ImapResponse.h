// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/imap/ImapToken.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>
#include <vector>

namespace tsunagu {

// RFC 3501 §7.1 response codes we act on; anything else is kept as Other with its name.
struct ImapResponseCode
{
    enum class Kind
    {
        None,
        Alert,
        AuthenticationFailed, // RFC 5530
        Capability,
        UidValidity,
        UidNext,
        HighestModSeq, // RFC 7162
        NoModSeq,
        ReadOnly,
        ReadWrite,
        TryCreate,
        NonExistent, // RFC 5530
        OverQuota,   // RFC 9208
        Unseen,
        PermanentFlags,
        AppendUid, // RFC 4315 §3
        Other,
    };
    Kind kind = Kind::None;
    QByteArray name;           // upper case, as sent
    quint64 number = 0;        // UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ, UNSEEN; APPENDUID's UIDVALIDITY
    QList<QByteArray> atoms;   // CAPABILITY, PERMANENTFLAGS
    std::vector<quint32> uids; // APPENDUID: the new message's UID (a set after MULTIAPPEND), expanded
};

// One FETCH data item BODY[section]<origin> (RFC 3501 §7.4.2).
struct ImapBodySection
{
    QByteArray section;            // "" for BODY[], "HEADER.FIELDS (MESSAGE-ID)", upper case as sent
    std::optional<quint64> origin; // <n>: a partial fetch that started at n
    bool nil = false;
    QByteArray data;
};

// Untagged FETCH (RFC 3501 §7.4.2, RFC 7162 §3.1.4 MODSEQ).
struct ImapFetchData
{
    quint32 sequence = 0;
    std::optional<quint32> uid;
    std::optional<quint64> size; // RFC822.SIZE
    std::optional<QList<QByteArray>> flags;
    QByteArray internalDateText; // as sent
    QDateTime internalDate;      // invalid when missing or unreadable
    std::optional<quint64> modSeq;
    std::vector<ImapBodySection> sections;
    // A literal of this response was longer than the framer keeps (ImapFramer::Limits): its data holds only the
    // first bytes. Set by the session from the framer, not by the parser.
    bool cut = false;
};

// Untagged LIST (RFC 3501 §7.2.2); extended data after the name (RFC 5258 §3.5) is skipped.
struct ImapListData
{
    QList<QByteArray> attributes; // e.g. "\\HasNoChildren", "\\Sent" (RFC 6154)
    QByteArray separator;         // one character, empty for NIL
    QByteArray name;              // as sent: modified UTF-7 (RFC 3501 §5.1.3)
};

// A complete server response, typed. Unknown untagged data is Kind::Other and ignored by the session.
struct ImapResponse
{
    enum class Kind
    {
        Status,       // tagged or untagged OK/NO/BAD/PREAUTH/BYE
        Continuation, // "+ …"
        Capability,
        Exists,
        Recent,
        Expunge,
        Flags,
        Search,
        ESearch, // RFC 4731: ALL as a sequence set
        Fetch,
        Enabled, // RFC 5161
        List,
        Other,
    };
    enum class Status
    {
        Ok,
        No,
        Bad,
        PreAuth,
        Bye,
    };

    Kind kind = Kind::Other;
    QByteArray tag; // empty for untagged and continuation
    Status status = Status::Ok;
    ImapResponseCode code;
    QByteArray text;                     // human-readable text of a status or continuation
    quint64 number = 0;                  // EXISTS, RECENT, EXPUNGE
    QList<QByteArray> atoms;             // CAPABILITY, FLAGS, ENABLED, and the name of an Other response
    std::vector<quint32> numbers;        // SEARCH, ESEARCH ALL (expanded)
    std::optional<quint64> searchModSeq; // SEARCH … (MODSEQ n)
    bool esearchUid = false;
    ImapFetchData fetch;
    ImapListData list;

    bool isTagged() const { return !tag.isEmpty(); }
};

} // namespace tsunagu
