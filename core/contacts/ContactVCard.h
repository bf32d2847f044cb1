// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"

#include <QByteArray>

namespace tsunagu {

// A contact as a vCard 3.0 (RFC 2426), the version every address book imports (Outlook, iOS, Android, Thunderbird):
// UTF-8, CRLF, lines folded at 75 octets without splitting a character.
class ContactVCard
{
public:
    // `kindName` is the contact's kind in the host's words (CATEGORIES).
    static QByteArray write(const Contact& contact, const QString& kindName);
};

} // namespace tsunagu
