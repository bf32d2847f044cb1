// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tsunagu {

// How a mail connection is protected. Shared by IMAP and SMTP.
enum class SecurityMode
{
    ImplicitTls, // TLS from the first byte (IMAPS 993, SMTPS 465)
    StartTls,    // plain greeting, then a strict upgrade (RFC 3501 §6.2.1, RFC 3207); any failure stops
    PlainLocal,  // no TLS at all; allowed only towards 127.0.0.1, ::1 or localhost (a local bridge or test server)
};

// What the secret handed to a session is, and so how it logs in.
enum class MailAuth
{
    Password,    // AUTH PLAIN/LOGIN (IMAP: AUTHENTICATE PLAIN or LOGIN)
    BearerToken, // an OAuth 2.0 access token: OAUTHBEARER (RFC 7628) or XOAUTH2, whichever the server offers
};

// Where and how to connect. The password is never part of it: it is handed to the session for one login and
// not kept, so an Endpoint can be copied, logged and stored freely.
struct Endpoint
{
    QString host;
    quint16 port = 0;
    SecurityMode security = SecurityMode::ImplicitTls;
    QString userName;
    // Extra trusted CA certificates (PEM file) besides the system ones, e.g. a room's own small server.
    QString caFile;
    // SHA-256 of the leaf certificate's DER bytes (32 raw bytes) the host chose to trust; empty: no pin.
    QByteArray pinnedSha256;
    MailAuth auth = MailAuth::Password;
    // Connecting, and every wait for a server response, gives up after this long.
    int timeoutMs = 30000;
};

} // namespace tsunagu
