// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailSamples.h"

namespace tsunagu::test {
namespace {

QByteArray encodedWord(const QString& text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray base64Lines(const QString& text)
{
    const QByteArray encoded = text.toUtf8().toBase64();
    QByteArray lines;
    for (int i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + "\r\n";
    return lines;
}

} // namespace

QByteArray formMail(const QString& subject, const QString& body, const QByteArray& messageId,
                    const QByteArray& extraHeaders)
{
    return "From: " + encodedWord(QStringLiteral("申し込みフォーム")) +
           " <noreply@forms.example.org>\r\n"
           "To: room-e@example.jp\r\n"
           "Subject: " +
           encodedWord(subject) +
           "\r\n"
           "Date: Sat, 21 Nov 2026 22:40:00 +0900\r\n"
           "Message-ID: <" +
           messageId +
           ">\r\n"
           "MIME-Version: 1.0\r\n" +
           extraHeaders +
           "Content-Type: text/plain; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" +
           base64Lines(body);
}

QString applicationBody(const QString& name, const QString& address, const QString& extra)
{
    return QStringLiteral("ルームEの参加申し込みフォームから送信されました。\n\n"
                          "【お名前（ニックネーム）】%1\n"
                          "【メールアドレス】%2\n"
                          "【ご本人・ご家族】ご本人\n"
                          "【性別】女性\n"
                          "【年代】20代\n"
                          "【お住まい】東京都\n"
                          "【このルームを知ったきっかけ】クリニックのポスター\n"
                          "【自己紹介】\n"
                          "はじめまして。過食の悩みがあります。\n"
                          "よろしくお願いします。\n"
                          "%3")
        .arg(name, address, extra);
}

QByteArray letterMail(const QString& subject, const QString& body, const QByteArray& from, const QByteArray& messageId)
{
    return "From: " + from +
           "\r\n"
           "To: room-d@example.jp\r\n"
           "Subject: " +
           encodedWord(subject) +
           "\r\n"
           "Date: Sat, 21 Nov 2026 09:00:00 +0900\r\n"
           "Message-ID: <" +
           messageId +
           ">\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" +
           base64Lines(body);
}

} // namespace tsunagu::test
