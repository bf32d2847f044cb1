// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting an applicant and each room's retention: what a person wrote is gone from the database file (and its
// WAL), while the counts reports are made of stay as they were.
#include "RepositoryFixture.h"

#include "storage/ApplicantEraser.h"
#include "storage/AuditReader.h"
#include "storage/MemberRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ReplyRepository.h"
#include "storage/ReportRepository.h"
#include "storage/RetentionRepository.h"
#include "storage/SqlSupport.h"

#include <QFile>
#include <QSqlQuery>

using namespace tsunagu;

namespace {

// Fictional, and unlike anything in the demo profile, so that finding a byte of it means it was left behind.
const QString s_introduction = QStringLiteral("架空の自己紹介です。お酒をやめて三か月、ユニーク文言ゼロイチ。");
const QString s_address = QStringLiteral("erase-me-7731@example.jp");
const QString s_name = QStringLiteral("ケシゴム仮名");

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The database file and its WAL, as a person reading the disk would see them.
bool onDisk(const QString& databasePath, const QString& text)
{
    const QByteArray needle = text.toUtf8();
    return fileBytes(databasePath).contains(needle) ||
           fileBytes(databasePath + QStringLiteral("-wal")).contains(needle);
}

int scalar(Database& db, const QString& statement, qint64 id)
{
    QSqlQuery q(db.connection());
    REQUIRE(sql::exec(q, statement, {id}));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Everything the reports count by, in one comparable text.
QString reportFigures(Database& db)
{
    QString figures;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT IFNULL(room_id, 0), status, category, COUNT(*), COUNT(first_reply_at) "
                                  "FROM applicants GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")));
    while (q.next()) {
        figures += QStringLiteral("%1/%2/%3=%4,%5;")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString());
    }
    ReportRepository reports(db);
    const QDateTime from(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    auto sources = reports.referralSources(0, from, to);
    REQUIRE(sources.ok());
    for (const auto& [source, count] : sources.value())
        figures += source + QLatin1Char('=') + QString::number(count) + QLatin1Char(';');
    auto replyTimes = reports.firstReplySeconds(0, from, to);
    REQUIRE(replyTimes.ok());
    qint64 sum = 0;
    for (qint64 seconds : replyTimes.value())
        sum += seconds;
    figures += QStringLiteral("replies=%1/%2").arg(replyTimes->size()).arg(sum);
    return figures;
}

struct ErasureFixture
{
    // With the demo profile around the applicant (deletion), or with two empty rooms only (retention, where the
    // demo's own decided applicants would be swept too).
    explicit ErasureFixture(bool demo)
        : db(demo ? temp.openDemo().database() : temp.open().database())
    {
        if (!demo) {
            REQUIRE(RoomRepository(db).insert(test::makeRoom(QStringLiteral("D"), 1)).ok());
            REQUIRE(RoomRepository(db).insert(test::makeRoom(QStringLiteral("G"), 2)).ok());
        }
    }

    test::TempProfile temp;
    Database& db;
    ApplicantRepository applicants{db, temp.clock()};
    qint64 roomId = 0;

    // An applicant with everything a real one gathers: mail in and out (raw bytes too), a draft, a referral, a
    // roster entry, status changes with notes.
    qint64 addApplicant()
    {
        auto room = RoomRepository(db).byCode(QStringLiteral("D"));
        REQUIRE(room.ok());
        roomId = room->id;
        Applicant a;
        a.roomId = roomId;
        a.anonymousName = s_name;
        a.replyAddress = s_address;
        a.category = Category::Person;
        a.introduction = s_introduction;
        a.formFields = {{QStringLiteral("自己紹介"), s_introduction, QStringLiteral("introduction")},
                        {QStringLiteral("メール"), s_address, QStringLiteral("reply_address")}};
        a.referralSource = QStringLiteral("架空クリニック");
        a.receivedAt = test::japan(2026, 11, 1, 9);
        auto id = applicants.insert(a);
        REQUIRE(id.ok());
        REQUIRE(applicants.setNotes(id.value(), QStringLiteral("メモ: ") + s_name).ok());
        REQUIRE(applicants
                    .setStatus(id.value(), ApplicantStatus::Invited, 0, QStringLiteral("招待 ") + s_name,
                               test::japan(2026, 11, 2, 9))
                    .ok());
        REQUIRE(applicants.setStatus(id.value(), ApplicantStatus::Attending, 0, {}, test::japan(2026, 11, 5, 9)).ok());

        MessageRepository messages(db);
        Message in;
        in.direction = MessageDirection::Incoming;
        in.mailbox = QStringLiteral("import");
        in.subject = QStringLiteral("参加申し込み ") + s_name;
        in.fromAddress = s_address;
        in.receivedAt = a.receivedAt;
        in.bodyText = s_introduction;
        in.classification = Classification::Application;
        in.applicantId = id.value();
        in.raw = QStringLiteral("From: %1\r\nSubject: x\r\n\r\n%2\r\n").arg(s_address, s_introduction).toUtf8();
        in.sha256 = QStringLiteral("aa11");
        REQUIRE(messages.insert(in).ok());
        Message out = in;
        out.direction = MessageDirection::Outgoing;
        out.classification = Classification::Sent;
        out.toAddresses = s_address;
        out.bodyText = s_name + QStringLiteral(" さん、ようこそ");
        out.sha256 = QStringLiteral("bb22");
        REQUIRE(messages.insert(out).ok());

        ReplyRepository replies(db, temp.clock());
        Reply draft;
        draft.applicantId = id.value();
        draft.action = QStringLiteral("reminder");
        draft.toAddress = s_address;
        draft.subject = QStringLiteral("次回のご案内");
        draft.body = s_name + QStringLiteral(" さんへ");
        REQUIRE(replies.insertDraft(draft).ok());
        auto other = RoomRepository(db).byCode(QStringLiteral("G"));
        REQUIRE(other.ok());
        Referral referral;
        referral.applicantId = id.value();
        referral.toRoomId = other->id;
        referral.consent = true;
        referral.sharedFields = {QStringLiteral("anonymous_name")};
        referral.note = s_name;
        referral.createdAt = test::japan(2026, 11, 3, 9);
        REQUIRE(replies.insertReferral(referral).ok());

        Member member;
        member.roomId = roomId;
        member.anonymousName = QStringLiteral("名簿の別名");
        member.applicantId = id.value();
        REQUIRE(MemberRepository(db).insert(member).ok());
        return id.value();
    }
};

} // namespace

TEST_CASE("Deleting an applicant leaves none of their words in the database file while every count stays",
          "[storage][erase]")
{
    ErasureFixture f(true);
    const qint64 id = f.addApplicant();
    const QString before = reportFigures(f.db);
    // A WAL checkpoint first, so the text is surely in the main file too and the search below means something.
    QSqlQuery(f.db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    REQUIRE(onDisk(f.db.path(), s_introduction));
    REQUIRE(onDisk(f.db.path(), s_address));

    ApplicantEraser eraser(f.db, f.temp.clock());
    auto plan = eraser.plan(id);
    REQUIRE(plan.ok());
    CHECK(plan->messages == 2);
    CHECK(plan->replies == 1);
    CHECK(plan->referrals == 1);
    CHECK(plan->memberLinks == 1);
    CHECK(plan->onServer.isEmpty()); // imported from a file: nothing on a server

    auto erased = eraser.erase(id);
    REQUIRE(erased.ok());
    CHECK(erased->fileCompacted);

    for (const QString& text : {s_introduction, s_address, s_name, QStringLiteral("ユニーク文言ゼロイチ")}) {
        INFO(text.toStdString());
        CHECK_FALSE(onDisk(f.db.path(), text));
    }
    for (const char* table : {"messages", "replies", "referrals", "members"}) {
        INFO(table);
        CHECK(scalar(f.db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE applicant_id = ?").arg(QLatin1String(table)),
                     id) == 0);
    }
    CHECK(scalar(f.db,
                 QStringLiteral("SELECT COUNT(*) FROM applicant_status_history WHERE applicant_id = ? "
                                "AND note <> ''"),
                 id) == 0);
    // The roster entry itself stays (the room's attendance counts it), without the link.
    CHECK(scalar(f.db,
                 QStringLiteral("SELECT COUNT(*) FROM members WHERE room_id = ? AND anonymous_name = '名簿の別名'"),
                 f.roomId) == 1);

    // What the reports count is exactly as before, and the applicant is still counted where they were.
    CHECK(reportFigures(f.db) == before);
    auto kept = f.applicants.byId(id);
    REQUIRE(kept.ok());
    CHECK(kept->status == ApplicantStatus::Attending);
    CHECK(kept->roomId == f.roomId);
    CHECK(kept->anonymousName.isEmpty());
    CHECK(kept->replyAddress.isEmpty());
    CHECK(kept->introduction.isEmpty());
    CHECK(kept->notes.isEmpty());
    CHECK(kept->receivedAt == test::japan(2026, 11, 1, 9));

    // The deletion is audited by id alone, and a second deletion is refused, not repeated.
    bool audited = false;
    REQUIRE(AuditReader(f.db)
                .each({},
                      [&](const AuditLine& line) {
                          if (line.entry.action == QLatin1String("applicant.deleted") && line.entry.subjectId == id) {
                              audited = true;
                              CHECK_FALSE(line.entry.detail.contains(s_name));
                          }
                          return true;
                      })
                .ok());
    CHECK(audited);
    auto again = eraser.erase(id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == StoreError::Conflict);
    CHECK(eraser.plan(987654).error().code == StoreError::NotFound);
}

TEST_CASE("A room's retention deletes the texts of decided applicants once their time is over", "[storage][retention]")
{
    ErasureFixture f(false);
    const qint64 id = f.addApplicant(); // attending since 2026-11-05 09:00 Japan time
    RetentionRepository retention(f.db, f.temp.clock());
    auto days = retention.retentionDays(f.roomId);
    REQUIRE(days.ok());
    CHECK(days.value() == RetentionRepository::s_defaultDays);
    CHECK(retention.setRetentionDays(f.roomId, -1).error().code == StoreError::Conflict);
    CHECK(retention.setRetentionDays(f.roomId, 3651).error().code == StoreError::Conflict);

    // One day before the time is over: nothing goes.
    f.temp.clock().set(test::japan(2026, 11, 5, 9).addDays(179));
    auto early = retention.sweep();
    REQUIRE(early.ok());
    CHECK(early->applicants == 0);
    CHECK(f.applicants.byId(id)->introduction == s_introduction);

    // 180 days after the decision the texts go; the applicant stays reachable, with every count.
    const QString before = reportFigures(f.db);
    f.temp.clock().set(test::japan(2026, 11, 5, 9).addDays(180));
    auto due = retention.sweep();
    REQUIRE(due.ok());
    CHECK(due->applicants == 1);
    CHECK(due->perRoom.value(f.roomId) == 1);
    auto after = f.applicants.byId(id);
    REQUIRE(after.ok());
    CHECK(after->introduction.isEmpty());
    CHECK(after->formFields.isEmpty());
    CHECK(after->anonymousName == s_name);
    CHECK(after->replyAddress == s_address);
    CHECK(after->status == ApplicantStatus::Attending);
    auto mail = MessageRepository(f.db).forApplicant(id);
    REQUIRE(mail.ok());
    REQUIRE(mail->size() == 2);
    for (const Message& m : mail.value()) {
        CHECK(m.bodyText.isEmpty());
        CHECK(m.subject.isEmpty());
    }
    auto replies = ReplyRepository(f.db, f.temp.clock()).forApplicant(id);
    REQUIRE(replies.ok());
    for (const Reply& r : replies.value())
        CHECK(r.body.isEmpty());
    CHECK(reportFigures(f.db) == before);
    QSqlQuery(f.db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    CHECK_FALSE(onDisk(f.db.path(), QStringLiteral("ユニーク文言ゼロイチ")));

    // Swept once: a second sweep finds nothing more.
    auto again = retention.sweep();
    REQUIRE(again.ok());
    CHECK(again->applicants == 0);
}

TEST_CASE("Retention waits for a decision, restarts with a new one, and 0 keeps the texts", "[storage][retention]")
{
    ErasureFixture f(false);
    const qint64 id = f.addApplicant();
    RetentionRepository retention(f.db, f.temp.clock());

    // Still being screened: no decision, nothing goes however long it waits.
    Applicant waiting;
    waiting.roomId = f.roomId;
    waiting.anonymousName = QStringLiteral("まだ審査中");
    waiting.introduction = QStringLiteral("審査中の自己紹介");
    waiting.receivedAt = test::japan(2026, 1, 1, 9);
    auto waitingId = f.applicants.insert(waiting);
    REQUIRE(waitingId.ok());

    // A new decision (withdrawn, then back to attending) starts the time again.
    REQUIRE(f.applicants.setStatus(id, ApplicantStatus::Withdrawn, 0, {}, test::japan(2027, 3, 1, 9)).ok());
    f.temp.clock().set(test::japan(2027, 6, 1, 9)); // 208 days after the first decision, 92 after the second
    REQUIRE(retention.sweep()->applicants == 0);
    CHECK(f.applicants.byId(id)->introduction == s_introduction);

    // 0: kept until the host deletes the applicant.
    REQUIRE(retention.setRetentionDays(f.roomId, 0).ok());
    f.temp.clock().set(test::japan(2030, 1, 1, 9));
    REQUIRE(retention.sweep()->applicants == 0);
    CHECK(f.applicants.byId(id)->introduction == s_introduction);
    CHECK(f.applicants.byId(waitingId.value())->introduction == QStringLiteral("審査中の自己紹介"));

    // Back to 30 days: the withdrawn applicant's texts go, the one still waiting keeps theirs.
    REQUIRE(retention.setRetentionDays(f.roomId, 30).ok());
    CHECK(retention.sweep()->applicants == 1);
    CHECK(f.applicants.byId(id)->introduction.isEmpty());
    CHECK(f.applicants.byId(waitingId.value())->introduction == QStringLiteral("審査中の自己紹介"));
}
