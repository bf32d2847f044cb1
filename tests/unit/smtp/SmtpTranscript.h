// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/smtp/SmtpSession.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace tsunagu::test::smtpscript {

// An SMTP conversation as it must happen on the wire (STYLE.md §18), played against SmtpSession over the fake
// socket of the IMAP tests: what the client writes, exactly, and what the server answers. replayEverySplit()
// plays it whole, byte by byte, and once for every position at which the server's bytes can be cut in two, and
// requires the same client bytes and the same outcome each time.
struct Step
{
    enum class Kind
    {
        Client, // the client must have written exactly these bytes next
        Server, // the server sends these bytes (one packet)
        Accept, // the TCP connection (and implicit TLS) stands
        Tls,    // the STARTTLS handshake finished
        Drop,   // the connection breaks
    };
    Kind kind;
    QByteArray bytes;
};

inline Step C(const QByteArray& bytes)
{
    return {Step::Kind::Client, bytes};
}
inline Step S(const QByteArray& bytes)
{
    return {Step::Kind::Server, bytes};
}
inline Step accept()
{
    return {Step::Kind::Accept, {}};
}
inline Step tlsDone()
{
    return {Step::Kind::Tls, {}};
}
inline Step drop()
{
    return {Step::Kind::Drop, {}};
}

// Starts the delivery under test; callbacks append what happened to events (see describe()).
using Scenario = std::function<void(SmtpSession& session, QStringList& events)>;

// smtp.example.org (or 127.0.0.1 for PlainLocal), port by mode, user host@example.org, 10 s timeout.
Endpoint testEndpoint(SecurityMode mode = SecurityMode::ImplicitTls);

struct ReplayResult
{
    QStringList events;
    QByteArray written;
    int sockets = 0;
};

// splitAt: -1 server bytes per step as written; 0 one byte at a time; n > 0 cut once at that server offset.
ReplayResult replay(const std::vector<Step>& steps, const Scenario& scenario, qsizetype splitAt, int expectedEvents);

// Every split; REQUIREs that each run writes the transcript's client bytes and produces expectedEvents.
void replayEverySplit(const std::vector<Step>& steps, const Scenario& scenario, const QStringList& expectedEvents);

const char* codeName(SmtpErrorCode code);
// "sent a@x,b@y: <server reply>" or "<Code> <reply code> <enhanced status> <recipient>" (empty parts left out).
QString describe(const SmtpResult<SmtpReceipt>& result);

} // namespace tsunagu::test::smtpscript
