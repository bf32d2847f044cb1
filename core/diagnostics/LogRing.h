// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QStringList>
#include <QtGlobal>

namespace tsunagu {

// The last log lines of this process, kept for a diagnostics export. Installed as Qt's message handler (the
// previous handler still gets every message); each kept line is scrubbed again of anything shaped like an address,
// a link or a long number, in case a message ever carried one.
class LogRing
{
public:
    static constexpr int s_capacity = 200;

    // Installs the ring for the life of the process (idempotent).
    static void install();
    // The kept lines, oldest first.
    static QStringList lines();
    // The scrubbing on its own, for tests.
    static QString scrub(const QString& line);

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);
};

} // namespace tsunagu
