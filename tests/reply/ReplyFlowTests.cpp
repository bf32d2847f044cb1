// SPDX-License-Identifier: GPL-3.0-or-later
// Answering an applicant end to end, against a real Dovecot and a real aiosmtpd started by the fixtures: what
// the applicant receives (parsed back with our own MIME parser), the copy in Sent, \Answered and the keyword on
// the original, the applicant's status, the audit log; a co-host on a second profile is warned; a failed send
// keeps everything for a retry; a draft goes to the Drafts folder; an unfinished reply never leaves.
#include "DovecotServer.h"
#include "MailSamples.h"
#include "SmtpServer.h"
#include "TempProfile.h"

#include "mail/imap/ImapSession.h"
#include "mail/mime/MimeParser.h"
#include "mail/net/SslMailSocket.h"
#include "receiving/MailboxSync.h"
#include "replies/TemplateRepository.h"
#include "schedule/InvitationCalendar.h"
#include "schedule/UpcomingMeetings.h"
#include "sending/ReplyDrafter.h"
#include "sending/ReplySender.h"
#include "sending/SecretChangeNotice.h"
#include "storage/ApplicantList.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/AuditReader.h"
#include "storage/BlockedAddressRepository.h"
#include "storage/HostRepository.h"
#include "storage/MailAccountRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/ReplyRepository.h"
#include "storage/SqlSupport.h"
#include "storage/SyncStateRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch.hpp>
#include <libical/ical.h>

#include <optional>

namespace tsunagu {
namespace {

using test::DovecotServer;
using test::SmtpServer;

const QString s_passcode = QStringLiteral("Kp7319");
const QString s_joinLink = QStringLiteral("https://meet.example.org/j/8812345670");

// One host's computer: a profile with room E, its meeting series with join details, the host, and the account
// on the shared mailbox.
struct HostComputer
{
    test::TempProfile profile;
    Profile* opened = nullptr;
    MailAccount account;
    qint64 hostId = 0;
    qint64 otherRoomId = 0;

    HostComputer(const DovecotServer& imap, const SmtpServer& smtp, const QString& hostName,
                 OutgoingCharset charset = OutgoingCharset::Utf8)
    {
        opened = &profile.open();
        QSqlQuery q(database().connection());
        REQUIRE(sql::exec(q, QStringLiteral("INSERT INTO rooms (code, name, audience, reception_address, chat_link) "
                                            "VALUES ('E', 'ルームE', 'persons', 'room-e@example.org', '')")));
        const qint64 roomId = q.lastInsertId().toLongLong();
        REQUIRE(sql::exec(q, QStringLiteral("INSERT INTO rooms (code, name, audience, reception_address, "
                                            "application_form_url, description) VALUES ('G', 'ルームG', 'persons', "
                                            "'room-g@example.org', 'https://forms.example.org/g', "
                                            "'ギャンブルの問題に悩む本人の集まりです。')")));
        otherRoomId = q.lastInsertId().toLongLong();
        MeetingSeries series;
        series.roomId = roomId;
        series.title = QStringLiteral("ルームE 定例会");
        series.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
        series.firstStart = QDateTime(QDate(2026, 1, 6), QTime(19, 0), QTimeZone("Asia/Tokyo"));
        series.durationMinutes = 90;
        series.joinUrl = s_joinLink;
        series.meetingId = QStringLiteral("881 2345 6701");
        series.passcode = s_passcode;
        REQUIRE(MeetingRepository(database()).insertSeries(series).ok());
        Host host;
        host.displayName = hostName;
        host.signature = hostName + QStringLiteral("（ルームE 受付）");
        host.roomCodes = {QStringLiteral("E")};
        auto id = HostRepository(database()).insert(host);
        REQUIRE(id.ok());
        hostId = id.value();
        REQUIRE(TemplateRepository(database(), profile.clock()).ensureDefaults().ok());

        account.name = QStringLiteral("ルームE 受付");
        account.userName = imap.user();
        account.imapHost = imap.host();
        account.imapPort = imap.imapsPort();
        account.imapSecurity = MailSecurity::Tls;
        account.caFile = imap.certificatePath();
        account.smtpHost = smtp.host();
        account.smtpPort = smtp.port();
        account.smtpSecurity = MailSecurity::StartTls;
        account.smtpUserName = smtp.user();
        account.smtpPinnedSha256 = smtp.certificateSha256();
        account.fromName = QStringLiteral("ルームE 受付");
        account.outgoingCharset = charset;
        MailAccountRepository accounts(database(), profile.clock());
        auto saved = accounts.save(account, {QStringLiteral("E")});
        REQUIRE(saved.ok());
        account = accounts.byId(saved.value()).value();
    }

    Database& database() { return opened->database(); }

    SyncReport sync(const DovecotServer& imap)
    {
        MailboxSync sync(SslMailSocket::factory(), database(), profile.clock());
        QSignalSpy finished(&sync, &MailboxSync::finished);
        sync.start(account, {QStringLiteral("E")}, imap.password());
        REQUIRE(finished.wait(60000));
        const auto report = finished.first().first().value<SyncReport>();
        INFO(report.detail.toStdString());
        REQUIRE(report.ok);
        return report;
    }

    qint64 onlyApplicant()
    {
        auto all = ApplicantList(database()).all();
        REQUIRE(all.ok());
        REQUIRE(all->size() == 1);
        return all->first().applicant.id;
    }

    qint64 draft(ReplyAction action, QHash<QString, QString> values = {}, qint64 otherRoom = 0)
    {
        DraftRequest request;
        request.otherRoomId = otherRoom;
        request.applicantId = onlyApplicant();
        request.action = action;
        request.hostId = hostId;
        request.hostValues = values;
        auto id = ReplyDrafter(database(), profile.clock()).start(request);
        INFO(id.error().detail.toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    SendOutcome send(qint64 replyId, const SendPasswords& passwords)
    {
        ReplySender sender(database(), profile.clock(), SslMailSocket::factory());
        std::optional<SendOutcome> outcome;
        sender.send(replyId, passwords, [&](SendOutcome o) { outcome = o; });
        REQUIRE(QTest::qWaitFor([&] { return outcome.has_value(); }, 60000));
        return *outcome;
    }

    SendOutcome saveDraft(qint64 replyId, const QString& password)
    {
        ReplySender sender(database(), profile.clock(), SslMailSocket::factory());
        std::optional<SendOutcome> outcome;
        sender.saveToDrafts(replyId, password, [&](SendOutcome o) { outcome = o; });
        REQUIRE(QTest::qWaitFor([&] { return outcome.has_value(); }, 60000));
        return *outcome;
    }

    SendOutcome sendReferral(qint64 referralId, const SendPasswords& passwords)
    {
        ReplySender sender(database(), profile.clock(), SslMailSocket::factory());
        std::optional<SendOutcome> outcome;
        sender.sendReferral(referralId, passwords, [&](SendOutcome o) { outcome = o; });
        REQUIRE(QTest::qWaitFor([&] { return outcome.has_value(); }, 60000));
        return *outcome;
    }

    OthersAnswer checkOthers(qint64 replyId, const QString& password)
    {
        ReplySender sender(database(), profile.clock(), SslMailSocket::factory());
        std::optional<OthersAnswer> answer;
        bool called = false;
        sender.checkOthers(replyId, password, [&](std::optional<OthersAnswer> a, std::optional<SendFailure> failure) {
            INFO((failure ? failure->detail : QString()).toStdString());
            CHECK_FALSE(failure.has_value());
            answer = a;
            called = true;
        });
        REQUIRE(QTest::qWaitFor([&] { return called; }, 60000));
        REQUIRE(answer.has_value());
        return *answer;
    }
};

DovecotServer::Options withSentAndDrafts()
{
    DovecotServer::Options options;
    options.specialUseMailboxes = true;
    return options;
}

struct Servers
{
    DovecotServer imap;
    SmtpServer smtp;

    explicit Servers(const DovecotServer::Options& imapOptions = withSentAndDrafts())
        : imap(imapOptions)
    {
        DovecotServer::requireInstalled();
        SmtpServer::requireInstalled();
        INFO(imap.logText().toStdString());
        REQUIRE(imap.start());
        INFO(smtp.logText().toStdString());
        REQUIRE(smtp.start());
        REQUIRE_FALSE(imap.deliver(test::formMail(QStringLiteral("【ルームE】参加申し込み"),
                                                  test::applicationBody(QStringLiteral("さくら"),
                                                                        QStringLiteral("sakura@example.jp")),
                                                  QByteArrayLiteral("form-1@forms.example.org")))
                          .isEmpty());
    }

    SendPasswords passwords() const { return {imap.password(), smtp.password()}; }
};

// Every message in a mailbox, with its flags, read by a separate client.
struct ServerMail
{
    QByteArray bytes;
    QStringList flags;
};

QList<ServerMail> mailIn(const DovecotServer& server, const QString& mailbox)
{
    ImapSession session(SslMailSocket::factory());
    Endpoint endpoint;
    endpoint.host = server.host();
    endpoint.port = server.imapsPort();
    endpoint.userName = server.user();
    endpoint.caFile = server.certificatePath();
    QList<ServerMail> mails;
    bool done = false;
    session.connectToServer(endpoint, server.password(), [&](ImapResult<ImapServerInfo> connected) {
        REQUIRE(connected.ok());
        session.examine(mailbox, [&](ImapResult<MailboxInfo> box) {
            REQUIRE(box.ok());
            session.searchUidsFrom(1, [&](ImapResult<std::vector<quint32>> uids) {
                REQUIRE(uids.ok());
                if (uids->empty()) {
                    done = true;
                    return;
                }
                session.fetchFlags(uids.value(), [&, all = uids.value()](ImapResult<QList<MessageFlags>> flags) {
                    REQUIRE(flags.ok());
                    for (const MessageFlags& f : flags.value())
                        mails.append({{}, f.flags});
                    auto index = std::make_shared<int>(0);
                    session.fetchBodies(
                        all, std::nullopt, [&, index](FetchedMessage m) { mails[(*index)++].bytes = m.bytes; },
                        [&](ImapResult<ImapSession::FetchSummary>) { done = true; });
                });
            });
        });
    });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 30000));
    return mails;
}

} // namespace

TEST_CASE("An invitation reaches only the applicant, threaded, and the store and server record it", "[reply][server]")
{
    Servers servers;
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"));
    host.sync(servers.imap);
    const qint64 replyId = host.draft(ReplyAction::Invite);

    const SendOutcome outcome = host.send(replyId, servers.passwords());
    INFO((outcome.failure ? outcome.failure->detail : outcome.warningDetail).toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome.warnings.isEmpty());

    // What the SMTP server received: one message, to the applicant only, read back with our parser.
    const auto received = servers.smtp.messages();
    REQUIRE(received.size() == 1);
    CHECK(received.first().rcptTos == QStringList{QStringLiteral("sakura@example.jp")});
    const MimeMessage mail = MimeParser::parse(received.first().bytes);
    CHECK(mail.subject.contains(QStringLiteral("ご参加のご案内")));
    CHECK(mail.inReplyTo == QStringLiteral("form-1@forms.example.org"));
    CHECK(mail.references.contains(QStringLiteral("form-1@forms.example.org")));
    CHECK(mail.from.value(0).address == servers.imap.user());
    CHECK(mail.from.value(0).name == QStringLiteral("ルームE 受付"));
    CHECK(mail.text.contains(QStringLiteral("さくらさん")));
    CHECK(mail.text.contains(s_passcode));
    CHECK(mail.text.contains(s_joinLink));
    CHECK(mail.text.contains(QStringLiteral("みどり")));
    CHECK_FALSE(mail.text.contains(QStringLiteral("{{")));
    CHECK_FALSE(mail.text.contains(QStringLiteral("未入力")));
    CHECK(mail.messageId == outcome.messageId.mid(1, outcome.messageId.size() - 2));

    // The copy in Sent (with the host's name for co-hosts) and the original marked as answered.
    const auto sent = mailIn(servers.imap, QStringLiteral("Sent"));
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().bytes.contains("X-Tsunagu-Host: "));
    CHECK(sent.first().bytes.contains(received.first().bytes.mid(received.first().bytes.indexOf("Message-ID"), 40)));
    const auto inbox = mailIn(servers.imap, QStringLiteral("INBOX"));
    REQUIRE(inbox.size() == 1);
    CHECK(inbox.first().flags.contains(QStringLiteral("\\Answered")));
    CHECK(inbox.first().flags.contains(QStringLiteral("$TsunaguInvited")));
    CHECK_FALSE(inbox.first().flags.contains(QStringLiteral("\\Seen")));

    // The store: reply sent, applicant invited with the first reply time, the audit says secrets went out.
    auto reply = ReplyRepository(host.database(), host.profile.clock()).byId(replyId);
    CHECK(reply->state == ReplyState::Sent);
    auto applicant = ApplicantRepository(host.database(), host.profile.clock()).byId(host.onlyApplicant());
    CHECK(applicant->status == ApplicantStatus::Invited);
    CHECK(applicant->firstReplyAt.isValid());
    auto audit = AuditLog(host.database()).recent(5);
    REQUIRE(audit.ok());
    REQUIRE_FALSE(audit->isEmpty());
    CHECK(audit->first().action == QStringLiteral("reply.sent"));
    CHECK(audit->first().hostId == host.hostId);
    CHECK(audit->first().detail.contains(QStringLiteral("secrets=yes")));
    CHECK_FALSE(audit->first().detail.contains(s_passcode));
}

TEST_CASE("A mailbox without a Sent folder gets one, and every reply is filed there without a warning",
          "[reply][server]")
{
    // Dovecot with INBOX only, as some providers give a new account.
    Servers servers{DovecotServer::Options{}};
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"));
    host.sync(servers.imap);

    const SendOutcome first = host.send(host.draft(ReplyAction::Invite), servers.passwords());
    INFO((first.failure ? first.failure->detail : first.warningDetail).toStdString());
    REQUIRE(first.ok());
    CHECK(first.warnings.isEmpty());
    const auto sent = mailIn(servers.imap, QStringLiteral("Sent"));
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().flags.contains(QStringLiteral("\\Seen")));

    // The next reply finds the folder made for the first one.
    const SendOutcome second = host.send(host.draft(ReplyAction::Reminder), servers.passwords());
    INFO((second.failure ? second.failure->detail : second.warningDetail).toStdString());
    REQUIRE(second.ok());
    CHECK(second.warnings.isEmpty());
    CHECK(mailIn(servers.imap, QStringLiteral("Sent")).size() == 2);
}

TEST_CASE("A co-host on another computer is told who answered, and when", "[reply][server]")
{
    Servers servers;
    HostComputer first(servers.imap, servers.smtp, QStringLiteral("みどり"));
    HostComputer second(servers.imap, servers.smtp, QStringLiteral("あおい"));
    first.sync(servers.imap);
    second.sync(servers.imap);
    const qint64 secondDraft = second.draft(ReplyAction::Invite);
    CHECK_FALSE(second.checkOthers(secondDraft, servers.imap.password()).answered);

    REQUIRE(first.send(first.draft(ReplyAction::Invite), servers.passwords()).ok());

    const OthersAnswer answer = second.checkOthers(secondDraft, servers.imap.password());
    CHECK(answer.known);
    CHECK(answer.answered);
    CHECK(answer.by == QStringLiteral("みどり"));
    CHECK(answer.at.isValid());
    CHECK(answer.flags.contains(QStringLiteral("$TsunaguInvited")));
}

TEST_CASE("A refused password keeps the reply for a retry and changes nothing", "[reply][server]")
{
    Servers servers;
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"));
    host.sync(servers.imap);
    const qint64 replyId = host.draft(ReplyAction::Invite);
    const QString typed = ReplyRepository(host.database(), host.profile.clock()).byId(replyId)->body;

    const SendOutcome failed = host.send(replyId, {servers.imap.password(), QStringLiteral("wrong-password")});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.failure->code == SendError::LoginFailed);
    CHECK_FALSE(failed.failure->detail.contains(QStringLiteral("wrong-password")));
    CHECK(servers.smtp.messages().isEmpty());
    auto kept = ReplyRepository(host.database(), host.profile.clock()).byId(replyId);
    CHECK(kept->state == ReplyState::Failed);
    CHECK(kept->body == typed);
    CHECK(ApplicantRepository(host.database(), host.profile.clock()).byId(host.onlyApplicant())->status ==
          ApplicantStatus::New);

    REQUIRE(host.send(replyId, servers.passwords()).ok());
    CHECK(servers.smtp.messages().size() == 1);
}

TEST_CASE("Save as draft puts the reply in the Drafts folder and sends nothing", "[reply][server]")
{
    Servers servers;
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"));
    host.sync(servers.imap);
    const qint64 replyId = host.draft(ReplyAction::Decline);
    const SendOutcome outcome = host.saveDraft(replyId, servers.imap.password());
    INFO((outcome.failure ? outcome.failure->detail : QString()).toStdString());
    REQUIRE(outcome.ok());
    CHECK(servers.smtp.messages().isEmpty());
    const auto drafts = mailIn(servers.imap, QStringLiteral("Drafts"));
    REQUIRE(drafts.size() == 1);
    CHECK(drafts.first().flags.contains(QStringLiteral("\\Draft")));
    CHECK(MimeParser::parse(drafts.first().bytes).to.value(0).address == QStringLiteral("sakura@example.jp"));
    CHECK(ReplyRepository(host.database(), host.profile.clock()).byId(replyId)->state == ReplyState::OnServer);
}

TEST_CASE("A reply with a part still to fill in never leaves", "[reply][server]")
{
    Servers servers;
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"));
    host.sync(servers.imap);
    // A hold reply asks a question the host has not written yet.
    const qint64 replyId = host.draft(ReplyAction::Hold);
    const SendOutcome outcome = host.send(replyId, servers.passwords());
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.failure->code == SendError::Blocked);
    CHECK(outcome.failure->detail.contains(QStringLiteral("unfilled_placeholder")));
    CHECK(servers.smtp.messages().isEmpty());
    CHECK(ReplyRepository(host.database(), host.profile.clock()).byId(replyId)->state == ReplyState::Draft);
}

TEST_CASE("An account for old phones sends ISO-2022-JP that reads back the same", "[reply][server]")
{
    Servers servers;
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"), OutgoingCharset::Iso2022Jp);
    host.sync(servers.imap);
    const qint64 replyId =
        host.draft(ReplyAction::Hold, {{QStringLiteral("question"), QStringLiteral("ご家族の方ですか？")}});
    const SendOutcome outcome = host.send(replyId, servers.passwords());
    INFO((outcome.failure ? outcome.failure->detail : QString()).toStdString());
    REQUIRE(outcome.ok());
    const auto received = servers.smtp.messages();
    REQUIRE(received.size() == 1);
    CHECK(received.first().bytes.contains("charset=ISO-2022-JP"));
    const MimeMessage mail = MimeParser::parse(received.first().bytes);
    CHECK(mail.text.contains(QStringLiteral("ご家族の方ですか？")));
    CHECK_FALSE(mail.text.contains(s_passcode)); // a hold reply never carries the meeting's secrets
    CHECK(ApplicantRepository(host.database(), host.profile.clock()).byId(host.onlyApplicant())->status ==
          ApplicantStatus::OnHold);
}

TEST_CASE("A reply sent from another mail program is noticed at the next sync", "[reply][server]")
{
    Servers servers;
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"));
    host.sync(servers.imap);
    const qint64 applicantId = host.onlyApplicant();
    REQUIRE(isAwaitingReply(ApplicantRepository(host.database(), host.profile.clock()).byId(applicantId).value()));

    // Nothing answered yet: the next sync changes nothing (and CONDSTORE lets it skip asking: the state keeps the
    // mailbox's HIGHESTMODSEQ).
    CHECK(host.sync(servers.imap).answeredElsewhere == 0);
    auto state = SyncStateRepository(host.database()).find(host.account.id, QStringLiteral("INBOX"));
    REQUIRE(state.ok());
    REQUIRE(state->has_value());
    CHECK(state->value().highestModSeq.has_value());

    // The host answers from their phone's mail app, which marks the application \Answered on the server.
    ImapSession phone(SslMailSocket::factory());
    Endpoint endpoint;
    endpoint.host = servers.imap.host();
    endpoint.port = servers.imap.imapsPort();
    endpoint.userName = servers.imap.user();
    endpoint.caFile = servers.imap.certificatePath();
    bool marked = false;
    phone.connectToServer(endpoint, servers.imap.password(), [&](ImapResult<ImapServerInfo> connected) {
        REQUIRE(connected.ok());
        phone.select(QStringLiteral("INBOX"), [&](ImapResult<MailboxInfo> box) {
            REQUIRE(box.ok());
            phone.addFlags({1}, {QStringLiteral("\\Answered")}, [&](ImapResult<QList<MessageFlags>> flags) {
                REQUIRE(flags.ok());
                marked = true;
            });
        });
    });
    REQUIRE(QTest::qWaitFor([&] { return marked; }, 30000));

    CHECK(host.sync(servers.imap).answeredElsewhere == 1);
    const Applicant applicant = ApplicantRepository(host.database(), host.profile.clock()).byId(applicantId).value();
    CHECK_FALSE(isAwaitingReply(applicant));
    CHECK(applicant.firstReplyAt.isValid());
    bool hinted = false;
    for (const Hint& hint : applicant.hints)
        hinted = hinted || hint.kind == QStringLiteral("answered_elsewhere");
    CHECK(hinted);
    CHECK(servers.smtp.messages().isEmpty());
}

TEST_CASE("A referral tells the other room only what the applicant agreed to share", "[reply][server]")
{
    Servers servers;
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"));
    host.sync(servers.imap);
    const qint64 replyId = host.draft(ReplyAction::Refer, {}, host.otherRoomId);
    const Reply drafted = ReplyRepository(host.database(), host.profile.clock()).byId(replyId).value();
    CHECK(drafted.body.contains(QStringLiteral("ルームG")));
    CHECK(drafted.body.contains(QStringLiteral("https://forms.example.org/g")));
    REQUIRE(host.send(replyId, servers.passwords()).ok());

    // Without consent nothing can go to the other room.
    Referral refused;
    refused.applicantId = host.onlyApplicant();
    refused.toRoomId = host.otherRoomId;
    refused.hostId = host.hostId;
    auto refusedId = ReplyDrafter(host.database(), host.profile.clock()).recordReferral(refused);
    REQUIRE(refusedId.ok());
    const SendOutcome blocked = host.sendReferral(refusedId.value(), servers.passwords());
    REQUIRE_FALSE(blocked.ok());
    CHECK(servers.smtp.messages().size() == 1); // only the reply to the applicant

    Referral agreed = refused;
    agreed.consent = true;
    agreed.sharedFields = {QStringLiteral("anonymous_name")};
    auto agreedId = ReplyDrafter(host.database(), host.profile.clock()).recordReferral(agreed);
    REQUIRE(agreedId.ok());
    const SendOutcome sent = host.sendReferral(agreedId.value(), servers.passwords());
    INFO((sent.failure ? sent.failure->detail : QString()).toStdString());
    REQUIRE(sent.ok());
    const auto received = servers.smtp.messages();
    REQUIRE(received.size() == 2);
    CHECK(received.at(1).rcptTos == QStringList{QStringLiteral("room-g@example.org")});
    const MimeMessage note = MimeParser::parse(received.at(1).bytes);
    CHECK(note.text.contains(QStringLiteral("呼び名: さくら")));
    CHECK_FALSE(note.text.contains(QStringLiteral("sakura@example.jp"))); // the address was not agreed to
    CHECK_FALSE(note.text.contains(s_passcode));

    CHECK(ApplicantRepository(host.database(), host.profile.clock()).byId(host.onlyApplicant())->status ==
          ApplicantStatus::Referred);
    auto audit = AuditLog(host.database()).recent(10);
    QStringList actions;
    for (const AuditEntry& entry : audit.value())
        actions << entry.action;
    CHECK(actions.contains(QStringLiteral("referral.sent")));
    CHECK(actions.contains(QStringLiteral("referral.recorded")));
    CHECK(actions.contains(QStringLiteral("reply.sent")));
}

} // namespace tsunagu

namespace tsunagu {
namespace {

// The text/calendar part of a sent mail: its Content-* fields (unfolded) and its decoded bytes.
struct CalendarPart
{
    QByteArray fields;
    QByteArray ics;
};

std::optional<CalendarPart> calendarPartOf(const QByteArray& mail)
{
    const qsizetype at = mail.indexOf("Content-Type: text/calendar");
    if (at < 0)
        return std::nullopt;
    const qsizetype body = mail.indexOf("\r\n\r\n", at);
    const qsizetype end = mail.indexOf("\r\n--", body);
    if (body < 0 || end < 0)
        return std::nullopt;
    CalendarPart part;
    part.fields = mail.mid(at, body - at);
    part.fields.replace("\r\n ", " ").replace("\r\n\t", " ");
    part.ics = QByteArray::fromBase64(mail.mid(body + 4, end - body - 4));
    return part;
}

// What libical reads in an .ics: each VEVENT's start (local time with its TZID) and the join details it carries.
struct ParsedEvent
{
    QDateTime start;
    QString tzid;
    QString url;
    QString description;
};

QVector<ParsedEvent> parseEvents(const QByteArray& ics, bool* publish)
{
    icalcomponent* root = icalparser_parse_string(ics.constData());
    REQUIRE(root != nullptr);
    *publish = icalcomponent_get_method(root) == ICAL_METHOD_PUBLISH;
    QVector<ParsedEvent> events;
    for (icalcomponent* e = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); e != nullptr;
         e = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)) {
        ParsedEvent event;
        icalproperty* dtstart = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
        REQUIRE(dtstart != nullptr);
        if (icalparameter* tzid = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER))
            event.tzid = QString::fromUtf8(icalparameter_get_tzid(tzid));
        const icaltimetype t = icalproperty_get_dtstart(dtstart);
        event.start =
            QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), QTimeZone(event.tzid.toUtf8()));
        if (icalproperty* url = icalcomponent_get_first_property(e, ICAL_URL_PROPERTY))
            event.url = QString::fromUtf8(icalproperty_get_url(url));
        if (icalproperty* text = icalcomponent_get_first_property(e, ICAL_DESCRIPTION_PROPERTY))
            event.description = QString::fromUtf8(icalproperty_get_description(text));
        events << event;
    }
    icalcomponent_free(root);
    return events;
}

QVector<QDateTime> nextStarts(HostComputer& host, int count)
{
    auto series = MeetingRepository(host.database()).allSeries();
    REQUIRE(series.ok());
    REQUIRE(series->size() == 1);
    auto next = UpcomingMeetings(host.database(), host.profile.clock()).next(series->first(), count);
    REQUIRE(next.ok());
    return next.value();
}

} // namespace
} // namespace tsunagu

namespace tsunagu {

TEST_CASE("An invitation carries the room's next meetings as meetings.ics, with the join details it gives",
          "[reply][server][ics]")
{
    Servers servers;
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"));
    host.sync(servers.imap);
    const qint64 replyId = host.draft(ReplyAction::Invite);
    REQUIRE(ReplyRepository(host.database(), host.profile.clock()).setAttachMeetings(replyId, true).ok());

    const SendOutcome outcome = host.send(replyId, servers.passwords());
    INFO((outcome.failure ? outcome.failure->detail : outcome.warningDetail).toStdString());
    REQUIRE(outcome.ok());
    const auto received = servers.smtp.messages();
    REQUIRE(received.size() == 1);
    const QByteArray& bytes = received.first().bytes;
    CHECK(bytes.contains("Content-Type: multipart/mixed"));
    const MimeMessage mail = MimeParser::parse(bytes);
    CHECK(mail.text.contains(s_joinLink)); // the text is still the invitation
    REQUIRE(mail.attachments.size() == 1);
    CHECK(mail.attachments.first().fileName == QStringLiteral("meetings.ics"));
    CHECK(mail.attachments.first().contentType == QStringLiteral("text/calendar"));

    const auto part = calendarPartOf(bytes);
    REQUIRE(part.has_value());
    CHECK(part->fields.contains("charset=UTF-8"));
    CHECK(part->fields.contains("method=PUBLISH"));
    // RFC 2045 §5.1: a token value needs no quotes; "meetings.ics" quoted or not is the same parameter.
    CHECK((part->fields.contains("name=meetings.ics") || part->fields.contains("name=\"meetings.ics\"")));
    bool publish = false;
    const QVector<ParsedEvent> events = parseEvents(part->ics, &publish);
    CHECK(publish);
    // Room E meets on Tuesdays: the next eight of them, at 19:00 Japan time.
    const QVector<QDateTime> expected = nextStarts(host, InvitationCalendar::s_maxMeetings);
    REQUIRE(expected.size() == InvitationCalendar::s_maxMeetings);
    REQUIRE(events.size() == expected.size());
    for (int i = 0; i < events.size(); ++i) {
        INFO(i);
        CHECK(events.at(i).tzid == QStringLiteral("Asia/Tokyo"));
        CHECK(events.at(i).start == expected.at(i));
        CHECK(events.at(i).start > host.profile.clock().now());
        CHECK(events.at(i).start.time() == QTime(19, 0));
        // The invitation gives the link and passcode, so its calendar may too.
        CHECK(events.at(i).url == s_joinLink);
        CHECK(events.at(i).description.contains(s_passcode));
    }
}

TEST_CASE("The .ics of a mail that gives no join details carries none", "[reply][server][ics]")
{
    Servers servers;
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"));
    host.sync(servers.imap);
    const qint64 replyId = host.draft(ReplyAction::Invite);
    ReplyRepository replies(host.database(), host.profile.clock());
    const Reply drafted = replies.byId(replyId).value();
    // The host takes the join details out (they will be sent in the chat instead).
    const QString body =
        QStringLiteral("さくらさん\n\nご参加をお待ちしています。参加方法はチャットでお知らせします。\n\nみどり");
    REQUIRE(replies.saveText(replyId, drafted.toAddress, drafted.subject, body, false).ok());
    REQUIRE(replies.setAttachMeetings(replyId, true).ok());

    const SendOutcome outcome = host.send(replyId, servers.passwords());
    INFO((outcome.failure ? outcome.failure->detail : outcome.warningDetail).toStdString());
    REQUIRE(outcome.ok());
    const auto received = servers.smtp.messages();
    REQUIRE(received.size() == 1);
    const QByteArray& bytes = received.first().bytes;
    const auto part = calendarPartOf(bytes);
    REQUIRE(part.has_value());
    bool publish = false;
    const QVector<ParsedEvent> events = parseEvents(part->ics, &publish);
    REQUIRE(events.size() == InvitationCalendar::s_maxMeetings);
    CHECK(events.first().start == nextStarts(host, 1).first());
    for (const ParsedEvent& event : events) {
        CHECK(event.url.isEmpty());
        CHECK_FALSE(event.description.contains(s_passcode));
    }
    // Nowhere in the mail, in any encoding the calendar could hide it.
    CHECK_FALSE(part->ics.contains(s_passcode.toUtf8()));
    CHECK_FALSE(part->ics.contains(s_joinLink.toUtf8()));
    CHECK_FALSE(part->ics.contains("881 2345 6701"));
    CHECK_FALSE(bytes.contains(s_passcode.toUtf8()));
}

TEST_CASE("A reply without the choice, or not an invitation, has no attachment", "[reply][server][ics]")
{
    Servers servers;
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"));
    host.sync(servers.imap);
    const qint64 plain = host.draft(ReplyAction::Invite);
    QByteArray bytes;
    ReplySender sender(host.database(), host.profile.clock(), SslMailSocket::factory());
    REQUIRE_FALSE(sender.preview(plain, bytes).has_value());
    CHECK_FALSE(bytes.contains("text/calendar"));
    // A hold reply never carries the meetings, even when the flag is set on it.
    const qint64 hold = host.draft(ReplyAction::Hold, {{QStringLiteral("question"), QStringLiteral("ご質問です")}});
    REQUIRE(ReplyRepository(host.database(), host.profile.clock()).setAttachMeetings(hold, true).ok());
    REQUIRE_FALSE(sender.preview(hold, bytes).has_value());
    CHECK_FALSE(bytes.contains("text/calendar"));
}

} // namespace tsunagu

namespace tsunagu {

TEST_CASE("A BCC notice of new join details reaches every holder, names none of them, and is logged for each",
          "[reply][server][secrets]")
{
    Servers servers;
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"));
    host.sync(servers.imap);
    Database& db = host.database();
    const qint64 first = host.onlyApplicant();
    const qint64 roomId = ApplicantRepository(db, host.profile.clock()).byId(first)->roomId;
    // Two more applicants of the room were sent the details; one of them is blocked now, one never gave an address.
    ApplicantRepository applicants(db, host.profile.clock());
    QVector<qint64> holders{first};
    // The last one applied twice: the same address as the first application, written otherwise.
    const QStringList others{QStringLiteral("tsubaki@example.jp"), QStringLiteral("kaede@example.org"),
                             QStringLiteral("blocked@example.jp"), QString(), QStringLiteral("Sakura@example.jp")};
    for (const QString& address : others) {
        Applicant a;
        a.roomId = roomId;
        a.anonymousName = QStringLiteral("なまえ%1").arg(holders.size());
        a.replyAddress = address;
        a.category = Category::Person;
        a.receivedAt = host.profile.clock().now().addDays(-3);
        auto id = applicants.insert(a);
        REQUIRE(id.ok());
        holders << id.value();
    }
    REQUIRE(BlockedAddressRepository(db).block(QStringLiteral("blocked@example.jp"), host.profile.clock().now()).ok());

    SecretChangeNotice notice(db, host.profile.clock());
    auto bcc = notice.composeBcc(roomId, holders);
    REQUIRE(bcc.ok());
    REQUIRE(bcc->recipients.size() == 4);
    REQUIRE(bcc->leftOut.size() == 2);
    CHECK(bcc->leftOut.at(0).reason == SecretChangeNotice::LeftOut::Blocked);
    CHECK(bcc->leftOut.at(1).reason == SecretChangeNotice::LeftOut::NoAddress);
    CHECK(bcc->account.id == host.account.id);
    CHECK(bcc->body.contains(s_passcode));
    CHECK(bcc->body.contains(s_joinLink));
    CHECK(bcc->includesSecrets);
    REQUIRE(notice.recordChange(roomId, host.hostId).ok());
    CHECK(AuditReader(db).secretHolders(roomId)->isEmpty());

    ReplySender sender(db, host.profile.clock(), SslMailSocket::factory());
    std::optional<SendOutcome> outcome;
    sender.sendNotice(bcc.value(), servers.passwords(), host.hostId, [&](SendOutcome o) { outcome = o; });
    REQUIRE(QTest::qWaitFor([&] { return outcome.has_value(); }, 60000));
    INFO((outcome->failure ? outcome->failure->detail : QString()).toStdString());
    REQUIRE(outcome->ok());
    CHECK(outcome->warnings.isEmpty());

    // One message; every holder in the envelope, the room's own address as the only one in the headers.
    const auto received = servers.smtp.messages();
    REQUIRE(received.size() == 1);
    QStringList expected{QStringLiteral("sakura@example.jp"), QStringLiteral("tsubaki@example.jp"),
                         QStringLiteral("kaede@example.org")};
    QStringList got = received.first().rcptTos;
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
    CHECK(got == expected);
    const QByteArray bytes = received.first().bytes;
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    REQUIRE(headerEnd > 0);
    const QByteArray headers = bytes.left(headerEnd);
    for (const QString& address : expected)
        CHECK_FALSE(bytes.toLower().contains(address.toLatin1()));
    CHECK_FALSE(headers.toLower().contains("bcc:"));
    CHECK_FALSE(bytes.contains("blocked@example.jp"));
    const MimeMessage mail = MimeParser::parse(bytes);
    CHECK(mail.subject.contains(QStringLiteral("パスコードが変わりました")));
    CHECK(mail.text.contains(s_passcode));
    CHECK(headers.contains(senderAddress(host.account).toLatin1()));

    // A line for each recipient, told apart from replies; they now hold the new details, the others do not.
    int bccLines = 0;
    REQUIRE(AuditReader(db)
                .each({},
                      [&](const AuditLine& line) {
                          if (line.entry.action == QLatin1String("reply.sent") &&
                              line.entry.detail.contains(QLatin1String("bcc=yes"))) {
                              ++bccLines;
                              CHECK(line.entry.detail.contains(QLatin1String("secrets=yes")));
                          }
                          return true;
                      })
                .ok());
    CHECK(bccLines == 4); // one for each application, the twice-written address too
    auto now = AuditReader(db).secretHolders(roomId);
    REQUIRE(now.ok());
    CHECK(now->size() == 4);
    CHECK_FALSE(now->contains(holders.at(3)));
}

TEST_CASE("A BCC notice refused by the server sends nothing and writes no holder line", "[reply][server][secrets]")
{
    Servers servers;
    HostComputer host(servers.imap, servers.smtp, QStringLiteral("みどり"));
    host.sync(servers.imap);
    Database& db = host.database();
    const qint64 first = host.onlyApplicant();
    const qint64 roomId = ApplicantRepository(db, host.profile.clock()).byId(first)->roomId;
    SecretChangeNotice notice(db, host.profile.clock());
    auto bcc = notice.composeBcc(roomId, {first});
    REQUIRE(bcc.ok());
    REQUIRE(notice.recordChange(roomId).ok());
    ReplySender sender(db, host.profile.clock(), SslMailSocket::factory());
    std::optional<SendOutcome> outcome;
    sender.sendNotice(bcc.value(), {servers.imap.password(), QStringLiteral("wrong-password")}, 0,
                      [&](SendOutcome o) { outcome = o; });
    REQUIRE(QTest::qWaitFor([&] { return outcome.has_value(); }, 60000));
    REQUIRE_FALSE(outcome->ok());
    CHECK(outcome->failure->code == SendError::LoginFailed);
    CHECK(servers.smtp.messages().isEmpty());
    CHECK(AuditReader(db).secretHolders(roomId)->isEmpty());
}

} // namespace tsunagu
