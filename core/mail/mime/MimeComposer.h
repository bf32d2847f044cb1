// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/OutgoingMail.h"

#include <QByteArray>

namespace tsunagu {

// Turns an OutgoingMail into RFC 5322 / MIME bytes: 7-bit, CRLF line ends, header lines folded to 78
// characters where the text allows it (never over 998). Header text is checked and cleaned, not trusted: no
// value can start a header of its own (CR, LF and other controls never reach the output), addresses must be
// plain local@domain, extra header names must be RFC 5322 ftext and not one the composer writes itself.
//
// Layout: Date, From, To, Cc, Reply-To, Subject, Message-ID, In-Reply-To, References, MIME-Version, the extra
// headers, then either the text part's Content-* fields and body, or multipart/mixed with the text part first
// and one part per attachment.
class MimeComposer
{
public:
    static ComposeResult compose(const OutgoingMail& mail);

    // Test seam: the Message-ID's random part is the hex of randomForMessageId (when not empty) instead of 128
    // bits from QRandomGenerator::system(), and the multipart boundary is derived from it, so output repeats.
    static ComposeResult compose(const OutgoingMail& mail, const QByteArray& randomForMessageId);
};

} // namespace tsunagu
