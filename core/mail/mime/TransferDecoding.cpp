// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/TransferDecoding.h"

namespace tsunagu {

namespace {

// -1: not in the alphabet; -2: whitespace; -3: "=" (padding).
struct Base64Table
{
    signed char value[256];
    constexpr Base64Table()
        : value()
    {
        for (int i = 0; i < 256; ++i)
            value[i] = -1;
        const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i)
            value[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
        value[static_cast<unsigned char>(' ')] = -2;
        value[static_cast<unsigned char>('\t')] = -2;
        value[static_cast<unsigned char>('\r')] = -2;
        value[static_cast<unsigned char>('\n')] = -2;
        value[static_cast<unsigned char>('=')] = -3;
    }
};

constexpr Base64Table kBase64{};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10; // lower-case hex: RFC 2045 §6.7 forbids it, encoders write it anyway
    return -1;
}

bool isLineSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

TransferDecoding::Encoding TransferDecoding::fromHeader(const QByteArray& value, bool* unknown)
{
    const QByteArray name = value.trimmed().toLower();
    if (unknown)
        *unknown = false;
    if (name == "base64")
        return Encoding::Base64;
    if (name == "quoted-printable")
        return Encoding::QuotedPrintable;
    if (!name.isEmpty() && name != "7bit" && name != "8bit" && name != "binary" && unknown)
        *unknown = true;
    return Encoding::Identity;
}

QByteArray TransferDecoding::decode(Encoding encoding, const char* data, qsizetype size, Problems* problems)
{
    switch (encoding) {
    case Encoding::Base64:
        return decodeBase64(data, size, problems);
    case Encoding::QuotedPrintable:
        return decodeQuotedPrintable(data, size, problems);
    case Encoding::Identity:
        break;
    }
    return QByteArray(data, size);
}

qint64 TransferDecoding::decodedSize(Encoding encoding, const char* data, qsizetype size)
{
    if (encoding == Encoding::Base64) {
        // Same rules as decodeBase64: every "=" closes the current quantum.
        qint64 total = 0;
        int bits = 0;
        for (qsizetype i = 0; i < size; ++i) {
            const int v = kBase64.value[static_cast<unsigned char>(data[i])];
            if (v >= 0) {
                bits += 6;
                if (bits >= 8) {
                    ++total;
                    bits -= 8;
                }
            } else if (v == -3) {
                bits = 0;
            }
        }
        return total;
    }
    if (encoding == Encoding::QuotedPrintable)
        return decodeQuotedPrintable(data, size).size();
    return size;
}

QByteArray TransferDecoding::decodeBase64(const char* data, qsizetype size, Problems* problems)
{
    // Written through a pointer into a buffer of the largest possible size: appending byte by byte was a
    // measurable share of parsing a form mail.
    QByteArray out(size / 4 * 3 + 3, Qt::Uninitialized);
    char* const begin = out.data();
    char* write = begin;
    quint32 accumulator = 0;
    int bits = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    for (qsizetype i = 0; i < size; ++i) {
        // A whole quantum of four valid characters, the usual case: three bytes at once.
        if (bits == 0 && i + 4 <= size) {
            const int a = kBase64.value[bytes[i]];
            const int b = kBase64.value[bytes[i + 1]];
            const int c = kBase64.value[bytes[i + 2]];
            const int d = kBase64.value[bytes[i + 3]];
            if ((a | b | c | d) >= 0) {
                const quint32 quantum = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | quint32(d);
                write[0] = static_cast<char>(quantum >> 16);
                write[1] = static_cast<char>((quantum >> 8) & 0xFF);
                write[2] = static_cast<char>(quantum & 0xFF);
                write += 3;
                i += 3;
                continue;
            }
        }
        const int v = kBase64.value[bytes[i]];
        if (v >= 0) {
            accumulator = ((accumulator << 6) | quint32(v)) & 0xFFFFFF;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                *write++ = static_cast<char>((accumulator >> bits) & 0xFF);
            }
        } else if (v == -3) {
            // Padding ends a quantum. Some mailers concatenate separately encoded chunks, so reading goes on.
            bits = 0;
            accumulator = 0;
        } else if (v == -1 && problems) {
            ++problems->garbage;
        }
    }
    out.truncate(write - begin);
    return out;
}

QByteArray TransferDecoding::decodeQuotedPrintable(const char* data, qsizetype size, Problems* problems)
{
    QByteArray out;
    out.reserve(size);
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (c == '=') {
            if (i + 2 < size && hexValue(data[i + 1]) >= 0 && hexValue(data[i + 2]) >= 0) {
                out.append(static_cast<char>(hexValue(data[i + 1]) * 16 + hexValue(data[i + 2])));
                i += 3;
                continue;
            }
            // RFC 2045 §6.7 (5): soft line break, possibly with (illegal) trailing whitespace before it.
            qsizetype j = i + 1;
            while (j < size && isLineSpace(data[j]))
                ++j;
            if (j < size && data[j] == '\r' && j + 1 < size && data[j + 1] == '\n') {
                i = j + 2;
                continue;
            }
            if (j < size && data[j] == '\n') {
                i = j + 1;
                continue;
            }
            if (j == size) {
                i = j; // "=" at the very end: a soft break before the end of the part
                continue;
            }
            // Broken escape: kept literally (RFC 2045 §6.7 note, "robust implementation").
            if (problems)
                ++problems->brokenEscapes;
            out.append('=');
            ++i;
            continue;
        }
        if (isLineSpace(c)) {
            // RFC 2045 §6.7 (3): whitespace at the end of an encoded line was added in transport; drop it.
            qsizetype j = i;
            while (j < size && isLineSpace(data[j]))
                ++j;
            const bool lineEnd =
                j == size || data[j] == '\n' || (data[j] == '\r' && j + 1 < size && data[j + 1] == '\n');
            if (!lineEnd)
                out.append(data + i, j - i);
            i = j;
            continue;
        }
        out.append(c);
        ++i;
    }
    return out;
}

QByteArray TransferDecoding::decodeQ(const char* data, qsizetype size)
{
    QByteArray out;
    out.reserve(size);
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '_') {
            out.append(' ');
        } else if (c == '=' && i + 2 < size && hexValue(data[i + 1]) >= 0 && hexValue(data[i + 2]) >= 0) {
            out.append(static_cast<char>(hexValue(data[i + 1]) * 16 + hexValue(data[i + 2])));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray TransferDecoding::decodePercent(const char* data, qsizetype size)
{
    QByteArray out;
    out.reserve(size);
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '%' && i + 2 < size && hexValue(data[i + 1]) >= 0 && hexValue(data[i + 2]) >= 0) {
            out.append(static_cast<char>(hexValue(data[i + 1]) * 16 + hexValue(data[i + 2])));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace tsunagu
