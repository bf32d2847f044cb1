// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/MailFile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace tsunagu {

Result<QByteArray, MailFileProblem> MailFile::read(const QString& path, qint64 cap)
{
    using Failure = Error<MailFileProblem>;
    qint64 size = 0;
#ifdef Q_OS_UNIX
    // stat() says what the path is without opening it: opening a FIFO for reading waits for a writer.
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return Failure{MailFileProblem::Missing, path};
    if (!S_ISREG(info.st_mode))
        return Failure{S_ISDIR(info.st_mode) ? MailFileProblem::CannotOpen : MailFileProblem::NotRegularFile, path};
    size = qint64(info.st_size);
#else
    const QFileInfo info(path);
    if (!info.exists())
        return Failure{MailFileProblem::Missing, path};
    if (!info.isFile() || info.isDir())
        return Failure{MailFileProblem::NotRegularFile, path};
    size = info.size();
#endif
    if (size > cap)
        return Failure{MailFileProblem::TooLarge, QString::number(size)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{MailFileProblem::CannotOpen, file.errorString()};
    // At most one byte over the cap: a file that grew since stat() is still caught without reading it all.
    const QByteArray bytes = file.read(cap + 1);
    if (bytes.size() > cap)
        return Failure{MailFileProblem::TooLarge, QString::number(bytes.size())};
    if (bytes.trimmed().isEmpty())
        return Failure{MailFileProblem::Empty, path};
    if (!looksLikeMail(bytes))
        return Failure{MailFileProblem::NotMail, path};
    return bytes;
}

bool MailFile::looksLikeMail(const QByteArray& bytes)
{
    // Binary files (images, archives, executables) have NUL bytes early; mail never does (RFC 5322 §2.3 and
    // 8BITMIME alike exclude NUL).
    if (bytes.left(64 * 1024).contains('\0'))
        return false;
    int start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) // a byte-order mark some Windows programs write before the header
        start = 3;
    while (start < bytes.size() && (bytes.at(start) == '\r' || bytes.at(start) == '\n'))
        ++start;
    if (bytes.mid(start, 5) == "From ")
        return true;
    // RFC 5322 §2.2: a field name is printable US-ASCII except colon, then the colon.
    int i = start;
    while (i < bytes.size()) {
        const char c = bytes.at(i);
        if (c == ':')
            return i > start;
        if (c < 33 || c > 126)
            return false;
        ++i;
    }
    return false;
}

} // namespace tsunagu
