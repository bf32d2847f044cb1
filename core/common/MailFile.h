// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace tsunagu {

// Why a file given to import was not read.
enum class MailFileProblem
{
    None,
    Missing,        // nothing at that path
    CannotOpen,     // there, but not readable (permissions, a folder)
    NotRegularFile, // a FIFO, a device, a socket, a folder: reading it could hang or never end
    TooLarge,       // over the size cap: refused before a byte is read
    Empty,          // nothing (or only blank lines) in it
    NotMail,        // binary, or text without a mail header at its top
};

// A mail file read with its size known and bounded before any of it is read: an untrusted path can name
// /dev/zero, a FIFO or a file of gigabytes, and none of them may take the memory or the time of the program.
class MailFile
{
public:
    // 25 MB: the same cap a sync keeps of one mail (MailboxSync::Options::sizeCap).
    static constexpr qint64 s_defaultCap = 25 * 1024 * 1024;

    static Result<QByteArray, MailFileProblem> read(const QString& path, qint64 cap = s_defaultCap);
    // True when the bytes begin as a mail does (RFC 5322 §2.2: a header field, "Name: value"; or an mbox
    // "From " line) and hold no NUL byte in their first part.
    static bool looksLikeMail(const QByteArray& bytes);
};

} // namespace tsunagu
