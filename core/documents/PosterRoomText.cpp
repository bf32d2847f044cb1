// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PosterRoomText.h"

namespace tsunagu {

// Posters are printed in Japanese whatever the window's language: they hang in Japanese waiting rooms.
QString PosterRoomText::audienceInWords(Audience audience)
{
    switch (audience) {
    case Audience::Persons:
        return QStringLiteral("ご本人");
    case Audience::Families:
        return QStringLiteral("ご家族");
    case Audience::WomenOnly:
        return QStringLiteral("女性の方(性自認が女性の方を含みます)");
    case Audience::Open:
        break;
    }
    return QStringLiteral("どなたでも");
}

QString PosterRoomText::scheduleInWords(const Room& room)
{
    if (room.status == RoomStatus::Paused)
        return room.statusNote.isEmpty() ? QStringLiteral("休止中") : room.statusNote;
    return room.scheduleSummary;
}

PosterRoom PosterRoomText::from(const Room& room)
{
    PosterRoom poster;
    poster.code = room.code;
    poster.name = room.name;
    poster.audience = audienceInWords(room.audience);
    poster.channels = room.description;
    poster.schedule = scheduleInWords(room);
    poster.formUrl = room.applicationFormUrl.trimmed();
    return poster;
}

} // namespace tsunagu
