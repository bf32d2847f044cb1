// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tsunagu {

// ISO-2022-JP (RFC 1468) for outgoing mail: ASCII and JIS X 0208 (with the NEC row 13 that ICU writes: ①, ㈱,
// Ⅰ, №), nothing else. The JIS codes come from ICU ("ISO-2022-JP" opened by name, DESIGN.md §4), one character
// at a time; the escape sequences are written here, so every piece of text starts and ends in ASCII whatever
// ICU's own framing would be.
class JapaneseEncoder
{
public:
    // The text with the characters ICU cannot write in ISO-2022-JP but a Japanese reader takes for a JIS
    // character replaced by that character (the table is at the top of JapaneseEncoder.cpp), and half-width
    // katakana written full-width (ISO-2022-JP has no kana set). `changed` is set when anything was replaced.
    static QString toJisRepertoire(const QString& text, bool* changed = nullptr);

    struct Units
    {
        // One per character: below 0x80 an ASCII byte (TAB, LF or printable); else a JIS X 0208 code,
        // (row byte << 8) | cell byte, each byte in 0x21–0x7E.
        QVector<quint16> units;
        // Characters that ISO-2022-JP cannot carry, each once, in the order they first appear. When there are
        // any, `units` is empty.
        QStringList unencodable;
    };

    // The text (already through toJisRepertoire) as units.
    static Units toUnits(const QString& text);

    // The ISO-2022-JP bytes of units[from, to): ESC $ B before two-byte characters, ESC ( B before an ASCII
    // character that follows them (line breaks included, RFC 1468 §3) and at the end.
    static QByteArray frame(const QVector<quint16>& units, qsizetype from, qsizetype to);

    static bool isWide(quint16 unit) { return unit >= 0x80; }
    static constexpr int kEscapeLength = 3; // ESC $ B and ESC ( B
};

} // namespace tsunagu
