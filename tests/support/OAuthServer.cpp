// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthServer.h"

#include "RequireServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace tsunagu::test {

namespace {

const QString s_python = QStringLiteral("/usr/bin/python3");

QString scriptPath()
{
    return QStringLiteral(TSUNAGU_OAUTH_SERVER_SCRIPT);
}

// One blocking HTTP request, no redirects followed; status 0 when nothing answered in 10 s.
int request(const QByteArray& verb, const QUrl& url, QByteArray* body, QUrl* location)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(10000);
    QNetworkReply* reply = network.sendCustomRequest(request, verb, QByteArray());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(12000))
        return 0;
    if (body)
        *body = reply->readAll();
    if (location)
        *location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

OAuthServer::OAuthServer()
    : OAuthServer(Options{})
{}

OAuthServer::OAuthServer(Options options)
    : m_options(std::move(options))
{}

OAuthServer::~OAuthServer()
{
    stop();
}

bool OAuthServer::available()
{
    return QFile::exists(s_python) && QFile::exists(scriptPath());
}

void OAuthServer::requireInstalled()
{
    requireServer(QStringLiteral("/usr/bin/python3 for the test authorization server"), available());
}

bool OAuthServer::start()
{
    requireInstalled();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    QJsonObject config{{QStringLiteral("client_id"), m_options.clientId},
                       {QStringLiteral("user"), m_options.user},
                       {QStringLiteral("expires_in"), m_options.expiresInSeconds}};
    QFile file(m_dir.filePath(QStringLiteral("config.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) <= 0) {
        m_error = QStringLiteral("cannot write the configuration");
        return false;
    }
    file.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(s_python, {scriptPath(), file.fileName()});
    const QDeadlineTimer deadline(10000);
    QByteArray output;
    while (!output.contains('\n') && !deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        output += m_process->readAllStandardOutput();
    }
    if (!output.startsWith("PORT ")) {
        m_error = QStringLiteral("the authorization server did not start: ") +
                  QString::fromUtf8(m_process->readAllStandardError());
        return false;
    }
    m_port = quint16(output.mid(5).trimmed().toUInt());
    return m_port != 0;
}

void OAuthServer::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

QUrl OAuthServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

bool OAuthServer::admin(const QString& path)
{
    return request("POST", url(path), nullptr, nullptr) == 200;
}

QJsonObject OAuthServer::stats() const
{
    QByteArray body;
    if (request("GET", url(QStringLiteral("/admin/stats")), &body, nullptr) != 200)
        return {};
    return QJsonDocument::fromJson(body).object();
}

int OAuthServer::follow(const QUrl& start, QByteArray* lastBody)
{
    QUrl next = start;
    for (int hop = 0; hop < 5; ++hop) {
        QByteArray body;
        QUrl location;
        const int status = request("GET", next, &body, &location);
        if (status < 300 || status >= 400 || !location.isValid()) {
            if (lastBody)
                *lastBody = body;
            return status;
        }
        next = next.resolved(location);
    }
    return 0;
}

} // namespace tsunagu::test
