// SPDX-License-Identifier: GPL-3.0-or-later
// Mail taken in through the intake pipeline into a demo profile: applicants, replies, 未分類, spam, duplicates.
#include "MailSamples.h"
#include "TempProfile.h"
#include "intake/IntakePipeline.h"
#include "storage/ApplicantRepository.h"
#include "storage/BlockedAddressRepository.h"
#include "storage/MessageRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace tsunagu;

namespace {

using test::applicationBody;
using test::formMail;

struct Fixture
{
    test::TempProfile profile;
    Database& db = profile.openDemo().database();
    IntakePipeline intake{db, profile.clock()};
    ApplicantRepository applicants{db, profile.clock()};
    MessageRepository messages{db};

    IntakeResult take(const QByteArray& raw, const IntakeSource& source = {})
    {
        auto result = intake.take(raw, source);
        INFO(result.error().detail.toStdString());
        REQUIRE(result.ok());
        return result.value();
    }
};

} // namespace

TEST_CASE("a form submission becomes an applicant of the room it names", "[intake]")
{
    Fixture f;
    const IntakeResult result = f.take(formMail(
        QStringLiteral("【ルームE】参加申し込み"),
        applicationBody(QStringLiteral("こもも"), QStringLiteral("komomo@example.org")), "form-1@forms.example.org"));
    REQUIRE(result.outcome == IntakeOutcome::NewApplicant);
    auto applicant = f.applicants.byId(result.applicantId);
    REQUIRE(applicant.ok());
    CHECK(applicant->anonymousName == QStringLiteral("こもも"));
    // The form service is the sender; the applicant's own address comes from the form.
    CHECK(applicant->replyAddress == QStringLiteral("komomo@example.org"));
    CHECK(applicant->category == Category::Person);
    CHECK(applicant->genderAsWritten == QStringLiteral("女性"));
    CHECK(applicant->ageBand == QStringLiteral("20代"));
    CHECK(applicant->region == QStringLiteral("東京都"));
    CHECK(applicant->referralSource == QStringLiteral("クリニックのポスター"));
    CHECK(applicant->introduction.contains(QStringLiteral("過食の悩み")));
    CHECK(applicant->status == ApplicantStatus::New);
    CHECK(applicant->hints.isEmpty());
    auto rows = f.applicants.all();
    bool inRoomE = false;
    for (const ApplicantRow& row : rows.value())
        inRoomE = inRoomE || (row.applicant.id == result.applicantId && row.roomCode == QStringLiteral("E"));
    CHECK(inRoomE);

    // The mail is kept with its bytes, for the host to read and to see the source.
    auto message = f.messages.byId(result.messageId, true);
    REQUIRE(message.ok());
    CHECK(message->applicantId == result.applicantId);
    CHECK(message->classification == Classification::Application);
    CHECK(message->bodyText.contains(QStringLiteral("はじめまして")));
    CHECK(message->raw.startsWith("From: "));
}

TEST_CASE("the same mail taken in twice is stored once", "[intake]")
{
    Fixture f;
    const QByteArray mail =
        formMail(QStringLiteral("参加申し込み Room E"),
                 applicationBody(QStringLiteral("あめ"), QStringLiteral("ame@example.org")), "twice@forms.example.org");
    const IntakeResult first = f.take(mail);
    CHECK(first.outcome == IntakeOutcome::NewApplicant);
    const IntakeResult again = f.take(mail);
    CHECK(again.outcome == IntakeOutcome::AlreadyKnown);
    CHECK(again.messageId == first.messageId);
    // Saved again with other line endings: the Message-ID still tells.
    QByteArray resaved = mail;
    resaved.replace("\r\n", "\n");
    CHECK(f.take(resaved).outcome == IntakeOutcome::AlreadyKnown);
    CHECK(f.applicants.byAddress(QStringLiteral("ame@example.org"))->size() == 1);
}

TEST_CASE("a second application from a known address is flagged as a duplicate", "[intake]")
{
    Fixture f;
    // はるかぜ of the demo applied to Room E before; now she writes to Room DA.
    const IntakeResult result = f.take(formMail(
        QStringLiteral("Room DA 参加申し込み"),
        applicationBody(QStringLiteral("はるかぜ"), QStringLiteral("harukaze@example.org")), "dup@forms.example.org"));
    REQUIRE(result.outcome == IntakeOutcome::DuplicateApplicant);
    auto applicant = f.applicants.byId(result.applicantId);
    CHECK(applicant->duplicateState == DuplicateState::Flagged);
    CHECK(applicant->duplicateOfId > 0);
    bool flagged = false;
    for (const Hint& hint : applicant->hints)
        flagged = flagged || hint.kind == QStringLiteral("duplicate");
    CHECK(flagged);
}

TEST_CASE("a reply to a host's mail is attached to its applicant", "[intake]")
{
    Fixture f;
    const IntakeResult application = f.take(formMail(
        QStringLiteral("ルームE 参加申し込み"),
        applicationBody(QStringLiteral("つばめ"), QStringLiteral("tsubame@example.org")), "app@forms.example.org"));
    // A host's invitation, as the replies issue will store it.
    Message sent;
    sent.direction = MessageDirection::Outgoing;
    sent.messageId = QStringLiteral("invite-1@room-e.example.jp");
    sent.subject = QStringLiteral("Re: ルームE 参加申し込み");
    sent.receivedAt = test::testNow();
    sent.classification = Classification::Sent;
    sent.applicantId = application.applicantId;
    REQUIRE(f.messages.insert(sent).ok());

    const QByteArray reply = "From: tsubame@example.org\r\n"
                             "To: room-e@example.jp\r\n"
                             "Subject: Re: =?UTF-8?B?" +
                             QStringLiteral("ルームE 参加申し込み").toUtf8().toBase64() +
                             "?=\r\n"
                             "In-Reply-To: <invite-1@room-e.example.jp>\r\n"
                             "Message-ID: <reply-1@example.org>\r\n"
                             "Content-Type: text/plain; charset=UTF-8\r\n\r\n" +
                             QStringLiteral("ありがとうございます。参加します。\r\n").toUtf8();
    const IntakeResult result = f.take(reply);
    CHECK(result.outcome == IntakeOutcome::ReplyAttached);
    CHECK(result.applicantId == application.applicantId);
    auto thread = f.messages.forApplicant(application.applicantId);
    REQUIRE(thread.ok());
    CHECK(thread->size() == 3);
}

TEST_CASE("mail that is not an application is kept as unclassified, spam on its own list", "[intake]")
{
    Fixture f;
    // The demo profile already holds two letters and one spam mail.
    const int lettersBefore = int(f.messages.withClassification(Classification::Unclassified)->size());
    const int spamBefore = int(f.messages.withClassification(Classification::Spam)->size());
    const QByteArray letter = "From: Someone <someone@example.com>\r\n"
                              "To: room-d@example.jp\r\n"
                              "Subject: =?UTF-8?B?" +
                              QStringLiteral("取材のお願い").toUtf8().toBase64() +
                              "?=\r\n"
                              "Message-ID: <letter@example.com>\r\n"
                              "Content-Type: text/plain; charset=UTF-8\r\n\r\n" +
                              QStringLiteral("はじめまして。オンラインルームについてお話を伺えますか。\r\n").toUtf8();
    const IntakeResult unclassified = f.take(letter);
    CHECK(unclassified.outcome == IntakeOutcome::Unclassified);
    CHECK(unclassified.applicantId == 0);
    auto list = f.messages.withClassification(Classification::Unclassified);
    REQUIRE(list->size() == lettersBefore + 1);
    CHECK(f.messages.byId(unclassified.messageId)->subject == QStringLiteral("取材のお願い"));

    const QByteArray spam = "From: Lucky <win@example.com>\r\n"
                            "To: room-d@example.jp\r\n"
                            "Subject: You won\r\n"
                            "X-Spam-Flag: YES\r\n"
                            "Message-ID: <spam@example.com>\r\n\r\n"
                            "Click here.\r\n";
    const IntakeResult spamResult = f.take(spam);
    CHECK(spamResult.outcome == IntakeOutcome::Spam);
    CHECK(f.messages.withClassification(Classification::Spam)->size() == spamBefore + 1);

    // The host decides the letter is an application after all.
    auto madeId = f.intake.makeApplicant(unclassified.messageId);
    REQUIRE(madeId.ok());
    CHECK(f.messages.withClassification(Classification::Unclassified)->size() == lettersBefore);
    const auto made = f.applicants.byId(madeId.value());
    CHECK(made->replyAddress == QStringLiteral("someone@example.com"));
    CHECK(made->anonymousName.isEmpty()); // "Someone" may be a real name
    // Ignoring keeps the mail, off the list.
    const qint64 spamId = spamResult.messageId;
    REQUIRE(f.intake.ignore(spamId).ok());
    CHECK(f.messages.withClassification(Classification::Spam)->size() == spamBefore);
    CHECK(f.messages.byId(spamId)->classification == Classification::Ignored);
}

TEST_CASE("hints warn the host, and the applicant is created all the same", "[intake]")
{
    Fixture f;
    BlockedAddressRepository blocked(f.db);
    REQUIRE(blocked.block(QStringLiteral("blocked@example.org"), test::testNow()).ok());
    // A man applying to the women-only room DA, from an address a host blocked.
    QString body = applicationBody(QStringLiteral("ケン"), QStringLiteral("blocked@example.org"));
    body.replace(QStringLiteral("【性別】女性"), QStringLiteral("【性別】男性"));
    const IntakeResult result = f.take(formMail(QStringLiteral("RoomDA 申し込み"), body, "hint@forms.example.org"));
    REQUIRE(result.outcome == IntakeOutcome::NewApplicant);
    QStringList kinds;
    const auto applicant = f.applicants.byId(result.applicantId);
    REQUIRE(applicant.ok());
    for (const Hint& hint : applicant->hints)
        kinds << hint.kind;
    CHECK(kinds.contains(QStringLiteral("women_only_room")));
    CHECK(kinds.contains(QStringLiteral("blocked")));
}

TEST_CASE("the room comes from the host, then the mailbox, then the mail", "[intake]")
{
    Fixture f;
    const QString body = applicationBody(QStringLiteral("なぎ"), QStringLiteral("nagi@example.org"));
    IntakeSource forced;
    forced.roomCode = QStringLiteral("K");
    CHECK(f.take(formMail(QStringLiteral("Room E"), body, "r1@forms.example.org"), forced).understanding.roomCode ==
          QStringLiteral("K"));
    IntakeSource mailbox;
    mailbox.roomCodes = {QStringLiteral("NF")};
    CHECK(f.take(formMail(QStringLiteral("Room E"), body, "r2@forms.example.org"), mailbox).understanding.roomCode ==
          QStringLiteral("NF"));
    // No room anywhere: the applicant is created without one, with a hint to choose.
    const IntakeResult none = f.take(formMail(QStringLiteral("参加申し込み"), body, "r3@forms.example.org"));
    CHECK(none.understanding.roomCode.isEmpty());
    CHECK(none.outcome == IntakeOutcome::DuplicateApplicant);
    CHECK(f.applicants.byId(none.applicantId)->roomId == 0);
}
