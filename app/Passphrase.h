// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tsunagu::app {

// A passphrase for the commands: the first line of a file (--passphrase-file), or typed on the terminal without
// echo. Returned as UTF-8 bytes; the caller wipes them when done.
class Passphrase
{
    Q_DECLARE_TR_FUNCTIONS(Passphrase)

public:
    // Prints the reason and returns nothing when there is no passphrase to be had. `confirm` asks twice on the
    // terminal (for a new backup).
    static std::optional<QByteArray> obtain(const QString& file, bool confirm);
};

} // namespace tsunagu::app
