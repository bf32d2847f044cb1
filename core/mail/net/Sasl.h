// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/net/Endpoint.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace tsunagu {

// The SASL mechanisms Tsunagu logs in with, shared by IMAP (AUTHENTICATE, RFC 3501 §6.2.2) and SMTP (AUTH,
// RFC 4954), so the two can never disagree about which mechanism an account uses or what its bytes are.
enum class SaslMechanism
{
    Plain,       // RFC 4616: user name and password
    XOAuth2,     // Google's and Microsoft's bearer-token mechanism (the only one Outlook.com accepts)
    OAuthBearer, // RFC 7628: the standard one for a bearer token
};

namespace sasl {

// The name on the wire ("PLAIN", "XOAUTH2", "OAUTHBEARER").
QByteArray mechanismName(SaslMechanism mechanism);

// The mechanism for a bearer token among those the server offers (offered("XOAUTH2") says whether it does):
// OAUTHBEARER, the standard, when offered; else XOAUTH2; nothing when neither is.
std::optional<SaslMechanism> bearerMechanism(const std::function<bool(const QByteArray&)>& offered);

// The first client response, not yet base64: for XOAUTH2 "user=USER^Aauth=Bearer TOKEN^A^A"; for OAUTHBEARER
// (RFC 7628 §3.1) "n,a=USER,^Ahost=HOST^Aport=PORT^Aauth=Bearer TOKEN^A^A" (',' and '=' in the user escaped as
// RFC 5801 §5 asks). Nothing when the user or the token holds a character the mechanism cannot carry (a control
// character: NUL, ^A, CR, LF), so no line can be injected.
std::optional<QByteArray> bearerInitialResponse(SaslMechanism mechanism, const QString& user, const QString& token,
                                                const Endpoint& endpoint);

// What the client answers to the server's error challenge (RFC 7628 §3.2.3, and Google's XOAUTH2 description):
// a single ^A for OAUTHBEARER, an empty response for XOAUTH2; the server then ends the exchange with a failure.
QByteArray bearerErrorAcknowledgement(SaslMechanism mechanism);

// The server's error challenge (base64 of a JSON object: status, scope, openid-configuration, RFC 7628 §3.2.2)
// in words for an error detail: "the server refused the access token (status 401, scope …)". Never holds the
// token; an unreadable challenge is described as such.
QString describeBearerChallenge(const QByteArray& base64Challenge);

} // namespace sasl
} // namespace tsunagu
