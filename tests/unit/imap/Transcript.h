// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeMailSocket.h"
#include "mail/imap/ImapSession.h"

#include <QPointer>
#include <QStringList>

#include <functional>
#include <vector>

namespace tsunagu::test {

// A conversation as it must happen on the wire (STYLE.md §18): what the client writes, exactly, and what the
// server answers. replayEverySplit() plays it whole, byte by byte, and once for every position at which the
// server's bytes can be cut in two, and requires the same client bytes and the same outcome each time.
struct Step
{
    enum class Kind
    {
        Client, // the client must have written exactly these bytes next
        Server, // the server sends these bytes
        Accept, // the TCP connection (and implicit TLS) stands
        Tls,    // the STARTTLS handshake finished
        Drop,   // the connection breaks
        Quiet,  // the client has written nothing beyond the Client steps so far (it waits, e.g. for "+")
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
inline Step quiet()
{
    return {Step::Kind::Quiet, {}};
}

// Starts the calls under test; callbacks append what happened to events.
using Scenario = std::function<void(ImapSession& session, QStringList& events)>;

Endpoint testEndpoint(SecurityMode mode = SecurityMode::ImplicitTls);

struct ReplayResult
{
    QStringList events;
    QByteArray written;
};

// splitAt: -1 server bytes per step as written; 0 one byte at a time; n > 0 cut once at that server offset.
ReplayResult replay(const std::vector<Step>& steps, const Scenario& scenario, qsizetype splitAt, int expectedEvents,
                    const ImapSession::Options& options = {});

// Every split; REQUIREs that each run writes the transcript's client bytes and produces expectedEvents.
void replayEverySplit(const std::vector<Step>& steps, const Scenario& scenario, const QStringList& expectedEvents,
                      const ImapSession::Options& options = {});

QString describe(const ImapError& error);

} // namespace tsunagu::test
