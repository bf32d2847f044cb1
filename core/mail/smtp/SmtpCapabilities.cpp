// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/smtp/SmtpCapabilities.h"

namespace tsunagu {

SmtpCapabilities SmtpCapabilities::fromEhlo(const SmtpReply& reply)
{
    SmtpCapabilities capabilities;
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QList<QByteArray> words = reply.lines.at(i).simplified().split(' ');
        if (words.isEmpty() || words.first().isEmpty())
            continue;
        QByteArray keyword = words.first().toUpper();
        QList<QByteArray> parameters = words.mid(1);
        // Some old servers (Exchange among them) also announce "AUTH=LOGIN PLAIN", the draft form of RFC 4954.
        if (keyword.startsWith("AUTH=")) {
            parameters.prepend(keyword.mid(5));
            keyword = "AUTH";
        }
        if (keyword == "AUTH") {
            for (const QByteArray& mechanism : std::as_const(parameters)) {
                if (!mechanism.isEmpty() && !capabilities.m_authMechanisms.contains(mechanism.toUpper()))
                    capabilities.m_authMechanisms.append(mechanism.toUpper());
            }
        }
        if (keyword == "SIZE" && !parameters.isEmpty()) {
            bool ok = false;
            const qint64 limit = parameters.first().toLongLong(&ok);
            if (ok && limit > 0)
                capabilities.m_sizeLimit = limit;
        }
        capabilities.m_keywords[keyword] += parameters;
    }
    return capabilities;
}

} // namespace tsunagu
