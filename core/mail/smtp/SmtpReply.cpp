// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/smtp/SmtpReply.h"

namespace tsunagu {

QString SmtpReply::text(int maxChars) const
{
    QString joined;
    for (const QByteArray& raw : lines) {
        QByteArray line = raw;
        // RFC 2034 §4: with ENHANCEDSTATUSCODES every line may start with the code; it is reported on its own.
        if (!enhancedStatus.isEmpty() && line.startsWith(enhancedStatus.toLatin1())) {
            const qsizetype after = enhancedStatus.size();
            if (line.size() == after || line.at(after) == ' ')
                line = line.mid(after + 1);
        }
        QString decoded = QString::fromUtf8(line.trimmed());
        for (QChar& c : decoded) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                c = QLatin1Char('?');
        }
        if (decoded.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined += QStringLiteral(" / ");
        joined += decoded;
    }
    if (maxChars >= 0 && joined.size() > maxChars)
        joined = joined.left(maxChars) + QChar(0x2026);
    return joined;
}

} // namespace tsunagu
