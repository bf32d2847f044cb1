// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/LockHolder.h"

#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace tsunagu {

namespace {

constexpr const char* s_lockFile = "tsunagu.lock"; // Profile::s_lockFile
constexpr qint64 s_noteMaxBytes = 256;

QString notePath(const QString& directory)
{
    return QDir(directory).filePath(QLatin1String(LockHolder::s_noteFile));
}

} // namespace

LockHolder LockHolder::of(const QString& directory)
{
    LockHolder holder;
    QString program;
    QString host;
    if (!QLockFile(QDir(directory).filePath(QLatin1String(s_lockFile))).getLockInfo(&holder.pid, &host, &program))
        return {};
    QFile note(notePath(directory));
    if (note.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = note.read(s_noteMaxBytes).split('\n');
        if (lines.size() >= 2 && lines.at(0).toLongLong() == holder.pid) {
            const QString role = QString::fromUtf8(lines.at(1)).trimmed();
            if (role == QLatin1String(s_window)) {
                holder.kind = Kind::Window;
            } else if (!role.isEmpty()) {
                holder.kind = Kind::Command;
                holder.command = role;
            }
            if (holder.kind != Kind::Unknown)
                return holder;
        }
    }
    // No note to believe: the program's file name as QLockFile wrote it.
    const QString name = QFileInfo(program).completeBaseName();
    if (name == QLatin1String("tsunagu-window"))
        holder.kind = Kind::Window;
    else if (name == QLatin1String("tsunagu"))
        holder.kind = Kind::Command;
    return holder;
}

void LockHolder::writeNote(const QString& directory, const QString& role)
{
    const QString path = notePath(directory);
    QFile::remove(path);
    if (!PrivateFiles::createFile(path))
        return;
    QFile note(path);
    if (!note.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    note.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n' + role.left(64).toUtf8() + '\n');
}

void LockHolder::removeNote(const QString& directory)
{
    QFile::remove(notePath(directory));
}

} // namespace tsunagu
