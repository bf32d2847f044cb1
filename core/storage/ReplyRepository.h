// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Reply.h"
#include "storage/Database.h"

#include <QStringList>
#include <QVector>

namespace tsunagu {

// Replies and referrals. A reply's text can be changed while it is a draft or failed; once handed to the server
// (sending) or sent it is kept as it went out.
class ReplyRepository
{
public:
    ReplyRepository(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    // Inserts a new draft (state, times and error fields are set here); returns its id.
    StoreResult<qint64> insertDraft(const Reply& reply);
    StoreResult<Reply> byId(qint64 id) const;
    // Every reply to the applicant, oldest first.
    StoreResult<QVector<Reply>> forApplicant(qint64 applicantId) const;
    // Drafts, failed replies and replies left in "sending", oldest first: what the host still has to finish.
    StoreResult<QVector<Reply>> unfinished() const;
    // Saves what the host typed. Only a draft or a failed reply can change (Conflict otherwise).
    StoreResult<Done> saveText(qint64 id, const QString& toAddress, const QString& subject, const QString& body,
                               bool includesSecrets);
    // Whether the reply carries the room's next meetings as an .ics. Only a draft or a failed reply (Conflict).
    StoreResult<Done> setAttachMeetings(qint64 id, bool attach);
    // Draft/failed → sending, atomically: a second window or host racing for the same reply gets Conflict.
    StoreResult<Done> beginSending(qint64 id);
    StoreResult<Done> markSent(qint64 id, const QString& messageId, const QDateTime& sentAt);
    StoreResult<Done> markFailed(qint64 id, const QString& errorCode, const QString& errorDetail);
    StoreResult<Done> markOnServer(qint64 id);
    // Something after a successful send did not work (the Sent copy, the flags): kept for the host to see.
    StoreResult<Done> setWarning(qint64 id, const QString& warning);
    // Replies left "sending" by a Tsunagu that stopped mid-send become failed ("interrupted"): the host checks the
    // Sent folder before sending again, rather than Tsunagu sending twice. Returns how many.
    StoreResult<int> interruptSending();
    // A draft nobody wants any more. Sent replies stay (they are the record of what the applicant received).
    StoreResult<Done> discard(qint64 id);

    StoreResult<qint64> insertReferral(const Referral& referral);
    StoreResult<QVector<Referral>> referralsOf(qint64 applicantId) const;
    StoreResult<Done> markReferralNotified(qint64 id, const QDateTime& at);

    // What a note to the other room of a referral is built from.
    struct ReferralFacts
    {
        qint64 applicantId = 0;
        bool consent = false;
        QString toRoomName;
        QString toRoomReception; // the other room's reception address, trimmed
        QString fromRoomName;    // the applicant's room ("" when none)
        QString hostName;        // who recorded the referral ("" when unknown)
    };
    StoreResult<ReferralFacts> referralFacts(qint64 referralId) const;
    // The secrets an applicant's room holds (chat link, join link, meeting ID, passcode of its series), each once,
    // to find them in a reply's text.
    StoreResult<QStringList> secretValuesFor(qint64 applicantId) const;
    // The action, language and host a draft is written for (hostId 0: none). Only a draft or a failed reply.
    StoreResult<Done> setDraftChoice(qint64 id, const QString& actionKey, const QString& language, qint64 hostId);

private:
    StoreResult<Done> changeState(qint64 id, const QString& fromStates, const QString& assignments,
                                  std::initializer_list<QVariant> values);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace tsunagu
