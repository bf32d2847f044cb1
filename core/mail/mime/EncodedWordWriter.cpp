// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/EncodedWordWriter.h"

#include "mail/mime/JapaneseEncoder.h"

#include <QString>

#include <algorithm>

namespace tsunagu {

namespace {

constexpr int kMinWordLength = 30; // room for one JIS character with both escapes

// Bytes of payload a word of maxLength characters holds after its "=?charset?B?" and "?=".
qsizetype payloadBytes(qsizetype overhead, int maxLength)
{
    const int length = std::clamp(maxLength, kMinWordLength, EncodedWordWriter::kMaxWordLength);
    return (length - overhead) / 4 * 3;
}

void appendWord(QByteArray& out, const QByteArray& prefix, const QByteArray& payload)
{
    if (!out.isEmpty())
        out.append(' ');
    out.append(prefix).append(payload.toBase64()).append("?=");
}

int utf8Length(char32_t point)
{
    return point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
}

} // namespace

QByteArray EncodedWordWriter::utf8(QStringView text, int maxLength)
{
    static const QByteArray prefix = QByteArrayLiteral("=?UTF-8?B?");
    const qsizetype capacity = payloadBytes(prefix.size() + 2, maxLength);
    QByteArray out;
    qsizetype wordBegin = 0;
    qsizetype wordBytes = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QChar c = text.at(i);
        qsizetype length = 1;
        char32_t point = c.unicode();
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            length = 2;
            point = QChar::surrogateToUcs4(c, text.at(i + 1));
        }
        // A lone surrogate is written by toUtf8() as U+FFFD, three bytes; callers replace them first anyway.
        const int bytes = c.isSurrogate() && length == 1 ? 3 : utf8Length(point);
        if (wordBytes + bytes > capacity) {
            appendWord(out, prefix, text.mid(wordBegin, i - wordBegin).toUtf8());
            wordBegin = i;
            wordBytes = 0;
        }
        wordBytes += bytes;
        i += length;
    }
    if (wordBytes > 0)
        appendWord(out, prefix, text.mid(wordBegin).toUtf8());
    return out;
}

QByteArray EncodedWordWriter::iso2022Jp(const QVector<quint16>& units, int maxLength)
{
    static const QByteArray prefix = QByteArrayLiteral("=?ISO-2022-JP?B?");
    constexpr int escape = JapaneseEncoder::kEscapeLength;
    const qsizetype capacity = payloadBytes(prefix.size() + 2, maxLength);
    QByteArray out;
    qsizetype wordBegin = 0;
    qsizetype wordBytes = 0; // framed bytes of units[wordBegin, i), without the final ESC ( B
    bool wide = false;
    const qsizetype size = units.size();
    for (qsizetype i = 0; i < size; ++i) {
        const bool unitWide = JapaneseEncoder::isWide(units.at(i));
        const auto cost = [&](bool fromWide) {
            const int switching = unitWide != fromWide ? escape : 0;
            return switching + (unitWide ? 2 : 1) + (unitWide ? escape : 0); // a wide unit needs ESC ( B after
        };
        if (wordBytes > 0 && wordBytes + cost(wide) > capacity) {
            appendWord(out, prefix, JapaneseEncoder::frame(units, wordBegin, i));
            wordBegin = i;
            wordBytes = 0;
            wide = false;
        }
        wordBytes += unitWide != wide ? escape : 0;
        wordBytes += unitWide ? 2 : 1;
        wide = unitWide;
    }
    if (wordBegin < size)
        appendWord(out, prefix, JapaneseEncoder::frame(units, wordBegin, size));
    return out;
}

} // namespace tsunagu
