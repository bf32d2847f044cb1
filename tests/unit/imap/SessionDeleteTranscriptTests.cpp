// SPDX-License-Identifier: GPL-3.0-or-later
// deleteMessages(), the one call that takes something away on the server: exact client bytes (UID STORE +FLAGS
// (\Deleted), then UID EXPUNGE of the same UIDs), nothing at all without UIDPLUS or a mailbox opened for writing,
// and the wire check that lets these two commands through only inside that call. Replayed split at every byte.
#include "ImapTranscript.h"

#include "mail/imap/ImapSessionParts.h"

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

const QString kPassword = QStringLiteral("s3cret-pass");

std::vector<Step> loggedIn(const QByteArray& capabilities)
{
    const QByteArray plain =
        QByteArray(QByteArray(1, '\0') + "host@example.org" + '\0' + kPassword.toUtf8()).toBase64();
    return {
        accept(),
        S("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\r\n"),
        C("A1 AUTHENTICATE PLAIN " + plain + "\r\n"),
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

std::function<void(ImapDone)> note(QStringList& events, const QString& what)
{
    return [&events, what](ImapDone done) {
        events.append(what + QLatin1Char(' ') +
                      (done ? QStringLiteral("ok") : describe(done.error()) + QLatin1Char(' ') + done.error().detail));
    };
}

bool allowedOutsideDeletion(const QByteArray& name, const QByteArray& wire)
{
    ImapCommand command;
    command.name = name;
    command.pieces = {wire};
    return imapsession::isAllowedCommand(command);
}

bool allowedInDeletion(const QByteArray& name, const QByteArray& wire)
{
    ImapCommand command;
    command.name = name;
    command.pieces = {wire};
    return imapsession::isAllowedDeletion(command);
}

} // namespace

TEST_CASE("deleteMessages marks exactly those UIDs Deleted and expunges only them", "[imap][session][delete]")
{
    std::vector<Step> steps = loggedIn("UIDPLUS IDLE");
    steps.push_back(C("A2 SELECT INBOX\r\n"));
    steps.push_back(S("* FLAGS (\\Answered \\Deleted \\Seen)\r\n* 5 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n"
                      "A2 OK [READ-WRITE] Select completed.\r\n"));
    steps.push_back(C("A3 UID STORE 4,9 +FLAGS (\\Deleted)\r\n"));
    steps.push_back(S("* 2 FETCH (UID 4 FLAGS (\\Seen \\Deleted))\r\n* 5 FETCH (UID 9 FLAGS (\\Deleted))\r\n"
                      "A3 OK Store completed.\r\n"));
    steps.push_back(C("A4 UID EXPUNGE 4,9\r\n"));
    steps.push_back(S("* 5 EXPUNGE\r\n* 2 EXPUNGE\r\nA4 OK Expunge completed.\r\n"));
    steps.push_back(C("A5 NOOP\r\n"));
    steps.push_back(S("A5 OK done\r\n"));
    replayEverySplit(steps,
                     [](ImapSession& session, QStringList& events) {
                         login(session, events, [&session, &events] {
                             session.select(QStringLiteral("INBOX"), [](ImapResult<MailboxInfo>) {});
                             session.deleteMessages({9, 4}, note(events, QStringLiteral("delete")));
                             session.noop(note(events, QStringLiteral("noop")));
                         });
                     },
                     {QStringLiteral("delete ok"), QStringLiteral("noop ok")});
}

TEST_CASE("Without UIDPLUS, a writable mailbox or any UID, deleteMessages sends nothing", "[imap][session][delete]")
{
    std::vector<Step> steps = loggedIn("IDLE");
    steps.push_back(C("A2 EXAMINE INBOX\r\n"));
    steps.push_back(S("* 3 EXISTS\r\nA2 OK [READ-ONLY] done\r\n"));
    steps.push_back(C("A3 SELECT INBOX\r\n"));
    steps.push_back(S("* 3 EXISTS\r\nA3 OK [READ-WRITE] done\r\n"));
    // Every refusal happens before these bytes: the next thing on the wire is the NOOP.
    steps.push_back(C("A4 NOOP\r\n"));
    steps.push_back(S("A4 OK done\r\n"));
    replayEverySplit(
        steps,
        [](ImapSession& session, QStringList& events) {
            login(session, events, [&session, &events] {
                session.deleteMessages({1}, note(events, QStringLiteral("unselected")));
                session.examine(QStringLiteral("INBOX"), [](ImapResult<MailboxInfo>) {});
                session.deleteMessages({1}, note(events, QStringLiteral("examined")));
                session.select(QStringLiteral("INBOX"), [](ImapResult<MailboxInfo>) {});
                session.deleteMessages({}, note(events, QStringLiteral("none")));
                session.deleteMessages({1}, note(events, QStringLiteral("no uidplus")));
                session.noop(note(events, QStringLiteral("noop")));
            });
        },
        {QStringLiteral("unselected Refused the mailbox is not open for writing: select() it before deleting"),
         QStringLiteral("examined Refused the mailbox is not open for writing: select() it before deleting"),
         QStringLiteral("none Refused no messages to delete"),
         QStringLiteral("no uidplus Refused the server does not offer UIDPLUS (RFC 4315), so it cannot delete only "
                        "these messages"),
         QStringLiteral("noop ok")});
}

TEST_CASE("Deleting commands pass the wire check only as deleteMessages writes them", "[imap][session][delete]")
{
    // Outside deleteMessages(): never.
    CHECK_FALSE(allowedOutsideDeletion("UID STORE", "A3 UID STORE 4 +FLAGS (\\Deleted)\r\n"));
    CHECK_FALSE(allowedOutsideDeletion("UID EXPUNGE", "A4 UID EXPUNGE 4\r\n"));
    // Inside: exactly these two shapes.
    CHECK(allowedInDeletion("UID STORE", "A3 UID STORE 4,9:11 +FLAGS (\\Deleted)\r\n"));
    CHECK(allowedInDeletion("UID EXPUNGE", "A4 UID EXPUNGE 4,9:11\r\n"));
    CHECK_FALSE(allowedInDeletion("EXPUNGE", "A4 EXPUNGE\r\n"));
    CHECK_FALSE(allowedInDeletion("UID EXPUNGE", "A4 UID EXPUNGE\r\n"));
    CHECK_FALSE(allowedInDeletion("UID EXPUNGE", "A4 UID EXPUNGE 1:*\r\n"));
    CHECK_FALSE(allowedInDeletion("UID STORE", "A3 UID STORE 4 +FLAGS (\\Deleted \\Seen)\r\n"));
    CHECK_FALSE(allowedInDeletion("UID STORE", "A3 UID STORE 4 FLAGS (\\Deleted)\r\n"));
    CHECK_FALSE(allowedInDeletion("UID STORE", "A3 UID STORE 4 +FLAGS (\\Deleted)\r\nA4 EXPUNGE\r\n"));
    CHECK_FALSE(allowedInDeletion("CLOSE", "A5 CLOSE\r\n"));
}
