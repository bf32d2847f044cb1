// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests against a real Dovecot share: a started fixture, blocking-in-the-test waits on callbacks
// (QTest::qWaitFor on the result, never a sleep) and fictional mails.

#include "DovecotServer.h"
#include "mail/imap/ImapSession.h"
#include "mail/net/SslMailSocket.h"

#include <catch2/catch.hpp>

#include <QTest>

#include <optional>

namespace tsunagu::test {

template <typename T>
inline bool waitFor(const std::optional<T>& value, int ms = 15000)
{
    return QTest::qWaitFor([&value] { return value.has_value(); }, ms);
}

// Makes one session call and waits for its callback: awaitCall<AppendResult>([&](auto done) { s.append(…, done); }).
template <typename T, typename Call>
ImapResult<T> awaitCall(Call call, int ms = 15000)
{
    std::optional<ImapResult<T>> result;
    call(ImapSession::Callback<T>([&result](ImapResult<T> r) { result = std::move(r); }));
    REQUIRE(waitFor(result, ms));
    return std::move(*result);
}

struct Server
{
    explicit Server(DovecotServer::Options options = {})
        : dovecot(options)
    {
        DovecotServer::requireInstalled();
        const bool started = dovecot.start();
        INFO(dovecot.errorString().toStdString() << "\n" << dovecot.logText().toStdString());
        REQUIRE(started);
    }

    Endpoint endpoint(SecurityMode mode) const
    {
        Endpoint e;
        e.host = dovecot.host();
        e.security = mode;
        e.port = mode == SecurityMode::ImplicitTls ? dovecot.imapsPort() : dovecot.imapPort();
        e.userName = dovecot.user();
        e.caFile = mode == SecurityMode::PlainLocal ? QString() : dovecot.certificatePath();
        e.timeoutMs = 10000;
        return e;
    }

    DovecotServer dovecot;
};

inline ImapResult<ImapServerInfo> connectSession(ImapSession& session, const Endpoint& endpoint,
                                                 const QString& password)
{
    std::optional<ImapResult<ImapServerInfo>> result;
    session.connectToServer(endpoint, password, [&result](ImapResult<ImapServerInfo> r) { result = r; });
    REQUIRE(waitFor(result));
    return *result;
}

inline MailboxInfo examineInbox(ImapSession& session)
{
    std::optional<ImapResult<MailboxInfo>> box;
    session.examine(QStringLiteral("INBOX"), [&box](ImapResult<MailboxInfo> r) { box = r; });
    REQUIRE(waitFor(box));
    REQUIRE(box->ok());
    return box->value();
}

inline QList<MessageMeta> fetchMeta(ImapSession& session, const std::vector<quint32>& uids)
{
    std::optional<ImapResult<QList<MessageMeta>>> metas;
    session.fetchMeta(uids, [&metas](ImapResult<QList<MessageMeta>> r) { metas = r; });
    REQUIRE(waitFor(metas));
    REQUIRE(metas->ok());
    return metas->value();
}

inline QByteArray testMail(int n, int bodyLines = 3)
{
    QByteArray mail =
        "From: Applicant " + QByteArray::number(n) +
        " <applicant@example.jp>\r\nTo: host@example.org\r\nSubject: =?UTF-8?B?5Y+X5LuY?= " + QByteArray::number(n) +
        "\r\nMessage-ID: <mail-" + QByteArray::number(n) +
        "@example.jp>\r\nDate: Tue, 5 Mar 2024 19:00:00 +0900\r\n\r\n";
    for (int i = 0; i < bodyLines; ++i)
        mail += "line " + QByteArray::number(i) + " \xe3\x81\x93\xe3\x82\x93\xe3\x81\xab\xe3\x81\xa1\xe3\x81\xaf\r\n";
    return mail;
}

} // namespace tsunagu::test
