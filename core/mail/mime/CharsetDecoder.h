// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tsunagu {

// Turns bytes in a declared (or missing, or wrong) charset into text, through QStringDecoder by name (ICU).
// The fallback order and the wave-dash decision are documented at the top of CharsetDecoder.cpp.
class CharsetDecoder
{
public:
    enum class Outcome
    {
        Clean,       // ASCII, or the declared charset fitted the bytes
        Unlabelled,  // no (or an unknown) label: a clean guess was made
        Mislabelled, // the label did not fit the bytes: a clean guess was made
        Damaged,     // nothing fitted cleanly: best guess with replacement characters
    };

    struct Result
    {
        QString text;
        QByteArray charset; // the decoder actually used ("US-ASCII" for 7-bit text)
        Outcome outcome = Outcome::Clean;
        QString note; // English, for a DecodingNote; empty when Clean
    };

    // label: the charset as written in the mail ("iso-2022-jp", "Shift_JIS", "utf-8*ja"), may be empty.
    static Result decode(const QByteArray& bytes, const QByteArray& label);

    // The decoder name ICU knows for a mail label, empty when neither our alias table nor ICU knows it.
    static QByteArray decoderName(const QByteArray& label);

    // RFC 3629 §4 well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
    static bool isValidUtf8(const char* data, qsizetype size);
    // Some byte is 0x80 or above.
    static bool hasEightBit(const char* data, qsizetype size);
    // An ISO-2022-JP designation (ESC $ @, ESC $ B, ESC $ ( D, ESC ( I, ESC ( J) appears.
    static bool hasIso2022JpEscape(const char* data, qsizetype size);
};

} // namespace tsunagu
