// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/ReplyAction.h"
#include "replies/TemplateRenderer.h"
#include "storage/Database.h"

namespace tsunagu {

// Gathers the values of a reply from the profile: the applicant, their room, the host, a meeting series of the room
// (the one asked for, else the room's first active one) and its next meetings, and the other room of a referral. Secret
// values (chat link, join link, meeting ID, passcode) go into the context only for an invitation. Host-written values
// (the question of a hold reply) are left for the composer.
class ReplyContextBuilder
{
public:
    ReplyContextBuilder(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {}

    // How many meetings next_meetings lists, and how many days the applicant is given to answer a question.
    static constexpr int s_meetingCount = 3;
    static constexpr int s_answerDays = 7;

    // `language` ("ja" or "en", the template's) decides how dates and times are written. hostId 0 leaves the
    // host's values empty; otherRoomId 0 the other room's. `seriesId`: the series whose name, meetings and join
    // details the reply gives (a notice after that series' details changed), when it is one of the applicant's
    // room; 0 or another room's: the room's first active series. NotFound for an applicant, host or other room
    // that does not exist.
    StoreResult<RenderContext> build(qint64 applicantId, ReplyAction action, qint64 hostId, qint64 otherRoomId = 0,
                                     const QString& language = QStringLiteral("ja"), qint64 seriesId = 0) const;

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace tsunagu
