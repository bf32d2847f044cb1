// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeTestSupport.h"

#include <QFile>

namespace tsunagu::test {

QString mailCorpusDir()
{
    return QStringLiteral(TSUNAGU_MAIL_CORPUS);
}

QByteArray readMailFile(const QString& name)
{
    QFile file(mailCorpusDir() + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

std::string describeNotes(const MimeMessage& message)
{
    std::string out;
    for (const DecodingNote& note : message.notes)
        out += note.where.toStdString() + ": " + note.what.toStdString() + "\n";
    return out.empty() ? std::string("(no notes)") : out;
}

} // namespace tsunagu::test
