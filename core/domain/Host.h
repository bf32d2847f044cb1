// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tsunagu {

struct Host
{
    qint64 id = 0;
    QString displayName; // often a handle
    QString signature;
    QStringList roomCodes; // rooms this host serves
};

} // namespace tsunagu
