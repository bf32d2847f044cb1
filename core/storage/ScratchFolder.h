// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tsunagu {

// A private working folder beside the store, "<prefix>-XXXXXX" (the snapshot a backup encrypts, a restore being
// staged). It holds a whole copy of the store, plain text in a plain profile, so it must not outlive its work: it
// is removed when the object goes, and a lock file inside names the process using it, so that a folder left by a
// crash or a power cut is recognised (its process is gone) and removed the next time the profile opens or a
// backup starts.
class ScratchFolder
{
public:
    static constexpr const char* s_lockName = "in-use.lock";

    // Creates the folder, owner-only, and locks it.
    ScratchFolder(const QString& directory, const QString& prefix);
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    bool isValid() const { return m_lock != nullptr; }
    QString errorString() const { return m_error; }
    QString path() const { return m_folder.path(); }
    QString filePath(const QString& name) const { return m_folder.filePath(name); }

    // Removes the folders "<prefix>-XXXXXX" (six letters or digits) in `directory` that no running process uses:
    // their lock names a process that is gone, or they have no lock and were last changed more than ten minutes ago
    // (left by a version without the lock). Nothing else is touched. Returns how many folders were removed. Only for
    // folders that are never kept on purpose: a restore that cannot put the replaced store back leaves it in its
    // staging folder for the host, so "restore" folders are not swept.
    static int removeStale(const QString& directory, const QString& prefix = QStringLiteral("backup"));

private:
    QTemporaryDir m_folder;
    std::unique_ptr<QLockFile> m_lock; // released before the folder is removed (members end in reverse order)
    QString m_error;
};

} // namespace tsunagu
