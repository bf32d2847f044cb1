// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tsunagu {

// SMTP commands from typed parts (STYLE.md §12). No caller string reaches the wire unchecked: an address or a
// domain that could break out of its command (CR, LF, other controls, '<', '>', spaces) gives nothing, and the
// message body is normalised to CRLF and dot-stuffed, so no line of it can end the DATA early.
class SmtpEncoder
{
public:
    // A mailbox we can put in MAIL FROM / RCPT TO (RFC 5321 §4.1.2): local@domain, printable ASCII without spaces,
    // '<' or '>', both parts non-empty, at most 254 octets (§4.5.3.1.3). Non-ASCII would need SMTPUTF8 (RFC 6531),
    // which we do not speak.
    static bool isValidAddress(const QString& address);
    // A domain (letters, digits, '-', '.') or an address literal "[192.0.2.1]" / "[IPv6:…]" for EHLO (§4.1.4).
    static bool isValidEhloDomain(const QString& domain);

    // "EHLO domain\r\n"
    static std::optional<QByteArray> ehlo(const QString& domain);
    // "MAIL FROM:<address>[ SIZE=n][ BODY=8BITMIME]\r\n" (RFC 1870 SIZE, RFC 6152 BODY)
    static std::optional<QByteArray> mailFrom(const QString& address, std::optional<qint64> size, bool eightBitMime);
    // "RCPT TO:<address>\r\n"
    static std::optional<QByteArray> rcptTo(const QString& address);
    static QByteArray data() { return QByteArrayLiteral("DATA\r\n"); }
    static QByteArray startTls() { return QByteArrayLiteral("STARTTLS\r\n"); }
    static QByteArray quit() { return QByteArrayLiteral("QUIT\r\n"); }

    // RFC 4954 + RFC 4616: "AUTH PLAIN base64(\0user\0password)\r\n" with the initial response. Nothing when a
    // credential contains NUL, which PLAIN cannot carry.
    static std::optional<QByteArray> authPlain(const QString& user, const QString& password);
    // "AUTH LOGIN\r\n"; the server then asks for the user name and the password (334), each answered with
    // loginResponse().
    static QByteArray authLogin() { return QByteArrayLiteral("AUTH LOGIN\r\n"); }
    static QByteArray loginResponse(const QString& credential);

    // Every line break (CRLF, bare CR, bare LF) as CRLF, and a final CRLF when the message does not end with one.
    static QByteArray normaliseLineEnds(const QByteArray& message);
    // What follows the 354: the normalised message, each line that starts with '.' given one more '.'
    // (RFC 5321 §4.5.2), then ".\r\n".
    static QByteArray dataBody(const QByteArray& message);
    // Any byte above 127: the message needs BODY=8BITMIME (RFC 6152).
    static bool needsEightBit(const QByteArray& message);
};

} // namespace tsunagu
