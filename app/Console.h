// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu::app {

// Text to the terminal in UTF-8, whatever the console's locale.
class Console
{
public:
    static void out(const QString& text);
    static void error(const QString& text);
};

} // namespace tsunagu::app
