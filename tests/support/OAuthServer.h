// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace tsunagu::test {

// Our own small OAuth 2.0 authorization server (tests/support/oauth_server.py, Python standard library) on
// 127.0.0.1 and a free port, so sign-in, renewal and the servers' token checks are tested without Microsoft or
// Google: authorize approves and redirects, token checks the PKCE verifier and rotates refresh tokens, introspect
// tells Dovecot and aiosmtpd whether a token is good. Test code: start() and the admin calls block, with deadlines.
class OAuthServer
{
public:
    struct Options
    {
        QString clientId = QStringLiteral("tsunagu-test-client");
        QString user = QStringLiteral("host@example.org");
        int expiresInSeconds = 3600;
    };

    OAuthServer();
    explicit OAuthServer(Options options);
    ~OAuthServer();
    OAuthServer(const OAuthServer&) = delete;
    OAuthServer& operator=(const OAuthServer&) = delete;

    static bool available();
    static void requireInstalled();

    bool start();
    void stop();

    QUrl url(const QString& path) const;
    QString authorizeUrl() const { return url(QStringLiteral("/authorize")).toString(); }
    QString tokenUrl() const { return url(QStringLiteral("/token")).toString(); }
    QString introspectionUrl() const { return url(QStringLiteral("/introspect")).toString(); }
    const Options& options() const { return m_options; }

    // Every access token stops working (a token that expired early on the provider's side).
    bool expireAccessTokens() { return admin(QStringLiteral("/admin/expire")); }
    // Every access and refresh token stops working (the host withdrew Tsunagu's access).
    bool revokeAll() { return admin(QStringLiteral("/admin/revoke")); }
    // The next sign-in is declined (access_denied).
    bool denyNextSignIn() { return admin(QStringLiteral("/admin/deny")); }
    // Counts: authorize, code_exchanges, refreshes, refused, bad_verifier, introspections, introspections_inactive.
    QJsonObject stats() const;

    // Follows an address as a browser would: GET, then every redirect, and returns the last response's status
    // (0: no answer). Stands in for the system browser.
    static int follow(const QUrl& url, QByteArray* lastBody = nullptr);

    QString errorString() const { return m_error; }

private:
    bool admin(const QString& path);

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace tsunagu::test
