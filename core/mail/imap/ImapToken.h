// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <vector>

namespace tsunagu {

// One syntactic element of a server response (RFC 3501 §4). NIL is its own kind, never the text "NIL": the
// quoted string "NIL" and the atom NIL differ (RFC 3501 §4.5).
struct ImapToken
{
    enum class Kind
    {
        Atom,   // also flags (\Seen), and fetch keys with a section such as BODY[HEADER]<0>
        Number, // digits only, fits 63 bits (mod-sequences are 63-bit, RFC 7162 §7)
        String, // quoted string, escapes removed
        Literal,
        Nil,
        List, // ( … )
    };

    Kind kind = Kind::Nil;
    QByteArray text; // Atom, String, Literal; the digits for Number
    quint64 number = 0;
    std::vector<ImapToken> children; // List

    bool isString() const { return kind == Kind::String || kind == Kind::Literal; }
    // atom, number, string or literal: the astring/nstring contents; NIL is not one.
    bool hasText() const { return kind != Kind::Nil && kind != Kind::List; }
};

} // namespace tsunagu
