// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Applicant.h"
#include "storage/Database.h"

#include <QPair>
#include <QVariant>
#include <QVector>

namespace tsunagu {

class SealedAhead;
class Sealing;

// One applicant at a time: reading, taking in, changing, merging and finding them by address. Lists of them and
// their counts are ApplicantList's.
class ApplicantRepository
{
public:
    ApplicantRepository(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    StoreResult<Applicant> byId(qint64 id) const;
    // Inserts the applicant and the first entry of their status history in one transaction.
    StoreResult<qint64> insert(const Applicant& applicant, qint64 hostId = 0);
    // On any thread: seals what insert() would seal of `applicant`, into `ahead` (see SealedAhead). The keyed hash
    // of their reply address is there too, for the lookups by address before the insert.
    static void sealAhead(const Applicant& applicant, const crypto::Sealer& sealer, SealedAhead& ahead);
    // On any thread: the keyed hash idsByAddress() looks `address` up by, into `ahead`.
    static void hashAhead(const QString& address, const crypto::Sealer& sealer, SealedAhead& ahead);
    // Removes the applicant with their status history; their mail stays, without the link.
    StoreResult<Done> remove(qint64 id);
    // Changes the status and records it in the history (and the first reply time on the first answer).
    // `at` defaults to now; imports and the demo pass the real time of the change.
    StoreResult<Done> setStatus(qint64 id, ApplicantStatus status, qint64 hostId, const QString& note = {},
                                const QDateTime& at = {});
    StoreResult<QVector<StatusChange>> history(qint64 id) const;
    // Applicants who gave this reply address (case-insensitive), earliest first.
    StoreResult<QVector<Applicant>> byAddress(const QString& address) const;
    // The same, ids only, oldest first: what intake needs for every mail.
    StoreResult<QVector<qint64>> idsByAddress(const QString& address) const;
    StoreResult<Done> setDuplicateState(qint64 id, DuplicateState state);
    // The host decided about a flagged duplicate: keep both applicants (Kept), or merge this one into the earlier
    // application (Merged: its mail moves to the earlier applicant and it leaves every list). The duplicate hint
    // goes either way.
    StoreResult<Done> resolveDuplicate(qint64 id, DuplicateState decision);
    StoreResult<Done> setRoom(qint64 id, qint64 roomId); // 0: no room
    // The host's own notes on the applicant (replaces them).
    StoreResult<Done> setNotes(qint64 id, const QString& notes);
    // Applicants still waiting for a first reply whose application sits in this mailbox, with its UID: what a
    // sync asks the server about, to notice replies a host sent from another mail program. The most recent
    // `limit` (a real room has a handful waiting; a first sync of an old mailbox may have thousands).
    StoreResult<QVector<QPair<qint64, quint32>>> awaitingOnServer(qint64 accountId, const QString& mailbox,
                                                                  qint64 uidValidity, int limit = 200) const;
    // The application was answered from another mail program (the server shows \Answered or a $Tsunagu
    // keyword): the first reply time is set (the applicant stops waiting) and a hint tells the host. Audited.
    StoreResult<Done> noteAnsweredElsewhere(qint64 id, const QDateTime& at);

private:
    // The values of insert()'s statement, in its column order, sealed by `sealing`.
    static QVariantList insertValues(const Applicant& applicant, const QDateTime& received, const Sealing& sealing);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace tsunagu
