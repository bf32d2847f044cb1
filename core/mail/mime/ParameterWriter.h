// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tsunagu {

// Content-Type / Content-Disposition parameters for outgoing parts (RFC 2045 §5.1, RFC 2231).
class ParameterWriter
{
public:
    // "; name=value", with a space after each ";" for HeaderWriter::field to fold at. The value is a token when
    // it is one, a quoted string when it is short printable ASCII, else RFC 2231 "name*=UTF-8''%E4%BC%9A…"
    // (continued as name*0*, name*1*, … so each piece fits a line; a piece never ends inside a character).
    static QByteArray parameter(const QByteArray& name, const QString& value);

    // RFC 2045 §5.1 token: printable ASCII without spaces and tspecials.
    static bool isToken(const QByteArray& text);
};

} // namespace tsunagu
