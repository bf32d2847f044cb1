// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/MimeTreeBuilder.h"

#include "mail/mime/DecodingNotes.h"
#include "mail/mime/EncodedWords.h"
#include "mail/mime/Rfc2231.h"

#include <QByteArrayView>

#include <algorithm>

namespace tsunagu {

namespace {

constexpr int kMaxPartHeaderFields = 200;
constexpr qsizetype kMaxBoundaryLength = 256; // RFC 2046 §5.1.1 allows 70; real mail stays far below this
constexpr qsizetype kAttachedHeaderScan = 64 * 1024;

QString childPath(const QString& parent, int index)
{
    const QString number = QString::number(index);
    return parent.isEmpty() ? number : parent + QLatin1Char('.') + number;
}

QString where(const MimePart& part)
{
    return part.path.isEmpty() ? QStringLiteral("body") : QStringLiteral("part ") + part.path;
}

} // namespace

MimeTreeBuilder::MimeTreeBuilder(const QByteArray& raw, qsizetype limit, int maxDepth, int maxParts,
                                 QVector<DecodingNote>* notes)
    : m_raw(raw)
    , m_limit(std::min(limit, raw.size()))
    , m_maxDepth(std::clamp(maxDepth, 0, 100)) // recursion depth: the stack must survive any option value
    , m_maxParts(std::max(1, maxParts))
    , m_notes(notes)
{}

MimePart MimeTreeBuilder::buildRoot(const HeaderFields& fields, qsizetype bodyBegin)
{
    MimePart root;
    describe(root, fields, "text/plain");
    root.bodyBegin = std::min(bodyBegin, m_limit);
    root.bodyEnd = m_limit;
    root.cutByCap = m_limit < m_raw.size();
    expand(root, 0);
    return root;
}

void MimeTreeBuilder::describe(MimePart& part, const HeaderFields& fields, const QByteArray& defaultType)
{
    const QString place = where(part);
    const QByteArray contentType = HeaderParser::value(fields, "Content-Type");
    const ParameterizedField type = Rfc2231::parse(contentType, m_notes, place);
    const qsizetype slash = type.value.indexOf('/');
    if (slash > 0 && slash + 1 < type.value.size() && type.value.indexOf('/', slash + 1) < 0) {
        part.mediaType = type.value;
    } else {
        // RFC 2045 §5.2: a missing or unreadable Content-Type means text/plain (or the multipart's default).
        part.mediaType = defaultType;
        if (!type.value.isEmpty())
            note(place, QStringLiteral("unreadable Content-Type; read as ") + QString::fromLatin1(defaultType));
    }
    part.parameters = type.parameters;
    if (part.isMultipart() && type.rawParameters.contains("boundary"))
        part.parameters.insert("boundary", QString::fromLatin1(type.rawParameters.value("boundary")));

    const ParameterizedField disposition =
        Rfc2231::parse(HeaderParser::value(fields, "Content-Disposition"), m_notes, place);
    part.disposition = disposition.value;
    part.fileName = disposition.parameter("filename");
    if (part.fileName.isEmpty())
        part.fileName = type.parameter("name");
    part.fileName = part.fileName.trimmed();

    bool unknown = false;
    const QByteArray encoding = HeaderParser::value(fields, "Content-Transfer-Encoding");
    part.encoding = TransferDecoding::fromHeader(encoding, &unknown);
    if (unknown)
        note(place, QStringLiteral("unknown Content-Transfer-Encoding \"") + QString::fromLatin1(encoding.left(40)) +
                        QStringLiteral("\"; read as is"));
}

void MimeTreeBuilder::expand(MimePart& part, int depth)
{
    if (part.isMultipart()) {
        if (depth >= m_maxDepth) {
            part.opaqueReason = QStringLiteral("nested deeper than ") + QString::number(m_maxDepth) +
                                QStringLiteral(" levels; not read");
            note(where(part), part.opaqueReason);
            return;
        }
        splitMultipart(part, depth);
    } else if (part.isMessage()) {
        readAttachedMessage(part);
    }
}

MimeTreeBuilder::Delimiter MimeTreeBuilder::findDelimiter(const QByteArray& delimiter, qsizetype from,
                                                          qsizetype end) const
{
    const char* data = m_raw.constData();
    const QByteArrayView range(data, end);
    qsizetype pos = from;
    while (pos < end) {
        const qsizetype at = range.indexOf(delimiter, pos);
        if (at < 0)
            break;
        pos = at + 1;
        if (at > from && data[at - 1] != '\n')
            continue; // RFC 2046 §5.1.1: a delimiter starts a line
        if (at == from && from > 0 && data[at - 1] != '\n')
            continue;
        qsizetype i = at + delimiter.size();
        bool close = false;
        if (i + 1 < end && data[i] == '-' && data[i + 1] == '-') {
            close = true;
            i += 2;
        }
        while (i < end && (data[i] == ' ' || data[i] == '\t'))
            ++i; // transport padding
        if (i < end && data[i] == '\r')
            ++i;
        if (i < end && data[i] != '\n')
            continue; // "--boundary-and-more": a line that only looks like a delimiter
        Delimiter found;
        found.lineStart = at;
        found.next = i < end ? i + 1 : end;
        found.close = close;
        return found;
    }
    return Delimiter();
}

void MimeTreeBuilder::splitMultipart(MimePart& part, int depth)
{
    const QByteArray boundary = part.parameters.value("boundary").toLatin1();
    const QString place = where(part);
    const bool digest = part.mediaType == "multipart/digest";
    if (boundary.isEmpty() || boundary.size() > kMaxBoundaryLength) {
        part.mediaType = "text/plain";
        note(place, QStringLiteral("multipart without a usable boundary; shown as text"));
        return;
    }
    const QByteArray delimiter = QByteArrayLiteral("--") + boundary;
    Delimiter current = findDelimiter(delimiter, part.bodyBegin, part.bodyEnd);
    if (current.lineStart < 0) {
        part.mediaType = "text/plain";
        note(place, QStringLiteral("multipart boundary never appears; shown as text"));
        return;
    }
    int index = 0;
    while (!current.close) {
        const Delimiter next = findDelimiter(delimiter, current.next, part.bodyEnd);
        const qsizetype childBegin = current.next;
        qsizetype childEnd = part.bodyEnd;
        if (next.lineStart >= 0) {
            // RFC 2046 §5.1.1: the line break before a delimiter belongs to the delimiter.
            childEnd = next.lineStart;
            if (childEnd > childBegin && m_raw.at(childEnd - 1) == '\n')
                --childEnd;
            if (childEnd > childBegin && m_raw.at(childEnd - 1) == '\r')
                --childEnd;
        }
        MimePart child;
        child.path = childPath(part.path, ++index);
        if (m_parts >= m_maxParts) {
            child.mediaType = "application/octet-stream";
            child.bodyBegin = childBegin;
            child.bodyEnd = part.bodyEnd;
            child.opaqueReason = QStringLiteral("more than ") + QString::number(m_maxParts) +
                                 QStringLiteral(" parts; the rest was not read");
            note(where(child), child.opaqueReason);
            part.children.push_back(std::move(child));
            return;
        }
        ++m_parts;
        const HeaderParser::Section headers = HeaderParser::parse(m_raw, childBegin, childEnd, kMaxPartHeaderFields);
        describe(child, headers.fields, digest ? QByteArrayLiteral("message/rfc822") : QByteArrayLiteral("text/plain"));
        child.bodyBegin = std::min(headers.bodyBegin, childEnd);
        child.bodyEnd = childEnd;
        child.cutByCap = next.lineStart < 0 && part.cutByCap;
        expand(child, depth + 1);
        part.children.push_back(std::move(child));
        if (next.lineStart < 0) {
            if (!part.cutByCap)
                note(place, QStringLiteral("multipart ends without its final boundary"));
            break;
        }
        current = next;
    }
}

void MimeTreeBuilder::readAttachedMessage(MimePart& part)
{
    if (part.encoding != TransferDecoding::Encoding::Identity)
        return; // RFC 2046 §5.2.1 forbids encoding it; such a part is only listed
    const qsizetype end = std::min(part.bodyEnd, part.bodyBegin + kAttachedHeaderScan);
    const HeaderParser::Section headers = HeaderParser::parse(m_raw, part.bodyBegin, end, kMaxPartHeaderFields);
    part.innerSubject = EncodedWords::decode(HeaderParser::value(headers.fields, "Subject")).trimmed();
}

void MimeTreeBuilder::note(const QString& place, const QString& what)
{
    DecodingNotes::add(m_notes, place, what);
}

} // namespace tsunagu
