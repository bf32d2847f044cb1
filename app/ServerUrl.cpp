// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerUrl.h"

#include <QUrl>

namespace tsunagu::app {

std::optional<ServerUrl> ServerUrl::parse(const QString& text, const QString& secureScheme, int securePort,
                                          const QString& plainScheme, int plainPort)
{
    ServerUrl url;
    QString rest;
    const QString secure = secureScheme + QLatin1String("://");
    const QString plain = plainScheme + QLatin1String("://");
    if (text.startsWith(secure, Qt::CaseInsensitive)) {
        rest = text.mid(secure.size());
    } else if (text.startsWith(plain, Qt::CaseInsensitive)) {
        url.implicitTls = false;
        rest = text.mid(plain.size());
    } else {
        return std::nullopt;
    }
    while (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        url.user = QUrl::fromPercentEncoding(rest.left(at).toUtf8());
        rest = rest.mid(at + 1);
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        url.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty())
            return std::nullopt;
    } else {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        url.host = colon < 0 ? rest : rest.left(colon);
        if (colon >= 0)
            portText = rest.mid(colon + 1);
    }
    if (url.host.isEmpty() || url.host.contains(QLatin1Char('/')))
        return std::nullopt;
    if (portText.isEmpty()) {
        url.port = url.implicitTls ? securePort : plainPort;
    } else {
        bool ok = false;
        url.port = portText.toInt(&ok);
        if (!ok || url.port < 1 || url.port > 65535)
            return std::nullopt;
    }
    return url;
}

} // namespace tsunagu::app
