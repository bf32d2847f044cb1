// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include <catch2/catch.hpp>

#include <QTest>

namespace tsunagu::test {

ReplayResult TranscriptPlayer::play(const std::vector<Step>& steps, qsizetype splitAt, int expectedEvents,
                                    const QStringList& events)
{
    ReplayResult result;
    qsizetype clientPosition = 0;
    qsizetype serverOffset = 0;
    QByteArray written; // survives the socket, which the session deletes when the connection ends
    auto collect = [&] {
        if (m_socket) {
            written += m_socket->written;
            m_socket->written.clear();
        }
    };
    for (const Step& step : steps) {
        switch (step.kind) {
        case Step::Kind::Client: {
            // Writes that follow a queued callback need the event loop once; everything else is synchronous.
            (void)QTest::qWaitFor(
                [&] {
                    collect();
                    return written.size() >= clientPosition + step.bytes.size();
                },
                2000);
            INFO("split at " << splitAt << ", client wrote so far: " << written.toStdString());
            REQUIRE(written.mid(clientPosition, step.bytes.size()).toStdString() == step.bytes.toStdString());
            clientPosition += step.bytes.size();
            break;
        }
        case Step::Kind::Server: {
            REQUIRE(m_socket);
            if (splitAt == 0) {
                for (char c : step.bytes) {
                    if (m_socket)
                        m_socket->serverSends(QByteArray(1, c));
                }
            } else if (splitAt > serverOffset && splitAt < serverOffset + step.bytes.size()) {
                const qsizetype cut = splitAt - serverOffset;
                m_socket->serverSends(step.bytes.left(cut));
                if (m_socket)
                    m_socket->serverSends(step.bytes.mid(cut));
            } else {
                m_socket->serverSends(step.bytes);
            }
            serverOffset += step.bytes.size();
            break;
        }
        case Step::Kind::Accept:
            (void)QTest::qWaitFor([&] { return !m_socket.isNull(); }, 2000);
            REQUIRE(m_socket);
            m_socket->accept();
            break;
        case Step::Kind::Tls:
            REQUIRE(m_socket);
            REQUIRE(m_socket->startTlsCalls == 1);
            m_socket->finishTls();
            break;
        case Step::Kind::Drop:
            REQUIRE(m_socket);
            m_socket->drop();
            break;
        case Step::Kind::Quiet: {
            // What the session writes in answer to server bytes it writes at once (FakeMailSocket is synchronous),
            // so there is nothing to wait for: bytes written too early are already here.
            collect();
            INFO("split at " << splitAt << ", client wrote so far: " << written.toStdString());
            REQUIRE(written.mid(clientPosition).toStdString() == std::string());
            break;
        }
        }
        collect();
    }
    (void)QTest::qWaitFor([&] { return events.size() >= expectedEvents; }, 2000);
    collect();
    result.events = events;
    result.written = written;
    result.sockets = m_sockets;
    INFO("split at " << splitAt);
    // Nothing beyond the transcript was written.
    REQUIRE(written.mid(clientPosition).toStdString() == std::string());
    return result;
}

qsizetype serverBytes(const std::vector<Step>& steps)
{
    qsizetype bytes = 0;
    for (const Step& step : steps) {
        if (step.kind == Step::Kind::Server)
            bytes += step.bytes.size();
    }
    return bytes;
}

void requireEvents(const ReplayResult& result, const QStringList& expectedEvents, qsizetype splitAt)
{
    INFO("split at " << splitAt);
    REQUIRE(result.events.join(QLatin1Char('\n')).toStdString() ==
            expectedEvents.join(QLatin1Char('\n')).toStdString());
}

} // namespace tsunagu::test
