// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace tsunagu {

// Turns the bytes of one IMAP or SMTP connection into trace lines a host can attach to a bug report: what was
// said stays (tags, command names, capabilities, response codes, counts), what belongs to someone is replaced by
// a placeholder: passwords and SASL exchanges (<credentials>), mail addresses (<address>), literal contents
// (<literal N bytes>), quoted strings inside FETCH responses (<quoted N bytes>) and the message sent with SMTP
// DATA (<message N bytes>).
//
// Fed in wire order with whatever the socket delivered (any split); returns the lines that are complete, without
// their CRLF. An IMAP line that announces a literal (RFC 3501 §4.3, RFC 7888) is one line with the literal
// replaced. The protocol is told or taken from the greeting ("* " is IMAP, a reply code is SMTP); until it is
// known, only addresses are replaced.
class TraceRedactor
{
public:
    enum class Protocol
    {
        Unknown,
        Imap,
        Smtp,
    };

    explicit TraceRedactor(Protocol protocol = Protocol::Unknown);

    QList<QByteArray> sent(const QByteArray& bytes);
    QList<QByteArray> received(const QByteArray& bytes);

    Protocol protocol() const { return m_protocol; }

    // Every mail address in the line (anything@anything, with its angle brackets) becomes <address>.
    static QByteArray withoutAddresses(const QByteArray& line);

private:
    struct Stream
    {
        QByteArray buffer;
        QByteArray logical; // an IMAP line whose literal has been skipped, waiting for the rest
        qint64 literalLeft = 0;
        bool inMessage = false; // SMTP: between the 354 to DATA and the final dot
        qint64 messageBytes = 0;
    };

    QList<QByteArray> feed(Stream& stream, const QByteArray& bytes, bool fromClient);
    QByteArray redactClient(const QByteArray& line);
    QByteArray redactServer(const QByteArray& line);
    QByteArray redactImapClient(const QByteArray& line);
    QByteArray redactImapServer(const QByteArray& line);
    QByteArray redactSmtpClient(const QByteArray& line);
    QByteArray redactSmtpServer(const QByteArray& line);

    Protocol m_protocol;
    Stream m_client;
    Stream m_server;
    QByteArray m_imapAuthTag; // AUTHENTICATE in progress: client lines are SASL responses
    bool m_smtpAuth = false;  // AUTH in progress: client lines are SASL responses
    bool m_smtpDataSent = false;
};

} // namespace tsunagu
