// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>

namespace tsunagu {

using RawHeaderList = QList<QPair<QByteArray, QByteArray>>;

// Every value of a header, in order, trimmed (header names compare case-insensitively, RFC 5322 §1.2.2).
// Read from MimeMessage::rawHeaders directly, so intake needs nothing but the parsed list.
QByteArrayList rawHeaderValues(const RawHeaderList& headers, const QByteArray& name);

} // namespace tsunagu
