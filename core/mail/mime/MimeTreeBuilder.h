// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/HeaderParser.h"
#include "mail/mime/MimeMessage.h"
#include "mail/mime/MimePart.h"

#include <QByteArray>
#include <QVector>

namespace tsunagu {

// Builds the MIME tree of a message (RFC 2045, RFC 2046 §5.1 multipart, §5.2.1 message/rfc822) over the raw
// bytes up to a limit, with caps on depth and part count. A part that cannot be read becomes an opaque part
// with a reason; nothing is decoded here. Recursion is bounded by the depth cap; each level scans its own
// range once, so the work is at most depth × size.
class MimeTreeBuilder
{
public:
    MimeTreeBuilder(const QByteArray& raw, qsizetype limit, int maxDepth, int maxParts, QVector<DecodingNote>* notes);

    // The root part, from the message's own header fields; its body starts at bodyBegin.
    MimePart buildRoot(const HeaderFields& fields, qsizetype bodyBegin);

    // Reads Content-Type, Content-Disposition and Content-Transfer-Encoding into part.
    void describe(MimePart& part, const HeaderFields& fields, const QByteArray& defaultType);

private:
    struct Delimiter
    {
        qsizetype lineStart = -1; // the "-" of "--boundary"
        qsizetype next = -1;      // first byte after the delimiter line
        bool close = false;       // "--boundary--"
    };

    void expand(MimePart& part, int depth);
    void splitMultipart(MimePart& part, int depth);
    void readAttachedMessage(MimePart& part);
    Delimiter findDelimiter(const QByteArray& delimiter, qsizetype from, qsizetype end) const;
    void note(const QString& where, const QString& what);

    const QByteArray& m_raw;
    qsizetype m_limit;
    int m_maxDepth;
    int m_maxParts;
    int m_parts = 0;
    QVector<DecodingNote>* m_notes;
};

} // namespace tsunagu
