// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu {

// What an outgoing address may look like: written bare into a 7-bit header, it must not be able to change the
// meaning of the header (no spaces, controls, "<>", ",", ";", quotes, parentheses, backslashes).
class AddressValidator
{
public:
    // local@domain: exactly one "@"; a non-empty local part of RFC 5322 atext and dots (dots anywhere: Japanese
    // mobile carriers handed out "taro..yamada." addresses, which mail servers still accept); a domain as
    // isValidDomain wants it.
    static bool isValidAddress(const QString& address);

    // Letters, digits and hyphens in dot-separated labels of 1–63 characters, at most 253 in all; ASCII only
    // (an internationalised domain must be given in its xn-- form).
    static bool isValidDomain(const QString& domain);

    // The part after the "@" (empty when there is none).
    static QString domainOf(const QString& address);
};

} // namespace tsunagu
