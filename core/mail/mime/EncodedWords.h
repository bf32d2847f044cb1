// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/MimeMessage.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace tsunagu {

// RFC 2047 encoded-words in header text, and raw 8-bit header bytes, turned into text.
class EncodedWords
{
public:
    // Decodes an unstructured value (Subject, a display name, a parameter value). Lenient where real mail is
    // wrong: encoded-words inside quoted strings or glued to other text, lower-case "b"/"q", characters split
    // across words. Problems go to notes (if given) with `where` as their place. Linear in the input.
    static QString decode(const QByteArray& raw, QVector<DecodingNote>* notes = nullptr,
                          const QString& where = QString());

    // If an encoded-word "=?charset?X?text?=" starts at data[at], the index after it; else -1. Bounded work.
    static qsizetype wordEnd(const char* data, qsizetype size, qsizetype at);

    // Raw (not encoded-word) header bytes: valid UTF-8 is taken silently (RFC 6532 §3.2 allows it), anything
    // else is guessed through CharsetDecoder and noted.
    static QString decodeRaw(const QByteArray& raw, QVector<DecodingNote>* notes, const QString& where);
};

} // namespace tsunagu
