// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/smtp/SmtpEncoder.h"

#include <QHostAddress>

#include <algorithm>

namespace tsunagu {

namespace {

constexpr qsizetype s_maxAddressLength = 254; // RFC 5321 §4.5.3.1.3: a path is 256 octets with its brackets
constexpr qsizetype s_maxDomainLength = 255;  // §4.5.3.1.2

bool isDomainCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('.');
}

} // namespace

bool SmtpEncoder::isValidAddress(const QString& address)
{
    if (address.isEmpty() || address.size() > s_maxAddressLength)
        return false;
    for (const QChar c : address) {
        // Printable ASCII only: no CR/LF (command injection), no controls, no space (ends the path), no '<' '>'
        // (would close the path early), nothing above 126.
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return false;
    }
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at > 0 && at < address.size() - 1;
}

bool SmtpEncoder::isValidEhloDomain(const QString& domain)
{
    if (domain.isEmpty() || domain.size() > s_maxDomainLength)
        return false;
    if (domain.startsWith(QLatin1Char('[')) && domain.endsWith(QLatin1Char(']'))) {
        // RFC 5321 §4.1.3: "[192.0.2.1]" or "[IPv6:2001:db8::1]".
        QString inner = domain.mid(1, domain.size() - 2);
        const bool v6 = inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive);
        if (v6)
            inner = inner.mid(5);
        const QHostAddress address(inner);
        if (address.isNull() || inner.contains(QLatin1Char('%')))
            return false;
        return v6 ? address.protocol() == QAbstractSocket::IPv6Protocol
                  : address.protocol() == QAbstractSocket::IPv4Protocol;
    }
    if (domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.')) ||
        domain.contains(QLatin1String("..")))
        return false;
    return std::all_of(domain.begin(), domain.end(), isDomainCharacter);
}

std::optional<QByteArray> SmtpEncoder::ehlo(const QString& domain)
{
    if (!isValidEhloDomain(domain))
        return std::nullopt;
    return QByteArrayLiteral("EHLO ") + domain.toLatin1() + "\r\n";
}

std::optional<QByteArray> SmtpEncoder::mailFrom(const QString& address, std::optional<qint64> size, bool eightBitMime)
{
    if (!isValidAddress(address) || (size && *size < 0))
        return std::nullopt;
    QByteArray command = QByteArrayLiteral("MAIL FROM:<") + address.toLatin1() + '>';
    if (size)
        command += " SIZE=" + QByteArray::number(*size);
    if (eightBitMime)
        command += " BODY=8BITMIME";
    return command + "\r\n";
}

std::optional<QByteArray> SmtpEncoder::rcptTo(const QString& address)
{
    if (!isValidAddress(address))
        return std::nullopt;
    return QByteArrayLiteral("RCPT TO:<") + address.toLatin1() + ">\r\n";
}

std::optional<QByteArray> SmtpEncoder::authPlain(const QString& user, const QString& password)
{
    const QByteArray userBytes = user.toUtf8();
    const QByteArray passwordBytes = password.toUtf8();
    if (userBytes.contains('\0') || passwordBytes.contains('\0'))
        return std::nullopt;
    // RFC 4616 §2: [authzid] NUL authcid NUL passwd; an empty authzid means "act as authcid".
    QByteArray response;
    response.reserve(userBytes.size() + passwordBytes.size() + 2);
    response += '\0';
    response += userBytes;
    response += '\0';
    response += passwordBytes;
    return QByteArrayLiteral("AUTH PLAIN ") + response.toBase64() + "\r\n";
}

QByteArray SmtpEncoder::loginResponse(const QString& credential)
{
    return credential.toUtf8().toBase64() + "\r\n";
}

QByteArray SmtpEncoder::normaliseLineEnds(const QByteArray& message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 32 + 2);
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < message.size() && message.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

QByteArray SmtpEncoder::dataBody(const QByteArray& message)
{
    const QByteArray normalised = normaliseLineEnds(message);
    QByteArray out;
    out.reserve(normalised.size() + normalised.size() / 64 + 8);
    bool lineStart = true;
    for (const char c : normalised) {
        // RFC 5321 §4.5.2: a line that starts with "." gets another one, so ".\r\n" inside never ends the data.
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = c == '\n';
    }
    out += ".\r\n";
    return out;
}

bool SmtpEncoder::needsEightBit(const QByteArray& message)
{
    return std::any_of(message.begin(), message.end(), [](char c) { return static_cast<unsigned char>(c) > 127; });
}

} // namespace tsunagu
