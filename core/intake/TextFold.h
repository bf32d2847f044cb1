// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace tsunagu {

// What people type, made comparable: NFKC turns full-width letters, digits, colons, brackets and spaces and
// half-width kana into their usual forms ("Ｎ" → "N", "：" → ":", "ｶﾅ" → "カナ"); then lower case, so "Room NF",
// "ＲＯＯＭ ｎｆ" and "room nf" compare equal. Only for matching: what the host sees stays as written.
QString foldText(const QString& text);

// How much of a form answer the normalisers read. Answers to 区分, 性別, 年代 or 国 are a few words; reading a
// pasted novel in full would only make hostile input expensive.
constexpr int maxAnswerChars = 256;

// ASCII letters and digits only: a room code must not be glued to them ("DNA" does not name room D), while a
// Japanese character right after a code ("ルームNに") is an ordinary word boundary.
bool isAsciiLetterOrDigit(QChar c);

// c is one of the characters of set. A plain loop: QStringView::contains(QChar) goes through the general substring
// search, and these tests run for every character of every line.
inline bool isOneOf(QChar c, QStringView set)
{
    for (const QChar s : set) {
        if (s == c)
            return true;
    }
    return false;
}

// Whitespace including the ideographic space U+3000: the same characters as QChar::isSpace() (Unicode
// White_Space), decided without a table lookup for the kana and kanji that make up most of the text read here.
inline bool isBlank(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || (u >= 0x09 && u <= 0x0D);
    switch (u) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return u >= 0x2000 && u <= 0x200A;
    }
}

} // namespace tsunagu
