// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "storage/Database.h"

#include <QHash>

#include <atomic>

namespace tsunagu {

// What a sweep did: applicants whose texts went, per room id.
struct RetentionSweepResult
{
    int applicants = 0;
    QHash<qint64, int> perRoom;
};

// How long each room keeps the texts of an application, and the sweep that deletes them when that time is over.
// An applicant's outcome is decided when their status is attending, referred, not_eligible or withdrawn; the
// decision's date is their latest status change. `retention_days` after it the self-introduction, the form as
// written and the text of every mail to and from them (subjects, bodies, raw bytes, reply drafts) are deleted;
// the applicant stays with name, address, room, status and dates, so the host can still reach a member and every
// count stays. A status that changes back (withdrawn → attending) starts the time again.
class RetentionRepository
{
public:
    static constexpr int s_defaultDays = 180;
    static constexpr int s_maximumDays = 3650;

    RetentionRepository(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    // 0: kept until the host deletes the applicant.
    StoreResult<int> retentionDays(qint64 roomId) const;
    // Conflict when days is outside 0..s_maximumDays; NotFound for an unknown room.
    StoreResult<Done> setRetentionDays(qint64 roomId, int days);
    // Deletes the texts that are due at the clock's now, with SQLite's secure_delete on (what is freed is
    // overwritten), in transactions of s_batch applicants each, so that another connection (the window's) can write
    // between them even when a first sweep after an upgrade has a hundred thousand to do. Audited with one line per
    // room ("retention.texts_removed", a count, no personal data), kept current by each transaction. An applicant
    // another sweep got to first is not counted twice. `stop`, when given and set, ends the sweep after the current
    // transaction; the rest is left for the next sweep. After texts went, the copies an upgrade made of the store go
    // too (UpgradeCopies): they still hold them.
    StoreResult<RetentionSweepResult> sweep(const std::atomic_bool* stop = nullptr);

    static constexpr int s_batch = 500;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace tsunagu
