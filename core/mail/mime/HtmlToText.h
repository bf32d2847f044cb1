// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tsunagu {

// Turns an HTML mail body into plain text a host can read: tags stripped, script/style/head dropped, block
// elements and <br> as line breaks, list items with a dash, entities (named and numeric) decoded, link targets
// kept after their text, blank lines collapsed. Never renders, fetches or runs anything. Linear in the input.
class HtmlToText
{
public:
    static QString convert(const QString& html);

    // The charset a <meta> element names in the first bytes of an HTML part ("charset=Shift_JIS"), or empty.
    static QByteArray metaCharset(const QByteArray& html);
};

} // namespace tsunagu
