// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/LogRing.h"

#include <QDateTime>
#include <QRegularExpression>

namespace tsunagu {
namespace {

QtMessageHandler s_previous = nullptr;
bool s_installed = false;
QMutex s_mutex;
QStringList s_lines;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

} // namespace

void LogRing::install()
{
    QMutexLocker lock(&s_mutex);
    if (s_installed)
        return;
    s_installed = true;
    s_previous = qInstallMessageHandler(&LogRing::handle);
}

QStringList LogRing::lines()
{
    QMutexLocker lock(&s_mutex);
    return s_lines;
}

QString LogRing::scrub(const QString& line)
{
    static const QRegularExpression address(QStringLiteral(R"([^\s<>"'@]+@[^\s<>"'@]+)"));
    static const QRegularExpression link(QStringLiteral(R"([a-zA-Z][a-zA-Z0-9+.-]*://\S+)"));
    static const QRegularExpression number(QStringLiteral(R"(\d[\d -]{4,}\d)"));
    QString out = line;
    out.replace(link, QStringLiteral("<link>"));
    out.replace(address, QStringLiteral("<address>"));
    out.replace(number, QStringLiteral("<number>"));
    return out;
}

void LogRing::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') +
                         QLatin1String(levelName(type)) + QLatin1Char(' ') + category + QLatin1String(": ") +
                         scrub(message);
    {
        QMutexLocker lock(&s_mutex);
        s_lines.append(line);
        while (s_lines.size() > s_capacity)
            s_lines.removeFirst();
    }
    // Qt hands back its default handler when none was installed before, so there is always one to pass on to.
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace tsunagu
