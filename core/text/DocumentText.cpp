// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/DocumentText.h"

#include <QDir>

namespace tsunagu {

QString DocumentText::failure(DocumentError error, const QString& path, const QString& detail)
{
    const QString file = QDir::toNativeSeparators(path);
    QString text;
    switch (error) {
    case DocumentError::CannotCreate:
        text = tr("%1 cannot be created. Check that the folder exists and that you may write in it.").arg(file);
        break;
    case DocumentError::DiskFull:
        text = tr("The disk is full, so %1 was not written (an older file of that name is unchanged). Free some "
                  "space and try again.")
                   .arg(file);
        break;
    case DocumentError::WriteFailed:
        text = tr("%1 could not be written (an older file of that name is unchanged).").arg(file);
        break;
    case DocumentError::NoJapaneseFont:
        text = tr("No Japanese font is installed, so the document would print as empty boxes. Install the Noto "
                  "Sans CJK fonts (Debian: fonts-noto-cjk) and try again.");
        break;
    case DocumentError::NothingToWrite:
        text = tr("There is nothing to put in %1 for this choice, so no file was written.").arg(file);
        break;
    case DocumentError::LayoutTooLarge:
        text = tr("The content does not fit on the page even at the smallest readable size. Shorten the text or "
                  "choose fewer items, or a larger paper size.");
        break;
    }
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + tr("Details: %1").arg(detail);
    return text;
}

} // namespace tsunagu
