// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Applicant.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

namespace tsunagu {

// What a list of applicants shows and in which order. SQLite filters, sorts and counts, so a list never has to
// hold every applicant to show the first screen of them.
struct ApplicantListQuery
{
    enum class Order
    {
        Id,
        Name,
        Room,
        Category,
        Status,
        Received,
        Waiting,
        Referral,
        Hints
    };
    Order order = Order::Received;
    bool descending = false;
    bool awaitingOnly = false; // only those still waiting for a first reply
    QString roomCode;          // only this room's applicants; empty: any
    bool withoutRoom = false;  // only those not yet given a room
    QStringList roomCodes;     // only these rooms' applicants (the rooms a host answers for); empty: any
    QString status;            // only this status (key); empty: any
    QString search;            // text in the name, reply address, room, referral source or concern
};

// How many applicants wait for a first reply, and how many of them past their room's promise.
struct WaitingCounts
{
    int awaiting = 0;
    int overdue = 0;
};

// The lists of applicants and what they count; one applicant, their changes and their lookups by address are
// ApplicantRepository's.
class ApplicantList
{
public:
    explicit ApplicantList(Database& database)
        : m_database(database)
    {}

    // Every applicant, oldest application first, with their room.
    StoreResult<QVector<ApplicantRow>> all() const;
    // How many applicants the query finds.
    StoreResult<int> count(const ApplicantListQuery& query) const;
    // Rows `offset` to `offset + limit` of the query, in its order, for a list: the introduction and form fields
    // are left empty (a list does not show them; they are most of an applicant's size).
    StoreResult<QVector<ApplicantRow>> page(const ApplicantListQuery& query, int offset, int limit) const;
    // Every applicant of the query, complete, one at a time and in its order, without holding them all: `sink`
    // returns false to stop early.
    StoreResult<Done> each(const ApplicantListQuery& query, const std::function<bool(const ApplicantRow&)>& sink) const;
    // Who waits for a first reply, counted by SQLite (an index holds only them).
    StoreResult<WaitingCounts> waitingCounts(const QDateTime& now) const;
    // Applicants still waiting for a first reply, per room id (0 for "no room yet").
    StoreResult<QHash<qint64, int>> awaitingCountByRoom() const;

private:
    Database& m_database;
};

} // namespace tsunagu
