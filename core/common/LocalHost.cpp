// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LocalHost.h"

namespace tsunagu {

bool isLocalHost(const QString& host)
{
    QString name = host.trimmed().toLower();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    return name == QLatin1String("localhost") || name == QLatin1String("127.0.0.1") || name == QLatin1String("::1");
}

} // namespace tsunagu
