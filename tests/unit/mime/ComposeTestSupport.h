// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the composer tests: a reply as the replies code will build it, the wire-format checks every
// composed mail must pass, and the header names a mail really has once parsed.
#pragma once

#include "MimeTestSupport.h"

#include "mail/mime/MimeComposer.h"
#include "mail/mime/MimeParser.h"

#include <catch2/catch.hpp>

#include <QByteArrayList>
#include <QTimeZone>

namespace tsunagu::test {

// A reply from a host to an applicant; fictional names and example addresses.
inline OutgoingMail sampleReply()
{
    OutgoingMail mail;
    mail.from = MailAddress{QStringLiteral("つなぐ 運営"), QStringLiteral("host@example.org")};
    mail.to = {MailAddress{QStringLiteral("山田 花子"), QStringLiteral("hanako@example.jp")}};
    mail.subject = QStringLiteral("Re: 参加申込みありがとうございます");
    mail.body =
        QStringLiteral("山田様\n\nお申し込みありがとうございます。\n12月1日(火) 19:00〜20:30 にお待ちしています。\n");
    mail.date = QDateTime(QDate(2026, 12, 1), QTime(19, 0, 5), QTimeZone(9 * 3600));
    return mail;
}

// Fixed random bytes for the Message-ID, so a failing test shows the same bytes again.
inline QByteArray fixedRandom()
{
    return QByteArray::fromHex("00112233445566778899aabbccddeeff");
}

inline ComposedMail composeOrFail(const OutgoingMail& mail)
{
    const ComposeResult result = MimeComposer::compose(mail, fixedRandom());
    INFO("compose error: " << result.error().detail.toStdString());
    REQUIRE(result.ok());
    return result.value();
}

// 7-bit bytes only, every line ending in CRLF (no bare CR or LF, no NUL), no line over maxLine characters.
// Reports the first offending line.
inline void checkWireFormat(const QByteArray& bytes, qsizetype maxLine = 78)
{
    REQUIRE(bytes.endsWith("\r\n"));
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        const bool lineEnd = c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n';
        const bool bad =
            c >= 0x80 || c == 0 || (c == '\r' && !lineEnd) || c == '\n' || (lineEnd && i - lineStart > maxLine);
        if (bad) {
            INFO("byte " << i << " in line: " << bytes.mid(lineStart, i - lineStart + 1).toStdString());
            FAIL_CHECK("not 7-bit with CRLF lines of at most " << maxLine << " characters");
            return;
        }
        if (lineEnd) {
            lineStart = i + 2;
            ++i;
        }
    }
    SUCCEED("7-bit, CRLF, short lines");
}

// The names of the top-level header fields, as our parser reads them.
inline QByteArrayList headerNames(const MimeMessage& message)
{
    QByteArrayList names;
    for (const auto& field : message.rawHeaders)
        names.append(field.first);
    return names;
}

// The header section of composed bytes (up to the first empty line).
inline QByteArray headerSection(const QByteArray& bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    return end < 0 ? bytes : bytes.left(end + 2);
}

} // namespace tsunagu::test
