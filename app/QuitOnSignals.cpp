// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuitOnSignals.h"

#include <QCoreApplication>
#include <QMetaObject>

#ifdef Q_OS_UNIX
#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#endif

namespace tsunagu::app {

#ifdef Q_OS_UNIX
namespace {

constexpr std::array<int, 3> s_signals{SIGTERM, SIGINT, SIGHUP};
// The pipe's writing end, for the handler (a handler gets no context of its own).
volatile sig_atomic_t s_pipe = -1;

void onSignal(int signal)
{
    const int saved = errno;
    const unsigned char number = static_cast<unsigned char>(signal);
    if (s_pipe >= 0)
        (void)!::write(s_pipe, &number, 1);
    errno = saved;
}

// Waits for one byte; -1 when the pipe is closed or `timeoutMs` (>= 0) passed.
int readByte(int fd, int timeoutMs)
{
    pollfd polled{fd, POLLIN, 0};
    for (;;) {
        const int ready = ::poll(&polled, 1, timeoutMs);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return -1;
        unsigned char byte = 0;
        const ssize_t got = ::read(fd, &byte, 1);
        if (got < 0 && errno == EINTR)
            continue;
        return got == 1 ? byte : -1;
    }
}

} // namespace

QuitOnSignals::QuitOnSignals()
{
    int ends[2];
    if (::pipe(ends) != 0)
        return;
    m_read = ends[0];
    m_write = ends[1];
    for (const int fd : ends)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);  // not inherited by programs Tsunagu starts
    ::fcntl(m_write, F_SETFL, O_NONBLOCK); // a handler never waits on a full pipe
    s_pipe = m_write;
    m_watcher = std::thread([this] { watch(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : s_signals)
        ::sigaction(signal, &action, nullptr);
}

QuitOnSignals::~QuitOnSignals()
{
    if (m_write < 0)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int signal : s_signals)
        ::sigaction(signal, &action, nullptr);
    s_pipe = -1;
    const unsigned char stop = 0;
    (void)!::write(m_write, &stop, 1);
    if (m_watcher.joinable())
        m_watcher.join();
    ::close(m_read);
    ::close(m_write);
}

void QuitOnSignals::watch()
{
    const int signal = readByte(m_read, -1);
    if (signal <= 0)
        return; // stopped: the process ends normally
    if (QCoreApplication* application = QCoreApplication::instance()) {
        QMetaObject::invokeMethod(
            application, [signal] { QCoreApplication::exit(128 + signal); }, Qt::QueuedConnection);
    }
    // Stopped in time, or not: then (or at a second signal) the signal's own action ends the process.
    if (readByte(m_read, s_graceMs) == 0)
        return;
    ::signal(signal, SIG_DFL);
    ::kill(::getpid(), signal);
}

#else

QuitOnSignals::QuitOnSignals() = default;
QuitOnSignals::~QuitOnSignals() = default;
void QuitOnSignals::watch() {}

#endif

} // namespace tsunagu::app
