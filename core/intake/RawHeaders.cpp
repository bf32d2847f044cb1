// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/RawHeaders.h"

namespace tsunagu {

QByteArrayList rawHeaderValues(const RawHeaderList& headers, const QByteArray& name)
{
    QByteArrayList values;
    for (const auto& [headerName, value] : headers) {
        if (headerName.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            values << value.trimmed();
    }
    return values;
}

} // namespace tsunagu
