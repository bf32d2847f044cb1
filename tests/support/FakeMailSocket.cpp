// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeMailSocket.h"

namespace tsunagu::test {

MailSocketFactory FakeMailSocket::factory(QPointer<FakeMailSocket>& latest, int& made)
{
    return [&latest, &made]() -> std::unique_ptr<MailSocket> {
        auto fake = std::make_unique<FakeMailSocket>();
        latest = fake.get();
        ++made;
        return fake;
    };
}

void FakeMailSocket::connectToHost(const QString& toHost, quint16 toPort, bool tls)
{
    host = toHost;
    port = toPort;
    implicitTls = tls;
    ++connectCalls;
}

QByteArray FakeMailSocket::readAll()
{
    QByteArray bytes;
    bytes.swap(m_unread);
    return bytes;
}

void FakeMailSocket::accept()
{
    Q_EMIT connected();
    if (implicitTls)
        Q_EMIT encrypted();
}

void FakeMailSocket::serverSends(const QByteArray& bytes)
{
    m_unread += bytes;
    Q_EMIT readyRead();
}

} // namespace tsunagu::test
