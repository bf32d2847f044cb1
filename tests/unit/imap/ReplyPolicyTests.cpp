// SPDX-License-Identifier: GPL-3.0-or-later
// What the session may send for replies, checked on the encoded command itself, and how Sent and Drafts
// are found without special-use attributes.
#include "mail/imap/ImapSessionParts.h"

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::imapsession;

namespace {

bool allowed(const QByteArray& name, const QByteArray& wire)
{
    ImapCommand command;
    command.name = name;
    command.pieces = {wire};
    return isAllowedCommand(command);
}

MailboxListing listing(const QString& name, const QStringList& attributes = {}, QChar separator = QLatin1Char('.'))
{
    return MailboxListing{name, separator, attributes};
}

} // namespace

TEST_CASE("The wire check lets through +FLAGS of Answered and Tsunagu keywords only", "[imap][session]")
{
    CHECK(allowed("UID STORE", "A3 UID STORE 1:3,7 +FLAGS (\\Answered $TsunaguInvited)\r\n"));
    CHECK(allowed("UID STORE", "A3 UID STORE 9 +FLAGS ($TsunaguDeclined)\r\n"));
    CHECK_FALSE(allowed("UID STORE", "A3 UID STORE 9 +FLAGS (\\Deleted)\r\n"));
    CHECK_FALSE(allowed("UID STORE", "A3 UID STORE 9 +FLAGS (\\Answered \\Seen)\r\n"));
    CHECK_FALSE(allowed("UID STORE", "A3 UID STORE 9 -FLAGS (\\Answered)\r\n"));
    CHECK_FALSE(allowed("UID STORE", "A3 UID STORE 9 FLAGS (\\Answered)\r\n"));
    CHECK_FALSE(allowed("UID STORE", "A3 UID STORE 9 +FLAGS.SILENT (\\Answered)\r\n"));
    CHECK_FALSE(allowed("UID STORE", "A3 UID STORE 9 +FLAGS (\\answered)\r\n")); // only the canonical spelling
    CHECK_FALSE(allowed("UID STORE", "A3 UID STORE 9 +FLAGS ()\r\n"));
    CHECK_FALSE(allowed("UID STORE", "A3 UID STORE 9 +FLAGS ($Tsunagu)\r\n"));
    CHECK_FALSE(allowed("UID STORE", "A3 UID STORE 9 +FLAGS ($TsunaguX)\r\nA4 EXPUNGE\r\n"));
    CHECK_FALSE(allowed("STORE", "A3 STORE 9 +FLAGS (\\Answered)\r\n"));

    CHECK(allowed("UID FETCH", "A4 UID FETCH 1 (UID BODY.PEEK[])\r\n"));
    CHECK(allowed("UID FETCH", "A4 UID FETCH 1 (UID RFC822.SIZE FLAGS)\r\n"));
    CHECK_FALSE(allowed("UID FETCH", "A4 UID FETCH 1 (UID BODY[])\r\n"));
    CHECK_FALSE(allowed("UID FETCH", "A4 UID FETCH 1 (BINARY[1])\r\n"));
    CHECK_FALSE(allowed("UID FETCH", "A4 UID FETCH 1 (RFC822)\r\n"));
    CHECK_FALSE(allowed("UID FETCH", "A4 UID FETCH 1 (UID RFC822.TEXT)\r\n"));

    CHECK(allowed("APPEND", "A5 APPEND Sent (\\Seen) {3}\r\n"));
    CHECK(allowed("LIST", "A6 LIST \"\" \"*\"\r\n"));
    for (const QByteArray verb :
         {"EXPUNGE", "UID EXPUNGE", "MOVE", "UID MOVE", "COPY", "UID COPY", "DELETE", "CLOSE", "CREATE", "RENAME"})
        CHECK_FALSE(allowed(verb, "A7 " + verb + "\r\n"));
    // CREATE: one mailbox, with at most the RFC 6154 use of Sent or Drafts; never two names, never other uses.
    CHECK(allowed("CREATE", "A8 CREATE Sent\r\n"));
    CHECK(allowed("CREATE", "A8 CREATE INBOX.Sent (USE (\\Sent))\r\n"));
    CHECK(allowed("CREATE", "A8 CREATE \"Sent Items\" (USE (\\Drafts))\r\n"));
    CHECK_FALSE(allowed("CREATE", "A8 CREATE Sent (USE (\\Trash))\r\n"));
    CHECK_FALSE(allowed("CREATE", "A8 CREATE Sent Other\r\n"));
    CHECK_FALSE(allowed("CREATE", "A8 CREATE Sent\r\nA9 DELETE INBOX\r\n"));
    CHECK_FALSE(allowed("CREATE", "A8 CREATE {4}\r\n"));

    CHECK(allowedFlag(QStringLiteral("\\seen"), FlagUse::Append) == QByteArray("\\Seen"));
    CHECK_FALSE(allowedFlag(QStringLiteral("\\Seen"), FlagUse::Store));
    CHECK_FALSE(allowedFlag(QStringLiteral("\\Flagged"), FlagUse::Append));
    CHECK_FALSE(allowedFlag(QStringLiteral("$TsunaguInvited)"), FlagUse::Store));
    CHECK_FALSE(allowedFlag(QStringLiteral("$Tsunagu招待"), FlagUse::Store));
}

TEST_CASE("Sent and Drafts without special-use attributes: the usual names, also under INBOX", "[imap][session]")
{
    const QString sent = QStringLiteral("\\Sent");
    const QString drafts = QStringLiteral("\\Drafts");
    CHECK_FALSE(ImapSession::specialUse({}, sent));
    CHECK_FALSE(ImapSession::specialUse({listing(QStringLiteral("INBOX")), listing(QStringLiteral("Archive"))}, sent));

    // The attribute wins over a name; a \Noselect one does not count.
    const QList<MailboxListing> attributed = {
        listing(QStringLiteral("Sent")),
        listing(QStringLiteral("Old"), {QStringLiteral("\\Sent"), QStringLiteral("\\Noselect")}),
        listing(QStringLiteral("送信"), {QStringLiteral("\\sent")})};
    CHECK(ImapSession::specialUse(attributed, sent) == QStringLiteral("送信"));

    const QList<MailboxListing> gmail = {
        listing(QStringLiteral("[Gmail]"), {QStringLiteral("\\Noselect")}, QLatin1Char('/')),
        listing(QStringLiteral("[Gmail]/Sent Mail"), {}, QLatin1Char('/')),
        listing(QStringLiteral("[Gmail]/Drafts"), {}, QLatin1Char('/'))};
    CHECK(ImapSession::specialUse(gmail, sent) == QStringLiteral("[Gmail]/Sent Mail"));
    CHECK(ImapSession::specialUse(gmail, drafts) == QStringLiteral("[Gmail]/Drafts"));

    // Earlier names in the list win: "Sent" over "Sent Messages"; case does not matter.
    const QList<MailboxListing> both = {listing(QStringLiteral("Sent Messages")), listing(QStringLiteral("sent"))};
    CHECK(ImapSession::specialUse(both, sent) == QStringLiteral("sent"));
    const QList<MailboxListing> japanese = {listing(QStringLiteral("INBOX")), listing(QStringLiteral("送信済みメール")),
                                            listing(QStringLiteral("下書き"))};
    CHECK(ImapSession::specialUse(japanese, sent) == QStringLiteral("送信済みメール"));
    CHECK(ImapSession::specialUse(japanese, drafts) == QStringLiteral("下書き"));
    const QList<MailboxListing> courier = {listing(QStringLiteral("INBOX")), listing(QStringLiteral("INBOX.Drafts")),
                                           listing(QStringLiteral("INBOX/Sent Items"), {}, QLatin1Char('.'))};
    CHECK(ImapSession::specialUse(courier, drafts) == QStringLiteral("INBOX.Drafts"));
    CHECK_FALSE(ImapSession::specialUse(courier, sent)); // the separator is ".", so "INBOX/…" is another name
    CHECK_FALSE(ImapSession::specialUse(courier, QStringLiteral("\\Junk")));
}
