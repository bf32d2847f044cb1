// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/MimeMessage.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

namespace tsunagu {

// A structured MIME field with parameters: Content-Type (RFC 2045 §5.1) or Content-Disposition (RFC 2183).
struct ParameterizedField
{
    QByteArray value;                            // lower-case, whitespace removed: "text/plain", "attachment"
    QHash<QByteArray, QString> parameters;       // lower-case names, decoded values
    QHash<QByteArray, QByteArray> rawParameters; // plain values as written, quotes removed (boundary)

    QString parameter(const char* name) const { return parameters.value(QByteArray(name)); }
};

// Parses a parameterized field: RFC 2231 continuations (name*0, name*1*) and charset'language'%XX values, and
// the RFC 2047 encoded-words and raw 8-bit bytes that real mail puts in quoted values instead.
class Rfc2231
{
public:
    static ParameterizedField parse(const QByteArray& raw, QVector<DecodingNote>* notes = nullptr,
                                    const QString& where = QString());
};

} // namespace tsunagu
