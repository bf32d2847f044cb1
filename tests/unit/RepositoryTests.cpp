// SPDX-License-Identifier: GPL-3.0-or-later
// Repositories round-trip what hosts type (in Japanese): rooms, hosts and applicants with their status history.
#include "RepositoryFixture.h"

#include "storage/ApplicantList.h"
#include "storage/SqlTransaction.h"

#include <catch2/catch.hpp>

namespace tsunagu {

using Store = test::RepositoryFixture;
using test::japan;
using test::rowCount;
using test::testNow;

TEST_CASE("Rooms keep every field, in Japanese, and list in their own order", "[storage][rooms]")
{
    Store store;
    Room room;
    room.code = QStringLiteral("N女");
    room.name = QStringLiteral("Room N女(薬物・女性のみ)");
    room.theme = QStringLiteral("drugs");
    room.audience = Audience::WomenOnly;
    room.description = QStringLiteral("薬物依存症の女性のZoomクローズドミーティングです。\n二行目〜波ダッシュ");
    room.chatLink = QStringLiteral("https://chat.example.org/invite/room-n-women");
    room.applicationFormUrl = QStringLiteral("https://forms.example.org/tsunagu/room-n-women");
    room.receptionAddress = QStringLiteral("room-n-women@example.jp");
    room.replyDeadlineDays = 5;
    room.status = RoomStatus::Paused;
    room.statusNote = QStringLiteral("ミーティングは休止中です。");
    room.scheduleSummary = QStringLiteral("休止中");
    room.guidelines = QStringLiteral("言いっぱなし・聞きっぱなし");
    room.minorsReviewed = true;
    room.sortOrder = 3;
    auto id = store.rooms.insert(room);
    REQUIRE(id.ok());
    CHECK(id.value() > 0);

    auto stored = store.rooms.byCode(QStringLiteral("N女"));
    REQUIRE(stored.ok());
    CHECK(stored->id == id.value());
    CHECK(stored->code == room.code);
    CHECK(stored->name == room.name);
    CHECK(stored->theme == room.theme);
    CHECK(stored->audience == Audience::WomenOnly);
    CHECK(stored->description == room.description);
    CHECK(stored->chatLink == room.chatLink);
    CHECK(stored->applicationFormUrl == room.applicationFormUrl);
    CHECK(stored->receptionAddress == room.receptionAddress);
    CHECK(stored->replyDeadlineDays == 5);
    CHECK(stored->status == RoomStatus::Paused);
    CHECK(stored->statusNote == room.statusNote);
    CHECK(stored->scheduleSummary == room.scheduleSummary);
    CHECK(stored->guidelines == room.guidelines);
    CHECK(stored->minorsReviewed);
    CHECK(stored->sortOrder == 3);

    // Stored as UTF-8 text with its stable keys, readable by any SQLite tool.
    CHECK(test::scalar(store.db.connection(), QStringLiteral("SELECT hex(code) FROM rooms")).toString() ==
          QStringLiteral("4EE5A5B3"));
    CHECK(
        test::scalar(store.db.connection(), QStringLiteral("SELECT audience || '/' || status FROM rooms")).toString() ==
        QStringLiteral("women/paused"));

    SECTION("byCode of an unknown code")
    {
        auto missing = store.rooms.byCode(QStringLiteral("N"));
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().code == StoreError::NotFound);
    }
    SECTION("update changes what the host changed")
    {
        Room changed = stored.value();
        changed.status = RoomStatus::Active;
        changed.statusNote.clear();
        changed.replyDeadlineDays = 7;
        changed.audience = Audience::Open;
        changed.name = QStringLiteral("Room N女(再開)");
        REQUIRE(store.rooms.update(changed).ok());
        const Room after = store.rooms.byCode(QStringLiteral("N女")).value();
        CHECK(after.status == RoomStatus::Active);
        CHECK(after.statusNote.isEmpty());
        CHECK(after.replyDeadlineDays == 7);
        CHECK(after.audience == Audience::Open);
        CHECK(after.name == QStringLiteral("Room N女(再開)"));
        CHECK(after.description == room.description);

        changed.id = 9999;
        auto missing = store.rooms.update(changed);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().code == StoreError::NotFound);
    }
    SECTION("all() follows sort_order, then code")
    {
        store.addRoom(QStringLiteral("三森"), 1);
        store.addRoom(QStringLiteral("D"), 0);
        store.addRoom(QStringLiteral("A"), 1);
        auto all = store.rooms.all();
        REQUIRE(all.ok());
        QStringList codes;
        for (const Room& r : all.value())
            codes << r.code;
        CHECK(codes ==
              QStringList{QStringLiteral("D"), QStringLiteral("A"), QStringLiteral("三森"), QStringLiteral("N女")});
    }
}

TEST_CASE("Hosts list the rooms they serve in room order", "[storage][hosts]")
{
    Store store;
    store.addRoom(QStringLiteral("D"), 0);
    store.addRoom(QStringLiteral("DA"), 1);
    store.addRoom(QStringLiteral("DF"), 2);
    store.addHost(QStringLiteral("ミナト"), {});
    store.addHost(QStringLiteral("ハル"), {QStringLiteral("DF"), QStringLiteral("D")});

    auto all = store.hosts.all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).displayName == QStringLiteral("ハル"));
    CHECK(all->at(0).signature == QStringLiteral("ハル より"));
    CHECK(all->at(0).roomCodes == QStringList{QStringLiteral("D"), QStringLiteral("DF")});
    CHECK(all->at(1).displayName == QStringLiteral("ミナト"));
    CHECK(all->at(1).roomCodes.isEmpty());
}

TEST_CASE("An applicant round-trips and their status history is kept in order", "[storage][applicants]")
{
    Store store;
    const qint64 room = store.addRoom(QStringLiteral("E"));
    const qint64 host = store.addHost(QStringLiteral("ミナト"), {QStringLiteral("E")});

    Applicant a;
    a.roomId = room;
    a.anonymousName = QStringLiteral("はるかぜ");
    a.replyAddress = QStringLiteral("harukaze@example.org");
    a.category = Category::Person;
    a.genderAsWritten = QStringLiteral("女性");
    a.ageBand = QStringLiteral("20代");
    a.region = QStringLiteral("東京都");
    a.country = QStringLiteral("ドイツ");
    a.timeZone = QStringLiteral("Europe/Berlin");
    a.referralSource = QStringLiteral("みどり台アルコール専門クリニック");
    a.notes = QStringLiteral("初めてのお申し込み。①②③も文字化けしない");
    a.receivedAt = japan(2026, 11, 18, 22, 40);
    auto id = store.applicants.insert(a, host);
    INFO(id.error().detail.toStdString());
    REQUIRE(id.ok());

    auto stored = store.applicants.byId(id.value());
    REQUIRE(stored.ok());
    CHECK(stored->id == id.value());
    CHECK(stored->roomId == room);
    CHECK(stored->anonymousName == a.anonymousName);
    CHECK(stored->replyAddress == a.replyAddress);
    CHECK(stored->category == Category::Person);
    CHECK(stored->genderAsWritten == a.genderAsWritten);
    CHECK(stored->ageBand == a.ageBand);
    CHECK(stored->region == a.region);
    CHECK(stored->country == a.country);
    CHECK(stored->timeZone == a.timeZone);
    CHECK(stored->referralSource == a.referralSource);
    CHECK(stored->referralContactId == 0);
    CHECK(stored->status == ApplicantStatus::New);
    CHECK(stored->receivedAt == a.receivedAt);
    CHECK_FALSE(stored->firstReplyAt.isValid());
    CHECK(stored->notes == a.notes);
    CHECK(stored->duplicateOfId == 0);
    CHECK(isAwaitingReply(stored.value()));

    // Checking is not an answer to the applicant yet.
    const QDateTime checking = japan(2026, 11, 19, 9, 0);
    REQUIRE(
        store.applicants.setStatus(id.value(), ApplicantStatus::Checking, host, QStringLiteral("本人確認中"), checking)
            .ok());
    stored = store.applicants.byId(id.value());
    CHECK(stored->status == ApplicantStatus::Checking);
    CHECK_FALSE(stored->firstReplyAt.isValid());
    CHECK(isAwaitingReply(stored.value()));

    // The invitation is the first reply …
    const QDateTime invited = japan(2026, 11, 20, 21, 15);
    REQUIRE(store.applicants
                .setStatus(id.value(), ApplicantStatus::Invited, host, QStringLiteral("招待メール送信"), invited)
                .ok());
    stored = store.applicants.byId(id.value());
    CHECK(stored->status == ApplicantStatus::Invited);
    CHECK(stored->firstReplyAt == invited);
    CHECK_FALSE(isAwaitingReply(stored.value()));

    // … and stays the first reply whatever happens next.
    const QDateTime attending = japan(2026, 11, 21, 20, 0);
    REQUIRE(store.applicants.setStatus(id.value(), ApplicantStatus::Attending, 0, {}, attending).ok());
    stored = store.applicants.byId(id.value());
    CHECK(stored->status == ApplicantStatus::Attending);
    CHECK(stored->firstReplyAt == invited);

    // Without an explicit time the clock's now is used.
    store.temp.clock().set(testNow().addSecs(3600));
    REQUIRE(store.applicants.setStatus(id.value(), ApplicantStatus::Withdrawn, host).ok());

    auto history = store.applicants.history(id.value());
    REQUIRE(history.ok());
    REQUIRE(history->size() == 5);
    const QVector<ApplicantStatus> statuses{ApplicantStatus::New, ApplicantStatus::Checking, ApplicantStatus::Invited,
                                            ApplicantStatus::Attending, ApplicantStatus::Withdrawn};
    const QVector<QDateTime> times{a.receivedAt, checking, invited, attending, testNow().addSecs(3600)};
    const QStringList hostNames{QStringLiteral("ミナト"), QStringLiteral("ミナト"), QStringLiteral("ミナト"), QString(),
                                QStringLiteral("ミナト")};
    const QStringList notes{QString(), QStringLiteral("本人確認中"), QStringLiteral("招待メール送信"), QString(),
                            QString()};
    for (int i = 0; i < history->size(); ++i) {
        INFO("history entry " << i);
        CHECK(history->at(i).status == statuses.at(i));
        CHECK(history->at(i).changedAt == times.at(i));
        CHECK(history->at(i).hostName == hostNames.at(i));
        CHECK(history->at(i).note == notes.at(i));
    }
    CHECK(store.applicants.byId(id.value())->firstReplyAt == invited);

    SECTION("a status change for an unknown applicant changes nothing")
    {
        auto missing = store.applicants.setStatus(id.value() + 1, ApplicantStatus::Invited, host);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().code == StoreError::NotFound);
        CHECK(rowCount(store.db, QStringLiteral("applicant_status_history")) == 5);
        auto unknown = store.applicants.byId(id.value() + 1);
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().code == StoreError::NotFound);
    }
}

TEST_CASE("An applicant received without a time is dated by the clock", "[storage][applicants]")
{
    Store store;
    Applicant a;
    a.anonymousName = QStringLiteral("あおぞら");
    auto id = store.applicants.insert(a);
    REQUIRE(id.ok());
    auto stored = store.applicants.byId(id.value());
    REQUIRE(stored.ok());
    CHECK(stored->receivedAt == testNow());
    CHECK(stored->roomId == 0);
    CHECK(stored->category == Category::Unknown);
}

TEST_CASE("Applicants awaiting a first reply are counted per room, unassigned under 0", "[storage][applicants]")
{
    Store store;
    const qint64 roomD = store.addRoom(QStringLiteral("D"));
    const qint64 roomK = store.addRoom(QStringLiteral("K"), 1, 5);
    const qint64 roomG = store.addRoom(QStringLiteral("G"), 2);
    const QDateTime day = testNow().addDays(-1);

    store.addApplicant(roomD, QStringLiteral("しろくま"), day);
    const qint64 checking = store.addApplicant(roomD, QStringLiteral("つきみ"), day);
    REQUIRE(store.applicants.setStatus(checking, ApplicantStatus::Checking, 0).ok());
    const qint64 invited = store.addApplicant(roomD, QStringLiteral("かける"), day);
    REQUIRE(store.applicants.setStatus(invited, ApplicantStatus::Invited, 0).ok());
    // Answered, then put back to "checking": no longer waiting for a first reply.
    const qint64 answered = store.addApplicant(roomD, QStringLiteral("たろう"), day);
    REQUIRE(store.applicants.setStatus(answered, ApplicantStatus::OnHold, 0).ok());
    REQUIRE(store.applicants.setStatus(answered, ApplicantStatus::Checking, 0).ok());
    store.addApplicant(roomK, QStringLiteral("ゆう"), day);
    const qint64 onHold = store.addApplicant(roomK, QStringLiteral("そら"), day);
    REQUIRE(store.applicants.setStatus(onHold, ApplicantStatus::OnHold, 0).ok());
    store.addApplicant(roomG, QStringLiteral("いっぽ"), day, ApplicantStatus::Attending);
    const qint64 unassigned = store.addApplicant(0, QStringLiteral("あおぞら"), day);
    store.addApplicant(0, QStringLiteral("ななし"), day);

    auto counts = ApplicantList(store.db).awaitingCountByRoom();
    REQUIRE(counts.ok());
    CHECK(counts->value(roomD) == 2);
    CHECK(counts->value(roomK) == 1);
    CHECK(counts->value(0) == 2);
    CHECK_FALSE(counts->contains(roomG));
    CHECK(counts->size() == 3);

    REQUIRE(store.applicants.setStatus(unassigned, ApplicantStatus::Referred, 0).ok());
    counts = ApplicantList(store.db).awaitingCountByRoom();
    REQUIRE(counts.ok());
    CHECK(counts->value(0) == 1);
    CHECK(counts->value(roomD) == 2);
}

TEST_CASE("The applicant list is oldest first with each room's deadline", "[storage][applicants]")
{
    Store store;
    const qint64 roomK = store.addRoom(QStringLiteral("K"), 0, 5);
    store.addApplicant(roomK, QStringLiteral("ゆう"), japan(2026, 11, 20, 7, 15));
    store.addApplicant(0, QStringLiteral("あおぞら"), japan(2026, 11, 21, 10, 20));
    store.addApplicant(roomK, QStringLiteral("そら"), japan(2026, 10, 23, 19, 20));

    auto rows = ApplicantList(store.db).all();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).applicant.anonymousName == QStringLiteral("そら"));
    CHECK(rows->at(1).applicant.anonymousName == QStringLiteral("ゆう"));
    CHECK(rows->at(2).applicant.anonymousName == QStringLiteral("あおぞら"));
    CHECK(rows->at(1).roomCode == QStringLiteral("K"));
    CHECK(rows->at(1).roomName == QStringLiteral("ルームK"));
    CHECK(rows->at(1).replyDeadlineDays == 5);
    // Not yet assigned: no room, the default deadline.
    CHECK(rows->at(2).roomCode.isEmpty());
    CHECK(rows->at(2).applicant.roomId == 0);
    CHECK(rows->at(2).replyDeadlineDays == 3);
}

TEST_CASE("Waiting days count whole days since the application arrived", "[storage][applicants]")
{
    Applicant a;
    a.receivedAt = testNow();
    CHECK(waitingDays(a, testNow()) == 0);
    a.receivedAt = japan(2026, 11, 22, 0, 30);
    CHECK(waitingDays(a, japan(2026, 11, 22, 23, 59)) == 0);
    a.receivedAt = testNow().addDays(-1);
    CHECK(waitingDays(a, testNow()) == 1);
    a.receivedAt = testNow().addDays(-4).addSecs(-60);
    CHECK(waitingDays(a, testNow()) == 4);
    // The same moment written in another zone is the same wait.
    CHECK(waitingDays(a, testNow().toUTC()) == 4);
    // An application "from the future" (a sender's wrong clock) has not waited at all.
    a.receivedAt = testNow().addDays(2);
    CHECK(waitingDays(a, testNow()) == 0);
    a.receivedAt = QDateTime();
    CHECK(waitingDays(a, testNow()) == 0);

    Applicant waiting;
    waiting.receivedAt = testNow();
    CHECK(isAwaitingReply(waiting));
    waiting.status = ApplicantStatus::Checking;
    CHECK(isAwaitingReply(waiting));
    waiting.firstReplyAt = testNow();
    CHECK_FALSE(isAwaitingReply(waiting));
    waiting.firstReplyAt = QDateTime();
    waiting.status = ApplicantStatus::Invited;
    CHECK_FALSE(isAwaitingReply(waiting));
}

TEST_CASE("Changes made under an outer transaction are undone together", "[storage][transactions]")
{
    Store store;
    const bool commit = GENERATE(false, true);
    QSqlDatabase connection = store.db.connection();
    {
        SqlTransaction outer(connection);
        REQUIRE(outer.begun());
        const qint64 room = store.addRoom(QStringLiteral("NF"));
        // The repository's own transaction nests inside and commits only to the outer one.
        store.addApplicant(room, QStringLiteral("Maple"), testNow());
        store.addHost(QStringLiteral("ミナト"), {QStringLiteral("NF")});
        CHECK(rowCount(store.db, QStringLiteral("applicants")) == 1);
        if (commit)
            REQUIRE(outer.commit());
    }
    const int expected = commit ? 1 : 0;
    CHECK(rowCount(store.db, QStringLiteral("rooms")) == expected);
    CHECK(rowCount(store.db, QStringLiteral("applicants")) == expected);
    CHECK(rowCount(store.db, QStringLiteral("applicant_status_history")) == expected);
    CHECK(rowCount(store.db, QStringLiteral("host_rooms")) == expected);
}

} // namespace tsunagu
