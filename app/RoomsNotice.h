// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace tsunagu::app {

class Session;

// `tsunagu rooms set CODE --chat-link URL --notify-bcc`: the applicants who were sent the old link are told of the
// new one in one mail, the room's account writing to itself with every holder only in the envelope (BCC). The
// SMTP password comes from the keychain (or a sign-in's token) or from standard input, as for `tsunagu reply`.
class RoomsNotice
{
    Q_DECLARE_TR_FUNCTIONS(RoomsNotice)

public:
    // Records the change, sends the notice and returns the exit code; if it cannot go, the holders get a draft
    // each instead, so nobody is forgotten.
    static int sendBcc(Session& session, qint64 roomId, const QVector<qint64>& holders,
                       const std::optional<QString>& password);
};

} // namespace tsunagu::app
