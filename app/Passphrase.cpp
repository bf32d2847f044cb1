// SPDX-License-Identifier: GPL-3.0-or-later
#include "Passphrase.h"

#include "Console.h"
#include "text/BackupText.h"

#include <QDir>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace tsunagu::app {
namespace {

QByteArray firstLine(QByteArray text)
{
    const int end = text.indexOf('\n');
    if (end >= 0)
        text.truncate(end);
    while (text.endsWith('\r'))
        text.chop(1);
    return text;
}

// One line from the terminal with echo off; nothing when standard input is not a terminal.
std::optional<QByteArray> askTerminal(const QString& prompt)
{
#ifdef Q_OS_UNIX
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    return firstLine(line);
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

} // namespace

std::optional<QByteArray> Passphrase::obtain(const QString& file, bool confirm)
{
    QByteArray passphrase;
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            Console::error(
                tr("The passphrase file %1 cannot be read: %2").arg(QDir::toNativeSeparators(file), in.errorString()));
            return std::nullopt;
        }
        passphrase = firstLine(in.read(4096));
    } else {
        auto typed = askTerminal(tr("Passphrase: "));
        if (!typed) {
            Console::error(tr("No terminal to ask for the passphrase: give it with --passphrase-file FILE."));
            return std::nullopt;
        }
        passphrase = *typed;
        if (confirm && !passphrase.isEmpty()) {
            auto again = askTerminal(tr("The same passphrase again: "));
            if (!again || *again != passphrase) {
                Console::error(BackupText::passphrasesDiffer());
                return std::nullopt;
            }
        }
    }
    if (passphrase.isEmpty()) {
        Console::error(BackupText::passphraseEmpty());
        return std::nullopt;
    }
    return passphrase;
}

} // namespace tsunagu::app
