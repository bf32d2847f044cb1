// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/MailFileText.h"

namespace tsunagu {

QString MailFileText::problem(MailFileProblem problem, const QString& name, qint64 cap)
{
    const QString megabytes = QString::number(cap / (1024 * 1024));
    switch (problem) {
    case MailFileProblem::None:
        return {};
    case MailFileProblem::Missing:
        return tr("%1: there is no such file. Check the name and the folder.").arg(name);
    case MailFileProblem::CannotOpen:
        return tr("%1: the file cannot be read (it may be a folder, or you may not have permission to read it).")
            .arg(name);
    case MailFileProblem::NotRegularFile:
        return tr("%1: this is not a file but a device or a pipe, so it was not read. Save the mail as an .eml file "
                  "and import that.")
            .arg(name);
    case MailFileProblem::TooLarge:
        return tr("%1: the file is larger than %2 MB, too large to be one mail, so it was not read.")
            .arg(name, megabytes);
    case MailFileProblem::Empty:
        return tr("%1: the file is empty.").arg(name);
    case MailFileProblem::NotMail:
        return tr("%1: this is not a mail (an .eml file starts with header lines such as \"From:\"), so it was not "
                  "imported.")
            .arg(name);
    }
    return {};
}

} // namespace tsunagu
