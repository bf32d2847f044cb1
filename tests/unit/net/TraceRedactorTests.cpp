// SPDX-License-Identifier: GPL-3.0-or-later
// TraceRedactor: each kind of secret replaced by its placeholder, the conversation itself kept, whatever the split.
#include "common/Clock.h"
#include "mail/net/NetLog.h"
#include "mail/net/TraceFile.h"
#include "mail/net/TraceRedactor.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

namespace {

using tsunagu::TraceRedactor;

// One side of a conversation in order: true for the client's bytes.
struct Turn
{
    bool client;
    QByteArray bytes;
};

// Feeds the turns, each split into pieces of `chunk` bytes (0: whole), and returns every line with C:/S:.
QByteArray run(TraceRedactor::Protocol protocol, const std::vector<Turn>& turns, int chunk = 0)
{
    TraceRedactor redactor(protocol);
    QByteArray out;
    for (const Turn& turn : turns) {
        const int step = chunk > 0 ? chunk : int(turn.bytes.size());
        for (int i = 0; i < turn.bytes.size(); i += step) {
            const QByteArray piece = turn.bytes.mid(i, step);
            const QList<QByteArray> lines = turn.client ? redactor.sent(piece) : redactor.received(piece);
            for (const QByteArray& line : lines)
                out += (turn.client ? "C: " : "S: ") + line + '\n';
        }
    }
    return out;
}

const std::vector<Turn> s_imapSync = {
    {false, "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot ready.\r\n"},
    {true, "A1 LOGIN \"host@example.org\" \"s3cret-Passw0rd\"\r\n"},
    {false, "A1 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n"},
    {true, "A2 EXAMINE INBOX (CONDSTORE)\r\n"},
    {false, "* 2 EXISTS\r\n* OK [UIDVALIDITY 1700000000] UIDs valid\r\nA2 OK [READ-ONLY] Examine completed\r\n"},
    {true, "A3 UID FETCH 1:2 (UID RFC822.SIZE BODY.PEEK[])\r\n"},
    {false, "* 1 FETCH (UID 1 RFC822.SIZE 60 BODY[] {60}\r\n"
            "From: Tanaka <tanaka@example.jp>\r\nSubject: 申込み\r\n\r\nhi\r\n"
            ")\r\n"
            "* 2 FETCH (UID 2 INTERNALDATE \"01-Jan-2024 10:00:00 +0900\" ENVELOPE (NIL \"Private subject\" NIL))\r\n"
            "A3 OK Fetch completed (0.001 + 0.000 secs).\r\n"},
    {true, "A4 LOGOUT\r\n"},
    {false, "* BYE Logging out\r\nA4 OK Logout completed.\r\n"},
};

} // namespace

TEST_CASE("IMAP trace keeps commands, tags and counts and replaces credentials, literals and addresses",
          "[trace][imap]")
{
    for (int chunk : {0, 1, 3, 7}) {
        INFO("chunk " << chunk);
        const QByteArray trace = run(TraceRedactor::Protocol::Unknown, s_imapSync, chunk);
        CHECK(trace.contains("S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot ready."));
        CHECK(trace.contains("C: A1 LOGIN <user> <password>\n"));
        CHECK(trace.contains("S: A1 OK [CAPABILITY IMAP4rev1 IDLE] Logged in"));
        CHECK(trace.contains("C: A2 EXAMINE INBOX (CONDSTORE)"));
        CHECK(trace.contains("S: * 2 EXISTS"));
        CHECK(trace.contains("S: * OK [UIDVALIDITY 1700000000] UIDs valid"));
        CHECK(trace.contains("C: A3 UID FETCH 1:2 (UID RFC822.SIZE BODY.PEEK[])"));
        CHECK(trace.contains("S: * 1 FETCH (UID 1 RFC822.SIZE 60 BODY[] <literal 60 bytes>)\n"));
        CHECK(
            trace.contains("S: * 2 FETCH (UID 2 INTERNALDATE <quoted 26 bytes> ENVELOPE (NIL <quoted 15 bytes> NIL))"));
        CHECK(trace.contains("S: A3 OK Fetch completed"));
        CHECK(trace.contains("C: A4 LOGOUT"));
        for (const char* secret : {"s3cret", "host@example.org", "tanaka", "Tanaka", "申込み", "Private subject"})
            CHECK_FALSE(trace.contains(secret));
    }
}

TEST_CASE("IMAP AUTHENTICATE PLAIN: the initial response and continuation lines are credentials", "[trace][imap]")
{
    const QByteArray plain = QByteArray("\0host@example.org\0pw-xyz", 24).toBase64();
    const QByteArray withInitial =
        run(TraceRedactor::Protocol::Imap,
            {{true, "A1 AUTHENTICATE PLAIN " + plain + "\r\n"}, {false, "A1 OK Logged in\r\n"}, {true, "A2 NOOP\r\n"}});
    CHECK(withInitial == "C: A1 AUTHENTICATE PLAIN <credentials>\nS: A1 OK Logged in\nC: A2 NOOP\n");

    const QByteArray withContinuation = run(
        TraceRedactor::Protocol::Imap, {{true, "A1 AUTHENTICATE XOAUTH2\r\n"},
                                        {false, "+ \r\n"},
                                        {true, "dXNlcj1ob3N0QGV4YW1wbGUub3JnAWF1dGg9QmVhcmVyIHlhMjkuVE9LRU4BAQ==\r\n"},
                                        {false, "+ eyJzdGF0dXMiOiI0MDEifQ==\r\n"},
                                        {true, "*\r\n"},
                                        {false, "A1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n"},
                                        {true, "A2 LOGOUT\r\n"}});
    CHECK(withContinuation == "C: A1 AUTHENTICATE XOAUTH2\nS: +\nC: <credentials>\nS: + <challenge>\nC: *\n"
                              "S: A1 NO [AUTHENTICATIONFAILED] Authentication failed.\nC: A2 LOGOUT\n");
}

TEST_CASE("IMAP LOGIN with literals and APPEND of a message keep no byte of either", "[trace][imap]")
{
    const QByteArray trace = run(TraceRedactor::Protocol::Imap,
                                 {{true, "A1 LOGIN {16}\r\n"},
                                  {false, "+ OK\r\n"},
                                  {true, "host@example.org {6}\r\n"},
                                  {false, "+ OK\r\n"},
                                  {true, "pa\"ss1\r\n"},
                                  {false, "A1 OK Logged in\r\n"},
                                  {true, "A2 APPEND Sent (\\Seen) {30+}\r\nSubject: secret\r\n\r\nBody text\r\n\r\n"},
                                  {false, "A2 OK [APPENDUID 1700000000 9] Append completed.\r\n"}});
    CHECK(trace.contains("C: A1 LOGIN <user> <password>\n"));
    CHECK(trace.contains("C: A2 APPEND Sent (\\Seen) <literal 30 bytes>\n"));
    CHECK(trace.contains("S: A2 OK [APPENDUID 1700000000 9] Append completed."));
    for (const char* secret : {"host@", "pa\"ss1", "secret", "Body text"})
        CHECK_FALSE(trace.contains(secret));
}

TEST_CASE("SMTP trace keeps verbs and reply codes and replaces AUTH, addresses and the message", "[trace][smtp]")
{
    const std::vector<Turn> turns = {
        {false, "220 mail.example.org ESMTP\r\n"},
        {true, "EHLO [127.0.0.1]\r\n"},
        {false, "250-mail.example.org\r\n250-SIZE 10240000\r\n250 AUTH PLAIN LOGIN\r\n"},
        {true, "AUTH LOGIN\r\n"},
        {false, "334 VXNlcm5hbWU6\r\n"},
        {true, "aG9zdEBleGFtcGxlLm9yZw==\r\n"},
        {false, "334 UGFzc3dvcmQ6\r\n"},
        {true, "c2VjcmV0\r\n"},
        {false, "235 2.7.0 Authentication successful\r\n"},
        {true, "MAIL FROM:<host@example.org> SIZE=64\r\n"},
        {false, "250 2.1.0 Ok\r\n"},
        {true, "RCPT TO:<applicant@example.jp>\r\n"},
        {false, "250 2.1.5 <applicant@example.jp> Ok\r\n"},
        {true, "DATA\r\n"},
        {false, "354 End data with <CR><LF>.<CR><LF>\r\n"},
        {true, "Subject: Your invitation\r\n\r\n..Meeting ID 123 456\r\n.\r\n"},
        {false, "250 2.0.0 Ok: queued as ABC123\r\n"},
        {true, "QUIT\r\n"},
        {false, "221 2.0.0 Bye\r\n"},
    };
    for (int chunk : {0, 1, 5}) {
        INFO("chunk " << chunk);
        const QByteArray trace = run(TraceRedactor::Protocol::Unknown, turns, chunk);
        CHECK(trace.contains("C: EHLO [127.0.0.1]\n"));
        CHECK(trace.contains("S: 250-SIZE 10240000\n"));
        CHECK(trace.contains("C: AUTH LOGIN\nS: 334 <challenge>\nC: <credentials>\nS: 334 <challenge>\n"
                             "C: <credentials>\nS: 235 2.7.0 Authentication successful\n"));
        CHECK(trace.contains("C: MAIL FROM:<address> SIZE=64\n"));
        CHECK(trace.contains("C: RCPT TO:<address>\n"));
        CHECK(trace.contains("S: 250 2.1.5 <address> Ok\n"));
        CHECK(trace.contains("C: DATA\nS: 354 End data with <CR><LF>.<CR><LF>\nC: <message 50 bytes>\nC: .\n"));
        CHECK(trace.contains("S: 250 2.0.0 Ok: queued as ABC123\nC: QUIT\n"));
        for (const char* secret : {"example.jp", "host@", "c2VjcmV0", "aG9zdE", "invitation", "Meeting ID"})
            CHECK_FALSE(trace.contains(secret));
    }
}

TEST_CASE("SMTP AUTH PLAIN with an initial response, a refused DATA sends no message", "[trace][smtp]")
{
    const QByteArray trace = run(TraceRedactor::Protocol::Smtp, {{true, "AUTH PLAIN AGhvc3QAc2VjcmV0\r\n"},
                                                                 {false, "535 5.7.8 Authentication failed\r\n"},
                                                                 {true, "DATA\r\n"},
                                                                 {false, "554 5.5.1 No valid recipients\r\n"},
                                                                 {true, "QUIT\r\n"}});
    CHECK(trace == "C: AUTH PLAIN <credentials>\nS: 535 5.7.8 Authentication failed\nC: DATA\n"
                   "S: 554 5.5.1 No valid recipients\nC: QUIT\n");
}

TEST_CASE("addresses become <address> wherever they are", "[trace]")
{
    CHECK(TraceRedactor::withoutAddresses("* OK host@example.org logged in") == "* OK <address> logged in");
    CHECK(TraceRedactor::withoutAddresses("A5 UID SEARCH HEADER In-Reply-To \"<id.1@forms.example>\"") ==
          "A5 UID SEARCH HEADER In-Reply-To \"<address>\"");
    CHECK(TraceRedactor::withoutAddresses("a@b, c@d") == "<address>, <address>");
    CHECK(TraceRedactor::withoutAddresses("no at sign @ here") == "no at sign @ here");
}

TEST_CASE("TraceFile writes tsunagu.trace to the file only while it is open", "[trace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trace.txt"));
    tsunagu::FixedClock clock(QDateTime(QDate(2024, 5, 1), QTime(9, 30)));
    CHECK_FALSE(tsunagu::lcTrace().isDebugEnabled());
    {
        auto opened = tsunagu::TraceFile::open(path, clock);
        REQUIRE(opened.ok());
        CHECK(tsunagu::lcTrace().isDebugEnabled());
        CHECK_FALSE(tsunagu::TraceFile::open(dir.filePath(QStringLiteral("second.txt")), clock).ok());
        qCDebug(tsunagu::lcTrace, "#1 C: A1 NOOP");
    }
    CHECK_FALSE(tsunagu::lcTrace().isDebugEnabled());
    qCDebug(tsunagu::lcTrace, "#1 C: after closing");
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains("2024-05-01 09:30:00.000 #1 C: A1 NOOP\n"));
    CHECK_FALSE(text.contains("after closing"));
    CHECK(file.permissions().testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(file.permissions().testFlag(QFileDevice::ReadOther));
}
