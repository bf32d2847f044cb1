// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/MimeMessage.h"
#include "mail/mime/MimePart.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace tsunagu {

// Chooses the text a host reads from a MIME tree and lists everything else as attachments.
//  - text/plain is preferred: the first inline text/plain part with something in it (in multipart/alternative
//    that is the plain alternative); an HTML-only mail is turned into plain text and keeps its HTML.
//  - Every other leaf is an attachment: files, inline images, attached mails (message/rfc822, named by their
//    subject when they have no file name; their text never becomes the main text), further text parts, and
//    parts that could not be read. Attachments are measured, never decoded or opened.
class BodyReader
{
public:
    BodyReader(const QByteArray& raw, QVector<DecodingNote>* notes);

    // Fills text, textFromHtml, html and attachments of message.
    void read(const MimePart& root, MimeMessage& message);

    // One text part decoded: transfer encoding, charset (with fallback), line ends as "\n", format=flowed.
    QString decodeText(const MimePart& part);

private:
    void collectLeaves(const MimePart& part, QVector<const MimePart*>& leaves, int depth);
    MailAttachment describe(const MimePart& part) const;

    const QByteArray& m_raw;
    QVector<DecodingNote>* m_notes;
};

} // namespace tsunagu
