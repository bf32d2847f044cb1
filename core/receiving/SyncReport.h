// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MailAccount.h"
#include "mail/net/CertificateInfo.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tsunagu {

// What one sync of one mailbox did, for the window, `tsunagu sync --json` and the account's last error.
//
// A sync downloads first and reads after (IntakeWorker): `fetched` counts what was downloaded and kept, `read`
// what was read (from this run or left waiting by an earlier one), and the outcomes below come from reading.
struct SyncReport
{
    // Counted as they are stored.
    int fetched = 0;      // mails downloaded (and kept) in this run
    int read = 0;         // mails read in this run: their outcome is counted below
    int waiting = 0;      // at the end: fetched but not read yet (--fetch-only, or stopped while reading)
    int applications = 0; // new applicants (duplicates included)
    int duplicates = 0;   // … of which from an address already known
    int replies = 0;      // attached to an applicant
    int unclassified = 0; // kept as 未分類
    int spam = 0;
    int alreadyKnown = 0;      // the same mail was taken in before (imported as a file, or fetched under another UID)
    int overCap = 0;           // over the size cap: only the first bytes were read
    int answeredElsewhere = 0; // waiting applications the server shows as answered from another mail program
    int rematched = 0;         // after a UIDVALIDITY change: stored mail found again on the server, not fetched again
    int onServer = 0;          // messages in the mailbox
    bool uidValidityChanged = false;

    bool ok = true;
    MailAccountProblem problem = MailAccountProblem::None;
    QString detail;                             // technical, never a password
    std::optional<CertificateInfo> certificate; // set with TlsUntrusted / CertificateChanged
    QDateTime finishedAt;
};

// Progress while mail is downloaded and read, for a progress bar during a first large sync.
struct SyncProgress
{
    int toFetch = 0;
    int fetched = 0;      // downloaded
    int stored = 0;       // … and kept
    bool reading = false; // the read phase is on (or mail left waiting by an earlier run is read first)
    int toRead = 0;
    int read = 0;
};

} // namespace tsunagu
