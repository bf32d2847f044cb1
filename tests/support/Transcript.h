// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeMailSocket.h"

#include <QByteArray>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <vector>

namespace tsunagu::test {

// A conversation as it must happen on the wire (STYLE.md §18), for any client that talks through a MailSocket
// (ImapSession, SmtpSession): what the client writes, exactly, and what the server answers. replayEverySplit()
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

struct ReplayResult
{
    QStringList events;
    QByteArray written; // every byte the client wrote, over all its sockets
    int sockets = 0;    // how many sockets the client asked for
};

// The scripted server side of one replay: hands the client its sockets and plays the steps on the newest one.
class TranscriptPlayer
{
public:
    // For the client's constructor; valid while the player lives.
    MailSocketFactory socketFactory() { return FakeMailSocket::factory(m_socket, m_sockets); }

    // splitAt: -1 server bytes per step as written; 0 one byte at a time; n > 0 cut once at that server offset.
    // events is what the scenario's callbacks append to; the replay waits (2 s at most) for expectedEvents of them.
    ReplayResult play(const std::vector<Step>& steps, qsizetype splitAt, int expectedEvents, const QStringList& events);

private:
    QPointer<FakeMailSocket> m_socket;
    int m_sockets = 0;
};

// The server bytes in a transcript: the splits replayEverySplit() tries.
qsizetype serverBytes(const std::vector<Step>& steps);

// REQUIREs that a replay produced exactly these events.
void requireEvents(const ReplayResult& result, const QStringList& expectedEvents, qsizetype splitAt);

// Builds a Session on fake sockets (with sessionArguments after the factory), lets scenario start the calls under
// test, and plays the transcript. Nothing beyond the transcript's client bytes may be written.
template <typename Session, typename... Arguments>
ReplayResult replaySession(const std::vector<Step>& steps,
                           const std::function<void(Session& session, QStringList& events)>& scenario,
                           qsizetype splitAt, int expectedEvents, const Arguments&... sessionArguments)
{
    TranscriptPlayer player;
    // Before the session: callbacks may still append while the session is destroyed.
    QStringList events;
    Session session(player.socketFactory(), sessionArguments...);
    scenario(session, events);
    return player.play(steps, splitAt, expectedEvents, events);
}

// Every split; REQUIREs that each run writes the transcript's client bytes and produces expectedEvents.
template <typename Session, typename... Arguments>
void replaySessionEverySplit(const std::vector<Step>& steps,
                             const std::function<void(Session& session, QStringList& events)>& scenario,
                             const QStringList& expectedEvents, const Arguments&... sessionArguments)
{
    for (qsizetype split = -1; split < serverBytes(steps); ++split) {
        const ReplayResult result =
            replaySession<Session>(steps, scenario, split, int(expectedEvents.size()), sessionArguments...);
        requireEvents(result, expectedEvents, split);
    }
}

} // namespace tsunagu::test
