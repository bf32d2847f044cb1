// SPDX-License-Identifier: GPL-3.0-or-later
// The values of a reply, gathered from the profile, and the shipped templates rendered with them.
#include "RepositoryFixture.h"

#include "replies/ReplyContextBuilder.h"
#include "replies/TemplateRenderer.h"
#include "replies/TemplateRepository.h"
#include "storage/ApplicantList.h"

#include <catch2/catch.hpp>

using namespace tsunagu;
using namespace tsunagu::test;

namespace {

const QStringList s_secretKeys{QStringLiteral("chat_link"), QStringLiteral("join_link"), QStringLiteral("meeting_id"),
                               QStringLiteral("passcode")};

struct ContextFixture : RepositoryFixture
{
    ReplyContextBuilder builder{db, temp.clock()};
    qint64 room = 0;
    qint64 host = 0;
    qint64 series = 0;

    // Room D meeting Tue and Fri 19:00–21:00 (the fixture's series), one host, one applicant.
    ContextFixture()
    {
        Room r = makeRoom(QStringLiteral("D"));
        r.name = QStringLiteral("ルームD");
        r.chatLink = QStringLiteral("https://chat.example.org/invite/d");
        r.guidelines = QStringLiteral("書きっぱなし・読みっぱなしです。");
        r.scheduleSummary = QStringLiteral("毎週火・金 19:00〜21:00");
        auto id = rooms.insert(r);
        REQUIRE(id.ok());
        room = id.value();
        host = addHost(QStringLiteral("ミナ"), {QStringLiteral("D")});
    }

    void addJoinableSeries()
    {
        MeetingSeries s;
        s.roomId = room;
        s.title = QStringLiteral("火金ミーティング");
        s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU,FR");
        s.firstStart = japan(2026, 10, 2, 19);
        s.durationMinutes = 120;
        s.joinUrl = QStringLiteral("https://meet.example.org/j/123");
        s.meetingId = QStringLiteral("123 456");
        s.passcode = QStringLiteral("pc-4711");
        auto id = meetings.insertSeries(s);
        REQUIRE(id.ok());
        series = id.value();
    }

    qint64 applicant(const QString& zone = {})
    {
        Applicant a;
        a.roomId = room;
        a.anonymousName = QStringLiteral("こだま");
        a.replyAddress = QStringLiteral("kodama@example.org");
        a.receivedAt = japan(2026, 11, 21, 9);
        a.timeZone = zone;
        auto id = applicants.insert(a);
        REQUIRE(id.ok());
        return id.value();
    }

    RenderContext build(qint64 applicantId, ReplyAction action, const QString& language = QStringLiteral("ja"),
                        qint64 otherRoom = 0)
    {
        auto context = builder.build(applicantId, action, host, otherRoom, language);
        INFO(context.error().detail.toStdString());
        REQUIRE(context.ok());
        return context.value();
    }

    QStringList nextMeetings(const RenderContext& context)
    {
        return context.values.value(QStringLiteral("next_meetings")).split(QLatin1Char('\n'));
    }
};

} // namespace

TEST_CASE_METHOD(ContextFixture, "The context carries the applicant, room, host and meeting")
{
    addJoinableSeries();
    const RenderContext c = build(applicant(), ReplyAction::Invite);
    const auto& v = c.values;
    CHECK(v.value(QStringLiteral("applicant_name")) == QStringLiteral("こだま"));
    CHECK(v.value(QStringLiteral("room_name")) == QStringLiteral("ルームD"));
    CHECK(v.value(QStringLiteral("room_code")) == QStringLiteral("D"));
    CHECK(v.value(QStringLiteral("host_name")) == QStringLiteral("ミナ"));
    CHECK(v.value(QStringLiteral("host_signature")) == QStringLiteral("ミナ より"));
    CHECK(v.value(QStringLiteral("meeting_name")) == QStringLiteral("火金ミーティング"));
    CHECK(v.value(QStringLiteral("room_guidelines")) == QStringLiteral("書きっぱなし・読みっぱなしです。"));
    CHECK(v.value(QStringLiteral("application_form_url")) == QStringLiteral("https://forms.example.org/test/D"));
    // Today is Sunday 22 November 2026: a week to answer.
    CHECK(v.value(QStringLiteral("reply_deadline")) == QStringLiteral("2026年11月29日(日)"));
    CHECK_FALSE(v.contains(QStringLiteral("beginner_time")));
    CHECK_FALSE(v.contains(QStringLiteral("other_room_name")));
    CHECK(v.value(QStringLiteral("passcode")) == QStringLiteral("pc-4711"));
    CHECK(v.value(QStringLiteral("join_link")) == QStringLiteral("https://meet.example.org/j/123"));
    CHECK(v.value(QStringLiteral("meeting_id")) == QStringLiteral("123 456"));
    CHECK(v.value(QStringLiteral("chat_link")) == QStringLiteral("https://chat.example.org/invite/d"));
}

TEST_CASE_METHOD(ContextFixture, "Secrets go into the context of an invitation only")
{
    addJoinableSeries();
    const qint64 id = applicant();
    for (ReplyAction action : {ReplyAction::Hold, ReplyAction::Refer, ReplyAction::Decline, ReplyAction::Reminder}) {
        INFO(replyActionKey(action).toStdString());
        const RenderContext c = build(id, action);
        for (const QString& key : s_secretKeys)
            CHECK_FALSE(c.values.contains(key));
        for (const QString& value : c.values)
            CHECK_FALSE(value.contains(QLatin1String("pc-4711")));
        CHECK(c.values.contains(QStringLiteral("next_meetings")));
    }
    const RenderContext invite = build(id, ReplyAction::Invite);
    for (const QString& key : s_secretKeys)
        CHECK(invite.values.contains(key));
}

TEST_CASE_METHOD(ContextFixture, "The next meetings come from the stored occurrences, in Japan time")
{
    addJoinableSeries();
    addOccurrence(series, japan(2026, 11, 20, 19));       // past
    addOccurrence(series, japan(2026, 11, 24, 19));       // next
    addOccurrence(series, japan(2026, 11, 27, 19), true); // cancelled: left out
    addOccurrence(series, japan(2026, 12, 1, 19));
    addOccurrence(series, japan(2026, 12, 4, 19).toUTC()); // any zone in, Japan time out
    addOccurrence(series, japan(2026, 12, 8, 19));
    // Another room's meeting in between is not this room's.
    const qint64 otherRoom = addRoom(QStringLiteral("K"), 1);
    addOccurrence(addSeries(otherRoom, QStringLiteral("K")), japan(2026, 11, 23, 19));

    CHECK(nextMeetings(build(applicant(), ReplyAction::Reminder)) ==
          QStringList{QStringLiteral("2026年11月24日(火) 19:00〜21:00"),
                      QStringLiteral("2026年12月1日(火) 19:00〜21:00"),
                      QStringLiteral("2026年12月4日(金) 19:00〜21:00")});
}

TEST_CASE_METHOD(ContextFixture, "An applicant abroad sees each meeting in Japan time and in their own")
{
    addJoinableSeries();
    addOccurrence(series, japan(2026, 11, 24, 19));
    addOccurrence(series, japan(2026, 11, 27, 19));
    addOccurrence(series, japan(2026, 12, 1, 19));
    const qint64 id = applicant(QStringLiteral("America/Los_Angeles"));

    const QStringList ja = nextMeetings(build(id, ReplyAction::Reminder));
    REQUIRE(ja.size() == 3);
    // 19:00 in Tokyo is 02:00 the same morning in Los Angeles (PST).
    CHECK(ja.at(0).startsWith(
        QStringLiteral("2026年11月24日(火) 19:00〜21:00（日本時間）／2026年11月24日(火) 02:00〜04:00（")));
    CHECK(ja.at(2).startsWith(
        QStringLiteral("2026年12月1日(火) 19:00〜21:00（日本時間）／2026年12月1日(火) 02:00〜04:00（")));
    for (const QString& line : ja)
        CHECK(line.endsWith(QStringLiteral("America/Los_Angeles）")));

    const QStringList en = nextMeetings(build(id, ReplyAction::Reminder, QStringLiteral("en")));
    REQUIRE(en.size() == 3);
    CHECK(en.at(1).startsWith(
        QStringLiteral("Fri 27 Nov 2026, 19:00–21:00 (Japan time) / Fri 27 Nov 2026, 02:00–04:00 (")));
    CHECK(build(id, ReplyAction::Hold, QStringLiteral("en")).values.value(QStringLiteral("reply_deadline")) ==
          QStringLiteral("Sun 29 Nov 2026"));
}

TEST_CASE_METHOD(ContextFixture, "Without stored occurrences the series rule gives the dates, else the room's words")
{
    const qint64 id = applicant();
    // No series at all: the room's own schedule text.
    CHECK(build(id, ReplyAction::Reminder).values.value(QStringLiteral("next_meetings")) ==
          QStringLiteral("毎週火・金 19:00〜21:00"));

    addJoinableSeries();
    CHECK(nextMeetings(build(id, ReplyAction::Reminder)) ==
          QStringList{QStringLiteral("2026年11月24日(火) 19:00〜21:00"),
                      QStringLiteral("2026年11月27日(金) 19:00〜21:00"),
                      QStringLiteral("2026年12月1日(火) 19:00〜21:00")});
}

TEST_CASE_METHOD(ContextFixture, "A referral names the other room and a missing record is NotFound")
{
    Room other = makeRoom(QStringLiteral("G"), 2);
    other.name = QStringLiteral("ルームG");
    other.description = QStringLiteral("ギャンブルの問題を抱える方のルームです。");
    other.scheduleSummary = QStringLiteral("毎週木曜 22:00〜23:00");
    auto otherId = rooms.insert(other);
    REQUIRE(otherId.ok());
    const qint64 id = applicant();

    const RenderContext c = build(id, ReplyAction::Refer, QStringLiteral("ja"), otherId.value());
    CHECK(c.values.value(QStringLiteral("other_room_name")) == QStringLiteral("ルームG"));
    CHECK(c.values.value(QStringLiteral("other_room_description")) == other.description);
    CHECK(c.values.value(QStringLiteral("other_room_schedule")) == other.scheduleSummary);
    CHECK(c.values.value(QStringLiteral("other_room_form_url")) == QStringLiteral("https://forms.example.org/test/G"));

    CHECK(builder.build(id, ReplyAction::Refer, host, 9999).error().code == StoreError::NotFound);
    CHECK(builder.build(id, ReplyAction::Refer, 9999).error().code == StoreError::NotFound);
    CHECK(builder.build(9999, ReplyAction::Refer, host).error().code == StoreError::NotFound);
}

TEST_CASE("The Japanese invitation for a demo applicant is complete, with the join details")
{
    TempProfile temp;
    Database& db = temp.openDemo().database();
    TemplateRepository templates(db, temp.clock());
    REQUIRE(templates.ensureDefaults().ok());

    auto rows = ApplicantList(db).all();
    REQUIRE(rows.ok());
    qint64 applicantId = 0;
    qint64 roomId = 0;
    for (const ApplicantRow& row : rows.value()) {
        if (row.applicant.anonymousName == QStringLiteral("しろくま")) { // applied to Room D
            applicantId = row.applicant.id;
            roomId = row.applicant.roomId;
        }
    }
    REQUIRE(applicantId != 0);
    auto hosts = HostRepository(db).all();
    REQUIRE(hosts.ok());
    qint64 hostId = 0;
    for (const Host& h : hosts.value()) {
        if (h.roomCodes.contains(QStringLiteral("D")))
            hostId = h.id;
    }
    REQUIRE(hostId != 0);

    ReplyContextBuilder builder(db, temp.clock());
    for (const QString& language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        auto context = builder.build(applicantId, ReplyAction::Invite, hostId, 0, language);
        REQUIRE(context.ok());
        auto chosen = templates.forAction(ReplyAction::Invite, roomId, hostId, language);
        REQUIRE(chosen.ok());
        const Rendered r = TemplateRenderer::render(chosen.value(), context.value());
        INFO(r.body.toStdString());
        CHECK_FALSE(r.subject.contains(QLatin1String("{{")));
        CHECK_FALSE(r.body.contains(QLatin1String("{{")));
        CHECK(TemplateRenderer::markersIn(r.subject + r.body).isEmpty());
        CHECK_FALSE(r.body.contains(QStringLiteral("【未入力")));
        CHECK(r.missing.isEmpty());
        CHECK(r.unknown.isEmpty());
        CHECK(r.sendable());
        // The demo's Room D: joint meeting Tue and Fri 19:00, its join details and its chat.
        CHECK(r.body.contains(QLatin1String("https://meet.example.org/j/90000000011")));
        CHECK(r.body.contains(QLatin1String("demo-dkk3")));
        CHECK(r.body.contains(QLatin1String("https://chat.example.org/invite/room-d-P4m8")));
        CHECK(r.secretsUsed.size() == 4);
        CHECK(r.secretSpans().size() == 4);
        if (language == QLatin1String("ja")) {
            CHECK(r.subject == QStringLiteral("【Room D（アルコール当事者・断酒会系）】ご参加のご案内"));
            CHECK(r.body.startsWith(QStringLiteral("しろくまさん\n")));
            // The demo's "today" is Sunday 22 November 2026; the next joint meetings are Tue 24 and Fri 27.
            CHECK(
                r.body.contains(QStringLiteral("2026年11月24日(火) 19:00〜21:00\n2026年11月27日(金) 19:00〜21:00\n")));
            CHECK(r.body.contains(QStringLiteral("書きっぱなし・読みっぱなし")));
            CHECK(r.body.contains(QStringLiteral("無理のない範囲で")));
            CHECK(r.body.endsWith(QStringLiteral("Room D 受付担当 ハル\n")));
        } else {
            CHECK(r.body.contains(QStringLiteral("Tue 24 Nov 2026, 19:00–21:00 (Japan time)")));
        }
    }

    // The other replies to the same applicant carry no secret at all.
    for (ReplyAction action : {ReplyAction::Hold, ReplyAction::Refer, ReplyAction::Decline, ReplyAction::Reminder}) {
        INFO(replyActionKey(action).toStdString());
        auto context = builder.build(applicantId, action, hostId, roomId);
        REQUIRE(context.ok());
        auto chosen = templates.forAction(action, roomId, hostId, QStringLiteral("ja"));
        REQUIRE(chosen.ok());
        const Rendered r = TemplateRenderer::render(chosen.value(), context.value());
        CHECK_FALSE(r.body.contains(QLatin1String("demo-dkk3")));
        CHECK_FALSE(r.body.contains(QLatin1String("meet.example.org")));
        CHECK_FALSE(r.body.contains(QLatin1String("chat.example.org")));
        CHECK(r.secretsUsed.isEmpty());
        CHECK_FALSE(r.secretNotAllowed);
        CHECK(r.unknown.isEmpty());
        // Only the hold reply waits for the host's own question.
        CHECK(r.missing == (action == ReplyAction::Hold ? QStringList{QStringLiteral("question")} : QStringList{}));
    }
}

TEST_CASE("A demo family room abroad gets the beginner time and both clocks")
{
    TempProfile temp;
    Database& db = temp.openDemo().database();
    auto rows = ApplicantList(db).all();
    REQUIRE(rows.ok());
    qint64 applicantId = 0;
    for (const ApplicantRow& row : rows.value()) {
        if (row.applicant.anonymousName == QStringLiteral("Maple")) // Room NF, lives in Germany
            applicantId = row.applicant.id;
    }
    REQUIRE(applicantId != 0);
    auto context = ReplyContextBuilder(db, temp.clock()).build(applicantId, ReplyAction::Invite, 0);
    REQUIRE(context.ok());
    const auto& v = context->values;
    CHECK(v.value(QStringLiteral("beginner_time")) == QStringLiteral("19:30〜20:00（ミーティング前の30分間）"));
    CHECK_FALSE(v.contains(QStringLiteral("chat_link"))); // Room NF has no chat
    CHECK_FALSE(v.contains(QStringLiteral("host_name")));
    const QStringList lines = v.value(QStringLiteral("next_meetings")).split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    for (const QString& line : lines) {
        CHECK(line.contains(QStringLiteral(" 20:00〜21:30（日本時間）／")));
        // Berlin is eight hours behind Tokyo in winter.
        CHECK(line.contains(QStringLiteral(" 12:00〜13:30（")));
        CHECK(line.endsWith(QStringLiteral("Europe/Berlin）")));
    }
}
