// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyCommand.h"

#include "Console.h"
#include "domain/RoomRules.h"
#include "mail/net/SslMailSocket.h"
#include "replies/TemplateRepository.h"
#include "schedule/InvitationCalendar.h"
#include "secrets/PasswordSource.h"
#include "sending/ReferralNotice.h"
#include "sending/ReplyDrafter.h"
#include "sending/ReplySender.h"
#include "storage/ReplyRepository.h"
#include "text/DisplayText.h"
#include "text/ErrorText.h"
#include "text/MailAccountText.h"
#include "text/ReplyText.h"
#include "text/Sentences.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace tsunagu::app {
namespace {

constexpr int s_usage = 2;
constexpr int s_failed = 1;

enum class Mode
{
    Print,
    Send,
    Draft,
};

void printFailure(const SendFailure& failure)
{
    Console::error(ReplyText::sendError(failure.code));
    if (failure.code == SendError::Blocked) {
        // Sentences, not the problems' keys.
        for (const QString& reason : ReplyText::blockedReasons(failure.detail))
            Console::error(QStringLiteral("  - ") + reason);
    } else if (!failure.detail.isEmpty()) {
        Console::error(ReplyCommand::tr("  Details: %1").arg(failure.detail));
    }
    if (failure.certificate) {
        Console::error(ReplyCommand::tr("  Certificate: %1\n  Issued by: %2\n  SHA-256: %3\n"
                                        "  If you trust it, add the account again with --pin %3.")
                           .arg(failure.certificate->subject, failure.certificate->issuer,
                                formatSha256(failure.certificate->sha256)));
    }
}

// Reads the passwords (keychain, or standard input), checks for another host's answer, then sends or saves.
class Runner : public QObject
{
public:
    Runner(Session& session, qint64 replyId, Mode mode, bool anyway, std::optional<QString> password,
           std::optional<QString> smtpPassword)
        : m_session(session)
        , m_replyId(replyId)
        , m_mode(mode)
        , m_anyway(anyway)
        , m_sender(session.profile().database(), session.clock(), SslMailSocket::factory())
        , m_source(session.keychain())
    {
        m_passwords.imap = password.value_or(QString());
        m_passwords.smtp = smtpPassword.value_or(m_passwords.imap);
        m_haveImap = password.has_value();
        m_haveSmtp = smtpPassword.has_value() || password.has_value();
    }

    void start(const MailAccount& account)
    {
        m_account = account;
        if (m_haveImap)
            return readSmtpPassword();
        m_source.lookup(account, MailPassword::Imap, this, [this](const PasswordLookup& lookup) {
            if (!lookup.found())
                return failPassword(lookup);
            m_passwords.imap = *lookup.password;
            if (!m_haveSmtp && PasswordSource::smtpSharesImap(m_account)) {
                m_passwords.smtp = *lookup.password;
                m_haveSmtp = true;
            }
            readSmtpPassword();
        });
    }

private:
    // Nothing was tried and the host typed nothing: the reply the template made is dropped, since the host is told
    // to run the command again (which writes a new one), and a stray draft would otherwise stay behind.
    void abandon()
    {
        // Best effort: a draft left behind is harmless, the window lists it for the host to finish or discard.
        (void)ReplyRepository(m_session.profile().database(), m_session.clock()).discard(m_replyId);
        QCoreApplication::exit(s_failed);
    }

    // A command cannot ask: the password comes from the keychain or from standard input.
    void failPassword(const PasswordLookup& lookup)
    {
        const SecretError error = lookup.askEachTime ? SecretError::NotFound : lookup.reason;
        Console::error(
            Sentences::join(ReplyText::sendError(SendError::PasswordMissing), MailAccountText::secretError(error)));
        Console::error(ReplyCommand::tr("Give it with --password-stdin."));
        abandon();
    }

    void readSmtpPassword()
    {
        if (m_haveSmtp || m_mode == Mode::Draft)
            return checkOthers();
        m_source.lookup(m_account, MailPassword::Smtp, this, [this](const PasswordLookup& lookup) {
            if (!lookup.found())
                return failPassword(lookup);
            m_passwords.smtp = *lookup.password;
            checkOthers();
        });
    }

    void checkOthers()
    {
        if (m_anyway || m_mode == Mode::Draft)
            return go();
        m_sender.checkOthers(m_replyId, m_passwords.imap,
                             [this](std::optional<OthersAnswer> answer, std::optional<SendFailure> failure) {
                                 if (failure) {
                                     printFailure(*failure);
                                     QCoreApplication::exit(s_failed);
                                     return;
                                 }
                                 if (answer && answer->answered) {
                                     Console::error(ReplyText::othersAnswered(*answer));
                                     Console::error(ReplyCommand::tr("Nothing was sent. To send anyway, run the "
                                                                     "command again with --anyway."));
                                     abandon();
                                     return;
                                 }
                                 go();
                             });
    }

    void go()
    {
        auto finished = [this](const SendOutcome& outcome) {
            if (!outcome.ok()) {
                printFailure(*outcome.failure);
                Console::error(ReplyCommand::tr("The reply is kept (number %1); nothing is lost.").arg(m_replyId));
                QCoreApplication::exit(s_failed);
                return;
            }
            if (m_mode == Mode::Send)
                Console::out(ReplyCommand::tr("Sent (Message-ID %1).").arg(outcome.messageId));
            else
                Console::out(ReplyCommand::tr("Saved in the Drafts folder on the server."));
            for (const QString& warning : outcome.warnings)
                Console::error(ReplyText::warning(warning));
            if (!outcome.warningDetail.isEmpty())
                Console::error(ReplyCommand::tr("  Details: %1").arg(outcome.warningDetail));
            if (m_referral)
                return refer();
            QCoreApplication::exit(0);
        };
        if (m_mode == Mode::Send)
            m_sender.send(m_replyId, m_passwords, finished);
        else
            m_sender.saveToDrafts(m_replyId, m_passwords.imap, finished);
    }

    // The referral is recorded (consent or not, both are logged); with consent the other room is told.
    void refer()
    {
        auto recorded = ReplyDrafter(m_session.profile().database(), m_session.clock()).recordReferral(*m_referral);
        if (!recorded) {
            Console::error(ErrorText::title(recorded.error().code));
            QCoreApplication::exit(s_failed);
            return;
        }
        if (!m_referral->consent) {
            Console::out(ReplyCommand::tr("The referral is recorded; the other room was not told (no consent)."));
            QCoreApplication::exit(0);
            return;
        }
        m_sender.sendReferral(recorded.value(), m_passwords, [](const SendOutcome& outcome) {
            if (!outcome.ok()) {
                printFailure(*outcome.failure);
                Console::error(ReplyCommand::tr("The other room was not told; the referral is recorded."));
                QCoreApplication::exit(s_failed);
                return;
            }
            Console::out(ReplyCommand::tr("The other room was told, with only the fields the applicant agreed to."));
            QCoreApplication::exit(0);
        });
    }

public:
    void referAfterwards(const Referral& referral) { m_referral = referral; }

private:
    std::optional<Referral> m_referral;
    Session& m_session;
    qint64 m_replyId = 0;
    Mode m_mode = Mode::Print;
    bool m_anyway = false;
    ReplySender m_sender;
    PasswordSource m_source;
    MailAccount m_account;
    SendPasswords m_passwords;
    bool m_haveImap = false;
    bool m_haveSmtp = false;
};

} // namespace

int ReplyCommand::run(Session& session, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("applicant"), tr("The applicant's number (tsunagu applicants list shows it)."), tr("ID")});
    parser.addOption({QStringLiteral("action"), tr("invite, hold, refer, decline or reminder."), tr("ACTION")});
    parser.addOption({QStringLiteral("template"), tr("The template's name, when the room has several."), tr("NAME")});
    parser.addOption({QStringLiteral("host"), tr("The host who answers (their signature goes in)."), tr("NAME")});
    parser.addOption({QStringLiteral("language"), tr("ja (default) or en."), tr("LANG"), QStringLiteral("ja")});
    parser.addOption({QStringLiteral("other-room"), tr("For refer: the code of the room to refer to."), tr("CODE")});
    parser.addOption({QStringLiteral("question"), tr("For hold: the question to ask."), tr("TEXT")});
    parser.addOption({QStringLiteral("ics"),
                      tr("For invite: attach the room's next meetings as meetings.ics (the join details in it only "
                         "as the message gives them).")});
    parser.addOption({QStringLiteral("print"), tr("Print the message exactly as it would be sent.")});
    parser.addOption({QStringLiteral("send"), tr("Send it.")});
    parser.addOption({QStringLiteral("draft"), tr("Save it in the account's Drafts folder instead of sending.")});
    parser.addOption({QStringLiteral("anyway"), tr("Send even when another host answered already.")});
    parser.addOption(
        {QStringLiteral("consent"), tr("For refer: the applicant agreed that the other room is told about them.")});
    parser.addOption({QStringLiteral("share"),
                      tr("For refer with --consent: what the other room may be told, separated by commas (%1).")
                          .arg(ReferralNotice::shareableFields().join(QLatin1Char(','))),
                      tr("FIELDS"), QStringLiteral("anonymous_name")});
    parser.addOption({QStringLiteral("password-stdin"),
                      tr("Read the password from the first line of standard input; it is not kept.")});
    parser.addOption({QStringLiteral("smtp-password-stdin"),
                      tr("The SMTP password differs: read it from the next line of standard input.")});
    if (const auto done = Console::parseCommand(parser, arguments))
        return *done;
    const int modes = int(parser.isSet(QStringLiteral("print"))) + int(parser.isSet(QStringLiteral("send"))) +
                      int(parser.isSet(QStringLiteral("draft")));
    bool idOk = false;
    const qint64 applicantId = parser.value(QStringLiteral("applicant")).toLongLong(&idOk);
    bool actionOk = false;
    const ReplyAction action = replyActionFromKey(parser.value(QStringLiteral("action")), &actionOk);
    const QString language = parser.value(QStringLiteral("language"));
    if (!idOk || applicantId <= 0 || !actionOk || modes != 1 ||
        (language != QLatin1String("ja") && language != QLatin1String("en"))) {
        Console::error(tr("Usage: tsunagu reply --applicant ID --action invite|hold|refer|decline|reminder "
                          "[--template NAME] [--host NAME] [--language ja|en] [--other-room CODE] [--question TEXT] "
                          "(--send | --draft | --print) [--ics] [--password-stdin] [--smtp-password-stdin] [--anyway] "
                          "[--consent] [--share FIELDS]"));
        return s_usage;
    }

    QStringList shared;
    for (const QString& key : parser.value(QStringLiteral("share")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!ReferralNotice::shareableFields().contains(key.trimmed())) {
            Console::error(tr("--share takes %1.").arg(ReferralNotice::shareableFields().join(QLatin1Char(','))));
            return s_usage;
        }
        shared << key.trimmed();
    }
    if ((parser.isSet(QStringLiteral("consent")) || parser.isSet(QStringLiteral("share"))) &&
        (action != ReplyAction::Refer || !parser.isSet(QStringLiteral("other-room")))) {
        Console::error(tr("--consent and --share go with --action refer --other-room CODE."));
        return s_usage;
    }

    if (parser.isSet(QStringLiteral("ics"))) {
        if (action != ReplyAction::Invite) {
            Console::error(tr("--ics goes with --action invite: only an invitation carries the meetings."));
            return s_usage;
        }
        auto applicant = session.applicants().byId(applicantId);
        auto meetings = applicant ? InvitationCalendar(session.profile().database())
                                        .nextMeetings(applicant->roomId, session.clock().now())
                                  : StoreResult<QVector<IcsMeeting>>(applicant.error());
        if (!meetings && meetings.error().code != StoreError::NotFound) {
            Console::error(ErrorText::title(meetings.error().code));
            return s_failed;
        }
        if (meetings && meetings->isEmpty()) {
            Console::error(tr("The applicant's room has no meetings planned in the coming three months, so there is "
                              "nothing to attach. Leave out --ics, or add the room's meetings first (tsunagu "
                              "schedule list)."));
            return s_failed;
        }
    }

    DraftRequest request;
    request.applicantId = applicantId;
    request.action = action;
    request.language = language;
    auto hosts = session.hosts().all();
    if (!hosts) {
        Console::error(ErrorText::title(hosts.error().code));
        return s_failed;
    }
    if (parser.isSet(QStringLiteral("host"))) {
        for (const Host& host : hosts.value()) {
            if (host.displayName == parser.value(QStringLiteral("host")).trimmed())
                request.hostId = host.id;
        }
        if (request.hostId == 0) {
            Console::error(tr("There is no host named \"%1\".").arg(parser.value(QStringLiteral("host"))));
            return s_usage;
        }
    } else {
        // The room's only host signs; with several the host names one, so that a reply is never signed by
        // another room's host.
        auto applicant = session.applicants().byId(applicantId);
        auto rooms = session.rooms().all();
        QString roomCode;
        if (applicant && rooms) {
            for (const Room& room : rooms.value()) {
                if (room.id == applicant->roomId)
                    roomCode = room.code;
            }
        }
        request.hostId = defaultHostFor(hosts.value(), roomCode);
        if (request.hostId == 0 && !hosts->isEmpty()) {
            QVector<Host> choice = hostsOfRoom(hosts.value(), roomCode);
            if (choice.isEmpty())
                choice = hosts.value();
            QStringList names;
            for (const Host& host : qAsConst(choice))
                names << host.displayName;
            Console::error(tr("Name the host who answers with --host NAME: %1.").arg(names.join(QStringLiteral(", "))));
            return s_usage;
        }
    }
    if (parser.isSet(QStringLiteral("other-room"))) {
        auto room = session.rooms().byCode(parser.value(QStringLiteral("other-room")).trimmed());
        if (!room) {
            Console::error(tr("There is no room \"%1\". Run tsunagu rooms list to see the rooms.")
                               .arg(parser.value(QStringLiteral("other-room"))));
            return s_usage;
        }
        request.otherRoomId = room->id;
    }
    if (parser.isSet(QStringLiteral("question")))
        request.hostValues.insert(QStringLiteral("question"), parser.value(QStringLiteral("question")));
    if (parser.isSet(QStringLiteral("template"))) {
        TemplateRepository templates(session.profile().database(), session.clock());
        auto all = templates.all();
        if (all) {
            for (const ReplyTemplate& t : all.value()) {
                if (t.action == action && t.language == language && t.name == parser.value(QStringLiteral("template")))
                    request.templateId = t.id;
            }
        }
        if (request.templateId == 0) {
            Console::error(tr("There is no %1 template named \"%2\".")
                               .arg(replyActionKey(action), parser.value(QStringLiteral("template"))));
            return s_usage;
        }
    }

    ReplyDrafter drafter(session.profile().database(), session.clock());
    auto replyId = drafter.start(request);
    if (!replyId) {
        Console::error(replyId.error().code == StoreError::NotFound
                           ? tr("There is no applicant %1, or no template for this reply.").arg(applicantId)
                           : ErrorText::title(replyId.error().code));
        return replyId.error().code == StoreError::NotFound ? s_usage : s_failed;
    }
    if (parser.isSet(QStringLiteral("ics"))) {
        if (auto attached =
                ReplyRepository(session.profile().database(), session.clock()).setAttachMeetings(replyId.value(), true);
            !attached) {
            Console::error(ErrorText::title(attached.error().code));
            return s_failed;
        }
    }

    if (parser.isSet(QStringLiteral("print"))) {
        ReplySender sender(session.profile().database(), session.clock(), SslMailSocket::factory());
        QByteArray bytes;
        const auto failure = sender.preview(replyId.value(), bytes);
        auto problems = drafter.problems(replyId.value());
        // A preview is not a reply the host wrote: it leaves nothing behind.
        // Best effort: a draft left behind is harmless, the window lists it for the host to finish or discard.
        (void)ReplyRepository(session.profile().database(), session.clock()).discard(replyId.value());
        if (failure) {
            printFailure(*failure);
            return s_failed;
        }
        Console::out(QString::fromLatin1(bytes));
        if (problems) {
            for (const ReplyProblem problem : problems.value())
                Console::error(ReplyText::problem(problem));
        }
        return 0;
    }

    auto problems = drafter.problems(replyId.value());
    if (problems && !problems->isEmpty()) {
        for (const ReplyProblem problem : problems.value())
            Console::error(ReplyText::problem(problem));
        // Best effort: a draft left behind is harmless, the window lists it for the host to finish or discard.
        (void)ReplyRepository(session.profile().database(), session.clock()).discard(replyId.value());
        Console::error(tr("Nothing was sent."));
        return s_failed;
    }
    auto addressing = drafter.addressing(replyId.value());
    if (!addressing) {
        Console::error(ReplyText::problem(ReplyProblem::NoAccount));
        return s_failed;
    }

    std::optional<QString> password;
    std::optional<QString> smtpPassword;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        password = Console::readSecretLine();
        if (!password) {
            Console::error(tr("No password was given on standard input."));
            return s_usage;
        }
    }
    if (parser.isSet(QStringLiteral("smtp-password-stdin"))) {
        smtpPassword = Console::readSecretLine();
        if (!smtpPassword) {
            Console::error(tr("No SMTP password was given on standard input."));
            return s_usage;
        }
    }
    const Mode mode = parser.isSet(QStringLiteral("send")) ? Mode::Send : Mode::Draft;
    Runner runner(session, replyId.value(), mode, parser.isSet(QStringLiteral("anyway")), password, smtpPassword);
    if (action == ReplyAction::Refer && mode == Mode::Send) {
        Referral referral;
        referral.applicantId = applicantId;
        referral.toRoomId = request.otherRoomId;
        referral.hostId = request.hostId;
        referral.consent = parser.isSet(QStringLiteral("consent"));
        referral.sharedFields = referral.consent ? shared : QStringList();
        runner.referAfterwards(referral);
    }
    const MailAccount account = addressing->account;
    QMetaObject::invokeMethod(
        &runner, [&runner, account] { runner.start(account); }, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

} // namespace tsunagu::app
