// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace tsunagu::app {

// A mail server as the host writes it on the command line: SCHEME://USER@HOST[:PORT].
struct ServerUrl
{
    bool implicitTls = true; // the encrypted scheme (imaps, smtps), not the plain one (imap, smtp)
    QString user;
    QString host;
    int port = 0;

    // Reads `text` written with either scheme; a missing port is the scheme's usual one. The user may contain '@'
    // (a mail address), so the host starts after the last '@'; IPv6 hosts are in brackets. Nothing when it is not
    // such an address.
    static std::optional<ServerUrl> parse(const QString& text, const QString& secureScheme, int securePort,
                                          const QString& plainScheme, int plainPort);
};

} // namespace tsunagu::app
