// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace tsunagu {

// RFC 7636 Proof Key for Code Exchange with S256: the verifier stays in this process, only its SHA-256 goes out
// with the browser, so a code caught by another program on the computer is useless without it.
struct Pkce
{
    QByteArray verifier;  // 43 characters of base64url from 32 random bytes (RFC 7636 §4.1)
    QByteArray challenge; // BASE64URL(SHA256(verifier)) without padding (§4.2)

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray& verifier);
};

// A fresh unguessable value of 32 random bytes in base64url, for the state parameter (RFC 6749 §10.12).
QByteArray randomUrlSafeToken();

} // namespace tsunagu
