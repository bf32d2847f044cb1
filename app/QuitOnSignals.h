// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <thread>

namespace tsunagu::app {

// SIGTERM, SIGINT and SIGHUP end Tsunagu like a normal exit: the event loop is asked to quit with status 128 + the
// signal's number, so every destructor runs (the sync stops its worker, the database closes, the profile's lock
// goes). Without this the default action ended the process on the spot and left the lock behind for the next
// Tsunagu to find and take over.
//
// A signal handler may do almost nothing, so it only writes the signal's number into a pipe; a thread reads it and
// posts the quit to the application. If the process has not ended GraceMs later (the signal came while no event
// loop runs, or a second signal comes), the signal's default action ends it as before. Unix only; elsewhere this
// does nothing. One per process, made after the QCoreApplication and destroyed before it.
class QuitOnSignals
{
public:
    static constexpr int s_graceMs = 10000;

    QuitOnSignals();
    ~QuitOnSignals();

    QuitOnSignals(const QuitOnSignals&) = delete;
    QuitOnSignals& operator=(const QuitOnSignals&) = delete;

private:
    void watch();

    int m_read = -1;
    int m_write = -1;
    std::thread m_watcher;
};

} // namespace tsunagu::app
