// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/ReplyEditor.h"

#include "replies/TemplateRenderer.h"
#include "schedule/InvitationCalendar.h"
#include "secrets/PasswordSource.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditReader.h"
#include "storage/MailAccountRepository.h"
#include "storage/ReplyRepository.h"

namespace tsunagu {
namespace {

// Shorter values (a two-digit ID, "123") would mark ordinary text.
constexpr qsizetype s_shortestSecret = 4;
// A pause in typing before the draft is stored; anything that leaves the editor stores it at once.
constexpr int s_saveDelayMs = 400;

QVector<TextSpan> spansOf(const QString& text, const QString& needle)
{
    QVector<TextSpan> spans;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.size()))
        spans << TextSpan{at, needle.size()};
    return spans;
}

} // namespace

ReplyEditor::ReplyEditor(Database& database, const Clock& clock, MailSocketFactory sockets, PasswordSource& passwords,
                         QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_passwordSource(passwords)
    , m_sender(std::make_unique<ReplySender>(database, clock, std::move(sockets)))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(s_saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(m_sender.get(), &ReplySender::stepChanged, this, &ReplyEditor::stepChanged);
}

ReplyEditor::~ReplyEditor()
{
    if (m_unsaved)
        saveNow();
}

std::optional<StoreFailure> ReplyEditor::load(qint64 replyId)
{
    auto reply = ReplyRepository(m_database, m_clock).byId(replyId);
    if (!reply)
        return reply.error();
    m_reply = reply.value();
    m_unsaved = false;
    refreshContext();
    Q_EMIT problemsChanged();
    return std::nullopt;
}

std::optional<StoreFailure> ReplyEditor::choose(const DraftRequest& request)
{
    ReplyDrafter drafter(m_database, m_clock);
    auto text = drafter.render(request);
    if (!text)
        return text.error();
    if (m_reply.id == 0) {
        auto started = drafter.start(request);
        if (!started)
            return started.error();
        auto reply = ReplyRepository(m_database, m_clock).byId(started.value());
        if (!reply)
            return reply.error();
        m_reply = reply.value();
        m_createdHere = true;
    }
    m_reply.applicantId = request.applicantId;
    m_reply.action = replyActionKey(request.action);
    m_reply.language = request.language;
    m_reply.hostId = request.hostId;
    m_reply.toAddress = text->toAddress;
    m_reply.subject = text->subject;
    m_reply.body = text->body;
    m_referral.toRoomId = request.otherRoomId;
    // The action, language and host belong to the stored draft too.
    // Best effort: the text is saved just below either way; a draft that is no longer editable keeps its choice.
    (void)ReplyRepository(m_database, m_clock)
        .setDraftChoice(m_reply.id, m_reply.action, m_reply.language, m_reply.hostId);
    refreshContext();
    Q_EMIT textReplaced();
    saveNow();
    return std::nullopt;
}

std::optional<StoreFailure> ReplyEditor::setAttachMeetings(bool attach)
{
    if (m_reply.id == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no reply yet")};
    if (auto stored = ReplyRepository(m_database, m_clock).setAttachMeetings(m_reply.id, attach); !stored)
        return stored.error();
    m_reply.attachMeetings = attach;
    m_touched = true; // a choice the host made: closing the window keeps the draft
    return std::nullopt;
}

int ReplyEditor::meetingsToAttach() const
{
    if (action() != ReplyAction::Invite || m_reply.applicantId == 0)
        return 0;
    auto applicant = ApplicantRepository(m_database, m_clock).byId(m_reply.applicantId);
    if (!applicant || applicant->roomId == 0)
        return 0;
    auto meetings = InvitationCalendar(m_database).nextMeetings(applicant->roomId, m_clock.now());
    return meetings ? int(meetings->size()) : 0;
}

void ReplyEditor::refreshContext()
{
    ReplyDrafter drafter(m_database, m_clock);
    auto secrets = drafter.secretValues(m_reply.applicantId);
    m_secretValues.clear();
    if (secrets) {
        for (const QString& secret : secrets.value()) {
            if (secret.trimmed().size() >= s_shortestSecret)
                m_secretValues << secret.trimmed();
        }
    }
    m_hasAccount = drafter.addressingFor(m_reply.applicantId).ok();
    const auto holds = AuditReader(m_database).wasSentSecrets(m_reply.applicantId);
    m_holdsSecrets = holds && holds.value();
}

void ReplyEditor::setTo(const QString& to)
{
    m_reply.toAddress = to;
    edited();
}

void ReplyEditor::setSubject(const QString& subject)
{
    m_reply.subject = subject;
    edited();
}

void ReplyEditor::setBody(const QString& body)
{
    m_reply.body = body;
    edited();
}

void ReplyEditor::edited()
{
    m_touched = true;
    m_unsaved = true;
    m_saveTimer.start();
    Q_EMIT problemsChanged();
}

void ReplyEditor::setReferral(qint64 otherRoomId, bool consent, const QStringList& sharedFields)
{
    m_referral.toRoomId = otherRoomId;
    m_referral.consent = consent;
    m_referral.sharedFields = consent ? sharedFields : QStringList();
}

bool ReplyEditor::saveNow()
{
    m_saveTimer.stop();
    if (m_reply.id == 0)
        return false;
    const auto saved = ReplyRepository(m_database, m_clock)
                           .saveText(m_reply.id, m_reply.toAddress, m_reply.subject, m_reply.body, containsSecrets());
    if (!saved)
        return false;
    m_unsaved = false;
    Q_EMIT draftSaved();
    Q_EMIT problemsChanged();
    return true;
}

StoreResult<Done> ReplyEditor::discard()
{
    m_saveTimer.stop();
    if (m_reply.id == 0)
        return Done{};
    auto discarded = ReplyRepository(m_database, m_clock).discard(m_reply.id);
    if (!discarded)
        return discarded;
    m_unsaved = false;
    m_reply = Reply{};
    m_createdHere = false;
    m_touched = false;
    return Done{};
}

QVector<ReplyProblem> ReplyEditor::problems() const
{
    return ReplyDrafter::problemsOf(m_reply, m_secretValues, m_hasAccount, m_holdsSecrets);
}

QVector<TextSpan> ReplyEditor::secretSpans(const QString& text) const
{
    QVector<TextSpan> spans;
    for (const QString& secret : m_secretValues)
        spans << spansOf(text, secret);
    std::sort(spans.begin(), spans.end(), [](const TextSpan& a, const TextSpan& b) { return a.at < b.at; });
    return spans;
}

QVector<TextSpan> ReplyEditor::markerSpans(const QString& text)
{
    QVector<TextSpan> spans;
    for (const QString& marker : TemplateRenderer::markersIn(text))
        spans << spansOf(text, marker);
    return spans;
}

std::optional<SendFailure> ReplyEditor::preview(QByteArray& bytes)
{
    saveNow();
    return m_sender->preview(m_reply.id, bytes);
}

std::optional<MailAccount> ReplyEditor::account() const
{
    auto addressing = ReplyDrafter(m_database, m_clock).addressingFor(m_reply.applicantId);
    if (!addressing)
        return std::nullopt;
    return addressing->account;
}

void ReplyEditor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    Q_EMIT problemsChanged();
}

void ReplyEditor::send()
{
    start(false);
}

void ReplyEditor::saveToDrafts()
{
    start(true);
}

void ReplyEditor::start(bool toDrafts)
{
    if (busy() || !saveNow())
        return;
    m_touched = true; // on its way to a server: never dropped silently
    // The stored reply, as ReplySender will read it, decides; not the text in memory.
    auto problems = ReplyDrafter(m_database, m_clock).problems(m_reply.id);
    if (!problems || !problems->isEmpty())
        return;
    const std::optional<MailAccount> account = this->account();
    if (!account) {
        Q_EMIT stopped(Stop::NoPassword);
        return;
    }
    m_account = *account;
    m_toDrafts = toDrafts;
    m_passwords = SendPasswords{};
    setState(State::Busy);
    readPassword(MailPassword::Imap);
}

void ReplyEditor::readPassword(MailPassword which)
{
    // Saving to Drafts needs only IMAP; an SMTP login without a password of its own uses the IMAP one.
    if (which == MailPassword::Smtp && (m_toDrafts || PasswordSource::smtpSharesImap(m_account))) {
        m_passwords.smtp = m_passwords.imap;
        checkThenSend();
        return;
    }
    m_passwordSource.lookup(m_account, which, this, [this, which](const PasswordLookup& lookup) {
        if (!lookup.found()) {
            Q_EMIT passwordNeeded(which, m_account);
            return;
        }
        providePassword(which, lookup.password);
    });
}

void ReplyEditor::providePassword(MailPassword which, const std::optional<QString>& password)
{
    if (!busy())
        return;
    if (!password) {
        setState(State::Editing);
        Q_EMIT stopped(Stop::NoPassword);
        return;
    }
    if (which == MailPassword::Imap) {
        m_passwords.imap = *password;
        readPassword(MailPassword::Smtp);
        return;
    }
    m_passwords.smtp = *password;
    checkThenSend();
}

void ReplyEditor::checkThenSend()
{
    if (m_toDrafts)
        return go();
    // A co-host may have answered from another computer: the original's flags on the server say so.
    m_sender->checkOthers(m_reply.id, m_passwords.imap,
                          [this](std::optional<OthersAnswer> answer, std::optional<SendFailure> failure) {
                              if (failure)
                                  return endWith(*failure);
                              if (answer && answer->answered) {
                                  Q_EMIT othersAnswered(*answer);
                                  return;
                              }
                              go();
                          });
}

void ReplyEditor::sendAnyway()
{
    if (busy())
        go();
}

void ReplyEditor::keepDraft()
{
    if (!busy())
        return;
    setState(State::Editing);
    Q_EMIT stopped(Stop::NotConfirmed);
}

void ReplyEditor::go()
{
    auto finished = [this](const SendOutcome& outcome) {
        if (!outcome.ok())
            return endWith(*outcome.failure);
        finishSent(outcome);
    };
    if (m_toDrafts)
        m_sender->saveToDrafts(m_reply.id, m_passwords.imap, finished);
    else
        m_sender->send(m_reply.id, m_passwords, finished);
}

void ReplyEditor::finishSent(const SendOutcome& outcome)
{
    ReplySent result;
    result.toDrafts = m_toDrafts;
    result.warnings = outcome.warnings;
    if (m_toDrafts || action() != ReplyAction::Refer) {
        setState(State::Editing);
        Q_EMIT sent(result);
        return;
    }
    // A referral reply went out: the referral is recorded and, with consent, the other room is told.
    result.referral = true;
    Referral referral = m_referral;
    referral.applicantId = m_reply.applicantId;
    referral.hostId = m_reply.hostId;
    auto recorded = ReplyDrafter(m_database, m_clock).recordReferral(referral);
    if (!recorded || !referral.consent) {
        if (!recorded)
            result.referralNotRecorded = recorded.error();
        setState(State::Editing);
        Q_EMIT sent(result);
        return;
    }
    m_sender->sendReferral(recorded.value(), m_passwords, [this, result](const SendOutcome& told) mutable {
        result.referralTold = told.ok();
        if (!told.ok())
            result.referralNotTold = told.failure->code;
        setState(State::Editing);
        Q_EMIT sent(result);
    });
}

void ReplyEditor::endWith(const SendFailure& failure)
{
    setState(State::Editing);
    Q_EMIT failed(failure, m_toDrafts);
}

bool ReplyEditor::trustCertificateAndRetry(const SendFailure& failure)
{
    if (busy() || failure.code != SendError::TlsUntrusted || !failure.certificate || m_account.id == 0)
        return false;
    MailAccountRepository accounts(m_database, m_clock);
    const auto pinned = failure.smtp ? accounts.setSmtpPin(m_account.id, failure.certificate->sha256)
                                     : accounts.setPin(m_account.id, failure.certificate->sha256);
    if (!pinned)
        return false;
    setState(State::Busy);
    checkThenSend();
    return true;
}

} // namespace tsunagu
