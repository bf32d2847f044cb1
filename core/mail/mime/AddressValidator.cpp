// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/AddressValidator.h"

#include <QStringList>

namespace tsunagu {

namespace {

constexpr qsizetype kMaxLocalPart = 64; // RFC 5321 §4.5.3.1.1
constexpr qsizetype kMaxDomain = 253;   // RFC 1035 §2.3.4, without the final dot
constexpr qsizetype kMaxLabel = 63;

bool isAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// RFC 5322 §3.2.3 atext, plus "." (dot-atom without the rules on where dots go).
bool isLocalChar(char16_t c)
{
    static const QString others = QStringLiteral("!#$%&'*+-/=?^_`{|}~.");
    return isAlnum(c) || others.contains(QChar(c));
}

} // namespace

bool AddressValidator::isValidAddress(const QString& address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || address.indexOf(QLatin1Char('@'), at + 1) >= 0 || at > kMaxLocalPart)
        return false;
    for (qsizetype i = 0; i < at; ++i) {
        if (!isLocalChar(address.at(i).unicode()))
            return false;
    }
    return isValidDomain(address.mid(at + 1));
}

bool AddressValidator::isValidDomain(const QString& domain)
{
    if (domain.isEmpty() || domain.size() > kMaxDomain)
        return false;
    const QStringList labels = domain.split(QLatin1Char('.'));
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > kMaxLabel || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-')))
            return false;
        for (QChar c : label) {
            if (!isAlnum(c.unicode()) && c != QLatin1Char('-'))
                return false;
        }
    }
    return true;
}

QString AddressValidator::domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}

} // namespace tsunagu
