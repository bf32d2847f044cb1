// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpTranscript.h"

#include "../imap/FakeMailSocket.h"

#include <catch2/catch.hpp>

#include <QPointer>
#include <QTest>

namespace tsunagu::test::smtpscript {

const char* codeName(SmtpErrorCode code)
{
    switch (code) {
    case SmtpErrorCode::Unreachable:
        return "Unreachable";
    case SmtpErrorCode::TlsFailed:
        return "TlsFailed";
    case SmtpErrorCode::TlsUntrusted:
        return "TlsUntrusted";
    case SmtpErrorCode::StartTlsUnavailable:
        return "StartTlsUnavailable";
    case SmtpErrorCode::PlainNotAllowed:
        return "PlainNotAllowed";
    case SmtpErrorCode::AuthUnavailable:
        return "AuthUnavailable";
    case SmtpErrorCode::AuthFailed:
        return "AuthFailed";
    case SmtpErrorCode::SenderRejected:
        return "SenderRejected";
    case SmtpErrorCode::RecipientRejected:
        return "RecipientRejected";
    case SmtpErrorCode::MessageRejected:
        return "MessageRejected";
    case SmtpErrorCode::MessageTooBig:
        return "MessageTooBig";
    case SmtpErrorCode::TemporaryFailure:
        return "TemporaryFailure";
    case SmtpErrorCode::Timeout:
        return "Timeout";
    case SmtpErrorCode::Dropped:
        return "Dropped";
    case SmtpErrorCode::Protocol:
        return "Protocol";
    case SmtpErrorCode::Cancelled:
        return "Cancelled";
    }
    return "?";
}

QString describe(const SmtpResult<SmtpReceipt>& result)
{
    if (result)
        return QStringLiteral("sent ") + result->accepted.join(QLatin1Char(',')) + QStringLiteral(": ") +
               result->serverReply;
    const SmtpError& error = result.error();
    QStringList parts{QString::fromLatin1(codeName(error.code))};
    if (error.replyCode != 0)
        parts.append(QString::number(error.replyCode));
    if (!error.enhancedStatus.isEmpty())
        parts.append(error.enhancedStatus);
    if (!error.recipient.isEmpty())
        parts.append(error.recipient);
    return parts.join(QLatin1Char(' '));
}

Endpoint testEndpoint(SecurityMode mode)
{
    Endpoint endpoint;
    endpoint.host = mode == SecurityMode::PlainLocal ? QStringLiteral("127.0.0.1") : QStringLiteral("smtp.example.org");
    endpoint.port = mode == SecurityMode::ImplicitTls ? 465 : 587;
    endpoint.security = mode;
    endpoint.userName = QStringLiteral("host@example.org");
    endpoint.timeoutMs = 10000;
    return endpoint;
}

ReplayResult replay(const std::vector<Step>& steps, const Scenario& scenario, qsizetype splitAt, int expectedEvents)
{
    QPointer<FakeMailSocket> socket;
    ReplayResult result;
    SmtpSession session([&socket, &result] {
        auto fake = std::make_unique<FakeMailSocket>();
        socket = fake.get();
        ++result.sockets;
        return fake;
    });
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

void replayEverySplit(const std::vector<Step>& steps, const Scenario& scenario, const QStringList& expectedEvents)
{
    qsizetype serverBytes = 0;
    for (const Step& step : steps) {
        if (step.kind == Step::Kind::Server)
            serverBytes += step.bytes.size();
    }
    for (qsizetype split = -1; split < serverBytes; ++split) {
        const ReplayResult result = replay(steps, scenario, split, int(expectedEvents.size()));
        INFO("split at " << split);
        REQUIRE(result.events.join(QLatin1Char('\n')).toStdString() ==
                expectedEvents.join(QLatin1Char('\n')).toStdString());
    }
}

} // namespace tsunagu::test::smtpscript
