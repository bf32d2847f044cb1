// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu {

// Who has a profile open, so that a second Tsunagu can say so in plain words ("the window (process 1234)", "the
// command tsunagu sync (process 1234)") instead of only "locked".
//
// QLockFile records the process id and the program's file name, which tells the window (tsunagu-window) from a
// command (tsunagu) but not which command. So the process that takes the lock leaves a note beside it naming what it
// is, and removes the note before it lets go. A note whose process id is not the lock's (left by a crash) is not
// believed.
struct LockHolder
{
    enum class Kind
    {
        Unknown, // the lock could not be read, or another program holds it
        Window,
        Command,
    };

    static constexpr const char* s_noteFile = "tsunagu.lock-holder";
    // What the window writes as its role; a command writes its name ("sync").
    static constexpr const char* s_window = "window";

    Kind kind = Kind::Unknown;
    qint64 pid = 0;
    QString command; // with Kind::Command: the command's name, empty when not known

    // Reads the lock and the note of the profile folder `directory` (nothing when it is not locked).
    static LockHolder of(const QString& directory);
    // Leaves the note for this process; `role` is s_window or the command's name. Best effort: without the note,
    // the lock alone still tells window from command.
    static void writeNote(const QString& directory, const QString& role);
    static void removeNote(const QString& directory);
};

} // namespace tsunagu
