// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSeeder.h"

#include "intake/IntakePipeline.h"
#include "schedule/Recurrence.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/ContactEventRepository.h"
#include "storage/ContactRepository.h"
#include "storage/HostRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/MessageRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SqlTransaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

namespace tsunagu {
namespace {

constexpr int s_weeksBack = 8;
constexpr int s_weeksAhead = 6;

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

Room roomFrom(const QJsonObject& o, int order)
{
    Room room;
    room.code = str(o, "code");
    room.name = str(o, "name");
    room.theme = str(o, "theme");
    room.audience = audienceFromKey(str(o, "audience"));
    room.description = str(o, "description");
    room.chatLink = str(o, "chatLink");
    room.applicationFormUrl = str(o, "formUrl");
    room.receptionAddress = str(o, "reception");
    room.replyDeadlineDays = o.value(QLatin1String("deadline")).toInt(3);
    room.status = roomStatusFromKey(str(o, "status"));
    room.statusNote = str(o, "statusNote");
    room.scheduleSummary = str(o, "schedule");
    room.guidelines = str(o, "guidelines");
    room.minorsReviewed = o.value(QLatin1String("minorsReviewed")).toBool();
    room.sortOrder = order;
    return room;
}

// Splits a total into categories by the given shares; the rest are counted as others.
Attendance attendanceFor(const QJsonObject& shape, qint64 occurrenceId, QRandomGenerator& random)
{
    const int base = shape.value(QLatin1String("total")).toInt();
    const int total = qMax(1, int(base * (0.8 + 0.4 * random.generateDouble())));
    Attendance a;
    a.occurrenceId = occurrenceId;
    a.persons = int(total * shape.value(QLatin1String("persons")).toDouble());
    a.families = int(total * shape.value(QLatin1String("families")).toDouble());
    a.supporters = int(total * shape.value(QLatin1String("supporters")).toDouble());
    a.others = qMax(0, total - a.persons - a.families - a.supporters);
    a.firstTimers = int(random.bounded(qMax(1, total / 10) + 1));
    return a;
}

QByteArray encodedWord(const QString& text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

// RFC 5322 §3.3 date in Japan time.
QByteArray mailDate(const QDateTime& at)
{
    const QDateTime japan = at.toTimeZone(QTimeZone("Asia/Tokyo"));
    return QLocale::c().toString(japan, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0900";
}

// A UTF-8 mail as a web-form service or a mail program would send it.
QByteArray demoMail(const QByteArray& from, const QString& subject, const QString& body, const QDateTime& at,
                    const QByteArray& messageId, const QByteArray& extraHeaders = {})
{
    QByteArray mail = "From: " + from + "\r\nTo: reception@example.jp\r\nSubject: " + encodedWord(subject) +
                      "\r\nDate: " + mailDate(at) + "\r\nMessage-ID: <" + messageId + ">\r\nMIME-Version: 1.0\r\n" +
                      extraHeaders +
                      "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray encoded = body.toUtf8().toBase64();
    for (int i = 0; i < encoded.size(); i += 76)
        mail += encoded.mid(i, 76) + "\r\n";
    return mail;
}

QString categoryText(const QString& key)
{
    if (key == QLatin1String("family"))
        return QStringLiteral("ご家族");
    if (key == QLatin1String("supporter"))
        return QStringLiteral("支援者");
    return QStringLiteral("ご本人");
}

// The application form as the demo rooms' form service would mail it.
QString applicationText(const QJsonObject& o)
{
    const QString where = str(o, "country").isEmpty() ? str(o, "region") : str(o, "country");
    return QStringLiteral("参加申し込みフォームから送信されました。\n\n"
                          "【お名前（ニックネーム）】%1\n【メールアドレス】%2\n【ご本人・ご家族】%3\n【性別】%4\n"
                          "【年代】%5\n【お住まい】%6\n【依存の対象】%7\n【このルームを知ったきっかけ】%8\n"
                          "【自己紹介】\n%9\n")
        .arg(str(o, "name"), str(o, "address"), categoryText(str(o, "category")), str(o, "gender"), str(o, "age"),
             where, str(o, "concern"), str(o, "referral"), str(o, "intro"));
}

} // namespace

StoreResult<Done> DemoSeeder::seed()
{
    QFile file(QStringLiteral(":/tsunagu/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return StoreFailure{StoreError::NotFound, QStringLiteral("demo data missing from the build")};
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();

    RoomRepository rooms(m_database);
    HostRepository hosts(m_database);
    ContactRepository contacts(m_database);
    ContactEventRepository contactEvents(m_database);
    ApplicantRepository applicants(m_database, m_clock);
    MeetingRepository meetings(m_database);
    MemberRepository members(m_database);
    MessageRepository messages(m_database);
    AuditLog audit(m_database);

    auto existing = rooms.all();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return StoreFailure{StoreError::ConstraintViolated, QStringLiteral("profile is not empty")};

    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();

    // Meeting times are Japan wall-clock times, whatever zone this PC is in.
    const QDateTime now = m_clock.now();
    const QDateTime nowJapan = now.toTimeZone(QTimeZone("Asia/Tokyo"));
    const QDate today = nowJapan.date();
    const QDate from = today.addDays(-7 * s_weeksBack);
    const QDate to = today.addDays(7 * s_weeksAhead);
    QRandomGenerator random(20261122); // fixed: the same demo every time

    QHash<QString, qint64> roomIds;
    const QJsonArray roomList = demo.value(QLatin1String("rooms")).toArray();
    for (int i = 0; i < roomList.size(); ++i) {
        const QJsonObject o = roomList.at(i).toObject();
        auto id = rooms.insert(roomFrom(o, i));
        if (!id)
            return id.error();
        roomIds.insert(str(o, "code"), id.value());
        for (const QJsonValue& value : o.value(QLatin1String("series")).toArray()) {
            const QJsonObject so = value.toObject();
            const QTime time = QTime::fromString(str(so, "time"), QStringLiteral("HH:mm"));
            const QTimeZone japan("Asia/Tokyo");
            auto first = Recurrence::firstOccurrence(str(so, "rrule"), QDateTime(from, time, japan));
            MeetingSeries series;
            series.roomId = id.value();
            series.title = str(so, "title");
            series.rrule = str(so, "rrule");
            series.firstStart = first ? first.value() : QDateTime(from, time, japan);
            series.durationMinutes = so.value(QLatin1String("duration")).toInt(120);
            series.beginnerOffsetMinutes = so.value(QLatin1String("beginner")).toInt(0);
            series.joinUrl = str(so, "joinUrl");
            series.meetingId = str(so, "meetingId");
            series.passcode = str(so, "passcode");
            auto seriesId = meetings.insertSeries(series);
            if (!seriesId)
                return seriesId.error();
            // The past meetings are stored with their attendance; the coming ones are planned by the rule, and
            // only the host's changes to them are stored (one cancelled meeting, Room K's extra meeting).
            const QJsonObject shape = so.value(QLatin1String("attendance")).toObject();
            const QVector<QDateTime> starts =
                Recurrence::starts(series.rrule, series.firstStart, series.firstStart, QDateTime(to, time, japan));
            bool cancelledOne = false;
            for (const QDateTime& start : starts) {
                const bool past = start.addSecs(60 * series.durationMinutes) < now;
                if (!past) {
                    if (!cancelledOne && str(so, "cancelNext") == QLatin1String("yes")) {
                        auto cancelled = meetings.cancelOccurrence(seriesId.value(), start, str(so, "cancelNote"));
                        if (!cancelled)
                            return cancelled.error();
                        cancelledOne = true;
                    }
                    continue;
                }
                auto occurrenceId = meetings.insertOccurrence({0, seriesId.value(), start, false, {}, {}});
                if (!occurrenceId)
                    return occurrenceId.error();
                if (!shape.isEmpty()) {
                    auto recorded = meetings.recordAttendance(attendanceFor(shape, occurrenceId.value(), random), now);
                    if (!recorded)
                        return recorded.error();
                }
            }
            for (const QJsonValue& extra : so.value(QLatin1String("extraInDays")).toArray()) {
                const QDateTime start(today.addDays(extra.toInt()), time, japan);
                auto added = meetings.addExtraOccurrence(seriesId.value(), start, str(so, "extraNote"));
                if (!added)
                    return added.error();
            }
        }
    }

    for (const QJsonValue& value : demo.value(QLatin1String("hosts")).toArray()) {
        const QJsonObject o = value.toObject();
        Host host;
        host.displayName = str(o, "name");
        host.signature = str(o, "signature");
        for (const QJsonValue& code : o.value(QLatin1String("rooms")).toArray())
            host.roomCodes.append(code.toString());
        auto id = hosts.insert(host);
        if (!id)
            return id.error();
    }

    // Contacts of every kind, with the rooms they relate to, the contacts made and the posters delivered.
    QVector<qint64> contactIds;
    for (const QJsonValue& value : demo.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject o = value.toObject();
        Contact contact;
        contact.organisation = str(o, "organisation");
        contact.kind = contactKindFromKey(str(o, "kind"));
        contact.region = str(o, "region");
        contact.city = str(o, "city");
        contact.person = str(o, "person");
        contact.personRole = str(o, "role");
        contact.phone = str(o, "phone");
        contact.email = str(o, "email");
        contact.web = str(o, "web");
        contact.address = str(o, "address");
        contact.roleNotes = str(o, "notes");
        contact.referralCode = str(o, "referralCode");
        if (o.contains(QLatin1String("lastContactDaysAgo")))
            contact.lastContactOn = today.addDays(-o.value(QLatin1String("lastContactDaysAgo")).toInt());
        if (o.contains(QLatin1String("followUpInDays")))
            contact.nextFollowUpOn = today.addDays(o.value(QLatin1String("followUpInDays")).toInt());
        for (const QJsonValue& code : o.value(QLatin1String("rooms")).toArray())
            contact.roomIds.append(roomIds.value(code.toString()));
        auto id = contacts.insert(contact);
        if (!id)
            return id.error();
        contactIds.append(id.value());
        for (const QJsonValue& poster : o.value(QLatin1String("posters")).toArray()) {
            const QJsonObject po = poster.toObject();
            PosterDelivery delivery;
            delivery.contactId = id.value();
            delivery.deliveredOn = today.addDays(-po.value(QLatin1String("daysAgo")).toInt());
            delivery.posterVersion = str(po, "version");
            delivery.copies = po.value(QLatin1String("copies")).toInt(1);
            delivery.method = deliveryMethodFromKey(str(po, "method"));
            auto delivered = contacts.addPosterDelivery(delivery);
            if (!delivered)
                return delivered.error();
        }
        for (const QJsonValue& event : o.value(QLatin1String("events")).toArray()) {
            const QJsonObject eo = event.toObject();
            auto added = contactEvents.add({0, id.value(), today.addDays(-eo.value(QLatin1String("daysAgo")).toInt()),
                                            contactChannelFromKey(str(eo, "channel")), str(eo, "note")});
            if (!added)
                return added.error();
        }
    }

    auto allRooms = rooms.all();
    if (!allRooms)
        return allRooms.error();
    IntakeSource inbox; // the demo's mail arrived in the room mailbox
    inbox.mailbox = QStringLiteral("INBOX");
    QHash<QString, qint64> applicantIds;
    int mailNumber = 0;
    for (const QJsonValue& value : demo.value(QLatin1String("applicants")).toArray()) {
        const QJsonObject o = value.toObject();
        Applicant a;
        a.roomId = roomIds.value(str(o, "room"));
        a.anonymousName = str(o, "name");
        a.replyAddress = str(o, "address");
        a.category = categoryFromKey(str(o, "category"));
        a.genderAsWritten = str(o, "gender");
        a.ageBand = str(o, "age");
        a.region = str(o, "region");
        a.country = str(o, "country");
        a.timeZone = str(o, "timeZone");
        a.referralSource = str(o, "referral");
        if (o.contains(QLatin1String("referralContact")))
            a.referralContactId = contactIds.value(o.value(QLatin1String("referralContact")).toInt());
        a.notes = str(o, "notes");
        const QTime time = QTime::fromString(str(o, "time"), QStringLiteral("HH:mm"));
        a.receivedAt =
            QDateTime(today.addDays(-o.value(QLatin1String("receivedDaysAgo")).toInt()), time, QTimeZone("Asia/Tokyo"));
        // Today's applications cannot come from the future.
        if (a.receivedAt > now)
            a.receivedAt = now.addSecs(-15 * 60);
        a.status = ApplicantStatus::New;
        // Each application arrives as the room's form service mails it, and goes through the real intake reading.
        const QString roomCode = str(o, "room");
        const QByteArray raw = demoMail("=?UTF-8?B?" + QStringLiteral("参加申し込みフォーム").toUtf8().toBase64() +
                                            "?= <noreply@forms.example.org>",
                                        roomCode.isEmpty() ? QStringLiteral("参加申し込み")
                                                           : QStringLiteral("【Room %1】参加申し込み").arg(roomCode),
                                        applicationText(o), a.receivedAt,
                                        QStringLiteral("demo-%1@forms.example.org").arg(++mailNumber).toLatin1());
        IntakeSource source;
        source.roomCode = roomCode;
        const Understanding understood = IntakePipeline::understand(raw, allRooms.value(), source);
        a.formFields = understood.applicant.formFields;
        a.concern = understood.applicant.concern;
        a.introduction = understood.applicant.introduction;
        a.hints = understood.hints;
        auto id = applicants.insert(a);
        if (!id)
            return id.error();
        applicantIds.insert(a.anonymousName, id.value());
        Message mail = IntakePipeline::messageFor(raw, understood, inbox, a.receivedAt);
        mail.applicantId = id.value();
        auto stored = messages.insert(mail);
        if (!stored)
            return stored.error();
        const ApplicantStatus status = applicantStatusFromKey(str(o, "status"));
        if (status != ApplicantStatus::New) {
            const int repliedDaysAgo = o.value(QLatin1String("repliedDaysAgo")).toInt(-1);
            const QDateTime at =
                repliedDaysAgo >= 0
                    ? a.receivedAt.addDays(o.value(QLatin1String("receivedDaysAgo")).toInt() - repliedDaysAgo)
                    : now;
            auto changed = applicants.setStatus(id.value(), status, 0, {}, at);
            if (!changed)
                return changed.error();
        }
    }

    for (const QJsonValue& value : demo.value(QLatin1String("members")).toArray()) {
        const QJsonObject o = value.toObject();
        Member m;
        m.roomId = roomIds.value(str(o, "room"));
        m.anonymousName = str(o, "name");
        m.category = categoryFromKey(str(o, "category"));
        m.joinedOn = today.addDays(-o.value(QLatin1String("joinedDaysAgo")).toInt());
        m.applicantId = applicantIds.value(m.anonymousName);
        auto id = members.insert(m);
        if (!id)
            return id.error();
    }

    // Mail that is not an application: for 未分類 and the spam list.
    for (const QJsonValue& value : demo.value(QLatin1String("mail")).toArray()) {
        const QJsonObject o = value.toObject();
        const QTime time = QTime::fromString(str(o, "time"), QStringLiteral("HH:mm"));
        QDateTime at(today.addDays(-o.value(QLatin1String("daysAgo")).toInt()), time, QTimeZone("Asia/Tokyo"));
        if (at > now)
            at = now.addSecs(-30 * 60);
        const QByteArray sender = o.value(QLatin1String("from")).toString().toUtf8();
        const QString name = QString::fromUtf8(sender.left(sender.indexOf('<')).trimmed());
        const QByteArray address = sender.mid(sender.indexOf('<'));
        const QByteArray raw =
            demoMail(encodedWord(name) + ' ' + address, str(o, "subject"), str(o, "body"), at,
                     QStringLiteral("demo-%1@mail.example.org").arg(++mailNumber).toLatin1(),
                     o.value(QLatin1String("spam")).toBool() ? QByteArray("X-Spam-Flag: YES\r\n") : QByteArray());
        Understanding understood = IntakePipeline::understand(raw, allRooms.value(), IntakeSource{});
        // Letters a host has read and left in 未分類 (a reporter, a clinic's thanks): intake alone would take a
        // first letter from a person as an application.
        if (understood.classification == Classification::Application) {
            understood.classification = Classification::Unclassified;
            understood.directLetter = false;
        }
        auto stored = messages.insert(IntakePipeline::messageFor(raw, understood, inbox, at));
        if (!stored)
            return stored.error();
    }

    auto logged = audit.record({0, now, 0, QStringLiteral("profile.demo_seeded"), {}, 0, {}});
    if (!logged)
        return logged.error();
    if (!transaction.commit())
        return transaction.failure();
    return Done{};
}

} // namespace tsunagu
