// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/MailAccount.h"
#include "domain/Reply.h"
#include "domain/ReplyAction.h"
#include "domain/ReplyOutcome.h"
#include "replies/TemplateRenderer.h"
#include "storage/Database.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace tsunagu {

// What a host chose for a new reply.
struct DraftRequest
{
    qint64 applicantId = 0;
    ReplyAction action = ReplyAction::Invite;
    qint64 hostId = 0;
    QString language = QStringLiteral("ja");
    qint64 templateId = 0;  // 0: the best template for the room, the host and the language
    qint64 otherRoomId = 0; // the room a referral points to
    qint64 seriesId = 0;    // the meeting series an invitation gives; 0: the room's first active one
    // Values the host writes for this reply only (the question of a hold reply), by placeholder key.
    QHash<QString, QString> hostValues;
};

// A rendered reply before it is stored: the text and what the renderer noticed.
struct DraftText
{
    qint64 templateId = 0;
    QString templateName;
    QString toAddress;
    QString subject;
    QString body;
    Rendered rendered;
};

// The mail a reply becomes, with where it goes and what it answers: threading from the application.
struct ReplyAddressing
{
    MailAccount account;
    QString toAddress;
    QString inReplyTo;            // Message-ID of the application, with angle brackets
    QStringList references;       // the application's References, then its Message-ID
    QString originalSubject;      // for "Re:"
    qint64 originalMessageId = 0; // messages.id of the application
    qint64 originalUidValidity = 0;
    qint64 originalUid = 0;
};

// Writing replies: a template rendered for one applicant, stored as a draft at once (nothing typed is ever lost),
// checked before it may go out. No network here: ReplySender sends what this prepared.
class ReplyDrafter
{
public:
    ReplyDrafter(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    // The reply as the chosen (or best) template renders it, with "Re: …" of the application when the template
    // has no subject of its own.
    StoreResult<DraftText> render(const DraftRequest& request) const;
    // render() and store the result as a new draft; returns the reply's id.
    StoreResult<qint64> start(const DraftRequest& request);
    // Everything that keeps the stored reply from being sent, in the order a form shows it.
    StoreResult<QVector<ReplyProblem>> problems(qint64 replyId) const;
    // The room's secrets may be in an invitation, or in any reply to an applicant who was sent them before
    // (`holdsSecrets`: a reminder, the notice that they changed); elsewhere they are a problem.
    static QVector<ReplyProblem> problemsOf(const Reply& reply, const QStringList& secretValues, bool hasAccount,
                                            bool holdsSecrets = false);
    // The account, recipient and threading of a reply's applicant.
    StoreResult<ReplyAddressing> addressing(qint64 replyId) const;
    StoreResult<ReplyAddressing> addressingFor(qint64 applicantId) const;
    // Records a referral (the consent and the agreed fields) and logs it; returns its id.
    StoreResult<qint64> recordReferral(const Referral& referral);
    // The secret values of the applicant's room (join link, meeting ID, passcode, chat link), to find them in a
    // text the host edited.
    StoreResult<QStringList> secretValues(qint64 applicantId) const;

private:
    Database& m_database;
    const Clock& m_clock;
};

QString replyProblemKey(ReplyProblem problem);

} // namespace tsunagu
