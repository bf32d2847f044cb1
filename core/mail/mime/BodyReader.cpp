// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/BodyReader.h"

#include "mail/mime/CharsetDecoder.h"
#include "mail/mime/DecodingNotes.h"
#include "mail/mime/FlowedText.h"
#include "mail/mime/HtmlToText.h"

namespace tsunagu {

namespace {

constexpr int kMaxLeafDepth = 128; // the builder caps depth lower; this only keeps the walk obviously bounded

QString where(const MimePart& part)
{
    return part.path.isEmpty() ? QStringLiteral("body") : QStringLiteral("part ") + part.path;
}

// Line ends as "\n" (CRLF and lone CR alike); NUL removed, it ends strings in SQLite and C APIs.
QString normaliseLines(const QString& text)
{
    // Written through a pointer: appending character by character was a fifth of the time to read a body.
    QString out(text.size(), Qt::Uninitialized);
    const QChar* read = text.constData();
    const QChar* const end = read + text.size();
    QChar* const begin = out.data();
    QChar* write = begin;
    for (; read < end; ++read) {
        const char16_t c = read->unicode();
        if (c == u'\r') {
            *write++ = QLatin1Char('\n');
            if (read + 1 < end && read[1].unicode() == u'\n')
                ++read;
        } else if (c != 0) {
            *write++ = *read;
        }
    }
    out.truncate(write - begin);
    return out;
}

// No blank lines before the first line of text, no whitespace after the last.
QString trimmedText(const QString& text)
{
    qsizetype begin = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n'))
            begin = i + 1;
        else if (!text.at(i).isSpace())
            break;
    }
    qsizetype end = text.size();
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    return text.mid(begin, end - begin);
}

bool isBlank(const QString& text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

BodyReader::BodyReader(const QByteArray& raw, QVector<DecodingNote>* notes)
    : m_raw(raw)
    , m_notes(notes)
{}

QString BodyReader::decodeText(const MimePart& part)
{
    const QString place = where(part);
    TransferDecoding::Problems problems;
    const QByteArray bytes =
        TransferDecoding::decode(part.encoding, m_raw.constData() + part.bodyBegin, part.bodySize(), &problems);
    if (problems.garbage > 0)
        DecodingNotes::add(m_notes, place,
                           QStringLiteral("base64 with ") + QString::number(problems.garbage) +
                               QStringLiteral(" stray character(s), skipped"));
    if (problems.brokenEscapes > 0)
        DecodingNotes::add(m_notes, place,
                           QStringLiteral("quoted-printable with ") + QString::number(problems.brokenEscapes) +
                               QStringLiteral(" broken escape(s), kept as written"));

    QByteArray label = part.parameters.value("charset").trimmed().toLatin1();
    const bool html = part.mediaType == "text/html";
    if (label.isEmpty() && html)
        label = HtmlToText::metaCharset(bytes);
    CharsetDecoder::Result decoded = CharsetDecoder::decode(bytes, label);
    if (decoded.outcome != CharsetDecoder::Outcome::Clean)
        DecodingNotes::add(m_notes, place, decoded.note);
    if (part.cutByCap)
        DecodingNotes::add(m_notes, place, QStringLiteral("text cut at the size limit"));

    QString text = normaliseLines(decoded.text);
    if (!html && part.parameters.value("format").compare(QLatin1String("flowed"), Qt::CaseInsensitive) == 0) {
        const bool delSp = part.parameters.value("delsp").compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        text = FlowedText::unflow(text, delSp);
    }
    return text;
}

void BodyReader::collectLeaves(const MimePart& part, QVector<const MimePart*>& leaves, int depth)
{
    if (part.children.empty() || depth >= kMaxLeafDepth) {
        // An empty multipart ("--b--" right away) has nothing to show or list.
        if (!(part.isMultipart() && part.children.empty()))
            leaves.append(&part);
        return;
    }
    for (const MimePart& child : part.children)
        collectLeaves(child, leaves, depth + 1);
}

MailAttachment BodyReader::describe(const MimePart& part) const
{
    MailAttachment attachment;
    attachment.fileName = part.fileName;
    if (attachment.fileName.isEmpty() && part.isMessage())
        attachment.fileName = part.innerSubject;
    attachment.contentType = QString::fromLatin1(part.mediaType);
    if (!part.opaqueReason.isEmpty() || part.cutByCap)
        attachment.size = part.bodySize(); // not decoded: the encoded size
    else
        attachment.size =
            TransferDecoding::decodedSize(part.encoding, m_raw.constData() + part.bodyBegin, part.bodySize());
    return attachment;
}

void BodyReader::read(const MimePart& root, MimeMessage& message)
{
    QVector<const MimePart*> leaves;
    collectLeaves(root, leaves, 0);

    const MimePart* plain = nullptr;
    const MimePart* blankPlain = nullptr;
    const MimePart* html = nullptr;
    QString plainText;
    for (const MimePart* leaf : std::as_const(leaves)) {
        if (!leaf->isBodyText())
            continue;
        if (leaf->mediaType == "text/plain" && !plain) {
            QString text = decodeText(*leaf);
            if (!isBlank(text)) {
                plain = leaf;
                plainText = std::move(text);
            } else if (!blankPlain) {
                blankPlain = leaf;
            }
        } else if (leaf->mediaType == "text/html" && !html) {
            html = leaf;
        }
    }

    if (html)
        message.html = decodeText(*html);
    if (plain) {
        message.text = trimmedText(plainText);
    } else if (html) {
        message.text = HtmlToText::convert(message.html);
        message.textFromHtml = true;
    }

    for (const MimePart* leaf : std::as_const(leaves)) {
        if (leaf == plain || leaf == html || leaf == blankPlain)
            continue;
        if (leaf->isBodyText() && leaf->bodySize() == 0)
            continue;
        message.attachments.append(describe(*leaf));
    }
}

} // namespace tsunagu
