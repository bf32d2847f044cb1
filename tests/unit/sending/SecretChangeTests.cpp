// SPDX-License-Identifier: GPL-3.0-or-later
// A room's chat link changes: who holds the old one is known from the audit log (replies that carried meeting
// details), and each of them gets a draft with the new link, which nobody sends but the host.
#include "TempProfile.h"

#include "replies/TemplateRepository.h"
#include "sending/ReplyDrafter.h"
#include "sending/SecretChangeNotice.h"
#include "storage/ApplicantEraser.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/AuditReader.h"
#include "storage/MeetingRepository.h"
#include "storage/ReplyRepository.h"
#include "storage/RoomRepository.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

namespace tsunagu {
namespace {

struct SecretFixture
{
    test::TempProfile temp;
    Database& db = temp.openDemo().database();
    ApplicantRepository applicants{db, temp.clock()};
    Room roomD;
    QVector<qint64> inD; // three applicants of room D, by id

    SecretFixture()
    {
        REQUIRE(TemplateRepository(db, temp.clock()).ensureDefaults().ok());
        auto room = RoomRepository(db).byCode(QStringLiteral("D"));
        REQUIRE(room.ok());
        roomD = room.value();
        for (int i = 0; i < 3; ++i) {
            Applicant a;
            a.roomId = roomD.id;
            a.anonymousName = QStringLiteral("かぎ%1").arg(i);
            a.replyAddress = QStringLiteral("holder%1@example.jp").arg(i);
            a.category = Category::Person;
            a.receivedAt = temp.clock().now().addDays(-20);
            auto id = applicants.insert(a);
            REQUIRE(id.ok());
            inD.append(id.value());
        }
    }

    // What ReplySender records when a reply goes out.
    void sent(qint64 applicantId, bool withSecrets, const QDateTime& at)
    {
        AuditEntry entry{
            0,
            at,
            0,
            QStringLiteral("reply.sent"),
            QStringLiteral("applicant"),
            applicantId,
            QStringLiteral("action=invite secrets=%1").arg(withSecrets ? QStringLiteral("yes") : QStringLiteral("no"))};
        REQUIRE(AuditLog(db).record(entry).ok());
    }
};

} // namespace

TEST_CASE_METHOD(SecretFixture, "Who holds a room's secrets is read from the replies that carried them",
                 "[sending][secrets]")
{
    AuditReader reader(db);
    const QDateTime t0 = temp.clock().now();
    sent(inD.at(0), true, t0.addDays(-10));
    sent(inD.at(1), false, t0.addDays(-9)); // a hold reply: no secrets
    sent(inD.at(2), true, t0.addDays(-8));
    auto holders = reader.secretHolders(roomD.id);
    REQUIRE(holders.ok());
    CHECK(holders.value() == QVector<qint64>{inD.at(0), inD.at(2)});

    // The link changes: each holder gets a draft with the new link under the notice; nothing is sent.
    temp.clock().set(t0.addDays(-5));
    Room changed = roomD;
    changed.chatLink = QStringLiteral("https://chat.example.org/room-d-new-7788");
    REQUIRE(RoomRepository(db).update(changed).ok());
    SecretChangeNotice notice(db, temp.clock());
    auto prepared = notice.prepare(roomD.id, holders.value());
    REQUIRE(prepared.ok());
    CHECK(prepared->notPrepared.isEmpty());
    REQUIRE(prepared->replyIds.size() == 2);
    ReplyRepository replies(db, temp.clock());
    for (const qint64 replyId : prepared->replyIds) {
        auto reply = replies.byId(replyId);
        REQUIRE(reply.ok());
        CHECK(reply->state == ReplyState::Draft);
        CHECK(reply->action == QStringLiteral("reminder"));
        CHECK(reply->body.startsWith(QStringLiteral("以前お送りした参加用のリンク")));
        CHECK(reply->body.contains(QStringLiteral("room-d-new-7788")));
        CHECK(reply->includesSecrets);
        CHECK_FALSE(reply->toAddress.isEmpty());
        // The holders were sent the old details: the new ones may go to them, so the draft can be sent.
        auto problems = ReplyDrafter(db, temp.clock()).problems(replyId);
        REQUIRE(problems.ok());
        CHECK_FALSE(problems->contains(ReplyProblem::SecretNotAllowed));
    }
    {
        // The same text to an applicant who was never sent the room's details is held back.
        Reply stray = replies.byId(prepared->replyIds.first()).value();
        stray.id = 0;
        stray.applicantId = inD.at(1);
        auto strayId = replies.insertDraft(stray);
        REQUIRE(strayId.ok());
        auto problems = ReplyDrafter(db, temp.clock()).problems(strayId.value());
        REQUIRE(problems.ok());
        CHECK(problems->contains(ReplyProblem::SecretNotAllowed));
        REQUIRE(replies.discard(strayId.value()).ok());
    }

    // The change starts a new period: nobody holds the new link until a reply carries it.
    auto after = reader.secretHolders(roomD.id);
    REQUIRE(after.ok());
    CHECK(after->isEmpty());
    sent(inD.at(1), true, t0.addDays(-1));
    CHECK(reader.secretHolders(roomD.id).value() == QVector<qint64>{inD.at(1)});

    // A deleted applicant holds nothing any more (there is no address to write to).
    REQUIRE(ApplicantEraser(db, temp.clock()).erase(inD.at(1)).ok());
    CHECK(reader.secretHolders(roomD.id)->isEmpty());
}

TEST_CASE_METHOD(SecretFixture,
                 "When one of a room's two series changes its join details, the notice gives that series'",
                 "[sending][secrets]")
{
    MeetingRepository meetings(db);
    auto existing = meetings.seriesForRoom(roomD.id);
    REQUIRE(existing.ok());
    REQUIRE_FALSE(existing->isEmpty());
    // The room's first series stays as it is; a second one, monthly, gets new details.
    MeetingSeries monthly;
    monthly.roomId = roomD.id;
    monthly.title = QStringLiteral("第3火曜の集い");
    monthly.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=3TU");
    monthly.firstStart = QDateTime(QDate(2026, 1, 20), QTime(21, 10), QTimeZone("Asia/Tokyo"));
    monthly.joinUrl = QStringLiteral("https://zoom.example.org/j/4400000001");
    monthly.meetingId = QStringLiteral("440 000 0001");
    monthly.passcode = QStringLiteral("old-4455");
    auto monthlyId = meetings.insertSeries(monthly);
    REQUIRE(monthlyId.ok());
    const QDateTime t0 = temp.clock().now();
    sent(inD.at(0), true, t0.addDays(-10));
    sent(inD.at(2), true, t0.addDays(-8));
    auto holders = AuditReader(db).secretHolders(roomD.id);
    REQUIRE(holders.ok());
    REQUIRE(holders->size() == 2);
    monthly.id = monthlyId.value();
    monthly.passcode = QStringLiteral("new-7788");
    monthly.joinUrl = QStringLiteral("https://zoom.example.org/j/4400000002?pwd=new");
    REQUIRE(meetings.updateSeries(monthly).ok());

    SecretChangeNotice notice(db, temp.clock());
    const QString firstPasscode = existing->first().passcode;
    SECTION("a draft each")
    {
        auto prepared = notice.prepare(roomD.id, holders.value(), 0, monthlyId.value());
        REQUIRE(prepared.ok());
        REQUIRE(prepared->replyIds.size() == 2);
        for (const qint64 replyId : prepared->replyIds) {
            auto reply = ReplyRepository(db, temp.clock()).byId(replyId);
            REQUIRE(reply.ok());
            CHECK(reply->body.contains(QStringLiteral("new-7788")));
            CHECK(reply->body.contains(QStringLiteral("4400000002")));
            CHECK_FALSE(reply->body.contains(QStringLiteral("old-4455")));
            if (!firstPasscode.isEmpty())
                CHECK_FALSE(reply->body.contains(firstPasscode));
        }
    }
    SECTION("one mail in BCC")
    {
        auto bcc = notice.composeBcc(roomD.id, holders.value(), monthlyId.value());
        REQUIRE(bcc.ok());
        CHECK(bcc->seriesId == monthlyId.value());
        CHECK(bcc->body.contains(QStringLiteral("第3火曜の集い")));
        CHECK(bcc->body.contains(QStringLiteral("new-7788")));
        if (!firstPasscode.isEmpty())
            CHECK_FALSE(bcc->body.contains(firstPasscode));
    }
    SECTION("the room's chat link: the room's first active series, as before")
    {
        auto bcc = notice.composeBcc(roomD.id, holders.value());
        REQUIRE(bcc.ok());
        CHECK_FALSE(bcc->body.contains(QStringLiteral("new-7788")));
        CHECK(bcc->body.contains(existing->first().title));
    }
}

} // namespace tsunagu
