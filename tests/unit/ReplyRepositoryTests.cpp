// SPDX-License-Identifier: GPL-3.0-or-later
// Replies are kept from the first keystroke: a draft's text can change until it goes to the server, a reply
// that went out is never changed or discarded, and two windows cannot both start sending the same reply.
// Referrals keep the consent and share nothing without it. Accounts keep their SMTP settings.
#include "RepositoryFixture.h"

#include "storage/MailAccountRepository.h"
#include "storage/ReplyRepository.h"

#include <catch2/catch.hpp>

namespace tsunagu {
namespace {

struct Replies : test::RepositoryFixture
{
    ReplyRepository replies{db, temp.clock()};
    qint64 roomId = addRoom(QStringLiteral("D"));
    qint64 otherRoomId = addRoom(QStringLiteral("G"), 1);
    qint64 applicantId = addApplicant(roomId, QStringLiteral("さくら"), test::japan(2026, 11, 20, 9));

    qint64 draft(const QString& body = QStringLiteral("ようこそ"))
    {
        Reply reply;
        reply.applicantId = applicantId;
        reply.action = QStringLiteral("invite");
        reply.toAddress = QStringLiteral("sakura@example.org");
        reply.subject = QStringLiteral("Re: 参加申し込み");
        reply.body = body;
        auto id = replies.insertDraft(reply);
        REQUIRE(id.ok());
        return id.value();
    }
};

} // namespace

TEST_CASE("A draft keeps what the host typed and changes only until it is sent", "[storage][replies]")
{
    Replies r;
    const qint64 id = r.draft();
    REQUIRE(r.replies
                .saveText(id, QStringLiteral("sakura@example.org"), QStringLiteral("ご案内"),
                          QStringLiteral("パスコード 123456"), true)
                .ok());
    auto saved = r.replies.byId(id);
    REQUIRE(saved.ok());
    CHECK(saved->state == ReplyState::Draft);
    CHECK(saved->subject == QStringLiteral("ご案内"));
    CHECK(saved->body == QStringLiteral("パスコード 123456"));
    CHECK(saved->includesSecrets);

    REQUIRE(r.replies.beginSending(id).ok());
    // A second window pressing send on the same reply loses the race instead of sending twice.
    auto twice = r.replies.beginSending(id);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == StoreError::Conflict);
    // What is on its way to the server is not edited any more.
    CHECK(r.replies.saveText(id, {}, QStringLiteral("x"), QStringLiteral("y"), false).error().code ==
          StoreError::Conflict);

    REQUIRE(r.replies.markSent(id, QStringLiteral("<r1@example.org>"), test::japan(2026, 11, 21, 10)).ok());
    auto sent = r.replies.byId(id);
    CHECK(sent->state == ReplyState::Sent);
    CHECK(sent->messageId == QStringLiteral("<r1@example.org>"));
    CHECK(sent->body == QStringLiteral("パスコード 123456"));
    CHECK(r.replies.discard(id).error().code == StoreError::Conflict);
    CHECK(r.replies.byId(id).ok());
}

TEST_CASE("A failed send is kept with its error and can be edited and retried", "[storage][replies]")
{
    Replies r;
    const qint64 id = r.draft();
    REQUIRE(r.replies.beginSending(id).ok());
    REQUIRE(r.replies.markFailed(id, QStringLiteral("auth_failed"), QStringLiteral("535 5.7.8")).ok());
    auto failed = r.replies.byId(id);
    CHECK(failed->state == ReplyState::Failed);
    CHECK(failed->errorCode == QStringLiteral("auth_failed"));

    auto open = r.replies.unfinished();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->first().id == id);

    REQUIRE(r.replies
                .saveText(id, QStringLiteral("sakura@example.org"), QStringLiteral("件名"),
                          QStringLiteral("直しました"), false)
                .ok());
    REQUIRE(r.replies.beginSending(id).ok());
    CHECK(r.replies.byId(id)->errorCode.isEmpty());
}

TEST_CASE("A reply left on its way by a stopped Tsunagu is shown as interrupted, never resent", "[storage][replies]")
{
    Replies r;
    const qint64 id = r.draft();
    REQUIRE(r.replies.beginSending(id).ok());
    auto interrupted = r.replies.interruptSending();
    REQUIRE(interrupted.ok());
    CHECK(interrupted.value() == 1);
    auto reply = r.replies.byId(id);
    CHECK(reply->state == ReplyState::Failed);
    CHECK(reply->errorCode == QStringLiteral("interrupted"));
    CHECK(r.replies.interruptSending().value() == 0);
}

TEST_CASE("Discarding removes a draft and nothing else", "[storage][replies]")
{
    Replies r;
    const qint64 keep = r.draft(QStringLiteral("残す"));
    const qint64 drop = r.draft(QStringLiteral("捨てる"));
    REQUIRE(r.replies.discard(drop).ok());
    CHECK(r.replies.byId(drop).error().code == StoreError::NotFound);
    auto left = r.replies.forApplicant(r.applicantId);
    REQUIRE(left.ok());
    REQUIRE(left->size() == 1);
    CHECK(left->first().id == keep);
}

TEST_CASE("A referral without consent shares nothing", "[storage][replies]")
{
    Replies r;
    Referral withConsent;
    withConsent.applicantId = r.applicantId;
    withConsent.toRoomId = r.otherRoomId;
    withConsent.consent = true;
    withConsent.sharedFields = {QStringLiteral("anonymous_name"), QStringLiteral("concern")};
    auto first = r.replies.insertReferral(withConsent);
    REQUIRE(first.ok());

    Referral without = withConsent;
    without.consent = false;
    auto second = r.replies.insertReferral(without);
    REQUIRE(second.ok());
    // Only a referral the applicant agreed to can be sent on.
    CHECK_FALSE(r.replies.markReferralNotified(second.value(), test::japan(2026, 11, 22, 9)).ok());
    REQUIRE(r.replies.markReferralNotified(first.value(), test::japan(2026, 11, 22, 9)).ok());

    auto referrals = r.replies.referralsOf(r.applicantId);
    REQUIRE(referrals.ok());
    REQUIRE(referrals->size() == 2);
    CHECK(referrals->at(0).sharedFields == QStringList{QStringLiteral("anonymous_name"), QStringLiteral("concern")});
    CHECK(referrals->at(0).notifiedAt.isValid());
    CHECK(referrals->at(1).sharedFields.isEmpty());
    CHECK_FALSE(referrals->at(1).notifiedAt.isValid());
}

TEST_CASE("An account keeps its sending settings", "[storage][replies]")
{
    Replies r;
    MailAccountRepository accounts(r.db, r.temp.clock());
    MailAccount account = presetAccount(MailProvider::Gmail);
    account.name = QStringLiteral("D 受付");
    account.userName = QStringLiteral("room-d@example.org");
    account.fromName = QStringLiteral("ルームD 受付");
    account.outgoingCharset = OutgoingCharset::Iso2022Jp;
    account.sentFolder = QStringLiteral("[Gmail]/Sent Mail");
    auto id = accounts.insert(account);
    REQUIRE(id.ok());
    auto stored = accounts.byId(id.value());
    REQUIRE(stored.ok());
    CHECK(stored->serverFilesSent); // the Gmail preset: Gmail files its own copy
    CHECK(stored->fromName == QStringLiteral("ルームD 受付"));
    CHECK(stored->outgoingCharset == OutgoingCharset::Iso2022Jp);
    CHECK(stored->sentFolder == QStringLiteral("[Gmail]/Sent Mail"));
    CHECK(senderAddress(stored.value()) == QStringLiteral("room-d@example.org"));
    CHECK(smtpLogin(stored.value()) == QStringLiteral("room-d@example.org"));
    CHECK(smtpSecretKeyOf(stored.value()) == stored->secretKey);

    MailAccount changed = stored.value();
    changed.smtpUserName = QStringLiteral("relay@example.org");
    changed.smtpSecretKey = QStringLiteral("mail-account-smtp/test");
    changed.outgoingCharset = OutgoingCharset::Utf8;
    REQUIRE(accounts.update(changed).ok());
    auto updated = accounts.byId(id.value());
    CHECK(smtpLogin(updated.value()) == QStringLiteral("relay@example.org"));
    CHECK(smtpSecretKeyOf(updated.value()) == QStringLiteral("mail-account-smtp/test"));
    CHECK(updated->outgoingCharset == OutgoingCharset::Utf8);
}

} // namespace tsunagu
