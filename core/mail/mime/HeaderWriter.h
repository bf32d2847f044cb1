// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/MimeMessage.h"
#include "mail/mime/OutgoingMail.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tsunagu {

// Header field values for outgoing mail, 7-bit: text as it is when that is safe, else as RFC 2047
// encoded-words in the mail's charset; and whole fields, folded. Characters the charset cannot carry are
// collected (unencodable()) instead of being written.
class HeaderWriter
{
public:
    using Charset = OutgoingMail::Charset;

    // RFC 5322 §2.1.1: lines should stay within 78 characters.
    static constexpr int kLineLength = 78;

    explicit HeaderWriter(Charset charset);

    // An unstructured value (Subject, an extension field) for a field called `name`.
    QByteArray unstructured(const QByteArray& name, const QString& text);
    // "Name <local@domain>" entries separated by ", " (display names as RFC 5322 §3.2.5 phrases).
    QByteArray mailboxList(const QByteArray& name, const QVector<MailAddress>& addresses);

    // Every character the charset could not carry, once each, in the order met.
    const QStringList& unencodable() const { return m_unencodable; }

    // "name: value" CRLF, folded (RFC 5322 §2.2.3) before whitespace so that lines stay within 78 characters
    // where the value has a place to fold; nothing is added or lost on unfolding.
    static QByteArray field(const QByteArray& name, const QByteArray& value);

    // Header text on one line: CR, LF (CRLF as one), TAB, VT and FF become a space, other C0/C1 controls and
    // DEL are removed, a lone surrogate becomes U+FFFD. `changed` is set when anything was.
    static QString cleaned(const QString& text, bool* changed = nullptr);

    // RFC 5322 §3.3: "Tue, 01 Dec 2026 19:00:00 +0900", with the offset the QDateTime has.
    static QByteArray date(const QDateTime& dateTime);

    // "<id>" from an id with or without angle brackets; empty when it is not one (RFC 5322 §3.6.4: printable
    // ASCII without whitespace or angle brackets; here also at most 900 characters, so a line stays legal).
    static QByteArray messageId(const QString& id);

private:
    QByteArray phrase(const QString& name, int maxWord);
    QByteArray encodedWords(const QString& text, int maxWord);
    static int maxWordFor(const QByteArray& name);

    Charset m_charset;
    QStringList m_unencodable;
};

} // namespace tsunagu
