// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>
#include <QVector>

namespace tsunagu {

// RFC 2047 encoded-words for outgoing headers, always B (base64) encoding: the whole text as a run of words
// separated by single spaces, which a reader drops (RFC 2047 §6.2), so the text comes back as it was. Each word
// stands alone: it is never split inside a character, so a reader that decodes word by word still shows text.
class EncodedWordWriter
{
public:
    // RFC 2047 §2: at most 75 characters per word.
    static constexpr int kMaxWordLength = 75;

    // "=?UTF-8?B?…?=" words of at most maxLength characters, split between code points: a UTF-8 sequence or
    // a surrogate pair is never cut. maxLength is clamped to [30, 75].
    static QByteArray utf8(QStringView text, int maxLength);

    // "=?ISO-2022-JP?B?…?=" words from JapaneseEncoder units: each word starts in ASCII, designates JIS X 0208
    // itself and ends with ESC ( B (RFC 1468 §3, RFC 2047 §5). maxLength is clamped to [30, 75].
    static QByteArray iso2022Jp(const QVector<quint16>& units, int maxLength);
};

} // namespace tsunagu
