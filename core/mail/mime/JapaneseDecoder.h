// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace tsunagu {

// Table-driven decoders for the three Japanese mail charsets, giving the same characters as ICU (through which
// the tables are filled, once per process, the first time a charset is needed) at a fraction of the cost:
// opening and driving an ICU converter was two thirds of the time spent reading a form mail.
//
// ISO-2022-JP is read as mail really writes it (see CharsetDecoder.cpp): ESC ( J as ASCII, SO/SI half-width
// kana (CP50222), the designation in force kept across line breaks, NEC row 13 and the NEC-selected IBM rows
// (CP50220/CP50221), JIS X 0212 after ESC $ ( D. The rarer ISO-2022-JP-2 designations (ESC $ A, ESC . A, …)
// are left to ICU: decode() then says `handled = false`.
//
// The wave dash decision of CharsetDecoder.cpp is made here too: JIS 0x2141 reads as U+301C, not U+FF5E.
class JapaneseDecoder
{
public:
    enum class Charset
    {
        Iso2022Jp,
        ShiftJis, // as CP932
        EucJp,
    };

    struct Output
    {
        QString text;
        bool handled = false; // false: bytes use something the tables do not cover; ask ICU
        bool ok = false;      // every byte sequence mapped to a character
        int replacements = 0; // U+FFFD written for sequences that did not
        int nonAscii = 0;     // characters above U+007F in text
    };

    static Output decode(Charset charset, QByteArrayView bytes);
};

} // namespace tsunagu
