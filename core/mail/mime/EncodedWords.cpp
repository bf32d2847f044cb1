// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/EncodedWords.h"

#include "mail/mime/CharsetDecoder.h"
#include "mail/mime/DecodingNotes.h"
#include "mail/mime/TransferDecoding.h"

namespace tsunagu {

namespace {

// Charset names are short; the cap keeps a failed match cheap (no quadratic scan on "=?=?=?…").
constexpr qsizetype kMaxCharsetLength = 64;

struct Segment
{
    bool encoded = false;
    QByteArray charset; // normalised label, encoded segments only
    QByteArray bytes;   // decoded bytes (encoded) or raw bytes (literal)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isBlank(const QByteArray& bytes)
{
    for (char c : bytes) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

struct WordShape
{
    qsizetype charsetEnd = -1; // index of the "?" after the charset
    qsizetype textEnd = -1;    // index of the "?" of the closing "?="
};

WordShape shapeAt(const char* data, qsizetype size, qsizetype at)
{
    WordShape shape;
    if (at + 1 >= size || data[at] != '=' || data[at + 1] != '?')
        return shape;
    qsizetype i = at + 2;
    const qsizetype charsetBegin = i;
    while (i < size && data[i] != '?' && !isSpace(data[i]) && i - charsetBegin <= kMaxCharsetLength)
        ++i;
    if (i >= size || data[i] != '?' || i == charsetBegin)
        return shape;
    if (i + 2 >= size || data[i + 2] != '?')
        return shape;
    const char encoding = data[i + 1];
    if (encoding != 'B' && encoding != 'b' && encoding != 'Q' && encoding != 'q')
        return shape;
    qsizetype j = i + 3;
    // RFC 2047 §5: the encoded text holds neither "?" nor whitespace, so the first "?" must start "?=".
    while (j < size && data[j] != '?' && !isSpace(data[j]))
        ++j;
    if (j + 1 >= size || data[j] != '?' || data[j + 1] != '=')
        return shape;
    shape.charsetEnd = i;
    shape.textEnd = j;
    return shape;
}

// Reads the encoded-word at data[at] into segment; returns the index after "?=", or -1.
qsizetype readEncodedWord(const char* data, qsizetype size, qsizetype at, Segment* segment)
{
    const WordShape shape = shapeAt(data, size, at);
    if (shape.textEnd < 0)
        return -1;
    segment->encoded = true;
    segment->charset = QByteArray(data + at + 2, shape.charsetEnd - at - 2).toLower();
    const qsizetype star = segment->charset.indexOf('*');
    if (star >= 0)
        segment->charset.truncate(star); // RFC 2231 §5 language suffix
    const char encoding = data[shape.charsetEnd + 1];
    const qsizetype textBegin = shape.charsetEnd + 3;
    if (encoding == 'B' || encoding == 'b')
        segment->bytes = TransferDecoding::decodeBase64(data + textBegin, shape.textEnd - textBegin);
    else
        segment->bytes = TransferDecoding::decodeQ(data + textBegin, shape.textEnd - textBegin);
    return shape.textEnd + 2;
}

// Header text is one line: folding whitespace and control characters become spaces.
void flattenControls(QString& text)
{
    for (QChar& c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QLatin1Char(' ');
    }
}

} // namespace

qsizetype EncodedWords::wordEnd(const char* data, qsizetype size, qsizetype at)
{
    const WordShape shape = shapeAt(data, size, at);
    return shape.textEnd < 0 ? -1 : shape.textEnd + 2;
}

QString EncodedWords::decodeRaw(const QByteArray& raw, QVector<DecodingNote>* notes, const QString& where)
{
    if (!CharsetDecoder::hasEightBit(raw.constData(), raw.size()) &&
        !CharsetDecoder::hasIso2022JpEscape(raw.constData(), raw.size()))
        return QString::fromLatin1(raw);
    if (CharsetDecoder::hasEightBit(raw.constData(), raw.size()) &&
        CharsetDecoder::isValidUtf8(raw.constData(), raw.size()))
        return QString::fromUtf8(raw); // RFC 6532 §3.2: UTF-8 header text is allowed as it is
    CharsetDecoder::Result decoded = CharsetDecoder::decode(raw, QByteArray());
    if (decoded.outcome != CharsetDecoder::Outcome::Clean)
        DecodingNotes::add(notes, where, QStringLiteral("raw header bytes without encoded-words: ") + decoded.note);
    return decoded.text;
}

QString EncodedWords::decode(const QByteArray& raw, QVector<DecodingNote>* notes, const QString& where)
{
    const char* data = raw.constData();
    const qsizetype size = raw.size();
    if (raw.indexOf("=?") < 0) {
        QString text = decodeRaw(raw, notes, where);
        flattenControls(text);
        return text;
    }

    // Split into literal and encoded segments.
    QVector<Segment> segments;
    qsizetype literalBegin = 0;
    qsizetype pos = 0;
    while (pos < size) {
        const qsizetype at = raw.indexOf("=?", pos);
        if (at < 0)
            break;
        Segment word;
        const qsizetype after = readEncodedWord(data, size, at, &word);
        if (after < 0) {
            pos = at + 2;
            continue;
        }
        if (at > literalBegin)
            segments.append(Segment{false, QByteArray(), QByteArray(data + literalBegin, at - literalBegin)});
        segments.append(std::move(word));
        literalBegin = after;
        pos = after;
    }
    if (literalBegin < size)
        segments.append(Segment{false, QByteArray(), QByteArray(data + literalBegin, size - literalBegin)});

    // RFC 2047 §6.2: whitespace between adjacent encoded-words is not displayed. Adjacent words with the same
    // charset are joined as bytes before decoding, so a character split across two words survives.
    QString text;
    text.reserve(size);
    qsizetype i = 0;
    while (i < segments.size()) {
        const Segment& segment = segments.at(i);
        if (!segment.encoded) {
            const bool between = i > 0 && i + 1 < segments.size() && segments.at(i - 1).encoded &&
                                 segments.at(i + 1).encoded && isBlank(segment.bytes);
            if (!between)
                text += decodeRaw(segment.bytes, notes, where);
            ++i;
            continue;
        }
        QByteArray joined = segment.bytes;
        qsizetype j = i + 1;
        while (j < segments.size()) {
            const Segment& next = segments.at(j);
            if (next.encoded && next.charset == segment.charset) {
                joined += next.bytes;
                ++j;
            } else if (!next.encoded && isBlank(next.bytes) && j + 1 < segments.size() && segments.at(j + 1).encoded &&
                       segments.at(j + 1).charset == segment.charset) {
                ++j; // whitespace between two words of the same run
            } else {
                break;
            }
        }
        CharsetDecoder::Result decoded = CharsetDecoder::decode(joined, segment.charset);
        if (decoded.outcome != CharsetDecoder::Outcome::Clean)
            DecodingNotes::add(notes, where, decoded.note);
        text += decoded.text;
        i = j;
    }
    flattenControls(text);
    return text;
}

} // namespace tsunagu
