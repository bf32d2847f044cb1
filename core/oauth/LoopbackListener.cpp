// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/LoopbackListener.h"

#include "oauth/OAuthLog.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace tsunagu {

namespace {

constexpr qint64 s_maxRequestBytes = 8 * 1024;
constexpr int s_requestTimeoutMs = 10000;

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("200 OK");
    case 400:
        return QByteArrayLiteral("400 Bad Request");
    case 404:
        return QByteArrayLiteral("404 Not Found");
    default:
        return QByteArrayLiteral("405 Method Not Allowed");
    }
}

} // namespace

LoopbackListener::LoopbackListener(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
}

void LoopbackListener::setPages(const QString& successHtml, const QString& failureHtml)
{
    m_successHtml = successHtml;
    m_failureHtml = failureHtml;
}

bool LoopbackListener::listen()
{
    m_done = false;
    // RFC 8252 §8.3: the loopback interface only, never "any".
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LoopbackListener::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        if (!socket->peerAddress().isLoopback()) {
            qCWarning(lcOAuth) << "closed a connection from outside this computer";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto* timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        timer->start(s_requestTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("answered").toBool())
                return;
            QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
            if (buffer.size() > s_maxRequestBytes) {
                socket->setProperty("answered", true);
                answer(socket, 400, m_failureHtml);
                return;
            }
            const qsizetype end = buffer.indexOf("\r\n");
            // Only the request line matters; the headers are read (to keep the connection tidy) and ignored.
            if (end < 0 || !buffer.contains("\r\n\r\n")) {
                socket->setProperty("buffer", buffer);
                return;
            }
            socket->setProperty("answered", true);
            handle(socket, buffer.left(end));
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackListener::handle(QTcpSocket* socket, const QByteArray& requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts[0] != "GET") {
        answer(socket, 405, m_failureHtml);
        return;
    }
    const QUrl target(QString::fromLatin1(parts[1]));
    const QUrlQuery query(target);
    const bool hasState = query.hasQueryItem(QStringLiteral("state"));
    const bool hasCode = query.hasQueryItem(QStringLiteral("code"));
    const bool hasError = query.hasQueryItem(QStringLiteral("error"));
    if (m_done || (!hasState && !hasCode && !hasError)) {
        answer(socket, 404, m_done ? m_successHtml : QString());
        return;
    }
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toLatin1();
    m_done = true;
    m_server.close();
    // RFC 6749 §10.12: an answer that is not for this sign-in is refused (a page opened by someone else, or an
    // attempt to slip another account's code in).
    if (m_state.isEmpty() || state != m_state) {
        answer(socket, 400, m_failureHtml);
        qCInfo(lcOAuth) << "refused a redirect with the wrong state";
        Q_EMIT failed(OAuthError::StateMismatch, QStringLiteral("the answer in the browser was not for this sign-in"));
        return;
    }
    if (hasError || !hasCode) {
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded).left(64);
        answer(socket, 200, m_failureHtml);
        qCInfo(lcOAuth) << "the provider declined:" << error;
        Q_EMIT failed(OAuthError::Declined, QStringLiteral("the provider answered: ") + error);
        return;
    }
    answer(socket, 200, m_successHtml);
    Q_EMIT codeReceived(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
}

void LoopbackListener::answer(QTcpSocket* socket, int status, const QString& html)
{
    const QByteArray body = html.toUtf8();
    socket->write("HTTP/1.1 " + statusText(status) +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
                  "Content-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace tsunagu
