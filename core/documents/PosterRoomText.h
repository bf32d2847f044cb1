// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/PosterSpec.h"
#include "domain/Room.h"

namespace tsunagu {

// A stored room in the words a poster prints. The schedule comes from scheduleInWords(), the one place to point at
// the meeting series once they can describe themselves; today it is the room's own schedule text.
class PosterRoomText
{
public:
    static PosterRoom from(const Room& room);
    static QString scheduleInWords(const Room& room);
    static QString audienceInWords(Audience audience);
};

} // namespace tsunagu
