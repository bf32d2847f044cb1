// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace tsunagu {

using HeaderFields = QList<QPair<QByteArray, QByteArray>>;

// Splits a header section into unfolded fields (RFC 5322 §2.2, §2.2.3) and finds where the body begins.
// Bytes are kept as they came, 8-bit included. Linear in the size of the section.
class HeaderParser
{
public:
    struct Section
    {
        HeaderFields fields;
        qsizetype bodyBegin = 0; // first byte of the body (== end when there is none)
        qsizetype dropped = 0;   // fields over the cap, read past but not kept
        bool blankLine = false;  // the section ended with an empty line, as RFC 5322 §2.1 wants
    };

    // Reads data[begin, end). At most maxFields fields are kept.
    static Section parse(const QByteArray& data, qsizetype begin, qsizetype end, int maxFields);

    // The first field of that name (case-insensitive), or a null QByteArray.
    static QByteArray value(const HeaderFields& fields, const char* name);
};

} // namespace tsunagu
