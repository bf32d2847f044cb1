// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/HeaderParser.h"

#include <cstring>

namespace tsunagu {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 5322 §3.6.8: field names are printable US-ASCII except ":".
bool isFieldName(const char* data, qsizetype size)
{
    if (size <= 0)
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c < 33 || c > 126)
            return false;
    }
    return true;
}

QByteArray trimmedValue(const char* data, qsizetype size)
{
    qsizetype from = 0;
    qsizetype to = size;
    while (from < to && (isWsp(data[from]) || data[from] == '\r' || data[from] == '\n'))
        ++from;
    while (to > from && (isWsp(data[to - 1]) || data[to - 1] == '\r' || data[to - 1] == '\n'))
        --to;
    return QByteArray(data + from, to - from);
}

} // namespace

HeaderParser::Section HeaderParser::parse(const QByteArray& data, qsizetype begin, qsizetype end, int maxFields)
{
    Section section;
    const char* bytes = data.constData();
    qsizetype pos = begin;
    bool haveField = false;
    bool keepField = false;
    QByteArray name;
    QByteArray value;

    auto finish = [&]() {
        if (haveField && keepField)
            section.fields.append(qMakePair(name, trimmedValue(value.constData(), value.size())));
        haveField = false;
        name.clear();
        value.clear();
    };

    bool firstLine = true;
    while (pos < end) {
        const void* found = std::memchr(bytes + pos, '\n', std::size_t(end - pos));
        const qsizetype lineEnd = found ? static_cast<const char*>(found) - bytes : end; // index of '\n' or end
        const qsizetype next = found ? lineEnd + 1 : end;
        qsizetype contentEnd = lineEnd;
        if (contentEnd > pos && bytes[contentEnd - 1] == '\r')
            --contentEnd;
        const char* line = bytes + pos;
        const qsizetype length = contentEnd - pos;

        bool onlySpace = true;
        for (qsizetype i = 0; i < length && onlySpace; ++i)
            onlySpace = isWsp(line[i]);
        if (onlySpace) {
            // An empty (or whitespace-only) line ends the section (RFC 5322 §2.1).
            finish();
            section.bodyBegin = next;
            section.blankLine = true;
            return section;
        }
        if (isWsp(line[0])) {
            // RFC 5322 §2.2.3: unfolding removes the line break, the whitespace stays.
            if (haveField && keepField)
                value.append(line, length);
            pos = next;
            firstLine = false;
            continue;
        }
        if (firstLine && length >= 5 && std::memcmp(line, "From ", 5) == 0) {
            pos = next; // mbox "From " separator
            firstLine = false;
            continue;
        }
        firstLine = false;
        const void* colon = std::memchr(line, ':', std::size_t(length));
        qsizetype nameEnd = colon ? static_cast<const char*>(colon) - line : -1;
        qsizetype nameLength = nameEnd;
        while (nameLength > 0 && isWsp(line[nameLength - 1]))
            --nameLength; // RFC 5322 §4.5: obsolete whitespace before the colon
        if (nameEnd < 0 || !isFieldName(line, nameLength)) {
            // Not a header line: the body started without the empty line. Nothing is lost that way.
            finish();
            section.bodyBegin = pos;
            return section;
        }
        finish();
        haveField = true;
        keepField = section.fields.size() < maxFields;
        if (keepField) {
            name = QByteArray(line, nameLength);
            value = QByteArray(line + nameEnd + 1, length - nameEnd - 1);
        } else {
            ++section.dropped;
        }
        pos = next;
    }
    finish();
    section.bodyBegin = end;
    return section;
}

QByteArray HeaderParser::value(const HeaderFields& fields, const char* name)
{
    for (const auto& field : fields) {
        if (qstricmp(field.first.constData(), name) == 0)
            return field.second.isNull() ? QByteArray("") : field.second;
    }
    return {};
}

} // namespace tsunagu
