// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/ReplyDrafter.h"

#include "mail/mime/AddressValidator.h"
#include "replies/ReplyContextBuilder.h"
#include "replies/TemplateRepository.h"
#include "storage/ApplicantRepository.h"
#include "storage/AuditLog.h"
#include "storage/AuditReader.h"
#include "storage/MailAccountRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ReplyRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SqlTransaction.h"

#include <QRegularExpression>

namespace tsunagu {
namespace {

// The composer's own address rule, plus a dot in the domain: an applicant writes from the internet.
bool looksLikeAddress(const QString& address)
{
    const QString trimmed = address.trimmed();
    return AddressValidator::isValidAddress(trimmed) && AddressValidator::domainOf(trimmed).contains(QLatin1Char('.'));
}

QString replySubject(const QString& original)
{
    const QString trimmed = original.trimmed();
    static const QRegularExpression already(QStringLiteral("^(re|aw|sv)\\s*:"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (already.match(trimmed).hasMatch())
        return trimmed;
    return QStringLiteral("Re: ") + trimmed;
}

} // namespace

QString replyProblemKey(ReplyProblem problem)
{
    switch (problem) {
    case ReplyProblem::NoRecipient:
        return QStringLiteral("no_recipient");
    case ReplyProblem::NoSubject:
        return QStringLiteral("no_subject");
    case ReplyProblem::NoBody:
        return QStringLiteral("no_body");
    case ReplyProblem::UnfilledPlaceholder:
        return QStringLiteral("unfilled_placeholder");
    case ReplyProblem::SecretNotAllowed:
        return QStringLiteral("secret_not_allowed");
    case ReplyProblem::NoAccount:
        return QStringLiteral("no_account");
    }
    return {};
}

StoreResult<DraftText> ReplyDrafter::render(const DraftRequest& request) const
{
    TemplateRepository templates(m_database, m_clock);
    ApplicantRepository applicants(m_database, m_clock);
    auto applicant = applicants.byId(request.applicantId);
    if (!applicant)
        return applicant.error();
    auto chosen = request.templateId != 0
                      ? templates.byId(request.templateId)
                      : templates.forAction(request.action, applicant->roomId, request.hostId, request.language);
    if (!chosen)
        return chosen.error();
    ReplyContextBuilder builder(m_database, m_clock);
    auto context = builder.build(request.applicantId, chosen->action, request.hostId, request.otherRoomId,
                                 chosen->language, request.seriesId);
    if (!context)
        return context.error();
    for (auto it = request.hostValues.cbegin(); it != request.hostValues.cend(); ++it)
        context->values.insert(it.key(), it.value());

    auto addressed = addressingFor(request.applicantId);
    DraftText text;
    text.templateId = chosen->id;
    text.templateName = chosen->name;
    text.rendered = TemplateRenderer::render(chosen.value(), context.value());
    text.body = text.rendered.body;
    text.subject = text.rendered.subject;
    // A reply stays in the applicant's thread ("Re: " their subject) unless the template words its own subject.
    if (chosen->subject.trimmed().isEmpty() && addressed && !addressed->originalSubject.isEmpty())
        text.subject = replySubject(addressed->originalSubject);
    text.toAddress = applicant->replyAddress;
    return text;
}

StoreResult<qint64> ReplyDrafter::start(const DraftRequest& request)
{
    auto text = render(request);
    if (!text)
        return text.error();
    auto addressed = addressingFor(request.applicantId);
    Reply reply;
    reply.applicantId = request.applicantId;
    reply.accountId = addressed ? addressed->account.id : 0;
    reply.hostId = request.hostId;
    reply.action = replyActionKey(request.action);
    reply.language = request.language;
    reply.toAddress = text->toAddress;
    reply.subject = text->subject;
    reply.body = text->body;
    reply.includesSecrets = !text->rendered.secretsUsed.isEmpty();
    ReplyRepository replies(m_database, m_clock);
    return replies.insertDraft(reply);
}

QVector<ReplyProblem> ReplyDrafter::problemsOf(const Reply& reply, const QStringList& secretValues, bool hasAccount,
                                               bool holdsSecrets)
{
    QVector<ReplyProblem> problems;
    if (!looksLikeAddress(reply.toAddress))
        problems << ReplyProblem::NoRecipient;
    if (reply.subject.trimmed().isEmpty())
        problems << ReplyProblem::NoSubject;
    if (reply.body.trimmed().isEmpty())
        problems << ReplyProblem::NoBody;
    const QString text = reply.subject + QLatin1Char('\n') + reply.body;
    if (!TemplateRenderer::markersIn(text).isEmpty() || text.contains(QLatin1String("{{")))
        problems << ReplyProblem::UnfilledPlaceholder;
    if (reply.action != replyActionKey(ReplyAction::Invite) && !holdsSecrets) {
        for (const QString& secret : secretValues) {
            if (secret.trimmed().size() >= 4 && text.contains(secret.trimmed())) {
                problems << ReplyProblem::SecretNotAllowed;
                break;
            }
        }
    }
    if (!hasAccount)
        problems << ReplyProblem::NoAccount;
    return problems;
}

StoreResult<QVector<ReplyProblem>> ReplyDrafter::problems(qint64 replyId) const
{
    ReplyRepository replies(m_database, m_clock);
    auto reply = replies.byId(replyId);
    if (!reply)
        return reply.error();
    auto secrets = secretValues(reply->applicantId);
    if (!secrets)
        return secrets.error();
    auto addressed = addressingFor(reply->applicantId);
    if (!addressed && addressed.error().code != StoreError::NotFound)
        return addressed.error();
    auto holds = AuditReader(m_database).wasSentSecrets(reply->applicantId);
    if (!holds)
        return holds.error();
    return problemsOf(reply.value(), secrets.value(), addressed.ok(), holds.value());
}

StoreResult<ReplyAddressing> ReplyDrafter::addressing(qint64 replyId) const
{
    ReplyRepository replies(m_database, m_clock);
    auto reply = replies.byId(replyId);
    if (!reply)
        return reply.error();
    auto addressed = addressingFor(reply->applicantId);
    if (!addressed)
        return addressed.error();
    addressed->toAddress = reply->toAddress;
    return addressed;
}

StoreResult<ReplyAddressing> ReplyDrafter::addressingFor(qint64 applicantId) const
{
    ApplicantRepository applicants(m_database, m_clock);
    auto applicant = applicants.byId(applicantId);
    if (!applicant)
        return applicant.error();
    ReplyAddressing result;
    result.toAddress = applicant->replyAddress;

    // The application this reply answers: the first mail that made the applicant.
    MessageRepository messages(m_database);
    auto mails = messages.forApplicant(applicantId);
    if (!mails)
        return mails.error();
    for (const Message& mail : mails.value()) {
        if (mail.direction != MessageDirection::Incoming)
            continue;
        result.originalMessageId = mail.id;
        result.originalSubject = mail.subject;
        result.originalUidValidity = mail.uidValidity;
        result.originalUid = mail.uid;
        if (!mail.messageId.isEmpty()) {
            result.inReplyTo = QLatin1Char('<') + mail.messageId + QLatin1Char('>');
            for (const QString& id : mail.references.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                result.references << (id.startsWith(QLatin1Char('<')) ? id : QLatin1Char('<') + id + QLatin1Char('>'));
            result.references << result.inReplyTo;
        }
        if (mail.accountId != 0) {
            MailAccountRepository accounts(m_database, m_clock);
            if (auto account = accounts.byId(mail.accountId); account && canSend(account.value()))
                result.account = account.value();
        }
        break;
    }

    // The account the applicant's room receives on, else the only account that can send.
    if (result.account.id == 0) {
        MailAccountRepository accounts(m_database, m_clock);
        auto roomAccountId = RoomRepository(m_database).mailAccountOf(applicant->roomId);
        if (!roomAccountId)
            return roomAccountId.error();
        const qint64 roomAccount = roomAccountId.value();
        if (roomAccount != 0) {
            if (auto account = accounts.byId(roomAccount); account && canSend(account.value()))
                result.account = account.value();
        }
        if (result.account.id == 0) {
            auto all = accounts.all();
            if (!all)
                return all.error();
            QVector<MailAccount> sending;
            for (const MailAccount& account : all.value()) {
                if (canSend(account))
                    sending << account;
            }
            if (sending.size() == 1)
                result.account = sending.first();
        }
    }
    if (result.account.id == 0)
        return StoreFailure{StoreError::NotFound, QStringLiteral("no mail account can send for this applicant")};
    return result;
}

StoreResult<qint64> ReplyDrafter::recordReferral(const Referral& referral)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.begun())
        return transaction.failure();
    auto id = ReplyRepository(m_database, m_clock).insertReferral(referral);
    if (!id)
        return id.error();
    AuditEntry entry;
    entry.at = m_clock.now();
    entry.hostId = referral.hostId;
    entry.action = QStringLiteral("referral.recorded");
    entry.subjectKind = QStringLiteral("applicant");
    entry.subjectId = referral.applicantId;
    entry.detail = QStringLiteral("to_room=%1 consent=%2 fields=%3")
                       .arg(referral.toRoomId)
                       .arg(referral.consent ? QStringLiteral("yes") : QStringLiteral("no"))
                       .arg(referral.consent ? referral.sharedFields.join(QLatin1Char(',')) : QString());
    if (auto logged = AuditLog(m_database).record(entry); !logged)
        return logged.error();
    if (!transaction.commit())
        return transaction.failure();
    return id.value();
}

StoreResult<QStringList> ReplyDrafter::secretValues(qint64 applicantId) const
{
    return ReplyRepository(m_database, m_clock).secretValuesFor(applicantId);
}

} // namespace tsunagu
