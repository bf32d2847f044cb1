// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/ParameterWriter.h"

#include <QVector>

namespace tsunagu {

namespace {

// Percent-encoded text per RFC 2231 piece: with "filename*12*=" in front it stays well within a line.
constexpr qsizetype kPieceLength = 48;
// A quoted string longer than this goes the RFC 2231 way, which can be continued over lines.
constexpr qsizetype kMaxQuoted = 60;

bool isTspecial(char c)
{
    return QByteArrayView("()<>@,;:\\\"/[]?=").contains(c);
}

bool isTokenChar(char c)
{
    return c > 0x20 && c < 0x7F && !isTspecial(c);
}

// RFC 2231 §7 attribute-char: token characters other than "*", "'" and "%".
bool isAttributeChar(char c)
{
    return isTokenChar(c) && c != '*' && c != '\'' && c != '%';
}

// Each character of the text percent-encoded on its own, so pieces can be cut between characters.
QVector<QByteArray> percentEncodedCharacters(const QString& text)
{
    static const char hex[] = "0123456789ABCDEF";
    QVector<QByteArray> characters;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = QStringView(text).mid(i, length).toUtf8();
        i += length;
        QByteArray encoded;
        for (char c : bytes) {
            if (isAttributeChar(c)) {
                encoded.append(c);
            } else {
                const auto u = static_cast<unsigned char>(c);
                encoded.append('%').append(hex[u >> 4]).append(hex[u & 0x0F]);
            }
        }
        characters.append(encoded);
    }
    return characters;
}

} // namespace

bool ParameterWriter::isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

QByteArray ParameterWriter::parameter(const QByteArray& name, const QString& value)
{
    bool printable = !value.isEmpty();
    for (QChar c : value)
        printable = printable && c.unicode() >= 0x20 && c.unicode() < 0x7F;
    // Our reader (and others) decode RFC 2047 words inside quoted values, so "=?" goes the RFC 2231 way too.
    if (printable && value.size() <= kMaxQuoted && !value.contains(QLatin1String("=?"))) {
        const QByteArray ascii = value.toLatin1();
        if (isToken(ascii))
            return "; " + name + '=' + ascii;
        QByteArray quoted("\"");
        for (char c : ascii) {
            if (c == '"' || c == '\\')
                quoted.append('\\');
            quoted.append(c);
        }
        return "; " + name + '=' + quoted + '"';
    }

    QVector<QByteArray> pieces(1, QByteArray("UTF-8''"));
    for (const QByteArray& character : percentEncodedCharacters(value)) {
        if (pieces.last().size() + character.size() > kPieceLength)
            pieces.append(QByteArray());
        pieces.last().append(character);
    }
    if (pieces.size() == 1)
        return "; " + name + "*=" + pieces.first();
    QByteArray out;
    for (qsizetype i = 0; i < pieces.size(); ++i)
        out.append("; ").append(name).append('*').append(QByteArray::number(i)).append("*=").append(pieces.at(i));
    return out;
}

} // namespace tsunagu
