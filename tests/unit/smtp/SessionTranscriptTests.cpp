// SPDX-License-Identifier: GPL-3.0-or-later
// Scripted conversations with SmtpSession: exact client bytes, replayed split at every byte boundary.
#include "SmtpTranscript.h"

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::test;
using namespace tsunagu::test::smtpscript;

namespace {

const QString kPassword = QStringLiteral("s3cret-pass");
const QString kFrom = QStringLiteral("host@example.org");
const QString kGuest = QStringLiteral("guest@example.jp");

QByteArray plainAuth(const QString& password = kPassword)
{
    return "AUTH PLAIN " + QByteArray(QByteArray(1, '\0') + "host@example.org" + '\0' + password.toUtf8()).toBase64() +
           "\r\n";
}

// A body with a line of a lone ".", a line starting with ".", and every kind of line end.
const QByteArray kMessage = "From: Host <host@example.org>\r\nTo: guest@example.jp\r\nSubject: test\r\n\r\n"
                            "first line\n.\n.hidden\rsecond\r\nlast line";
const QByteArray kMessageOnWire = "From: Host <host@example.org>\r\nTo: guest@example.jp\r\nSubject: test\r\n\r\n"
                                  "first line\r\n..\r\n..hidden\r\nsecond\r\nlast line\r\n.\r\n";
// What RFC 1870 SIZE counts: the message with CRLF line ends, without the stuffing and the final dot.
const qsizetype kMessageSize = kMessageOnWire.size() - 3 - 2;

const QByteArray kSimple = "Subject: hi\r\n\r\nhello\r\n";

Scenario delivery(Endpoint endpoint, SmtpEnvelope envelope, QByteArray message, QString* detail = nullptr)
{
    return [endpoint, envelope, message, detail](SmtpSession& session, QStringList& events) {
        session.send(endpoint, kPassword, envelope, message, [&events, detail](SmtpResult<SmtpReceipt> result) {
            events.append(describe(result));
            if (detail && !result)
                *detail = result.error().detail;
        });
    };
}

Scenario simpleDelivery(SecurityMode mode = SecurityMode::ImplicitTls)
{
    return delivery(testEndpoint(mode), {kFrom, {kGuest}}, kSimple);
}

} // namespace

TEST_CASE("A whole delivery over STARTTLS with AUTH PLAIN, every split", "[smtp][session]")
{
    const std::vector<Step> steps = {
        accept(),
        S("220 smtp.example.org ESMTP ready\r\n"),
        C("EHLO [127.0.0.1]\r\n"),
        S("250-smtp.example.org\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n"
          "250-ENHANCEDSTATUSCODES\r\n250 8BITMIME\r\n"),
        C("STARTTLS\r\n"),
        S("220 2.0.0 Ready to start TLS\r\n"),
        tlsDone(),
        // Capabilities from before TLS are forgotten: only the second EHLO counts (RFC 3207 §4.2).
        C("EHLO [127.0.0.1]\r\n"),
        S("250-smtp.example.org\r\n250-SIZE 10240000\r\n250-AUTH PLAIN LOGIN\r\n250-ENHANCEDSTATUSCODES\r\n"
          "250 8BITMIME\r\n"),
        C(plainAuth()),
        S("235 2.7.0 Authentication successful\r\n"),
        C("MAIL FROM:<host@example.org> SIZE=" + QByteArray::number(kMessageSize) + "\r\n"),
        S("250 2.1.0 Ok\r\n"),
        C("RCPT TO:<guest@example.jp>\r\n"),
        S("250 2.1.5 Ok\r\n"),
        C("DATA\r\n"),
        S("354 End data with <CR><LF>.<CR><LF>\r\n"),
        C(kMessageOnWire),
        S("250 2.0.0 Ok: queued as 4ZQ1xY\r\n"),
        C("QUIT\r\n"),
        S("221 2.0.0 Bye\r\n"),
    };
    const Scenario scenario = delivery(testEndpoint(SecurityMode::StartTls), {kFrom, {kGuest}}, kMessage);
    replayEverySplit(steps, scenario, {QStringLiteral("sent guest@example.jp: Ok: queued as 4ZQ1xY")});

    // The password leaves only once, base64-encoded inside TLS, and no bare LF or CR reaches the wire.
    const ReplayResult once = replay(steps, scenario, -1, 1);
    CHECK_FALSE(once.written.contains(kPassword.toUtf8()));
    CHECK(once.written.count(plainAuth()) == 1);
    CHECK(once.written.indexOf("AUTH") > once.written.indexOf("STARTTLS"));
    const QByteArray withoutCrlf = QByteArray(once.written).replace("\r\n", "");
    CHECK_FALSE(withoutCrlf.contains('\n'));
    CHECK_FALSE(withoutCrlf.contains('\r'));
}

TEST_CASE("Implicit TLS, AUTH LOGIN, multi-line replies and two recipients", "[smtp][session]")
{
    const std::vector<Step> steps = {
        accept(),
        S("220-smtp.example.org ESMTP\r\n220-Unauthorised use prohibited\r\n220 ready\r\n"),
        C("EHLO [127.0.0.1]\r\n"),
        // No SIZE announced: MAIL FROM goes without it. LOGIN only, in the old "AUTH=" form as well.
        S("250-smtp.example.org greets [127.0.0.1]\r\n250-AUTH=LOGIN\r\n250 AUTH LOGIN\r\n"),
        C("AUTH LOGIN\r\n"),
        S("334 VXNlcm5hbWU6\r\n"),
        C(QByteArray("host@example.org").toBase64() + "\r\n"),
        S("334 UGFzc3dvcmQ6\r\n"),
        C(kPassword.toUtf8().toBase64() + "\r\n"),
        S("235 Authentication succeeded\r\n"),
        C("MAIL FROM:<host@example.org>\r\n"),
        S("250 OK\r\n"),
        C("RCPT TO:<guest@example.jp>\r\n"),
        S("250-Accepted\r\n250 with a second line\r\n"),
        C("RCPT TO:<other@example.jp>\r\n"),
        S("251 User not local; will forward\r\n"),
        C("DATA\r\n"),
        S("354 Enter message, ending with \".\" on a line by itself\r\n"),
        C(kSimple + ".\r\n"),
        S("250-OK\r\n250 id=1rAbCd-0001\r\n"),
        C("QUIT\r\n"),
        S("221 closing connection\r\n"),
    };
    replayEverySplit(steps,
                     delivery(testEndpoint(SecurityMode::ImplicitTls),
                              {kFrom, {kGuest, QStringLiteral("other@example.jp")}}, kSimple),
                     {QStringLiteral("sent guest@example.jp,other@example.jp: OK / id=1rAbCd-0001")});
}

TEST_CASE("STARTTLS injection: bytes after the 220 are discarded and EHLO is sent again", "[smtp][session]")
{
    const std::vector<Step> steps = {
        accept(),
        S("220 smtp.example.org ESMTP\r\n"),
        C("EHLO [127.0.0.1]\r\n"),
        S("250-smtp.example.org\r\n250 STARTTLS\r\n"),
        C("STARTTLS\r\n"),
        // A man in the middle appends a plain-text reply right after the 220 (CVE-2011-0411 class). Taken as the
        // answer to the EHLO after TLS, it would leave the client without AUTH and in step with the attacker.
        S("220 ready\r\n250 fake\r\n"),
        tlsDone(),
        C("EHLO [127.0.0.1]\r\n"),
        S("250-smtp.example.org\r\n250 AUTH PLAIN\r\n"),
        C(plainAuth()),
        S("235 ok\r\n"),
        C("MAIL FROM:<host@example.org>\r\n"),
        S("250 ok\r\n"),
        C("RCPT TO:<guest@example.jp>\r\n"),
        S("250 ok\r\n"),
        C("DATA\r\n"),
        S("354 go ahead\r\n"),
        C(kSimple + ".\r\n"),
        S("250 queued\r\n"),
        C("QUIT\r\n"),
        S("221 bye\r\n"),
    };
    replayEverySplit(steps, simpleDelivery(SecurityMode::StartTls), {QStringLiteral("sent guest@example.jp: queued")});
}

TEST_CASE("STARTTLS not offered: nothing more than EHLO and QUIT, no credentials", "[smtp][session]")
{
    const std::vector<Step> steps = {
        accept(),
        S("220 smtp.example.org ESMTP\r\n"),
        C("EHLO [127.0.0.1]\r\n"),
        S("250-smtp.example.org\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 1000\r\n"),
        C("QUIT\r\n"),
        S("221 bye\r\n"),
    };
    replayEverySplit(steps, simpleDelivery(SecurityMode::StartTls), {QStringLiteral("StartTlsUnavailable")});
}

TEST_CASE("STARTTLS refused by the server", "[smtp][session]")
{
    const std::vector<Step> steps = {
        accept(),
        S("220 smtp.example.org ESMTP\r\n"),
        C("EHLO [127.0.0.1]\r\n"),
        S("250-smtp.example.org\r\n250 STARTTLS\r\n"),
        C("STARTTLS\r\n"),
        S("454 4.7.0 TLS not available due to local problem\r\n"),
        C("QUIT\r\n"),
    };
    replayEverySplit(steps, simpleDelivery(SecurityMode::StartTls), {QStringLiteral("StartTlsUnavailable 454 4.7.0")});
}

TEST_CASE("A refused password: AuthFailed with the server text and without the password", "[smtp][session]")
{
    // The server even echoes the password back; the error detail must not carry it.
    const std::vector<Step> steps = {
        accept(),
        S("220 smtp.example.org ESMTP\r\n"),
        C("EHLO [127.0.0.1]\r\n"),
        S("250-smtp.example.org\r\n250 AUTH PLAIN LOGIN\r\n"),
        C(plainAuth()),
        S("535 5.7.8 Authentication credentials invalid (s3cret-pass)\r\n"),
        C("QUIT\r\n"),
        S("221 bye\r\n"),
    };
    QString detail;
    replayEverySplit(steps, delivery(testEndpoint(), {kFrom, {kGuest}}, kSimple, &detail),
                     {QStringLiteral("AuthFailed 535 5.7.8")});
    CHECK(detail.contains(QStringLiteral("Authentication credentials invalid")));
    CHECK_FALSE(detail.contains(kPassword));
    CHECK_FALSE(detail.contains(QString::fromLatin1(kPassword.toUtf8().toBase64())));
}

TEST_CASE("AUTH errors by code", "[smtp][session]")
{
    auto steps = [](const QByteArray& authReply) {
        return std::vector<Step>{
            accept(),
            S("220 smtp.example.org ESMTP\r\n"),
            C("EHLO [127.0.0.1]\r\n"),
            S("250-smtp.example.org\r\n250 AUTH PLAIN\r\n"),
            C(plainAuth()),
            S(authReply),
            C("QUIT\r\n"),
        };
    };
    replayEverySplit(steps("534 5.7.9 Please log in with your web browser\r\n"), simpleDelivery(),
                     {QStringLiteral("AuthFailed 534 5.7.9")});
    replayEverySplit(steps("454 4.7.0 Temporary authentication failure\r\n"), simpleDelivery(),
                     {QStringLiteral("TemporaryFailure 454 4.7.0")});
    replayEverySplit(steps("504 5.5.4 Unrecognized authentication type\r\n"), simpleDelivery(),
                     {QStringLiteral("AuthUnavailable 504 5.5.4")});
}

TEST_CASE("No AUTH mechanism we speak: AuthUnavailable before any credential", "[smtp][session]")
{
    const std::vector<Step> steps = {
        accept(),
        S("220 smtp.example.org ESMTP\r\n"),
        C("EHLO [127.0.0.1]\r\n"),
        S("250-smtp.example.org\r\n250 AUTH CRAM-MD5 XOAUTH2\r\n"),
        C("QUIT\r\n"),
    };
    replayEverySplit(steps, simpleDelivery(), {QStringLiteral("AuthUnavailable")});
}

TEST_CASE("A refused recipient stops the delivery before DATA", "[smtp][session]")
{
    const std::vector<Step> steps = {
        accept(),
        S("220 smtp.example.org ESMTP\r\n"),
        C("EHLO [127.0.0.1]\r\n"),
        S("250-smtp.example.org\r\n250 AUTH PLAIN\r\n"),
        C(plainAuth()),
        S("235 ok\r\n"),
        C("MAIL FROM:<host@example.org>\r\n"),
        S("250 ok\r\n"),
        C("RCPT TO:<guest@example.jp>\r\n"),
        S("250 ok\r\n"),
        C("RCPT TO:<nobody@example.jp>\r\n"),
        S("550 5.1.1 <nobody@example.jp>: Recipient address rejected: User unknown\r\n"),
        C("QUIT\r\n"),
        S("221 bye\r\n"),
    };
    const Scenario scenario = delivery(testEndpoint(), {kFrom, {kGuest, QStringLiteral("nobody@example.jp")}}, kSimple);
    replayEverySplit(steps, scenario, {QStringLiteral("RecipientRejected 550 5.1.1 nobody@example.jp")});
    CHECK_FALSE(replay(steps, scenario, -1, 1).written.contains("DATA"));
}

TEST_CASE("A temporary refusal of a recipient names it too", "[smtp][session]")
{
    const std::vector<Step> steps = {
        accept(),
        S("220 smtp.example.org ESMTP\r\n"),
        C("EHLO [127.0.0.1]\r\n"),
        S("250 smtp.example.org\r\n"),
        C("MAIL FROM:<host@example.org>\r\n"),
        S("250 ok\r\n"),
        C("RCPT TO:<guest@example.jp>\r\n"),
        S("450 4.2.1 Mailbox busy, try later\r\n"),
        C("QUIT\r\n"),
    };
    Endpoint endpoint = testEndpoint(SecurityMode::PlainLocal);
    endpoint.userName.clear();
    replayEverySplit(steps, delivery(endpoint, {kFrom, {kGuest}}, kSimple),
                     {QStringLiteral("TemporaryFailure 450 4.2.1 guest@example.jp")});
}

TEST_CASE("Too big: over the announced SIZE before sending, or 552 from the server", "[smtp][session]")
{
    const QByteArray big = "Subject: big\r\n\r\n" + QByteArray(200, 'x') + "\r\n";
    SECTION("over SIZE: refused before AUTH and MAIL FROM")
    {
        const std::vector<Step> steps = {
            accept(),
            S("220 smtp.example.org ESMTP\r\n"),
            C("EHLO [127.0.0.1]\r\n"),
            S("250-smtp.example.org\r\n250-SIZE 100\r\n250 AUTH PLAIN\r\n"),
            C("QUIT\r\n"),
        };
        QString detail;
        replayEverySplit(steps, delivery(testEndpoint(), {kFrom, {kGuest}}, big, &detail),
                         {QStringLiteral("MessageTooBig")});
        CHECK(detail.contains(QStringLiteral("218")));
        CHECK(detail.contains(QStringLiteral("100")));
    }
    SECTION("552 to MAIL FROM with SIZE")
    {
        const std::vector<Step> steps = {
            accept(),
            S("220 smtp.example.org ESMTP\r\n"),
            C("EHLO [127.0.0.1]\r\n"),
            S("250-smtp.example.org\r\n250 SIZE\r\n"),
            C("MAIL FROM:<host@example.org> SIZE=218\r\n"),
            S("552 5.3.4 Message size exceeds fixed limit\r\n"),
            C("QUIT\r\n"),
        };
        Endpoint endpoint = testEndpoint();
        endpoint.userName.clear();
        replayEverySplit(steps, delivery(endpoint, {kFrom, {kGuest}}, big),
                         {QStringLiteral("MessageTooBig 552 5.3.4")});
    }
    SECTION("552 after the data")
    {
        const std::vector<Step> steps = {
            accept(),
            S("220 smtp.example.org ESMTP\r\n"),
            C("EHLO [127.0.0.1]\r\n"),
            S("250 smtp.example.org\r\n"),
            C("MAIL FROM:<host@example.org>\r\n"),
            S("250 ok\r\n"),
            C("RCPT TO:<guest@example.jp>\r\n"),
            S("250 ok\r\n"),
            C("DATA\r\n"),
            S("354 go\r\n"),
            C(big + ".\r\n"),
            S("552 5.2.2 Mailbox full\r\n"),
            C("QUIT\r\n"),
        };
        Endpoint endpoint = testEndpoint();
        endpoint.userName.clear();
        replayEverySplit(steps, delivery(endpoint, {kFrom, {kGuest}}, big),
                         {QStringLiteral("MessageTooBig 552 5.2.2")});
    }
}

TEST_CASE("Sender refused and message refused", "[smtp][session]")
{
    Endpoint endpoint = testEndpoint();
    endpoint.userName.clear();
    replayEverySplit(
        {
            accept(),
            S("220 smtp.example.org ESMTP\r\n"),
            C("EHLO [127.0.0.1]\r\n"),
            S("250 smtp.example.org\r\n"),
            C("MAIL FROM:<host@example.org>\r\n"),
            S("553 5.7.1 Sender address rejected: not owned by user\r\n"),
            C("QUIT\r\n"),
        },
        delivery(endpoint, {kFrom, {kGuest}}, kSimple), {QStringLiteral("SenderRejected 553 5.7.1")});
    replayEverySplit(
        {
            accept(),
            S("220 smtp.example.org ESMTP\r\n"),
            C("EHLO [127.0.0.1]\r\n"),
            S("250 smtp.example.org\r\n"),
            C("MAIL FROM:<host@example.org>\r\n"),
            S("250 ok\r\n"),
            C("RCPT TO:<guest@example.jp>\r\n"),
            S("250 ok\r\n"),
            C("DATA\r\n"),
            S("354 go\r\n"),
            C(kSimple + ".\r\n"),
            S("554 5.7.1 Message rejected as spam\r\n"),
            C("QUIT\r\n"),
        },
        delivery(endpoint, {kFrom, {kGuest}}, kSimple), {QStringLiteral("MessageRejected 554 5.7.1")});
}

TEST_CASE("421 at the greeting is a temporary failure and nothing is sent", "[smtp][session]")
{
    const std::vector<Step> steps = {
        accept(),
        S("421 4.3.2 Service not available, closing transmission channel\r\n"),
    };
    replayEverySplit(steps, simpleDelivery(), {QStringLiteral("TemporaryFailure 421 4.3.2")});
    replayEverySplit({accept(), S("554 5.7.1 No SMTP service here\r\n"), C("QUIT\r\n")}, simpleDelivery(),
                     {QStringLiteral("Unreachable 554 5.7.1")});
}

TEST_CASE("421 in the middle ends the delivery without QUIT", "[smtp][session]")
{
    replayEverySplit(
        {
            accept(),
            S("220 smtp.example.org ESMTP\r\n"),
            C("EHLO [127.0.0.1]\r\n"),
            S("421 4.7.0 Too many connections\r\n"),
        },
        simpleDelivery(), {QStringLiteral("TemporaryFailure 421 4.7.0")});
}

TEST_CASE("Malformed replies are protocol errors and end the connection at once", "[smtp][session]")
{
    replayEverySplit({accept(), S("hello there\r\n")}, simpleDelivery(), {QStringLiteral("Protocol")});
    replayEverySplit(
        {
            accept(),
            S("220 smtp.example.org ESMTP\r\n"),
            C("EHLO [127.0.0.1]\r\n"),
            S("250-smtp.example.org\r\n251 AUTH PLAIN\r\n"),
        },
        simpleDelivery(), {QStringLiteral("Protocol")});
    // A positive reply that makes no sense at this point.
    replayEverySplit(
        {
            accept(),
            S("220 smtp.example.org ESMTP\r\n"),
            C("EHLO [127.0.0.1]\r\n"),
            S("354 go ahead\r\n"),
        },
        simpleDelivery(), {QStringLiteral("Protocol")});
    // An endless line.
    replayEverySplit({accept(), S("220 " + QByteArray(3000, 'x'))}, simpleDelivery(), {QStringLiteral("Protocol")});
}

TEST_CASE("A reply that arrives before its command is refused", "[smtp][session]")
{
    // No pipelining: a second reply in the greeting's packet was sent before the server saw our EHLO. Only
    // played unsplit: split, the late half is indistinguishable from a real answer.
    const std::vector<Step> steps = {
        accept(),
        S("220 smtp.example.org ESMTP\r\n250 AUTH PLAIN\r\n"),
        C("EHLO [127.0.0.1]\r\n"),
    };
    CHECK(replay(steps, simpleDelivery(), -1, 1).events == QStringList{QStringLiteral("Protocol")});
}

TEST_CASE("Eight-bit messages: BODY=8BITMIME when offered, refused when not", "[smtp][session]")
{
    const QByteArray eightBit = "Subject: \xe3\x81\x82\r\n\r\n\xe3\x81\x82\r\n";
    Endpoint endpoint = testEndpoint(SecurityMode::PlainLocal);
    endpoint.userName.clear(); // and no AUTH at all
    replayEverySplit(
        {
            accept(),
            S("220 localhost ESMTP\r\n"),
            C("EHLO [127.0.0.1]\r\n"),
            S("250-localhost\r\n250-8BITMIME\r\n250 AUTH PLAIN\r\n"),
            C("MAIL FROM:<host@example.org> BODY=8BITMIME\r\n"),
            S("250 ok\r\n"),
            C("RCPT TO:<guest@example.jp>\r\n"),
            S("250 ok\r\n"),
            C("DATA\r\n"),
            S("354 go\r\n"),
            C(eightBit + ".\r\n"),
            S("250 ok\r\n"),
            C("QUIT\r\n"),
        },
        delivery(endpoint, {kFrom, {kGuest}}, eightBit), {QStringLiteral("sent guest@example.jp: ok")});
    QString detail;
    replayEverySplit(
        {
            accept(),
            S("220 localhost ESMTP\r\n"),
            C("EHLO [127.0.0.1]\r\n"),
            S("250 localhost\r\n"),
            C("QUIT\r\n"),
        },
        delivery(endpoint, {kFrom, {kGuest}}, eightBit, &detail), {QStringLiteral("MessageRejected")});
    CHECK(detail == QStringLiteral("server lacks 8BITMIME"));
}

TEST_CASE("PlainLocal with a user name authenticates without TLS on this computer only", "[smtp][session]")
{
    replayEverySplit(
        {
            accept(),
            S("220 127.0.0.1 ESMTP Bridge\r\n"),
            C("EHLO [127.0.0.1]\r\n"),
            S("250-127.0.0.1\r\n250 AUTH PLAIN LOGIN\r\n"),
            C(plainAuth()),
            S("235 ok\r\n"),
            C("MAIL FROM:<host@example.org>\r\n"),
            S("250 ok\r\n"),
            C("RCPT TO:<guest@example.jp>\r\n"),
            S("250 ok\r\n"),
            C("DATA\r\n"),
            S("354 go\r\n"),
            C(kSimple + ".\r\n"),
            S("250 ok\r\n"),
            C("QUIT\r\n"),
        },
        simpleDelivery(SecurityMode::PlainLocal), {QStringLiteral("sent guest@example.jp: ok")});
}

TEST_CASE("Timeouts and a dropped connection", "[smtp][session]")
{
    SECTION("no reply to EHLO")
    {
        Endpoint endpoint = testEndpoint();
        endpoint.timeoutMs = 50;
        const ReplayResult result = replay({accept(), S("220 smtp.example.org ESMTP\r\n"), C("EHLO [127.0.0.1]\r\n")},
                                           delivery(endpoint, {kFrom, {kGuest}}, kSimple), -1, 1);
        CHECK(result.events == QStringList{QStringLiteral("Timeout")});
    }
    SECTION("dropped after the data")
    {
        Endpoint endpoint = testEndpoint();
        endpoint.userName.clear();
        QString detail;
        replayEverySplit(
            {
                accept(),
                S("220 smtp.example.org ESMTP\r\n"),
                C("EHLO [127.0.0.1]\r\n"),
                S("250 smtp.example.org\r\n"),
                C("MAIL FROM:<host@example.org>\r\n"),
                S("250 ok\r\n"),
                C("RCPT TO:<guest@example.jp>\r\n"),
                S("250 ok\r\n"),
                C("DATA\r\n"),
                S("354 go\r\n"),
                C(kSimple + ".\r\n"),
                drop(),
            },
            delivery(endpoint, {kFrom, {kGuest}}, kSimple, &detail), {QStringLiteral("Dropped")});
        CHECK(detail.contains(QStringLiteral("before the server confirmed")));
    }
    SECTION("the server closes after QUIT without 221: still delivered")
    {
        Endpoint endpoint = testEndpoint();
        endpoint.userName.clear();
        replayEverySplit(
            {
                accept(),
                S("220 smtp.example.org ESMTP\r\n"),
                C("EHLO [127.0.0.1]\r\n"),
                S("250 smtp.example.org\r\n"),
                C("MAIL FROM:<host@example.org>\r\n"),
                S("250 ok\r\n"),
                C("RCPT TO:<guest@example.jp>\r\n"),
                S("250 ok\r\n"),
                C("DATA\r\n"),
                S("354 go\r\n"),
                C(kSimple + ".\r\n"),
                S("250 ok\r\n"),
                C("QUIT\r\n"),
                drop(),
            },
            delivery(endpoint, {kFrom, {kGuest}}, kSimple), {QStringLiteral("sent guest@example.jp: ok")});
    }
}

TEST_CASE("A bearer token: AUTH XOAUTH2 with its initial response, a refused one's challenge is acknowledged",
          "[smtp][session][oauth]")
{
    Endpoint endpoint = testEndpoint(SecurityMode::ImplicitTls);
    endpoint.auth = MailAuth::BearerToken;
    // kPassword stands for the access token here: the session is handed the token where a password would go.
    const QByteArray xoauth2 = QByteArray("user=host@example.org\x01"
                                          "auth=Bearer " +
                                          kPassword.toUtf8() + "\x01\x01")
                                   .toBase64();
    SECTION("accepted")
    {
        replayEverySplit(
            {accept(), S("220 ready\r\n"), C("EHLO [127.0.0.1]\r\n"),
             S("250-smtp.example.org\r\n250 AUTH PLAIN LOGIN XOAUTH2\r\n"), C("AUTH XOAUTH2 " + xoauth2 + "\r\n"),
             S("235 2.7.0 Accepted\r\n"), C("MAIL FROM:<host@example.org>\r\n"), S("250 OK\r\n"),
             C("RCPT TO:<guest@example.jp>\r\n"), S("250 OK\r\n"), C("DATA\r\n"), S("354 go\r\n"), C(kSimple + ".\r\n"),
             S("250 queued\r\n"), C("QUIT\r\n"), S("221 bye\r\n")},
            delivery(endpoint, {kFrom, {kGuest}}, kSimple), {QStringLiteral("sent guest@example.jp: queued")});
    }
    SECTION("refused: the JSON challenge gets an empty line, the 535 is AuthFailed with the server's reason")
    {
        const QByteArray challenge =
            QByteArray(R"({"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"})").toBase64();
        QString detail;
        replayEverySplit({accept(), S("220 ready\r\n"), C("EHLO [127.0.0.1]\r\n"),
                          S("250-smtp.example.org\r\n250 AUTH XOAUTH2 PLAIN\r\n"),
                          C("AUTH XOAUTH2 " + xoauth2 + "\r\n"), S("334 " + challenge + "\r\n"), C("\r\n"),
                          S("535 5.7.8 Username and Password not accepted\r\n"), C("QUIT\r\n"), S("221 bye\r\n")},
                         delivery(endpoint, {kFrom, {kGuest}}, kSimple, &detail),
                         {QStringLiteral("AuthFailed 535 5.7.8")});
        CHECK(detail.contains(QStringLiteral("status 400, scope https://mail.google.com/")));
        CHECK_FALSE(detail.contains(kPassword));
    }
    SECTION("no bearer mechanism: nothing leaves but EHLO and QUIT")
    {
        replayEverySplit({accept(), S("220 ready\r\n"), C("EHLO [127.0.0.1]\r\n"),
                          S("250-smtp.example.org\r\n250 AUTH PLAIN\r\n"), C("QUIT\r\n"), S("221 bye\r\n")},
                         delivery(endpoint, {kFrom, {kGuest}}, kSimple), {QStringLiteral("AuthUnavailable")});
    }
}
