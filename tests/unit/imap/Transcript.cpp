// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transcript.h"

#include <catch2/catch.hpp>

#include <QTest>

namespace tsunagu::test {

namespace {

const char* errorName(ImapErrorCode code)
{
    switch (code) {
    case ImapErrorCode::Unreachable:
        return "Unreachable";
    case ImapErrorCode::Timeout:
        return "Timeout";
    case ImapErrorCode::TlsUntrusted:
        return "TlsUntrusted";
    case ImapErrorCode::TlsFailed:
        return "TlsFailed";
    case ImapErrorCode::CaFileUnreadable:
        return "CaFileUnreadable";
    case ImapErrorCode::StartTlsUnavailable:
        return "StartTlsUnavailable";
    case ImapErrorCode::PlainNotAllowed:
        return "PlainNotAllowed";
    case ImapErrorCode::AuthenticationFailed:
        return "AuthenticationFailed";
    case ImapErrorCode::MailboxMissing:
        return "MailboxMissing";
    case ImapErrorCode::OverQuota:
        return "OverQuota";
    case ImapErrorCode::Dropped:
        return "Dropped";
    case ImapErrorCode::Protocol:
        return "Protocol";
    case ImapErrorCode::Refused:
        return "Refused";
    case ImapErrorCode::NotConnected:
        return "NotConnected";
    }
    return "?";
}

} // namespace

QString describe(const ImapError& error)
{
    return QString::fromLatin1(errorName(error.code));
}

Endpoint testEndpoint(SecurityMode mode)
{
    Endpoint endpoint;
    endpoint.host = mode == SecurityMode::PlainLocal ? QStringLiteral("127.0.0.1") : QStringLiteral("imap.example.org");
    endpoint.port = mode == SecurityMode::ImplicitTls ? 993 : 143;
    endpoint.security = mode;
    endpoint.userName = QStringLiteral("host@example.org");
    endpoint.timeoutMs = 10000;
    return endpoint;
}

ReplayResult replay(const std::vector<Step>& steps, const Scenario& scenario, qsizetype splitAt, int expectedEvents,
                    const ImapSession::Options& options)
{
    QPointer<FakeMailSocket> socket;
    ImapSession session(
        [&socket] {
            auto fake = std::make_unique<FakeMailSocket>();
            socket = fake.get();
            return fake;
        },
        options);
    ReplayResult result;
    scenario(session, result.events);

    qsizetype clientPosition = 0;
    qsizetype serverOffset = 0;
    QByteArray written; // survives the socket, which the session deletes when the connection ends
    auto collect = [&] {
        if (socket) {
            written += socket->written;
            socket->written.clear();
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
            REQUIRE(socket);
            if (splitAt == 0) {
                for (char c : step.bytes) {
                    if (socket)
                        socket->serverSends(QByteArray(1, c));
                }
            } else if (splitAt > serverOffset && splitAt < serverOffset + step.bytes.size()) {
                const qsizetype cut = splitAt - serverOffset;
                socket->serverSends(step.bytes.left(cut));
                if (socket)
                    socket->serverSends(step.bytes.mid(cut));
            } else {
                socket->serverSends(step.bytes);
            }
            serverOffset += step.bytes.size();
            break;
        }
        case Step::Kind::Accept:
            (void)QTest::qWaitFor([&] { return !socket.isNull(); }, 2000);
            REQUIRE(socket);
            socket->accept();
            break;
        case Step::Kind::Tls:
            REQUIRE(socket);
            REQUIRE(socket->startTlsCalls == 1);
            socket->finishTls();
            break;
        case Step::Kind::Drop:
            REQUIRE(socket);
            socket->drop();
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
    (void)QTest::qWaitFor([&] { return result.events.size() >= expectedEvents; }, 2000);
    collect();
    result.written = written;
    INFO("split at " << splitAt);
    // Nothing beyond the transcript was written.
    REQUIRE(written.mid(clientPosition).toStdString() == std::string());
    return result;
}

void replayEverySplit(const std::vector<Step>& steps, const Scenario& scenario, const QStringList& expectedEvents,
                      const ImapSession::Options& options)
{
    qsizetype serverBytes = 0;
    for (const Step& step : steps) {
        if (step.kind == Step::Kind::Server)
            serverBytes += step.bytes.size();
    }
    for (qsizetype split = -1; split < serverBytes; ++split) {
        const ReplayResult result = replay(steps, scenario, split, int(expectedEvents.size()), options);
        INFO("split at " << split);
        REQUIRE(result.events.join(QLatin1Char('\n')).toStdString() ==
                expectedEvents.join(QLatin1Char('\n')).toStdString());
    }
}

} // namespace tsunagu::test
