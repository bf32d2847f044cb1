// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/MimeMessage.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace tsunagu {

// RFC 5322 §3.4 address lists: "Name <addr>", bare addr-specs, "addr (Name)", groups ("undisclosed-recipients:;"
// yields no mailbox; a group's members are listed), obsolete routes, with display names decoded (quoted,
// RFC 2047, raw Shift_JIS or UTF-8). Never fails: what cannot be read is skipped. Linear in the input.
class AddressListParser
{
public:
    static QVector<MailAddress> parse(const QByteArray& raw, QVector<DecodingNote>* notes = nullptr,
                                      const QString& where = QString());
};

} // namespace tsunagu
