// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu {

// Who a room is for; stored by key, shown by ui in the user's language.
enum class Audience
{
    Persons,
    Families,
    WomenOnly,
    Open
};

enum class RoomStatus
{
    Active,
    Paused
};

struct Room
{
    qint64 id = 0;
    QString code;  // "D", "DA", "N女", "三森" …
    QString name;  // as the room calls itself
    QString theme; // alcohol, drugs, gambling, gaming, eating, kleptomania, ikizurasa
    Audience audience = Audience::Persons;
    QString description;
    QString chatLink;           // secret: only sent to screened applicants
    QString applicationFormUrl; // public
    QString receptionAddress;   // where applications and referrals arrive
    int replyDeadlineDays = 3;
    RoomStatus status = RoomStatus::Active;
    QString statusNote;
    QString scheduleSummary; // the room's own words for its schedule
    QString guidelines;
    bool minorsReviewed = false; // minors are reviewed case by case (Room E)
    int sortOrder = 0;
    int minimumMinutes = 5; // a Zoom participant who stayed fewer minutes is not counted
};

// The range a room's minimum minutes may take.
constexpr int s_maxMinimumMinutes = 240;

QString audienceKey(Audience audience);
Audience audienceFromKey(const QString& key, bool* ok = nullptr);
QString roomStatusKey(RoomStatus status);
RoomStatus roomStatusFromKey(const QString& key, bool* ok = nullptr);

} // namespace tsunagu
