// SPDX-License-Identifier: GPL-3.0-or-later
// The calls replies need against a real Dovecot with Sent and Drafts special-use mailboxes: the copy
// filed in Sent comes back byte for byte, flags one host adds are what a co-host's session sees, and a co-host's
// reply is found in Sent by In-Reply-To.
#include "ImapServerFixture.h"

#include <QTimeZone>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

Server specialUseServer()
{
    DovecotServer::Options options;
    options.specialUseMailboxes = true;
    return Server(options);
}

// A reply as the host would send it to applicant 1 (testMail(1) has Message-ID <mail-1@example.jp>).
QByteArray replyMail()
{
    return "From: Host <host@example.org>\r\nTo: applicant@example.jp\r\n"
           "Subject: =?UTF-8?B?UmU6IOWPl+S7mA==?=\r\nIn-Reply-To: <mail-1@example.jp>\r\n"
           "References: <mail-1@example.jp>\r\nMessage-ID: <reply-1@example.org>\r\n"
           "Date: Tue, 5 Mar 2024 21:15:00 +0900\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           "\xe3\x81\x94\xe5\x8f\x82\xe5\x8a\xa0\xe3\x81\x8a\xe5\xbe\x85\xe3\x81\xa1\xe3\x81\x97\xe3\x81\xa6\xe3\x81"
           "\x8a"
           "\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82\r\n.\r\n"
           "A line that looks like IMAP: A9 OK fake\r\n";
}

MailboxInfo openMailbox(ImapSession& session, const QString& mailbox, bool readWrite)
{
    const auto box = awaitCall<MailboxInfo>([&](auto done) {
        if (readWrite)
            session.select(mailbox, done);
        else
            session.examine(mailbox, done);
    });
    INFO(box.error().detail.toStdString());
    REQUIRE(box.ok());
    return box.value();
}

QByteArray body(ImapSession& session, quint32 uid)
{
    QList<FetchedMessage> messages;
    const auto summary = awaitCall<ImapSession::FetchSummary>([&](auto done) {
        session.fetchBodies(
            {uid}, std::nullopt, [&messages](FetchedMessage m) { messages.append(m); }, done);
    });
    REQUIRE(summary.ok());
    REQUIRE(messages.size() == 1);
    return messages.first().bytes;
}

} // namespace

TEST_CASE("Real server: Sent and Drafts found, a reply filed in Sent byte for byte, a draft in Drafts",
          "[server][imap]")
{
    Server server = specialUseServer();
    ImapSession session(SslMailSocket::factory());
    const auto connected =
        connectSession(session, server.endpoint(SecurityMode::ImplicitTls), server.dovecot.password());
    INFO(connected.error().detail.toStdString() << "\n" << server.dovecot.logText().toStdString());
    REQUIRE(connected.ok());
    CHECK(connected->hasCapability("SPECIAL-USE"));
    CHECK(connected->hasCapability("UIDPLUS"));

    const auto listings = awaitCall<QList<MailboxListing>>([&](auto done) { session.listMailboxes(done); });
    REQUIRE(listings.ok());
    CHECK(ImapSession::specialUse(listings.value(), QStringLiteral("\\Sent")) == QStringLiteral("Sent"));
    CHECK(ImapSession::specialUse(listings.value(), QStringLiteral("\\Drafts")) == QStringLiteral("Drafts"));
    bool sentHasAttribute = false;
    for (const MailboxListing& listing : listings.value()) {
        if (listing.name == QStringLiteral("Sent"))
            sentHasAttribute = listing.hasAttribute(QStringLiteral("\\Sent")) && listing.separator == QLatin1Char('.');
    }
    CHECK(sentHasAttribute);

    // Filed in Sent with \Seen and the time it was sent; nothing selected meanwhile.
    const QByteArray reply = replyMail();
    const QDateTime sentAt(QDate(2024, 3, 5), QTime(21, 15, 0), QTimeZone(9 * 3600));
    const auto appended = awaitCall<AppendResult>(
        [&](auto done) { session.append(QStringLiteral("Sent"), reply, {QStringLiteral("\\Seen")}, sentAt, done); });
    INFO(appended.error().detail.toStdString());
    REQUIRE(appended.ok());
    CHECK(appended->uid == 1);
    CHECK(appended->uidValidity > 0);

    const QByteArray draft = "From: Host <host@example.org>\r\nSubject: draft\r\n\r\n\xe4\xb8\x8b\xe6\x9b\xb8\r\n";
    const auto drafted = awaitCall<AppendResult>([&](auto done) {
        session.append(QStringLiteral("Drafts"), draft, {QStringLiteral("\\Draft")}, QDateTime(), done);
    });
    REQUIRE(drafted.ok());

    // Dovecot answers [TRYCREATE]: the mailbox is not created.
    const auto missing = awaitCall<AppendResult>(
        [&](auto done) { session.append(QStringLiteral("Sent Messages"), reply, {}, QDateTime(), done); });
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ImapErrorCode::MailboxMissing);

    const MailboxInfo sent = openMailbox(session, QStringLiteral("Sent"), false);
    CHECK(sent.uidValidity == appended->uidValidity);
    CHECK(sent.exists == 1);
    CHECK(body(session, appended->uid) == reply);
    const QList<MessageMeta> metas = fetchMeta(session, {appended->uid});
    REQUIRE(metas.size() == 1);
    CHECK(metas[0].isSeen());
    CHECK(metas[0].messageId == "<reply-1@example.org>");
    CHECK(metas[0].internalDate.toSecsSinceEpoch() == sentAt.toSecsSinceEpoch());

    const MailboxInfo drafts = openMailbox(session, QStringLiteral("Drafts"), false);
    CHECK(drafts.exists == 1);
    const auto draftFlags = awaitCall<QList<MessageFlags>>([&](auto done) { session.fetchFlags({1}, done); });
    REQUIRE(draftFlags.ok());
    REQUIRE(draftFlags->size() == 1);
    CHECK(draftFlags->first().flags.contains(QStringLiteral("\\Draft")));
    CHECK(drafted->uid == 1);
    CHECK(body(session, drafted->uid) == draft);
}

TEST_CASE("Real server: the Answered flag and a Tsunagu keyword, seen by a second host session", "[server][imap]")
{
    Server server = specialUseServer();
    REQUIRE_FALSE(server.dovecot.deliver(testMail(1)).isEmpty());
    REQUIRE_FALSE(server.dovecot.deliver(testMail(2)).isEmpty());
    const QStringList wanted{QStringLiteral("\\Answered"), QStringLiteral("$TsunaguInvited")};

    ImapSession host(SslMailSocket::factory());
    REQUIRE(connectSession(host, server.endpoint(SecurityMode::ImplicitTls), server.dovecot.password()).ok());

    // Examined: refused by the session itself, and the message stays as it was.
    examineInbox(host);
    const auto refused = awaitCall<QList<MessageFlags>>([&](auto done) { host.addFlags({1}, wanted, done); });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ImapErrorCode::Refused);
    CHECK(refused.error().detail.contains(QStringLiteral("read-only")));
    const auto untouched = awaitCall<QList<MessageFlags>>([&](auto done) { host.fetchFlags({1}, done); });
    REQUIRE(untouched.ok());
    REQUIRE(untouched->size() == 1);
    CHECK_FALSE(untouched->first().flags.contains(QStringLiteral("\\Answered")));

    const MailboxInfo inbox = openMailbox(host, QStringLiteral("INBOX"), true);
    CHECK_FALSE(inbox.readOnly);
    REQUIRE(inbox.permanentFlags);
    CHECK(inbox.permanentFlags->contains("\\*"));
    CHECK(inbox.keywordsAllowed());

    const auto added = awaitCall<QList<MessageFlags>>([&](auto done) { host.addFlags({1}, wanted, done); });
    INFO(added.error().detail.toStdString() << "\n" << server.dovecot.logText().toStdString());
    REQUIRE(added.ok());
    REQUIRE(added->size() == 1);
    CHECK(added->first().uid == 1);
    CHECK(added->first().flags.contains(QStringLiteral("\\Answered")));
    CHECK(added->first().flags.contains(QStringLiteral("$TsunaguInvited")));
    CHECK(added->first().notStored.isEmpty());
    // Adding again changes nothing and still reports where the message stands.
    const auto again = awaitCall<QList<MessageFlags>>([&](auto done) { host.addFlags({1}, wanted, done); });
    REQUIRE(again.ok());
    REQUIRE(again->size() == 1);
    CHECK(again->first().flags.contains(QStringLiteral("$TsunaguInvited")));
    // A forbidden flag is refused whatever the mailbox allows.
    const auto deleted =
        awaitCall<QList<MessageFlags>>([&](auto done) { host.addFlags({2}, {QStringLiteral("\\Deleted")}, done); });
    REQUIRE_FALSE(deleted.ok());
    CHECK(deleted.error().code == ImapErrorCode::Refused);

    // The co-host: another session, read-only, sees both flags; message 2 is untouched, nothing became \Seen.
    ImapSession cohost(SslMailSocket::factory());
    REQUIRE(connectSession(cohost, server.endpoint(SecurityMode::ImplicitTls), server.dovecot.password()).ok());
    examineInbox(cohost);
    const auto seen = awaitCall<QList<MessageFlags>>([&](auto done) { cohost.fetchFlags({1, 2}, done); });
    REQUIRE(seen.ok());
    REQUIRE(seen->size() == 2);
    CHECK(seen->at(0).flags.contains(QStringLiteral("\\Answered")));
    CHECK(seen->at(0).flags.contains(QStringLiteral("$TsunaguInvited")));
    CHECK_FALSE(seen->at(0).flags.contains(QStringLiteral("\\Seen")));
    CHECK_FALSE(seen->at(1).flags.contains(QStringLiteral("\\Answered")));
    CHECK_FALSE(seen->at(1).flags.contains(QStringLiteral("\\Deleted")));
}

TEST_CASE("Real server: a co-host's reply is found in Sent by In-Reply-To and its From is read", "[server][imap]")
{
    Server server = specialUseServer();
    ImapSession cohost(SslMailSocket::factory());
    REQUIRE(connectSession(cohost, server.endpoint(SecurityMode::ImplicitTls), server.dovecot.password()).ok());
    const QDateTime sentAt(QDate(2024, 3, 5), QTime(21, 15, 0), QTimeZone(9 * 3600));
    const auto appended = awaitCall<AppendResult>([&](auto done) {
        cohost.append(QStringLiteral("Sent"), replyMail(), {QStringLiteral("\\Seen")}, sentAt, done);
    });
    REQUIRE(appended.ok());
    // Something else in Sent that must not match.
    REQUIRE(awaitCall<AppendResult>([&](auto done) {
                cohost.append(QStringLiteral("Sent"), testMail(9), {QStringLiteral("\\Seen")}, QDateTime(), done);
            }).ok());

    ImapSession host(SslMailSocket::factory());
    REQUIRE(connectSession(host, server.endpoint(SecurityMode::ImplicitTls), server.dovecot.password()).ok());
    openMailbox(host, QStringLiteral("Sent"), false);
    const auto found = awaitCall<std::vector<quint32>>([&](auto done) {
        host.searchHeader(QStringLiteral("In-Reply-To"), QStringLiteral("<mail-1@example.jp>"), done);
    });
    INFO(found.error().detail.toStdString());
    REQUIRE(found.ok());
    CHECK(found.value() == std::vector<quint32>{appended->uid});
    const auto none = awaitCall<std::vector<quint32>>([&](auto done) {
        host.searchHeader(QStringLiteral("In-Reply-To"), QStringLiteral("<mail-2@example.jp>"), done);
    });
    REQUIRE(none.ok());
    CHECK(none.value().empty());
    // Non-ASCII goes as CHARSET UTF-8; Dovecot decodes the encoded-word in the Subject to match it.
    const auto subject = awaitCall<std::vector<quint32>>(
        [&](auto done) { host.searchHeader(QStringLiteral("Subject"), QStringLiteral("受付"), done); });
    INFO(subject.error().detail.toStdString());
    REQUIRE(subject.ok());
    CHECK(subject.value().size() == 2);

    const auto envelopes =
        awaitCall<QList<MessageEnvelope>>([&](auto done) { host.fetchEnvelopes(found.value(), done); });
    REQUIRE(envelopes.ok());
    REQUIRE(envelopes->size() == 1);
    const MessageEnvelope& envelope = envelopes->first();
    CHECK(envelope.uid == appended->uid);
    CHECK(envelope.internalDate.toSecsSinceEpoch() == sentAt.toSecsSinceEpoch());
    CHECK(envelope.headerBytes.startsWith("From: Host <host@example.org>\r\n"));
    CHECK(envelope.headerBytes.contains("In-Reply-To: <mail-1@example.jp>\r\n"));
    CHECK(envelope.headerBytes.contains("Date: Tue, 5 Mar 2024 21:15:00 +0900\r\n"));
    CHECK_FALSE(envelope.headerBytes.contains("Message-ID"));
    CHECK(envelope.headerBytes.endsWith("\r\n\r\n"));
}
