// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace tsunagu::app {

// Text to the terminal in UTF-8, whatever the console's locale.
class Console
{
public:
    static void out(const QString& text);
    static void error(const QString& text);
    // Part of a long output, written as it is made (buffered, no line end added), so that a list of any length
    // needs no more memory than one of its entries; flushOut() at the end.
    static void stream(const QByteArray& utf8);
    static void flushOut();
    // The first line of standard input without its line end, for --password-stdin; nothing when it is empty.
    static std::optional<QString> readSecretLine();
    // Whether standard input is a terminal: a person there can be asked to confirm; a script or a pipe cannot,
    // and must say --yes.
    static bool interactive();
    // Reads one answer from standard input: y, yes or はい (any case) confirm, anything else does not.
    static bool confirmed();

    // Parses a sub-command's own arguments (`arguments` starts with the command's name). Returns the exit code
    // when the command is already done (help printed: 0; usage error printed: 2), nothing when it should run.
    static std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments);
};

} // namespace tsunagu::app
