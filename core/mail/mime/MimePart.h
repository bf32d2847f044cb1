// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/HeaderParser.h"
#include "mail/mime/TransferDecoding.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace tsunagu {

// One node of a message's MIME tree (internal to the parser). Bodies are ranges of the raw message: nothing is
// copied or decoded until the part is chosen as the text.
struct MimePart
{
    QString path;                          // "1", "1.2": where the part is, for notes
    QByteArray mediaType = "text/plain";   // lower-case type/subtype (RFC 2045 §5.2 default)
    QHash<QByteArray, QString> parameters; // Content-Type parameters, decoded
    QByteArray disposition;                // lower-case "inline", "attachment" or empty
    QString fileName;                      // Content-Disposition filename, else Content-Type name
    TransferDecoding::Encoding encoding = TransferDecoding::Encoding::Identity;
    qsizetype bodyBegin = 0;
    qsizetype bodyEnd = 0;
    bool cutByCap = false; // the body runs past the size cap and was cut there
    QString opaqueReason;  // non-empty: not read as MIME, listed as an attachment with this reason
    QString innerSubject;  // message/rfc822: the subject of the attached mail
    std::vector<MimePart> children;

    bool isMultipart() const { return mediaType.startsWith("multipart/") && opaqueReason.isEmpty(); }
    bool isMessage() const { return mediaType == "message/rfc822" || mediaType == "message/global"; }
    bool isBodyText() const
    {
        return (mediaType == "text/plain" || mediaType == "text/html") && disposition != "attachment" &&
               fileName.isEmpty() && opaqueReason.isEmpty();
    }
    qsizetype bodySize() const { return bodyEnd - bodyBegin; }
};

} // namespace tsunagu
