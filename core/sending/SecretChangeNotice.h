// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/MailAccount.h"
#include "storage/Database.h"

#include <QString>

#include <QVector>

namespace tsunagu {

// A room's chat link or a meeting's join details changed: the applicants who hold the old ones (AuditReader::
// secretHolders) are told. Each gets a draft of their own through the usual reply path, never sent without the
// host: the room's invitation rendered with the new details, under a first paragraph saying that the details
// changed and the old ones no longer work. Or, the host's choice, one mail for all of them (composeBcc, sent by
// ReplySender::sendNotice): from the room's account to its own address, the holders only in the envelope, with the
// same first paragraph and the room's new details; it has no thread, so nothing but an audit line per person
// records it.
class SecretChangeNotice
{
public:
    SecretChangeNotice(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    struct Prepared
    {
        QVector<qint64> replyIds;    // the drafts, in the applicants' order
        QVector<qint64> notPrepared; // applicants without a template or an address to write to
    };

    // Why a holder is not among a BCC notice's recipients.
    enum class LeftOut
    {
        NoAddress, // no reply address that looks like one
        Blocked,   // the address is on the blocked list
    };
    struct Recipient
    {
        qint64 applicantId = 0;
        QString anonymousName;
        QString address; // empty for one left out without an address
        LeftOut reason = LeftOut::NoAddress;
    };
    // One mail for every holder, as it will go out.
    struct BccNotice
    {
        qint64 roomId = 0;
        qint64 seriesId = 0; // the series whose details changed (0: the room's chat link)
        MailAccount account; // the room's account that can send (id 0: none, the notice cannot go)
        QString subject;
        QString body;
        bool includesSecrets = false;  // the body carries a chat link or join details
        QVector<Recipient> recipients; // only in RCPT TO, never in a header (an address twice goes once)
        QVector<Recipient> leftOut;
    };

    // `seriesId` below: the meeting series whose join details changed, so that the notice gives that series' new
    // details and not another's of the same room; 0 for the room's chat link (the room's first active series).

    // Records the change in the audit log ("secret.changed", the room, no values) and prepares the drafts.
    StoreResult<Prepared> prepare(qint64 roomId, const QVector<qint64>& holders, qint64 hostId = 0,
                                  qint64 seriesId = 0);
    // Only the drafts, for a change already recorded (a BCC notice that could not be sent).
    StoreResult<Prepared> prepareDrafts(const QVector<qint64>& holders, qint64 hostId = 0, qint64 seriesId = 0);
    // The BCC notice for the room's holders (read only: the change is recorded with recordChange, whether the
    // host then sends it or not).
    StoreResult<BccNotice> composeBcc(qint64 roomId, const QVector<qint64>& holders, qint64 seriesId = 0) const;
    // Only the audit line, for a change without notices or with a BCC notice.
    StoreResult<Done> recordChange(qint64 roomId, qint64 hostId = 0);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace tsunagu
