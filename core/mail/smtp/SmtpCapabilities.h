// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/smtp/SmtpReply.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace tsunagu {

// What a server offers, read from its EHLO reply (RFC 5321 §4.1.1.1): the first line greets, each further line is
// a keyword with parameters ("SIZE 35882577", "AUTH PLAIN LOGIN").
class SmtpCapabilities
{
public:
    static SmtpCapabilities fromEhlo(const SmtpReply& reply);

    bool has(const QByteArray& keyword) const { return m_keywords.contains(keyword.toUpper()); }
    bool hasAuth(const QByteArray& mechanism) const { return m_authMechanisms.contains(mechanism.toUpper()); }
    // RFC 1870: the largest message the server takes; nothing when it announced no SIZE or SIZE 0 (no limit).
    std::optional<qint64> sizeLimit() const { return m_sizeLimit; }
    bool isEmpty() const { return m_keywords.isEmpty(); }

private:
    QHash<QByteArray, QList<QByteArray>> m_keywords; // upper-case keyword → parameters
    QList<QByteArray> m_authMechanisms;              // upper case
    std::optional<qint64> m_sizeLimit;
};

} // namespace tsunagu
