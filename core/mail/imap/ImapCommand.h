// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace tsunagu {

// An encoded command, ready for the wire. When it carries synchronising literals (RFC 3501 §4.3) it is sent in
// pieces: the first at once, each following one only after the server's "+" continuation. With LITERAL+
// (RFC 7888) it is one piece.
struct ImapCommand
{
    QByteArray tag;
    QByteArray name; // upper case, e.g. "UID FETCH"; the session refuses names it does not allow
    QList<QByteArray> pieces;
    // The command contains a secret (LOGIN, AUTHENTICATE): never show its bytes in logs or details.
    bool sensitive = false;

    QByteArray wire() const { return pieces.join(); }
};

} // namespace tsunagu
