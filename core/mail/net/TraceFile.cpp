// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/net/TraceFile.h"

#include "mail/net/NetLog.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>
#include <cstring>

namespace tsunagu {
namespace {

// Qt's message handler is a plain function: it finds the open trace here. Guarded because other categories may
// log from worker threads while the trace is opened or closed.
QMutex s_mutex;
TraceFile* s_active = nullptr;

// Rules given through setFilterRules() rank below QT_LOGGING_RULES, so a host's own rules still win.
const QString s_rule = QStringLiteral("tsunagu.trace.debug=true");

} // namespace

Result<std::unique_ptr<TraceFile>, TraceFileError> TraceFile::open(const QString& path, const Clock& clock)
{
    std::unique_ptr<TraceFile> trace(new TraceFile(path, clock));
    if (!trace->m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return Error<TraceFileError>{TraceFileError::Unwritable, trace->m_file.errorString()};
    trace->m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QMutexLocker lock(&s_mutex);
        if (s_active)
            return Error<TraceFileError>{TraceFileError::AlreadyTracing, s_active->path()};
        s_active = trace.get();
        trace->m_previous = qInstallMessageHandler(&TraceFile::handle);
    }
    QLoggingCategory::setFilterRules(s_rule);
    qCDebug(lcTrace, "-- trace started by Tsunagu %s; passwords, addresses and mail text are replaced",
            TSUNAGU_VERSION);
    return trace;
}

TraceFile::TraceFile(const QString& path, const Clock& clock)
    : m_file(path)
    , m_clock(clock)
{}

TraceFile::~TraceFile()
{
    QMutexLocker lock(&s_mutex);
    if (s_active != this)
        return;
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(m_previous);
    s_active = nullptr;
}

void TraceFile::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&s_mutex);
        if (!s_active)
            return;
        if (context.category && std::strcmp(context.category, "tsunagu.trace") == 0) {
            const QString time = s_active->m_clock.now().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
            s_active->m_file.write((time + QLatin1Char(' ') + message + QLatin1Char('\n')).toUtf8());
            s_active->m_file.flush();
            return;
        }
        previous = s_active->m_previous;
    }
    if (previous)
        previous(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, message)));
}

} // namespace tsunagu
