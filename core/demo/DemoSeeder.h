// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "storage/Database.h"

namespace tsunagu {

// Fills an empty profile with the twelve rooms of the real network (DESIGN.md §5) and fictional hosts,
// applicants, members, meetings, attendance and referral contacts, all dated relative to the clock's today.
class DemoSeeder
{
public:
    DemoSeeder(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    // All or nothing, in one transaction. Refuses (ConstraintViolated) a profile that already has rooms.
    StoreResult<Done> seed();

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace tsunagu
