// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace tsunagu::ui {

// Small icons drawn by Tsunagu itself: an emoji needs an emoji font, which many systems lack (it shows as a box).
class Icons
{
public:
    // A padlock: marks a meeting secret (a join link, a passcode).
    static QIcon lock();
};

} // namespace tsunagu::ui
