// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "storage/Database.h"

#include <QString>
#include <QVector>

namespace tsunagu {

// Where one of the applicant's mails sits on a mail server (RFC 3501 §2.3.1.1: the UID names it while the
// mailbox keeps its UIDVALIDITY).
struct ServerMailPosition
{
    qint64 accountId = 0;
    QString mailbox;
    qint64 uidValidity = 0;
    quint32 uid = 0;
};

// What deleting an applicant takes away, counted before it happens (for the host's confirmation) and after.
struct ApplicantErasure
{
    qint64 applicantId = 0;
    int messages = 0;    // mail from and to the applicant, with its raw bytes
    int replies = 0;     // replies and drafts written to them
    int referrals = 0;   // referrals to other rooms
    int waitingMail = 0; // downloaded mail of theirs not yet read
    int memberLinks = 0; // roster entries linked to the applicant (the entries stay, the link goes)
    // The applicant's original mails on the server, for the host's choice to delete them there too.
    QVector<ServerMailPosition> onServer;
    bool fileCompacted = false; // VACUUM ran, so no freed page of the file holds the old text
};

// "Delete this applicant": every trace of a person in Tsunagu goes in one transaction, while what reports count
// stays. How: the applicant's row is deleted (its status history, replies and referrals cascade, the links of
// mail, roster entries and duplicates are cleared by the schema) and a row with the same id is put back that
// holds only what is anonymous: room, status, category, the dates of application and first reply, the referral
// contact (an organisation) and, when no contact is linked, the referral source the report counts; its status
// history comes back with statuses, times and hosts but no notes. erased_at marks it. The applicant's mail rows
// (in and out, raw bytes included) and their downloaded mail still waiting to be read are deleted.
//
// The delete runs with PRAGMA secure_delete=ON, so SQLite overwrites what it frees with zeros, and is followed by
// VACUUM (which rebuilds the file without free pages, also freeing space left by earlier updates of the row) and
// a WAL checkpoint that truncates the log: afterwards neither the database file nor its WAL holds the text.
class ApplicantEraser
{
public:
    ApplicantEraser(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    // What erase() would remove. NotFound for an unknown id; Conflict when the applicant was deleted already.
    StoreResult<ApplicantErasure> plan(qint64 applicantId) const;
    // Deletes, audits ("applicant.deleted", no personal data) and compacts the file. Returns what went.
    StoreResult<ApplicantErasure> erase(qint64 applicantId, qint64 hostId = 0);

private:
    // Their mail downloaded but not read yet, which has no applicant: it is theirs when it sits where one of their
    // mails sat on the server, or came from their reply address.
    StoreResult<QVector<qint64>> waitingMailOf(qint64 applicantId) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace tsunagu
