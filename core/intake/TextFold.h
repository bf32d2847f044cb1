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

// Whitespace including the ideographic space U+3000 (QChar::isSpace knows it; named for the readers).
bool isBlank(QChar c);

} // namespace tsunagu
