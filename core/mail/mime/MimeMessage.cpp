// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/MimeMessage.h"

#include "mail/mime/EncodedWords.h"
#include "mail/mime/HeaderParser.h"

namespace tsunagu {

QString MimeMessage::header(const QByteArray& name) const
{
    const QByteArray value = rawHeader(name);
    if (value.isNull())
        return QString();
    return EncodedWords::decode(value).trimmed();
}

QByteArray MimeMessage::rawHeader(const QByteArray& name) const
{
    return HeaderParser::value(rawHeaders, name.constData());
}

} // namespace tsunagu
