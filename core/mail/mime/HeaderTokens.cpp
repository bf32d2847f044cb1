// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/HeaderTokens.h"

#include "mail/mime/CharsetDecoder.h"

namespace tsunagu {

namespace {

bool isShiftJisLead(unsigned char c)
{
    return (c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC);
}

} // namespace

qsizetype HeaderTokens::readQuoted(const char* data, qsizetype size, qsizetype at, bool shiftJisAware,
                                   QByteArray* content)
{
    qsizetype i = at + 1;
    while (i < size) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (shiftJisAware && isShiftJisLead(c) && i + 1 < size) {
            content->append(data + i, 2);
            i += 2;
            continue;
        }
        if (c == '"')
            return i + 1;
        if (c == '\\' && i + 1 < size) {
            content->append(data[i + 1]);
            i += 2;
            continue;
        }
        if (c != '\r' && c != '\n')
            content->append(static_cast<char>(c));
        ++i;
    }
    return size;
}

qsizetype HeaderTokens::skipComment(const char* data, qsizetype size, qsizetype at, QByteArray* text)
{
    int depth = 0;
    qsizetype i = at;
    while (i < size) {
        const char c = data[i];
        if (c == '\\' && i + 1 < size) {
            if (text)
                text->append(data[i + 1]);
            i += 2;
            continue;
        }
        if (c == '(') {
            if (depth > 0 && text)
                text->append(c);
            ++depth;
        } else if (c == ')') {
            if (--depth == 0)
                return i + 1;
            if (text)
                text->append(c);
        } else if (text) {
            text->append(c);
        }
        ++i;
    }
    return size;
}

bool HeaderTokens::mayBeShiftJis(const char* data, qsizetype size)
{
    return CharsetDecoder::hasEightBit(data, size) && !CharsetDecoder::isValidUtf8(data, size);
}

} // namespace tsunagu
