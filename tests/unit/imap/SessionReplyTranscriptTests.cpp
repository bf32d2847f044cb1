// SPDX-License-Identifier: GPL-3.0-or-later
// Scripted conversations for the calls replies need: LIST, APPEND, UID STORE +FLAGS, flag and header
// fetches, header search. Exact client bytes, replayed split at every byte boundary.
#include "ImapTranscript.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

const QString kPassword = QStringLiteral("s3cret-pass");

QByteArray plainResponse()
{
    return QByteArray(QByteArray(1, '\0') + "host@example.org" + '\0' + kPassword.toUtf8()).toBase64();
}

QByteArray literal(const QByteArray& data)
{
    return '{' + QByteArray::number(data.size()) + "}\r\n" + data;
}

// Login over PlainLocal to a server with these capabilities after login.
std::vector<Step> loggedIn(const QByteArray& capabilities)
{
    return {
        accept(),
        S("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n"),
        C("A1 AUTHENTICATE PLAIN " + plainResponse() + "\r\n"),
        S("A1 OK [CAPABILITY IMAP4rev1 " + capabilities + "] Logged in\r\n"),
    };
}

template <typename Next>
void login(ImapSession& session, QStringList& events, Next next)
{
    session.connectToServer(testEndpoint(SecurityMode::PlainLocal), kPassword,
                            [&events, next](ImapResult<ImapServerInfo> r) {
                                if (r)
                                    next();
                                else
                                    events.append(describe(r.error()));
                            });
}

QString flagsEvent(const ImapResult<QList<MessageFlags>>& result)
{
    if (!result)
        return describe(result.error()) + QLatin1Char(' ') + result.error().detail;
    QStringList parts;
    for (const MessageFlags& m : result.value())
        parts.append(QStringLiteral("%1 [%2] notStored [%3]")
                         .arg(m.uid)
                         .arg(m.flags.join(QLatin1Char(' ')), m.notStored.join(QLatin1Char(' '))));
    return QStringLiteral("flags ") + parts.join(QStringLiteral("; "));
}

QString appendEvent(const ImapResult<AppendResult>& result)
{
    if (!result)
        return describe(result.error());
    return QStringLiteral("appended %1 %2").arg(result->uidValidity).arg(result->uid);
}

QString uidsEvent(const ImapResult<std::vector<quint32>>& result)
{
    if (!result)
        return describe(result.error());
    QStringList parts;
    for (quint32 uid : result.value())
        parts.append(QString::number(uid));
    return QStringLiteral("uids [") + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

// A reply as Tsunagu would file it: 8-bit text, and lines that look like IMAP responses, sent as they are.
const QByteArray kReply = "From: Host <host@example.org>\r\nTo: applicant@example.jp\r\nSubject: "
                          "\xe3\x81\x94\xe6\xa1\x88\xe5\x86\x85\r\nIn-Reply-To: <form-1@example.jp>\r\n\r\n"
                          "Zoom \xe3\x81\xae\xe3\x81\x94\xe6\xa1\x88\xe5\x86\x85\r\n)\r\nA3 OK fake\r\n* BYE fake\r\n";

const QDateTime kSentAt(QDate(2024, 3, 5), QTime(19, 0, 7), QTimeZone(9 * 3600));

} // namespace

TEST_CASE("APPEND with a synchronising literal waits for the continuation and reads APPENDUID", "[imap][session]")
{
    std::vector<Step> steps = loggedIn("UIDPLUS");
    steps.push_back(C("A2 APPEND Sent (\\Seen \\Answered) \"05-Mar-2024 19:00:07 +0900\" {" +
                      QByteArray::number(kReply.size()) + "}\r\n"));
    steps.push_back(quiet()); // RFC 3501 §4.3: not a byte of the message before "+"
    steps.push_back(S("+ Ready for literal data\r\n"));
    steps.push_back(C(kReply + "\r\n"));
    steps.push_back(S("A2 OK [APPENDUID 1700000001 42] Append completed.\r\n"));
    replayEverySplit(steps,
                     [](ImapSession& session, QStringList& events) {
                         login(session, events, [&session, &events] {
                             session.append(QStringLiteral("Sent"), kReply,
                                            {QStringLiteral("\\seen"), QStringLiteral("\\Answered")}, kSentAt,
                                            [&events](ImapResult<AppendResult> r) { events.append(appendEvent(r)); });
                         });
                     },
                     {QStringLiteral("appended 1700000001 42")});
}

TEST_CASE("APPEND with LITERAL+ sends at once, works while a mailbox is selected, keeps it", "[imap][session]")
{
    const QByteArray draft = "Subject: draft\r\n\r\n\xe4\xb8\x8b\xe6\x9b\xb8\xe3\x81\x8d\r\n";
    std::vector<Step> steps = loggedIn("LITERAL+");
    steps.push_back(C("A2 SELECT INBOX\r\n"));
    steps.push_back(S("* 1 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\nA2 OK [READ-WRITE] done\r\n"));
    // Drafts in modified UTF-7; no date: the server takes "now". No UIDPLUS: no APPENDUID, zeros.
    steps.push_back(C("A3 APPEND &Tgtm+DBN- (\\Draft $TsunaguDraft) {" + QByteArray::number(draft.size()) + "+}\r\n" +
                      draft + "\r\n"));
    steps.push_back(S("A3 OK Append completed.\r\n"));
    steps.push_back(C("A4 NOOP\r\n"));
    steps.push_back(S("* 2 EXISTS\r\nA4 OK done\r\n"));
    replayEverySplit(steps,
                     [draft](ImapSession& session, QStringList& events) {
                         login(session, events, [&session, &events, draft] {
                             session.select(QStringLiteral("INBOX"), [](ImapResult<MailboxInfo>) {});
                             session.append(QStringLiteral("下書き"), draft,
                                            {QStringLiteral("\\Draft"), QStringLiteral("$TsunaguDraft")}, QDateTime(),
                                            [&events](ImapResult<AppendResult> r) { events.append(appendEvent(r)); });
                             session.noop([&session, &events](ImapDone) {
                                 events.append(QStringLiteral("still selected %1 exists %2")
                                                   .arg(session.state() == ImapSession::State::Selected)
                                                   .arg(session.mailbox().exists));
                             });
                         });
                     },
                     {QStringLiteral("appended 0 0"), QStringLiteral("still selected 1 exists 2")});
}

TEST_CASE("APPEND to a missing mailbox: [TRYCREATE] is MailboxMissing and the message is never sent", "[imap][session]")
{
    std::vector<Step> steps = loggedIn("UIDPLUS");
    steps.push_back(C("A2 APPEND \"Sent Messages\" (\\Seen) {" + QByteArray::number(kReply.size()) + "}\r\n"));
    steps.push_back(S("A2 NO [TRYCREATE] Mailbox doesn't exist: Sent Messages\r\n"));
    steps.push_back(C("A3 NOOP\r\n"));
    steps.push_back(S("A3 OK done\r\n"));
    replayEverySplit(steps,
                     [](ImapSession& session, QStringList& events) {
                         login(session, events, [&session, &events] {
                             session.append(QStringLiteral("Sent Messages"), kReply, {QStringLiteral("\\Seen")},
                                            QDateTime(),
                                            [&events](ImapResult<AppendResult> r) { events.append(appendEvent(r)); });
                             session.noop([&events](ImapDone d) {
                                 events.append(d ? QStringLiteral("noop ok") : describe(d.error()));
                             });
                         });
                     },
                     {QStringLiteral("MailboxMissing"), QStringLiteral("noop ok")});
}

TEST_CASE("UID STORE +FLAGS reads the resulting flags and asks again for a message left out", "[imap][session]")
{
    std::vector<Step> steps = loggedIn("IDLE");
    steps.push_back(C("A2 SELECT INBOX\r\n"));
    steps.push_back(S("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
                      "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted.\r\n"
                      "* 3 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\nA2 OK [READ-WRITE] Select completed.\r\n"));
    steps.push_back(C("A3 UID STORE 3,5,9 +FLAGS (\\Answered $TsunaguInvited)\r\n"));
    // UID after FLAGS in one answer; UID 9 gets no answer at all (a server that skips unchanged messages).
    steps.push_back(S("* 1 FETCH (UID 3 FLAGS (\\Seen \\Answered $TsunaguInvited))\r\n"
                      "* 2 FETCH (FLAGS (\\Answered $TsunaguInvited) UID 5)\r\nA3 OK Store completed.\r\n"));
    steps.push_back(C("A4 UID FETCH 9 (UID FLAGS)\r\n"));
    steps.push_back(S("* 3 FETCH (UID 9 FLAGS (\\Answered $TsunaguInvited $Forwarded))\r\nA4 OK Fetch completed.\r\n"));
    steps.push_back(C("A5 UID FETCH 3,77 (UID FLAGS)\r\n"));
    steps.push_back(S("* 1 FETCH (UID 3 FLAGS (\\Seen \\Answered $TsunaguInvited))\r\nA5 OK Fetch completed.\r\n"));
    replayEverySplit(
        steps,
        [](ImapSession& session, QStringList& events) {
            login(session, events, [&session, &events] {
                session.select(QStringLiteral("INBOX"), [&events](ImapResult<MailboxInfo> box) {
                    events.append(QStringLiteral("selected keywords %1 permanent %2")
                                      .arg(box->keywordsAllowed())
                                      .arg(box->permanentFlags.value_or(QList<QByteArray>()).size()));
                });
                session.addFlags({9, 5, 3}, {QStringLiteral("\\Answered"), QStringLiteral("$TsunaguInvited")},
                                 [&events](ImapResult<QList<MessageFlags>> r) { events.append(flagsEvent(r)); });
                session.fetchFlags({77, 3},
                                   [&events](ImapResult<QList<MessageFlags>> r) { events.append(flagsEvent(r)); });
            });
        },
        {QStringLiteral("selected keywords 1 permanent 6"),
         QStringLiteral("flags 3 [\\Seen \\Answered $TsunaguInvited] notStored []; "
                        "5 [\\Answered $TsunaguInvited] notStored []; "
                        "9 [\\Answered $TsunaguInvited $Forwarded] notStored []"),
         QStringLiteral("flags 3 [\\Seen \\Answered $TsunaguInvited] notStored []")});
}

TEST_CASE("Keywords a mailbox would not keep are left out and reported", "[imap][session]")
{
    std::vector<Step> steps = loggedIn("IDLE");
    steps.push_back(C("A2 SELECT INBOX\r\n"));
    steps.push_back(
        S("* OK [PERMANENTFLAGS (\\Answered \\Seen)] Limited\r\n* 1 EXISTS\r\nA2 OK [READ-WRITE] done\r\n"));
    steps.push_back(C("A3 UID STORE 4 +FLAGS (\\Answered)\r\n"));
    steps.push_back(S("* 1 FETCH (UID 4 FLAGS (\\Answered))\r\nA3 OK done\r\n"));
    // Only a keyword asked for: nothing to store, the flags are read instead.
    steps.push_back(C("A4 UID FETCH 4 (UID FLAGS)\r\n"));
    steps.push_back(S("* 1 FETCH (UID 4 FLAGS (\\Answered))\r\nA4 OK done\r\n"));
    replayEverySplit(
        steps,
        [](ImapSession& session, QStringList& events) {
            login(session, events, [&session, &events] {
                session.select(QStringLiteral("INBOX"), [&events](ImapResult<MailboxInfo> box) {
                    events.append(QStringLiteral("keywords %1").arg(box->keywordsAllowed()));
                });
                session.addFlags({4}, {QStringLiteral("\\answered"), QStringLiteral("$TsunaguInvited")},
                                 [&events](ImapResult<QList<MessageFlags>> r) { events.append(flagsEvent(r)); });
                session.addFlags({4}, {QStringLiteral("$TsunaguInvited")},
                                 [&events](ImapResult<QList<MessageFlags>> r) { events.append(flagsEvent(r)); });
            });
        },
        {QStringLiteral("keywords 0"), QStringLiteral("flags 4 [\\Answered] notStored [$TsunaguInvited]"),
         QStringLiteral("flags 4 [\\Answered] notStored [$TsunaguInvited]")});
}

TEST_CASE("Forbidden flags, a read-only mailbox and no mailbox are refused without sending anything", "[imap][session]")
{
    std::vector<Step> steps = loggedIn("LITERAL+");
    steps.push_back(C("A2 EXAMINE INBOX\r\n"));
    steps.push_back(S("* OK [PERMANENTFLAGS ()] Read-only\r\n* 3 EXISTS\r\nA2 OK [READ-ONLY] done\r\n"));
    // Every refusal below happens here; the next bytes on the wire are the NOOP's.
    steps.push_back(C("A3 NOOP\r\n"));
    steps.push_back(S("A3 OK done\r\n"));
    replayEverySplit(
        steps,
        [](ImapSession& session, QStringList& events) {
            auto note = [&events](QString what) {
                return [&events, what](ImapResult<QList<MessageFlags>> r) {
                    events.append(
                        what + QLatin1Char(' ') +
                        (r ? QStringLiteral("SENT") : describe(r.error()) + QLatin1Char(' ') + r.error().detail));
                };
            };
            login(session, events, [&session, &events, note] {
                // Nothing selected yet.
                session.addFlags({1}, {QStringLiteral("\\Answered")}, note(QStringLiteral("unselected")));
                session.fetchFlags({1}, note(QStringLiteral("fetch unselected")));
                session.examine(QStringLiteral("INBOX"), [](ImapResult<MailboxInfo>) {});
                session.addFlags({1}, {QStringLiteral("\\Answered"), QStringLiteral("\\Deleted")},
                                 note(QStringLiteral("deleted")));
                session.addFlags({1}, {QStringLiteral("\\Seen")}, note(QStringLiteral("seen")));
                session.addFlags({1}, {QStringLiteral("$Tsunagu Invited")}, note(QStringLiteral("spaced")));
                session.addFlags({1}, {}, note(QStringLiteral("none")));
                session.addFlags({1}, {QStringLiteral("\\Answered")}, note(QStringLiteral("examined")));
                session.append(QStringLiteral("Sent"), kReply, {QStringLiteral("\\Deleted")}, QDateTime(),
                               [&events](ImapResult<AppendResult> r) {
                                   events.append(QStringLiteral("append deleted ") + appendEvent(r));
                               });
                session.append(QStringLiteral("Sent"), QByteArray("a\0b", 3), {}, QDateTime(),
                               [&events](ImapResult<AppendResult> r) {
                                   events.append(QStringLiteral("append nul ") + appendEvent(r));
                               });
                session.noop([&events](ImapDone d) { events.append(d ? QStringLiteral("noop ok") : QString()); });
            });
        },
        {QStringLiteral("unselected Refused no mailbox is selected: select() it before adding flags"),
         QStringLiteral("fetch unselected Refused no mailbox is selected: examine() or select() it first"),
         QStringLiteral("deleted Refused flag not allowed: \\Deleted"),
         QStringLiteral("seen Refused flag not allowed: \\Seen"),
         QStringLiteral("spaced Refused flag not allowed: $Tsunagu Invited"),
         QStringLiteral("none Refused no flags to add"),
         QStringLiteral("examined Refused the mailbox is open read-only (EXAMINE or [READ-ONLY]): select() it to add "
                        "flags"),
         QStringLiteral("append deleted Refused"), QStringLiteral("append nul Refused"), QStringLiteral("noop ok")});
}

TEST_CASE("LIST with SPECIAL-USE: attributes, separators, modified UTF-7 and literal names", "[imap][session]")
{
    const QByteArray literalName = "&kAFP4W4IMH8w4TD8MOs-"; // 送信済みメール
    std::vector<Step> steps = loggedIn("SPECIAL-USE LIST-EXTENDED");
    steps.push_back(C("A2 LIST \"\" \"*\" RETURN (SPECIAL-USE)\r\n"));
    steps.push_back(S("* LIST (\\HasNoChildren) \".\" INBOX\r\n"
                      "* LIST (\\HasNoChildren \\Sent) \".\" Sent\r\n"
                      "* LIST (\\HasNoChildren \\Drafts) \".\" \"&Tgtm+DBN-\"\r\n"
                      "* LIST (\\Noselect \\HasChildren) \"/\" \"[Gmail]\"\r\n"
                      "* LIST () \"\\\\\" " +
                      literal(literalName) +
                      " (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n"
                      "* LIST (\\HasNoChildren) NIL Archive&-Old\r\n"
                      "A2 OK List completed.\r\n"));
    replayEverySplit(
        steps,
        [](ImapSession& session, QStringList& events) {
            login(session, events, [&session, &events] {
                session.listMailboxes([&events](ImapResult<QList<MailboxListing>> r) {
                    for (const MailboxListing& m : r.value())
                        events.append(m.name + QLatin1Char('|') +
                                      (m.separator.isNull() ? QStringLiteral("NIL") : QString(m.separator)) +
                                      QLatin1Char('|') + m.attributes.join(QLatin1Char(' ')));
                    events.append(
                        QStringLiteral("sent=") +
                        ImapSession::specialUse(r.value(), QStringLiteral("\\Sent")).value_or(QStringLiteral("-")));
                    events.append(
                        QStringLiteral("drafts=") +
                        ImapSession::specialUse(r.value(), QStringLiteral("\\Drafts")).value_or(QStringLiteral("-")));
                });
            });
        },
        {QStringLiteral("INBOX|.|\\HasNoChildren"), QStringLiteral("Sent|.|\\HasNoChildren \\Sent"),
         QStringLiteral("下書き|.|\\HasNoChildren \\Drafts"), QStringLiteral("[Gmail]|/|\\Noselect \\HasChildren"),
         QStringLiteral("送信済みメール|\\|"), QStringLiteral("Archive&Old|NIL|\\HasNoChildren"),
         QStringLiteral("sent=Sent"), QStringLiteral("drafts=下書き")});
}

TEST_CASE("LIST without SPECIAL-USE is plain, and the usual names stand in for the attributes", "[imap][session]")
{
    std::vector<Step> steps = loggedIn("LITERAL+");
    steps.push_back(C("A2 LIST \"\" \"*\"\r\n"));
    steps.push_back(S("* LIST (\\HasChildren) \".\" INBOX\r\n"
                      "* LIST (\\HasNoChildren) \".\" \"INBOX.&kAFP4W4IMH8w4TD8MOs-\"\r\n"
                      "* LIST (\\HasNoChildren) \".\" INBOX.Drafts\r\n"
                      "A2 OK done\r\n"));
    replayEverySplit(
        steps,
        [](ImapSession& session, QStringList& events) {
            login(session, events, [&session, &events] {
                session.listMailboxes([&events](ImapResult<QList<MailboxListing>> r) {
                    events.append(
                        QStringLiteral("sent=") +
                        ImapSession::specialUse(r.value(), QStringLiteral("\\Sent")).value_or(QStringLiteral("-")));
                    events.append(
                        QStringLiteral("drafts=") +
                        ImapSession::specialUse(r.value(), QStringLiteral("\\Drafts")).value_or(QStringLiteral("-")));
                });
            });
        },
        {QStringLiteral("sent=INBOX.送信済みメール"), QStringLiteral("drafts=INBOX.Drafts")});
}

TEST_CASE("Co-host check on an examined Sent: header search and header fetch", "[imap][session]")
{
    const QByteArray headers = "From: Co-host <cohost@example.org>\r\nDate: Tue, 5 Mar 2024 20:00:00 +0900\r\n"
                               "In-Reply-To: <form-1@example.jp>\r\n\r\n";
    std::vector<Step> steps = loggedIn("IDLE");
    steps.push_back(C("A2 EXAMINE Sent\r\n"));
    steps.push_back(S("* 5 EXISTS\r\nA2 OK [READ-ONLY] done\r\n"));
    steps.push_back(C("A3 UID SEARCH HEADER In-Reply-To <form-1@example.jp>\r\n"));
    steps.push_back(S("* SEARCH 40 12\r\nA3 OK Search completed\r\n"));
    // Not ASCII: CHARSET UTF-8 and a synchronising literal.
    steps.push_back(C("A4 UID SEARCH CHARSET UTF-8 HEADER Subject {6}\r\n"));
    steps.push_back(quiet());
    steps.push_back(S("+ OK\r\n"));
    steps.push_back(C("\xe5\x8f\x97\xe4\xbb\x98\r\n"));
    steps.push_back(S("* SEARCH\r\nA4 OK Search completed\r\n"));
    steps.push_back(C("A5 UID FETCH 12,40 (UID INTERNALDATE BODY.PEEK[HEADER.FIELDS (FROM DATE SUBJECT IN-REPLY-TO "
                      "X-TSUNAGU-HOST)])\r\n"));
    steps.push_back(
        S("* 2 FETCH (UID 12 INTERNALDATE \"05-Mar-2024 20:00:01 +0900\" "
          "BODY[HEADER.FIELDS (FROM DATE SUBJECT IN-REPLY-TO X-TSUNAGU-HOST)] " +
          literal(headers) +
          ")\r\n"
          "* 5 FETCH (UID 40 INTERNALDATE \"06-Mar-2024 09:00:00 +0000\" "
          "BODY[HEADER.FIELDS (FROM DATE SUBJECT IN-REPLY-TO X-TSUNAGU-HOST)] \"\")\r\nA5 OK Fetch completed.\r\n"));
    replayEverySplit(
        steps,
        [headers](ImapSession& session, QStringList& events) {
            login(session, events, [&session, &events, headers] {
                session.examine(QStringLiteral("Sent"), [](ImapResult<MailboxInfo>) {});
                session.searchHeader(
                    QStringLiteral("In-Reply-To"), QStringLiteral("<form-1@example.jp>"),
                    [&session, &events, headers](ImapResult<std::vector<quint32>> r) {
                        events.append(uidsEvent(r));
                        session.fetchEnvelopes(r.value(), [&events, headers](ImapResult<QList<MessageEnvelope>> e) {
                            for (const MessageEnvelope& m : e.value())
                                events.append(QStringLiteral("envelope %1 %2 %3")
                                                  .arg(m.uid)
                                                  .arg(m.internalDate.toString(Qt::ISODate))
                                                  .arg(m.headerBytes == headers ? QStringLiteral("exact")
                                                                                : QString::fromUtf8(m.headerBytes)));
                        });
                    });
                session.searchHeader(QStringLiteral("Subject"), QStringLiteral("受付"),
                                     [&events](ImapResult<std::vector<quint32>> r) { events.append(uidsEvent(r)); });
                session.searchHeader(QStringLiteral("In Reply To"), QStringLiteral("x"),
                                     [&events](ImapResult<std::vector<quint32>> r) { events.append(uidsEvent(r)); });
            });
        },
        {QStringLiteral("uids [12,40]"), QStringLiteral("uids []"), QStringLiteral("Refused"),
         QStringLiteral("envelope 12 2024-03-05T20:00:01+09:00 exact"),
         QStringLiteral("envelope 40 2024-03-06T09:00:00+00:00 ")});
}
