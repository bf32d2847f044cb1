// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace tsunagu::app {
namespace {

void write(std::FILE* stream, const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::out(const QString& text)
{
    write(stdout, text);
}

void Console::stream(const QByteArray& utf8)
{
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stdout);
}

void Console::flushOut()
{
    std::fflush(stdout);
}

void Console::error(const QString& text)
{
    write(stderr, text);
}

std::optional<int> Console::parseCommand(QCommandLineParser& parser, const QStringList& arguments)
{
    // QCommandLineParser expects the program name first; the command's name stands in for it in messages.
    if (!parser.parse(QStringList{QStringLiteral("tsunagu ") + arguments.value(0)} + arguments.mid(1))) {
        error(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    return std::nullopt;
}

std::optional<QString> Console::readSecretLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line);
}

bool Console::interactive()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

bool Console::confirmed()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return false;
    const QString answer = QString::fromUtf8(in.readLine()).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == QStringLiteral("はい");
}

} // namespace tsunagu::app
