// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/imap/ImapCommand.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace tsunagu {

// Builds commands from typed parts (STYLE.md §12), never by pasting user text into a line.
//
//   ImapEncoder command("A3", "LOGIN");
//   command.astring(user).astring(password);
//   std::optional<ImapCommand> c = command.finish(literalPlus);
//
// A string becomes an atom when every byte is an ATOM-CHAR, a quoted string when it is printable 7-bit ASCII
// without '"' or '\', and a literal otherwise (8-bit, CR, LF, quotes: some servers mishandle quoted-string escapes,
// a literal is unambiguous). A string with NUL cannot be sent at all (RFC 3501 §4.3): finish() then returns
// nothing, and the session reports the call as refused without contacting the server.
class ImapEncoder
{
public:
    ImapEncoder(QByteArray tag, QByteArray name);

    // An atom the caller knows is valid (a keyword like "(CONDSTORE)" or "UID"): added as it is. Only for
    // constants and output of the helpers below, never for user text.
    ImapEncoder& raw(const QByteArray& bytes);
    // atom, quoted or literal, chosen by content (RFC 3501 §9 astring).
    ImapEncoder& astring(const QByteArray& bytes);
    // Always a literal, whatever the content (a whole message for APPEND, RFC 3501 §6.3.11). NUL cannot be sent
    // in one (RFC 3501 §9 CHAR8), so finish() then returns nothing.
    ImapEncoder& literal(const QByteArray& bytes);
    // A mailbox name: modified UTF-7, then astring (RFC 3501 §5.1.3). INBOX is case-insensitive and sent as INBOX.
    ImapEncoder& mailbox(const QString& name);
    // Marks the command as carrying a secret.
    ImapEncoder& sensitive();

    // literalPlus: the server offered LITERAL+ (RFC 7888), so literals do not wait for continuations.
    std::optional<ImapCommand> finish(bool literalPlus) const;

    enum class StringForm
    {
        Atom,
        Quoted,
        Literal,
        Impossible, // contains NUL
    };
    static StringForm formFor(const QByteArray& bytes);

    // Sorted, de-duplicated UIDs as an RFC 3501 sequence set, runs compressed: {1,2,3,4,5,7,9,10,11,12} →
    // "1:5,7,9:12". Zero (not a valid UID) is dropped; empty input gives empty output.
    static QByteArray sequenceSet(std::vector<quint32> uids);

    // RFC 3501 §9 date-time as a quoted string, "05-Mar-2024 19:00:00 +0900", in the time's own UTC offset and
    // English month names whatever the locale; empty for an invalid time.
    static QByteArray dateTime(const QDateTime& time);

    // RFC 3501 §5.1.3 modified UTF-7 ("&" → "&-", non-ASCII as modified BASE64 between "&" and "-").
    static QByteArray encodeMailboxName(const QString& name);
    // The inverse; nothing when the input is not valid modified UTF-7.
    static std::optional<QString> decodeMailboxName(const QByteArray& encoded);

private:
    QByteArray m_tag;
    QByteArray m_name;
    QList<QByteArray> m_parts; // each argument, already encoded; literals as the raw bytes with m_literal set
    std::vector<bool> m_literal;
    bool m_impossible = false;
    bool m_sensitive = false;
};

} // namespace tsunagu
