// SPDX-License-Identifier: GPL-3.0-or-later
// Mail taken in through the intake pipeline into a demo profile: applicants, replies, 未分類, spam, duplicates.
#include "MailSamples.h"
#include "TempProfile.h"
#include "intake/IntakePipeline.h"
#include "storage/ApplicantList.h"
#include "storage/ApplicantRepository.h"
#include "storage/BlockedAddressRepository.h"
#include "storage/MailAccountRepository.h"
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
    auto rows = ApplicantList(f.db).all();
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

TEST_CASE("mail a machine sent is kept as unclassified, spam on its own list", "[intake]")
{
    Fixture f;
    // The demo profile already holds two letters and one spam mail.
    const int lettersBefore = int(f.messages.withClassification(Classification::Unclassified)->size());
    const int spamBefore = int(f.messages.withClassification(Classification::Spam)->size());
    // A newsletter (a mailing list's headers) is read by the host, never answered as an application.
    const QByteArray letter = "From: Someone <someone@example.com>\r\n"
                              "To: room-d@example.jp\r\n"
                              "Subject: =?UTF-8?B?" +
                              QStringLiteral("地域ニュース 12月号").toUtf8().toBase64() +
                              "?=\r\n"
                              "List-Id: <news.example.com>\r\n"
                              "List-Unsubscribe: <mailto:leave@example.com>\r\n"
                              "Message-ID: <letter@example.com>\r\n"
                              "Content-Type: text/plain; charset=UTF-8\r\n\r\n" +
                              QStringLiteral("今月の地域の催しをお知らせします。\r\n").toUtf8();
    const IntakeResult unclassified = f.take(letter);
    CHECK(unclassified.outcome == IntakeOutcome::Unclassified);
    CHECK(unclassified.applicantId == 0);
    auto list = f.messages.withClassification(Classification::Unclassified);
    REQUIRE(list->size() == lettersBefore + 1);
    CHECK(f.messages.byId(unclassified.messageId)->subject == QStringLiteral("地域ニュース 12月号"));

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
    CHECK(made->anonymousName.isEmpty());                                              // "Someone" may be a real name
    CHECK(made->introduction == QStringLiteral("今月の地域の催しをお知らせします。")); // its own words
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

namespace {

QByteArray letterMail(const QByteArray& from, const QByteArray& to, const QString& subject, const QString& text,
                      const QByteArray& id, const QByteArray& extraHeaders = {})
{
    return "From: " + from + "\r\nTo: " + to + "\r\nSubject: =?UTF-8?B?" + subject.toUtf8().toBase64() +
           "?=\r\nDate: Fri, 20 Nov 2026 21:14:00 +0900\r\nMessage-ID: <" + id + ">\r\n" + extraHeaders +
           "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text.toUtf8() + "\r\n";
}

QStringList hintKinds(const Applicant& applicant)
{
    QStringList kinds;
    for (const Hint& hint : applicant.hints)
        kinds << hint.kind;
    return kinds;
}

} // namespace

TEST_CASE("a first letter from a person is an application, whatever its wording", "[intake][letters]")
{
    Fixture f;
    // Only the room's name as the subject and a line about themselves: no form, no 参加希望.
    const IntakeResult e = f.take(letterMail(
        "=?UTF-8?B?" + QStringLiteral("ゆう").toUtf8().toBase64() + "?= <yu@example.org>", "room-e@example.jp",
        QStringLiteral("ルームE"), QStringLiteral("クリニックの先生からこちらを聞きました。"), "letter-e@example.org"));
    REQUIRE(e.outcome == IntakeOutcome::NewApplicant);
    const auto applicant = f.applicants.byId(e.applicantId);
    REQUIRE(applicant.ok());
    CHECK(e.understanding.roomCode == QStringLiteral("E"));
    CHECK(applicant->replyAddress == QStringLiteral("yu@example.org"));
    CHECK(applicant->introduction == QStringLiteral("クリニックの先生からこちらを聞きました。"));
    CHECK(hintKinds(applicant.value()).contains(QStringLiteral("direct_letter")));
    // The time it was sent (a saved file has no server time), not the time it was read in.
    CHECK(applicant->receivedAt.toUTC() == QDateTime(QDate(2026, 11, 20), QTime(12, 14), Qt::UTC));

    // The room from the text when the subject names none; the reply address from Reply-To.
    const IntakeResult g =
        f.take(letterMail("Kei <kei@example.org>", "rooms@example.jp", QStringLiteral("はじめまして"),
                          QStringLiteral("Room G / 妻に勧められて連絡しました。"), "letter-g@example.org",
                          "Reply-To: kei.home@example.org\r\n"));
    REQUIRE(g.outcome == IntakeOutcome::NewApplicant);
    CHECK(g.understanding.roomCode == QStringLiteral("G"));
    CHECK(f.applicants.byId(g.applicantId)->replyAddress == QStringLiteral("kei.home@example.org"));

    // No room anywhere: an applicant all the same, for the host to choose the room.
    const IntakeResult none =
        f.take(letterMail("Mio <mio@example.org>", "rooms@example.jp", QStringLiteral("相談させてください"),
                          QStringLiteral("家族のことで悩んでいます。"), "letter-n@example.org"));
    REQUIRE(none.outcome == IntakeOutcome::NewApplicant);
    CHECK(none.understanding.roomCode.isEmpty());
    CHECK(hintKinds(f.applicants.byId(none.applicantId).value()).contains(QStringLiteral("no_room")));

    // Taken wrongly: one step puts the letter back in 未分類, and nothing of the applicant stays.
    REQUIRE(f.intake.returnToUnclassified(none.applicantId).ok());
    CHECK(f.applicants.byId(none.applicantId).error().code == StoreError::NotFound);
    CHECK(f.messages.byId(none.messageId)->classification == Classification::Unclassified);
    CHECK(f.messages.byId(none.messageId)->applicantId == 0);
    // … and back again, as before.
    REQUIRE(f.intake.makeApplicant(none.messageId).ok());
}

TEST_CASE("a letter from a known applicant joins them, automated mail stays in 未分類", "[intake][letters]")
{
    Fixture f;
    const IntakeResult first =
        f.take(letterMail("Sora <sora@example.org>", "room-d@example.jp", QStringLiteral("Room D"),
                          QStringLiteral("参加したいです。"), "first@example.org"));
    REQUIRE(first.outcome == IntakeOutcome::NewApplicant);
    const IntakeResult again = f.take(letterMail("Sora <sora@example.org>", "room-d@example.jp", QStringLiteral("追伸"),
                                                 QStringLiteral("日程を教えてください。"), "again@example.org"));
    CHECK(again.outcome == IntakeOutcome::ReplyAttached);
    CHECK(again.applicantId == first.applicantId);

    const QVector<QByteArray> automated = {
        "Auto-Submitted: auto-replied\r\n",
        "Precedence: bulk\r\n",
        "List-Unsubscribe: <https://news.example.com/leave>\r\n",
        "X-Autoreply: yes\r\n",
        "Feedback-ID: 1:campaign:example\r\n",
    };
    int n = 0;
    for (const QByteArray& header : automated) {
        INFO(header.toStdString());
        const IntakeResult result = f.take(letterMail("Service <service@example.com>", "room-d@example.jp",
                                                      QStringLiteral("お知らせ"), QStringLiteral("ご案内です。"),
                                                      "auto-" + QByteArray::number(++n) + "@example.com", header));
        CHECK(result.outcome == IntakeOutcome::Unclassified);
    }
    for (const QByteArray& sender : {QByteArray("no-reply@service.example.com"),
                                     QByteArray("MAILER-DAEMON@mx.example.jp"), QByteArray("noreply@example.org")}) {
        INFO(sender.toStdString());
        const IntakeResult result =
            f.take(letterMail(sender, "room-d@example.jp", QStringLiteral("通知"), QStringLiteral("お知らせです。"),
                              "sender-" + QByteArray::number(++n) + "@example.com"));
        CHECK(result.outcome == IntakeOutcome::Unclassified);
    }
}

TEST_CASE("mail read from a mailbox is dated when it arrived or was sent, not when a later sync read it",
          "[intake][letters]")
{
    Fixture f;
    MailAccountRepository accounts(f.db, f.profile.clock());
    MailAccount account = presetAccount(MailProvider::Gmail);
    account.name = QStringLiteral("E 受付");
    account.userName = QStringLiteral("room-e@example.org");
    const auto accountId = accounts.insert(account);
    REQUIRE(accountId.ok());

    // The server's arrival time (INTERNALDATE) when the source knows it.
    IntakeSource known;
    known.accountId = accountId.value();
    known.mailbox = QStringLiteral("INBOX");
    known.uidValidity = 7;
    known.uid = 1;
    known.arrivedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    const IntakeResult first = f.take(letterMail("Ao <ao@example.org>", "room-e@example.jp", QStringLiteral("ルームE"),
                                                 QStringLiteral("はじめて連絡します。"), "arrived-1@example.org"),
                                      known);
    REQUIRE(first.outcome == IntakeOutcome::NewApplicant);
    CHECK(f.applicants.byId(first.applicantId)->receivedAt.toUTC() == known.arrivedAt);

    // Without it, the time it was sent: a first sync reads weeks of mail at once, and each keeps its own day.
    IntakeSource unknown = known;
    unknown.uid = 2;
    unknown.arrivedAt = QDateTime();
    const IntakeResult second =
        f.take(letterMail("Mio <mio@example.org>", "room-e@example.jp", QStringLiteral("ルームE"),
                          QStringLiteral("よろしくお願いします。"), "arrived-2@example.org"),
               unknown);
    REQUIRE(second.outcome == IntakeOutcome::NewApplicant);
    CHECK(f.applicants.byId(second.applicantId)->receivedAt.toUTC() ==
          QDateTime(QDate(2026, 11, 20), QTime(12, 14), Qt::UTC));
}
