// SPDX-License-Identifier: GPL-3.0-or-later
// Scripted conversations with the session: exact client bytes, replayed split at every byte boundary.
#include "ImapTranscript.h"

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

const QString kPassword = QStringLiteral("s3cret-pass");

QByteArray literal(const QByteArray& data)
{
    return '{' + QByteArray::number(data.size()) + "}\r\n" + data;
}

QByteArray plainResponse(const QString& password)
{
    return QByteArray(QByteArray(1, '\0') + "host@example.org" + '\0' + password.toUtf8()).toBase64();
}

QString joinUids(const std::vector<quint32>& uids)
{
    QStringList parts;
    for (quint32 uid : uids)
        parts.append(QString::number(uid));
    return parts.join(QLatin1Char(','));
}

const QByteArray kMail9 = "From: a@example.jp\r\nSubject: test\r\n\r\nbody with a fake end\r\n)\r\nA7 OK fake\r\n";
const QByteArray kMail10 = "Subject: {5}\r\n\r\n* 99 EXISTS\r\n";
const QByteArray kMail11 = "Subject: three\r\n\r\n\xe3\x81\x82\r\n";

} // namespace

TEST_CASE("A whole read-only sync over implicit TLS, every split", "[imap][session]")
{
    const QByteArray header9 = "Message-ID: <a@example.jp>\r\n\r\n";
    const QByteArray header11 = "Message-ID:\r\n <folded@example.jp>\r\n\r\n";
    const std::vector<Step> steps = {
        accept(),
        S("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN] Dovecot ready.\r\n"),
        C("A1 AUTHENTICATE PLAIN " + plainResponse(kPassword) + "\r\n"),
        S("A1 OK [CAPABILITY IMAP4rev1 IDLE CONDSTORE LITERAL+ UIDPLUS] Logged in\r\n"),
        C("A2 EXAMINE INBOX (CONDSTORE)\r\n"),
        S("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
          "* OK [PERMANENTFLAGS ()] Read-only mailbox.\r\n* 3 EXISTS\r\n* 0 RECENT\r\n"
          "* OK [UIDVALIDITY 1700000000] UIDs valid\r\n* OK [UIDNEXT 12] Predicted next UID\r\n"
          "* OK [HIGHESTMODSEQ 42] Highest\r\nA2 OK [READ-ONLY] Examine completed (0.001 + 0.000 secs).\r\n"),
        // RFC 3501 §6.4.8: "12:*" matches the last message (UID 11) although 11 < 12.
        C("A3 UID SEARCH UID 12:*\r\n"),
        S("* SEARCH 11\r\nA3 OK Search completed\r\n"),
        // An untagged EXISTS between the SEARCH data and the tagged OK.
        C("A4 UID SEARCH UID 9:*\r\n"),
        S("* SEARCH 11 9 10\r\n* 3 EXISTS\r\nA4 OK Search completed\r\n"),
        C("A5 UID FETCH 9:11 (UID RFC822.SIZE FLAGS INTERNALDATE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)] MODSEQ)\r\n"),
        S("* 1 FETCH (UID 9 RFC822.SIZE 120 FLAGS (\\Seen) INTERNALDATE \"05-Mar-2024 19:00:00 +0900\" MODSEQ (40) "
          "BODY[HEADER.FIELDS (MESSAGE-ID)] " +
          literal(header9) +
          ")\r\n"
          "* 2 FETCH (UID 10 RFC822.SIZE 200 FLAGS () INTERNALDATE \" 6-Mar-2024 08:05:09 +0000\" MODSEQ (41) "
          "BODY[HEADER.FIELDS (MESSAGE-ID)] NIL)\r\n"
          // A server quirk: one message's data split over two FETCH responses, the first without the UID asked.
          "* 3 FETCH (FLAGS (\\Flagged))\r\n"
          "* 3 FETCH (UID 11 RFC822.SIZE 300 FLAGS (\\Flagged) INTERNALDATE \"07-Mar-2024 10:00:00 -0500\")\r\n"
          "* 3 FETCH (UID 11 MODSEQ (42) BODY[HEADER.FIELDS (MESSAGE-ID)] " +
          literal(header11) + ")\r\nA5 OK Fetch completed.\r\n"),
        // Two batches in flight at once (uidsPerFetch 2, fetchesInFlight 2).
        C("A6 UID FETCH 9:10 (UID INTERNALDATE BODY.PEEK[])\r\nA7 UID FETCH 11 (UID INTERNALDATE BODY.PEEK[])\r\n"),
        S("* 1 FETCH (UID 9 BODY[] " + literal(kMail9) + ")\r\n* 2 FETCH (UID 10 BODY[] " + literal(kMail10) +
          " FLAGS (\\Recent))\r\nA6 OK Fetch completed.\r\n* 3 FETCH (UID 11 BODY[] " + literal(kMail11) +
          ")\r\nA7 OK Fetch completed.\r\n"),
        C("A8 LOGOUT\r\n"),
        S("* BYE Logging out\r\nA8 OK Logout completed.\r\n"),
    };
    const Scenario scenario = [](ImapSession& session, QStringList& events) {
        session.connectToServer(testEndpoint(), kPassword, [&](ImapResult<ImapServerInfo> connected) {
            events.append(connected ? QStringLiteral("connected") : describe(connected.error()));
            session.examine(QStringLiteral("inbox"), [&](ImapResult<MailboxInfo> box) {
                events.append(QStringLiteral("examine %1 %2 %3 %4 %5")
                                  .arg(box->uidValidity)
                                  .arg(box->uidNext)
                                  .arg(box->exists)
                                  .arg(box->highestModSeq.value_or(0))
                                  .arg(box->readOnly));
            });
            session.searchUidsFrom(12, [&](ImapResult<std::vector<quint32>> uids) {
                events.append(QStringLiteral("search [") + joinUids(uids.value()) + QLatin1Char(']'));
            });
            session.searchUidsFrom(9, [&](ImapResult<std::vector<quint32>> uids) {
                events.append(QStringLiteral("search [") + joinUids(uids.value()) + QLatin1Char(']'));
                session.fetchMeta(uids.value(), [&](ImapResult<QList<MessageMeta>> metas) {
                    for (const MessageMeta& m : metas.value())
                        events.append(QStringLiteral("meta %1 %2 %3 %4 %5 %6")
                                          .arg(m.uid)
                                          .arg(m.size)
                                          .arg(QString::fromLatin1(m.flags.join(' ')))
                                          .arg(m.internalDate.toString(Qt::ISODate))
                                          .arg(QString::fromLatin1(m.messageId))
                                          .arg(m.modSeq.value_or(0)));
                    session.fetchBodies(
                        {11, 10, 9}, std::nullopt,
                        [&](FetchedMessage m) {
                            const QByteArray expected = m.uid == 9 ? kMail9 : m.uid == 10 ? kMail10 : kMail11;
                            events.append(
                                QStringLiteral("body %1 %2")
                                    .arg(m.uid)
                                    .arg(m.bytes == expected ? QStringLiteral("exact") : QStringLiteral("WRONG")));
                        },
                        [&](ImapResult<ImapSession::FetchSummary> done) {
                            events.append(QStringLiteral("bodies %1 missing [%2]")
                                              .arg(done->delivered)
                                              .arg(joinUids(done->missing)));
                            session.logout([&](ImapDone out) {
                                events.append(out ? QStringLiteral("logged out") : describe(out.error()));
                            });
                        });
                });
            });
        });
    };
    ImapSession::Options options;
    options.uidsPerFetch = 2;
    options.fetchesInFlight = 2;
    replayEverySplit(steps, scenario,
                     {
                         QStringLiteral("connected"),
                         QStringLiteral("examine 1700000000 12 3 42 1"),
                         QStringLiteral("search []"),
                         QStringLiteral("search [9,10,11]"),
                         QStringLiteral("meta 9 120 \\Seen 2024-03-05T19:00:00+09:00 <a@example.jp> 40"),
                         QStringLiteral("meta 10 200  2024-03-06T08:05:09+00:00  41"),
                         QStringLiteral("meta 11 300 \\Flagged 2024-03-07T10:00:00-05:00 <folded@example.jp> 42"),
                         QStringLiteral("body 9 exact"),
                         QStringLiteral("body 10 exact"),
                         QStringLiteral("body 11 exact"),
                         QStringLiteral("bodies 3 missing []"),
                         QStringLiteral("logged out"),
                     },
                     options);

    // Whatever the split, the client only ever read: no STORE, no plain BODY[], no EXPUNGE or CLOSE.
    const ReplayResult once = replay(steps, scenario, -1, 12, options);
    CHECK(once.written.contains("BODY.PEEK[]"));
    CHECK_FALSE(once.written.contains(" BODY[]"));
    QList<QByteArray> verbs;
    for (const QByteArray& line : once.written.split('\n')) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() >= 2)
            verbs.append(words[1] == "UID" && words.size() >= 3 ? words[1] + ' ' + words[2] : words[1]);
    }
    CHECK(verbs == QList<QByteArray>{"AUTHENTICATE", "EXAMINE", "UID SEARCH", "UID SEARCH", "UID FETCH", "UID FETCH",
                                     "UID FETCH", "LOGOUT"});
}

TEST_CASE("STARTTLS: bytes after the OK are discarded and capabilities are asked again", "[imap][session]")
{
    const std::vector<Step> steps = {
        accept(),
        S("* OK Dovecot ready.\r\n"),
        C("A1 CAPABILITY\r\n"),
        S("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\nA1 OK Pre-login capabilities listed.\r\n"),
        C("A2 STARTTLS\r\n"),
        // A man in the middle appends plain-text responses right after the OK (CVE-2011-0411 style). Parsed, the
        // BYE would end the session and the forged A3 OK would answer the next command.
        S("A2 OK Begin TLS negotiation now.\r\n* BYE injected\r\nA3 OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n"),
        tlsDone(),
        C("A3 CAPABILITY\r\n"),
        S("* CAPABILITY IMAP4rev1 AUTH=PLAIN LOGINDISABLED IDLE\r\nA3 OK Capability completed.\r\n"),
        // No SASL-IR: the response goes after the continuation; LOGINDISABLED: no LOGIN.
        C("A4 AUTHENTICATE PLAIN\r\n"),
        S("+ \r\n"),
        C(plainResponse(kPassword) + "\r\n"),
        S("A4 OK Logged in\r\n"),
        C("A5 CAPABILITY\r\n"),
        S("* CAPABILITY IMAP4rev1 IDLE NAMESPACE\r\nA5 OK done\r\n"),
    };
    replayEverySplit(
        steps,
        [](ImapSession& session, QStringList& events) {
            session.connectToServer(testEndpoint(SecurityMode::StartTls), kPassword, [&](ImapResult<ImapServerInfo> r) {
                events.append(r ? QString::fromLatin1(r->capabilities.join(' ')) : describe(r.error()));
            });
        },
        {QStringLiteral("IMAP4REV1 IDLE NAMESPACE")});
}

TEST_CASE("STARTTLS refusals: PREAUTH, no STARTTLS, a NO to STARTTLS", "[imap][session]")
{
    const Scenario connect = [](ImapSession& session, QStringList& events) {
        session.connectToServer(testEndpoint(SecurityMode::StartTls), kPassword, [&](ImapResult<ImapServerInfo> r) {
            events.append(r ? QStringLiteral("connected") : describe(r.error()));
        });
    };
    SECTION("PREAUTH greeting when TLS is required")
    {
        replayEverySplit({accept(), S("* PREAUTH [CAPABILITY IMAP4rev1] Logged in as host\r\n")}, connect,
                         {QStringLiteral("StartTlsUnavailable")});
    }
    SECTION("STARTTLS not offered: nothing is sent, least of all credentials")
    {
        replayEverySplit({accept(), S("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\r\n")}, connect,
                         {QStringLiteral("StartTlsUnavailable")});
    }
    SECTION("STARTTLS answered with NO")
    {
        replayEverySplit({accept(), S("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n"), C("A1 STARTTLS\r\n"),
                          S("A1 NO not now\r\n")},
                         connect, {QStringLiteral("StartTlsUnavailable")});
    }
}

TEST_CASE("Login choices: LOGINDISABLED, wrong password, literals for awkward passwords", "[imap][session]")
{
    auto connectWith = [](QString password) {
        return [password](ImapSession& session, QStringList& events) {
            session.connectToServer(testEndpoint(), password, [&events, password](ImapResult<ImapServerInfo> r) {
                if (!r && r.error().detail.contains(password))
                    events.append(QStringLiteral("PASSWORD IN DETAIL"));
                events.append(r ? QStringLiteral("connected") : describe(r.error()));
            });
        };
    };
    SECTION("LOGINDISABLED without AUTH=PLAIN: no LOGIN is sent")
    {
        replayEverySplit({accept(), S("* OK [CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=GSSAPI] ready\r\n")},
                         connectWith(kPassword), {QStringLiteral("Refused")});
    }
    SECTION("wrong password")
    {
        replayEverySplit({accept(), S("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n"),
                          C("A1 AUTHENTICATE PLAIN " + plainResponse(kPassword) + "\r\n"),
                          S("A1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")},
                         connectWith(kPassword), {QStringLiteral("AuthenticationFailed")});
    }
    SECTION("LOGIN with a quote and non-ASCII: a synchronising literal waits for the continuation")
    {
        const QString password = QStringLiteral("pa\"ss w\u00f6rd");
        replayEverySplit({accept(), S("* OK [CAPABILITY IMAP4rev1] ready\r\n"), C("A1 LOGIN host@example.org {11}\r\n"),
                          S("+ Ready for literal data\r\n"), C("pa\"ss w\xc3\xb6rd\r\n"),
                          S("A1 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n")},
                         connectWith(password), {QStringLiteral("connected")});
    }
    SECTION("LOGIN with LITERAL+: no wait")
    {
        const QString password = QStringLiteral("line\r\nbreak");
        replayEverySplit({accept(), S("* OK [CAPABILITY IMAP4rev1 LITERAL+] ready\r\n"),
                          C("A1 LOGIN host@example.org {11+}\r\nline\r\nbreak\r\n"),
                          S("A1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")},
                         connectWith(password), {QStringLiteral("AuthenticationFailed")});
    }
    SECTION("a password with NUL is never sent")
    {
        replayEverySplit({accept(), S("* OK [CAPABILITY IMAP4rev1] ready\r\n")},
                         connectWith(QStringLiteral("a") + QChar(0) + QStringLiteral("b")),
                         {QStringLiteral("AuthenticationFailed")});
    }
}

namespace {

// PlainLocal login and EXAMINE, shared by the tests below.
std::vector<Step> loggedInAndExamined()
{
    return {
        accept(),
        S("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN IDLE] ready\r\n"),
        C("A1 AUTHENTICATE PLAIN " + plainResponse(kPassword) + "\r\n"),
        S("A1 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n"),
        C("A2 EXAMINE INBOX\r\n"),
        S("* 2 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 11] ok\r\nA2 OK [READ-ONLY] done\r\n"),
    };
}

template <typename Next>
void loginAndExamine(ImapSession& session, QStringList& events, Next next)
{
    session.connectToServer(testEndpoint(SecurityMode::PlainLocal), kPassword,
                            [&session, &events, next](ImapResult<ImapServerInfo> r) {
                                if (!r) {
                                    events.append(describe(r.error()));
                                    return;
                                }
                                session.examine(QStringLiteral("INBOX"), [&events, next](ImapResult<MailboxInfo> b) {
                                    if (!b)
                                        events.append(describe(b.error()));
                                    else
                                        next();
                                });
                            });
}

} // namespace

TEST_CASE("Connection dropped mid-literal: every pending callback errors exactly once", "[imap][session]")
{
    std::vector<Step> steps = loggedInAndExamined();
    steps.push_back(C("A3 UID FETCH 9:10 (UID INTERNALDATE BODY.PEEK[])\r\n"));
    steps.push_back(S("* 1 FETCH (UID 9 BODY[] {5}\r\nHello)\r\n* 2 FETCH (UID 10 BODY[] {100}\r\npartial"));
    steps.push_back(drop());
    replayEverySplit(
        steps,
        [](ImapSession& session, QStringList& events) {
            QObject::connect(&session, &ImapSession::dropped, &session, [&events](const ImapError& e) {
                events.append(QStringLiteral("dropped signal ") + describe(e));
            });
            loginAndExamine(session, events, [&session, &events] {
                session.fetchBodies(
                    {9, 10}, std::nullopt,
                    [&events](FetchedMessage m) {
                        events.append(QStringLiteral("body %1 %2").arg(m.uid).arg(QString::fromLatin1(m.bytes)));
                    },
                    [&events](ImapResult<ImapSession::FetchSummary> r) {
                        events.append(QStringLiteral("fetch ") + (r ? QStringLiteral("ok") : describe(r.error())));
                    });
                session.noop([&events](ImapDone r) {
                    events.append(QStringLiteral("noop ") + (r ? QStringLiteral("ok") : describe(r.error())));
                });
            });
        },
        {QStringLiteral("body 9 Hello"), QStringLiteral("fetch Dropped"), QStringLiteral("noop Dropped"),
         QStringLiteral("dropped signal Dropped")});
}

TEST_CASE("A literal over the cap is cut at the cap, marked partial, and the next mail still comes", "[imap][session]")
{
    std::vector<Step> steps = loggedInAndExamined();
    steps.push_back(C("A3 UID FETCH 9:10 (UID INTERNALDATE BODY.PEEK[]<0.64>)\r\n"));
    // Asked for the first 64 octets of UID 9, the server sends 200 of them; UID 10 fits.
    steps.push_back(S("* 1 FETCH (UID 9 BODY[]<0> {200}\r\n" + QByteArray(200, 'x') +
                      ")\r\n* 2 FETCH (UID 10 BODY[]<0> {5}\r\nHello)\r\nA3 OK done\r\n"));
    ImapSession::Options options;
    options.limits.maxLiteralBytes = 64;
    replayEverySplit(
        steps,
        [](ImapSession& session, QStringList& events) {
            loginAndExamine(session, events, [&session, &events] {
                session.fetchBodies(
                    {9, 10}, 64,
                    [&events](FetchedMessage m) {
                        events.append(QStringLiteral("body %1 bytes=%2 partial=%3")
                                          .arg(m.uid)
                                          .arg(m.bytes.size())
                                          .arg(m.partial));
                    },
                    [&events](ImapResult<ImapSession::FetchSummary> r) {
                        events.append(QStringLiteral("fetch ") + (r ? QStringLiteral("ok") : describe(r.error())));
                    });
            });
        },
        {QStringLiteral("body 9 bytes=64 partial=1"), QStringLiteral("body 10 bytes=5 partial=0"),
         QStringLiteral("fetch ok")},
        options);
}

TEST_CASE("A whole mail longer than the cap is cut and marked partial, though no partial fetch was asked",
          "[imap][session]")
{
    std::vector<Step> steps = loggedInAndExamined();
    steps.push_back(C("A3 UID FETCH 9 (UID INTERNALDATE BODY.PEEK[])\r\n"));
    steps.push_back(S("* 1 FETCH (UID 9 BODY[] {65}\r\n" + QByteArray(65, 'y') + ")\r\nA3 OK done\r\n"));
    ImapSession::Options options;
    options.limits.maxLiteralBytes = 64;
    replayEverySplit(
        steps,
        [](ImapSession& session, QStringList& events) {
            loginAndExamine(session, events, [&session, &events] {
                session.fetchBodies(
                    {9}, std::nullopt,
                    [&events](FetchedMessage m) {
                        events.append(QStringLiteral("body bytes=%1 partial=%2").arg(m.bytes.size()).arg(m.partial));
                    },
                    [&events](ImapResult<ImapSession::FetchSummary> r) {
                        events.append(QStringLiteral("fetch ") + (r ? QStringLiteral("ok") : describe(r.error())));
                    });
            });
        },
        {QStringLiteral("body bytes=64 partial=1"), QStringLiteral("fetch ok")}, options);
}

TEST_CASE("A server that sends more than a partial fetch asked for is cut to what was asked", "[imap][session]")
{
    std::vector<Step> steps = loggedInAndExamined();
    steps.push_back(C("A3 UID FETCH 9 (UID INTERNALDATE BODY.PEEK[]<0.4>)\r\n"));
    // Asked for 4 octets, the server sends 25 (a whole mail, as some servers do when <0.N> is not honoured).
    steps.push_back(S("* 1 FETCH (UID 9 BODY[]<0> {25}\r\nFrom: a@example.org\r\n\r\nHi)\r\nA3 OK done\r\n"));
    replayEverySplit(steps,
                     [](ImapSession& session, QStringList& events) {
                         loginAndExamine(session, events, [&session, &events] {
                             session.fetchBodies(
                                 {9}, 4,
                                 [&events](FetchedMessage m) {
                                     events.append(QStringLiteral("body %1 %2 bytes=%3 partial=%4")
                                                       .arg(m.uid)
                                                       .arg(QString::fromLatin1(m.bytes))
                                                       .arg(m.bytes.size())
                                                       .arg(m.partial));
                                 },
                                 [&events](ImapResult<ImapSession::FetchSummary> r) {
                                     events.append(QStringLiteral("fetch ") +
                                                   (r ? QStringLiteral("ok") : describe(r.error())));
                                 });
                         });
                     },
                     {QStringLiteral("body 9 From bytes=4 partial=1"), QStringLiteral("fetch ok")});
}

TEST_CASE("Partial fetch, missing UIDs, and IDLE with push and DONE", "[imap][session]")
{
    std::vector<Step> steps = loggedInAndExamined();
    steps.push_back(C("A3 UID FETCH 9:10 (UID INTERNALDATE BODY.PEEK[]<0.4>)\r\n"));
    // UID 10 was expunged meanwhile: the server just leaves it out (RFC 3501 §6.4.8).
    steps.push_back(S("* 1 FETCH (UID 9 BODY[]<0> {4}\r\nFrom)\r\nA3 OK done\r\n"));
    steps.push_back(C("A4 IDLE\r\n"));
    steps.push_back(S("+ idling\r\n* 3 EXISTS\r\n"));
    steps.push_back(C("DONE\r\n"));
    steps.push_back(S("A4 OK Idle completed.\r\n"));
    replayEverySplit(steps,
                     [](ImapSession& session, QStringList& events) {
                         loginAndExamine(session, events, [&session, &events] {
                             session.fetchBodies(
                                 {9, 10}, 4,
                                 [&events](FetchedMessage m) {
                                     events.append(QStringLiteral("body %1 %2 partial=%3")
                                                       .arg(m.uid)
                                                       .arg(QString::fromLatin1(m.bytes))
                                                       .arg(m.partial));
                                 },
                                 [&session, &events](ImapResult<ImapSession::FetchSummary> r) {
                                     events.append(QStringLiteral("missing %1").arg(joinUids(r->missing)));
                                     session.idle(
                                         [&session, &events](quint32 exists) {
                                             events.append(QStringLiteral("exists %1").arg(exists));
                                             session.stopIdle();
                                         },
                                         [&events](ImapDone d) {
                                             events.append(d ? QStringLiteral("idle ended") : describe(d.error()));
                                         });
                                 });
                         });
                     },
                     {QStringLiteral("body 9 From partial=1"), QStringLiteral("missing 10"), QStringLiteral("exists 3"),
                      QStringLiteral("idle ended")});
}

TEST_CASE("A call made while idling ends the IDLE first, and a missing mailbox is MailboxMissing", "[imap][session]")
{
    std::vector<Step> steps = loggedInAndExamined();
    steps.push_back(C("A3 IDLE\r\n"));
    steps.push_back(S("+ idling\r\n"));
    steps.push_back(C("DONE\r\n"));
    steps.push_back(S("A3 OK Idle completed.\r\n"));
    steps.push_back(C("A4 EXAMINE &ZeVnLIqe-\r\n"));
    steps.push_back(S("A4 NO [NONEXISTENT] Mailbox doesn't exist: &ZeVnLIqe-\r\n"));
    replayEverySplit(steps,
                     [](ImapSession& session, QStringList& events) {
                         loginAndExamine(session, events, [&session, &events] {
                             session.idle([](quint32) {},
                                          [&events](ImapDone d) {
                                              events.append(d ? QStringLiteral("idle ended") : describe(d.error()));
                                          });
                             session.examine(QStringLiteral("日本語"), [&events](ImapResult<MailboxInfo> r) {
                                 events.append(r ? QStringLiteral("examined") : describe(r.error()));
                             });
                         });
                     },
                     {QStringLiteral("idle ended"), QStringLiteral("MailboxMissing")});
}

TEST_CASE("Unsolicited BYE while a command is pending is Dropped", "[imap][session]")
{
    std::vector<Step> steps = loggedInAndExamined();
    steps.push_back(C("A3 NOOP\r\n"));
    steps.push_back(S("* BYE Server shutting down.\r\n"));
    replayEverySplit(
        steps,
        [](ImapSession& session, QStringList& events) {
            loginAndExamine(session, events, [&session, &events] {
                session.noop([&events](ImapDone r) { events.append(r ? QStringLiteral("ok") : describe(r.error())); });
            });
        },
        {QStringLiteral("Dropped")});
}

TEST_CASE("A bearer token: OAUTHBEARER with SASL-IR, XOAUTH2 after the continuation, a refused one's challenge",
          "[imap][session][oauth]")
{
    Endpoint endpoint = testEndpoint(SecurityMode::ImplicitTls);
    endpoint.auth = MailAuth::BearerToken;
    const QString token = QStringLiteral("ya29.test-token");
    const QByteArray xoauth2 = QByteArray("user=host@example.org\x01"
                                          "auth=Bearer ya29.test-token\x01\x01")
                                   .toBase64();
    const QByteArray oauthBearer = QByteArray("n,a=host@example.org,\x01host=imap.example.org\x01port=993\x01"
                                              "auth=Bearer ya29.test-token\x01\x01")
                                       .toBase64();
    const Scenario connect = [endpoint, token](ImapSession& session, QStringList& events) {
        session.connectToServer(endpoint, token, [&](ImapResult<ImapServerInfo> r) {
            events.append(r ? QStringLiteral("connected") : describe(r.error()) + QLatin1Char(' ') + r.error().detail);
        });
    };
    SECTION("OAUTHBEARER, preferred when offered, rides on the command with SASL-IR")
    {
        replayEverySplit({accept(), S("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2 AUTH=OAUTHBEARER] ready\r\n"),
                          C("A1 AUTHENTICATE OAUTHBEARER " + oauthBearer + "\r\n"),
                          S("A1 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n")},
                         connect, {QStringLiteral("connected")});
    }
    SECTION("XOAUTH2 without SASL-IR waits for the continuation")
    {
        replayEverySplit({accept(), S("* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] ready\r\n"),
                          C("A1 AUTHENTICATE XOAUTH2\r\n"), S("+ \r\n"), C(xoauth2 + "\r\n"),
                          S("A1 OK [CAPABILITY IMAP4rev1] Logged in\r\n")},
                         connect, {QStringLiteral("connected")});
    }
    SECTION("A refused token: the JSON challenge is acknowledged with an empty line and explained")
    {
        const QByteArray challenge = QByteArray(R"({"status":"401","schemes":"bearer","scope":"mail"})").toBase64();
        replayEverySplit({accept(), S("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] ready\r\n"),
                          C("A1 AUTHENTICATE XOAUTH2 " + xoauth2 + "\r\n"), S("+ " + challenge + "\r\n"), C("\r\n"),
                          S("A1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")},
                         connect,
                         {QStringLiteral("AuthenticationFailed the server refused the access token (status 401, scope "
                                         "mail): [AUTHENTICATIONFAILED] Authentication failed.")});
    }
    SECTION("No bearer mechanism: refused before the token leaves")
    {
        replayEverySplit({accept(), S("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n")}, connect,
                         {QStringLiteral("Refused the server offers neither AUTH=OAUTHBEARER nor AUTH=XOAUTH2 for an "
                                         "access token")});
    }
}
