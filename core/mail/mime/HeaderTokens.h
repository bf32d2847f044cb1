// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace tsunagu {

// Lexical pieces shared by the structured-header parsers (RFC 5322 §3.2.2 comments, §3.2.4 quoted strings).
// Iterative and bounded: nesting is counted, never recursed.
class HeaderTokens
{
public:
    // Reads the quoted string whose opening quote is data[at]; appends its content (escapes removed) and
    // returns the index after the closing quote (or size when it is missing). When shiftJisAware, a byte
    // after a Shift_JIS lead byte is taken as a trail byte even if it is "\" (0x5C, as in 表 or ソ), which
    // raw Shift_JIS display names need.
    static qsizetype readQuoted(const char* data, qsizetype size, qsizetype at, bool shiftJisAware,
                                QByteArray* content);

    // Skips the comment whose "(" is data[at]; appends its text (outermost parentheses removed) if wanted.
    static qsizetype skipComment(const char* data, qsizetype size, qsizetype at, QByteArray* text = nullptr);

    // Raw 8-bit bytes that are not UTF-8: Shift_JIS is the likely reading in Japanese mail.
    static bool mayBeShiftJis(const char* data, qsizetype size);

    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
};

} // namespace tsunagu
