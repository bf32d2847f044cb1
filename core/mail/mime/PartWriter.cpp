// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/PartWriter.h"

#include "mail/mime/CharsetDecoder.h"
#include "mail/mime/JapaneseEncoder.h"
#include "mail/mime/ParameterWriter.h"
#include "mail/mime/TransferEncoder.h"

#include <QPair>
#include <QVector>

namespace tsunagu {

namespace {

// RFC 5322 §2.1.1: a line is at most 998 characters without its CRLF.
constexpr qsizetype kMaxLine = 998;
// RFC 6838 §4.2: type and subtype names are at most 127 characters. Parameter names get the same bound; with
// them no Content-Type line can pass 998 characters.
constexpr qsizetype kMaxName = 127;

bool hasLongLine(const QByteArray& crlfText)
{
    qsizetype begin = 0;
    while (begin <= crlfText.size()) {
        qsizetype end = crlfText.indexOf("\r\n", begin);
        if (end < 0)
            end = crlfText.size();
        if (end - begin > kMaxLine)
            return true;
        begin = end + 2;
    }
    return false;
}

QByteArray withCrlf(QByteArray lfText)
{
    return lfText.replace('\n', "\r\n");
}

void endWithCrlf(QByteArray& body)
{
    if (!body.isEmpty() && !body.endsWith("\r\n"))
        body.append("\r\n");
}

QString warningFor(int index, const char* what)
{
    return QStringLiteral("attachment ") + QString::number(index) + QStringLiteral(": ") + QLatin1String(what);
}

// The pieces of a Content-Type value as the caller wrote it: "type/subtype; a=b; c=\"d; e\"" split at the
// semicolons outside quotes.
QStringList splitParameters(const QString& value)
{
    QStringList pieces(QString{});
    bool inQuotes = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (inQuotes && c == QLatin1Char('\\') && i + 1 < value.size()) {
            pieces.last().append(c).append(value.at(++i));
            continue;
        }
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        if (c == QLatin1Char(';') && !inQuotes)
            pieces.append(QString());
        else
            pieces.last().append(c);
    }
    return pieces;
}

QString unquoted(const QString& value)
{
    if (value.size() < 2 || !value.startsWith(QLatin1Char('"')) || !value.endsWith(QLatin1Char('"')))
        return value;
    QString out;
    for (qsizetype i = 1; i + 1 < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\') && i + 2 < value.size())
            ++i;
        out.append(value.at(i));
    }
    return out;
}

bool isName(const QString& name)
{
    return name.size() <= kMaxName && ParameterWriter::isToken(name.toLatin1());
}

bool isMediaType(const QString& type)
{
    const qsizetype slash = type.indexOf(QLatin1Char('/'));
    return slash > 0 && isName(type.left(slash)) && isName(type.mid(slash + 1));
}

} // namespace

QString PartWriter::cleanedBody(const QString& text, bool* changed)
{
    QString out;
    out.reserve(text.size());
    bool removed = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r') {
            if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out.append(QLatin1Char('\n'));
        } else if (u == u'\n' || u == u'\t') {
            out.append(c);
        } else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F)) {
            removed = true;
        } else if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(++i));
        } else if (c.isSurrogate()) {
            out.append(QChar(QChar::ReplacementCharacter));
            removed = true;
        } else {
            out.append(c);
        }
    }
    if (changed)
        *changed = removed;
    return out;
}

EncodedPart PartWriter::text(const QString& body, OutgoingMail::Charset charset)
{
    EncodedPart part;
    bool changed = false;
    const QString clean = cleanedBody(body, &changed);
    if (changed)
        part.warnings.append(QStringLiteral("control characters removed from the body"));

    if (charset == OutgoingMail::Charset::Utf8) {
        const QByteArray bytes = clean.toUtf8();
        qsizetype characters = 0;
        qsizetype nonAscii = 0;
        for (char c : bytes) {
            const auto u = static_cast<unsigned char>(c);
            if ((u & 0xC0) != 0x80) // not a continuation byte: a character starts here
                ++characters;
            if (u >= 0xC0)
                ++nonAscii;
        }
        const bool quotedPrintable = nonAscii * 16 < characters;
        part.fields = HeaderWriter::field("Content-Type", "text/plain; charset=UTF-8") +
                      HeaderWriter::field("Content-Transfer-Encoding",
                                          quotedPrintable ? QByteArray("quoted-printable") : QByteArray("base64"));
        // RFC 2046 §4.1.1: the canonical form of text has CRLF line breaks, also inside base64.
        part.body =
            quotedPrintable ? TransferEncoder::quotedPrintable(bytes) : TransferEncoder::base64Lines(withCrlf(bytes));
        endWithCrlf(part.body);
        return part;
    }

    bool mapped = false;
    const QString jisText = JapaneseEncoder::toJisRepertoire(clean, &mapped);
    if (mapped)
        part.warnings.append(QStringLiteral("characters of the body replaced by their JIS X 0208 forms"));
    const JapaneseEncoder::Units units = JapaneseEncoder::toUnits(jisText);
    if (!units.unencodable.isEmpty()) {
        part.unencodable = units.unencodable;
        return part;
    }
    // Every line ends in ASCII (RFC 1468 §3): frame() switches back before each line break.
    const QByteArray framed = withCrlf(JapaneseEncoder::frame(units.units, 0, units.units.size()));
    const bool tooLong = hasLongLine(framed);
    if (tooLong)
        part.warnings.append(QStringLiteral("body line over 998 bytes in ISO-2022-JP; sent as base64"));
    part.fields = HeaderWriter::field("Content-Type", "text/plain; charset=ISO-2022-JP") +
                  HeaderWriter::field("Content-Transfer-Encoding", tooLong ? QByteArray("base64") : QByteArray("7bit"));
    part.body = tooLong ? TransferEncoder::base64Lines(framed) : framed;
    endWithCrlf(part.body);
    return part;
}

EncodedPart PartWriter::attachment(const OutgoingAttachment& attachment, int index)
{
    EncodedPart part;
    const QStringList pieces = splitParameters(HeaderWriter::cleaned(attachment.contentType).trimmed());
    QString mediaType = pieces.first().trimmed().toLower();
    QVector<QPair<QByteArray, QString>> parameters;
    if (!isMediaType(mediaType)) {
        if (!mediaType.isEmpty())
            part.warnings.append(warningFor(index, "unreadable content type; sent as application/octet-stream"));
        mediaType = QStringLiteral("application/octet-stream");
    } else {
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QString piece = pieces.at(i).trimmed();
            const qsizetype equals = piece.indexOf(QLatin1Char('='));
            const QString name = piece.left(equals).trimmed();
            if (piece.isEmpty())
                continue;
            if (equals <= 0 || !isName(name)) {
                part.warnings.append(warningFor(index, "unreadable content type parameter left out"));
                continue;
            }
            if (name.compare(QLatin1String("name"), Qt::CaseInsensitive) != 0) // written below from fileName
                parameters.append(qMakePair(name.toLatin1(), unquoted(piece.mid(equals + 1).trimmed())));
        }
    }
    bool hasCharset = false;
    for (const auto& parameter : std::as_const(parameters))
        hasCharset = hasCharset || parameter.first.compare("charset", Qt::CaseInsensitive) == 0;
    const QByteArray& bytes = attachment.bytes;
    // RFC 2046 §4.1.2: text without a charset parameter is US-ASCII; an .ics is UTF-8 (RFC 5545 §3.1.4).
    if (mediaType.startsWith(QLatin1String("text/")) && !hasCharset &&
        CharsetDecoder::hasEightBit(bytes.constData(), bytes.size()) &&
        CharsetDecoder::isValidUtf8(bytes.constData(), bytes.size()))
        parameters.append(qMakePair(QByteArray("charset"), QStringLiteral("UTF-8")));

    const QString fileName = HeaderWriter::cleaned(attachment.fileName).trimmed();
    QByteArray type = mediaType.toLatin1();
    for (const auto& parameter : std::as_const(parameters))
        type.append(ParameterWriter::parameter(parameter.first, parameter.second));
    QByteArray disposition("attachment");
    if (!fileName.isEmpty()) {
        type.append(ParameterWriter::parameter("name", fileName)); // for mailers that only read this one
        disposition.append(ParameterWriter::parameter("filename", fileName));
    }
    part.fields = HeaderWriter::field("Content-Type", type) + HeaderWriter::field("Content-Disposition", disposition) +
                  HeaderWriter::field("Content-Transfer-Encoding", "base64");
    part.body = TransferEncoder::base64Lines(bytes);
    return part;
}

} // namespace tsunagu
