// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace tsunagu {

// Reads a Date header in the forms real mail uses: RFC 5322 §3.3, the obsolete forms of §4.3 (two- and
// three-digit years, named zones), missing weekday, extra spaces, comments such as "+0900 (JST)", zones
// like JST and "+09:00", asctime ("Tue Mar  5 19:00:00 2024") and ISO 8601 from web forms.
class MailDate
{
public:
    struct Parsed
    {
        QDateTime dateTime;     // with the offset the mail gave; invalid when unreadable
        bool zoneKnown = false; // false: no zone, read as UTC (RFC 5322 §3.3 "-0000")
    };

    static Parsed parse(const QByteArray& raw);
};

} // namespace tsunagu
