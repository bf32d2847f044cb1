// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QFile>
#include <QString>

#include <memory>

namespace tsunagu {

enum class TraceFileError
{
    AlreadyTracing, // another TraceFile is open in this process
    Unwritable,     // the file could not be created or opened for writing; the detail says why
};

// The protocol trace a host asked for (tsunagu --trace FILE, or the window's settings): while it exists,
// tsunagu.trace is enabled and its lines go, with the time, into the file (started afresh, readable by the
// owner only) instead of to stderr. Every other message goes on to the handler that was there before.
//
// Qt has one message handler per process, so only one TraceFile can exist at a time: open() fails while another
// is open. It belongs to the composition root (main, or the window's settings), which keeps it as long as the
// trace should run.
class TraceFile
{
public:
    static Result<std::unique_ptr<TraceFile>, TraceFileError> open(const QString& path, const Clock& clock);
    ~TraceFile();
    TraceFile(const TraceFile&) = delete;
    TraceFile& operator=(const TraceFile&) = delete;

    QString path() const { return m_file.fileName(); }

private:
    TraceFile(const QString& path, const Clock& clock);
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);

    QFile m_file;
    const Clock& m_clock;
    QtMessageHandler m_previous = nullptr;
};

} // namespace tsunagu
