// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of `tsunagu`: the commands. The window is a program of its own beside this one
// (tsunagu-window), started when no command is given or the command draws pages: so any other command never
// loads Qt Widgets and Gui, which were a third of the time of a `tsunagu sync` with nothing new.
#include "CommandLine.h"
#include "CommandMain.h"
#include "CommandTable.h"
#include "Console.h"
#include "text/UiLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

using namespace tsunagu;

namespace {

// Hands the whole command line to tsunagu-window: on Unix the window program takes this process's place (same
// process, terminal and exit status); elsewhere it runs to its end and its exit status is passed on.
int openWindow(int argc, char** argv, const QStringList& arguments)
{
    std::vector<char*> original(argv, argv + argc); // QCoreApplication may take options of its own out of argv
    original.push_back(nullptr);
    QCoreApplication application(argc, argv);
    const app::CommandLineOptions peeked = app::CommandLine::peek(arguments);
    const QString language = UiLanguage::resolve(peeked.language, app::savedLanguage(arguments));
    UiLanguage::install(application, language.isEmpty() ? QStringLiteral("en") : language);

    QString program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tsunagu-window"));
#ifdef Q_OS_WIN
    program += QStringLiteral(".exe");
#endif
    QString reason;
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(program);
    ::execv(path.constData(), original.data());
    reason = QString::fromLocal8Bit(std::strerror(errno)); // only reached when it could not be started
#else
    const int status = QProcess::execute(program, arguments.mid(1));
    if (status >= 0)
        return status;
    reason = QStringLiteral("QProcess %1").arg(status);
#endif
    app::Console::error(QCoreApplication::translate("main", "The window could not be opened: %1 (%2). Reinstall "
                                                            "Tsunagu; the commands work without it (tsunagu "
                                                            "--help).")
                            .arg(QDir::toNativeSeparators(program), reason));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // The window, and the commands that draw pages (they need Qt Gui), run in tsunagu-window.
    if (app::CommandLine::wantsWindow(arguments) ||
        app::CommandTable::drawsCommand(app::CommandLine::peek(arguments).command))
        return openWindow(argc, argv, arguments);
    return app::runCommandLine(argc, argv, arguments);
}
