// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the sync tests share: a profile with room E and an account on a real Dovecot, a sync run to its end, and
// application mails.
#include "DovecotServer.h"
#include "MailSamples.h"
#include "TempProfile.h"

#include "mail/net/SslMailSocket.h"
#include "receiving/MailboxSync.h"
#include "storage/MailAccountRepository.h"
#include "storage/SqlSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace tsunagu::test {

struct SyncFixture
{
    test::TempProfile profile;
    Profile* opened = nullptr;
    MailAccount account;

    SyncFixture()
    {
        DovecotServer::requireInstalled();
        opened = &profile.open();
        QSqlQuery q(opened->database().connection());
        REQUIRE(sql::exec(q, QStringLiteral("INSERT INTO rooms (code, name, audience, reception_address) "
                                            "VALUES ('E', 'Room E', 'persons', 'room-e@example.org')")));
    }

    Database& database() { return opened->database(); }

    void useServer(const DovecotServer& server, bool trustCertificate = true)
    {
        account.name = QStringLiteral("Room E");
        account.userName = server.user();
        account.imapHost = server.host();
        account.imapPort = server.imapsPort();
        account.imapSecurity = MailSecurity::Tls;
        account.caFile = trustCertificate ? server.certificatePath() : QString();
        MailAccountRepository accounts(database(), profile.clock());
        auto id = accounts.save(account, {QStringLiteral("E")});
        REQUIRE(id.ok());
        account = accounts.byId(id.value()).value();
    }

    SyncReport sync(const QString& password, MailboxSync::Options options = {})
    {
        MailboxSync sync(SslMailSocket::factory(), database(), profile.clock(), options);
        QSignalSpy finished(&sync, &MailboxSync::finished);
        sync.start(account, {QStringLiteral("E")}, password);
        REQUIRE(finished.wait(120000));
        return finished.first().first().value<SyncReport>();
    }

    int count(const QString& sql)
    {
        QSqlQuery q(database().connection());
        REQUIRE(sql::exec(q, sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

inline QByteArray application(int n)
{
    const QString name = QStringLiteral("さくら%1").arg(n);
    const QString address = QStringLiteral("applicant%1@example.jp").arg(n);
    return formMail(QStringLiteral("【Room E】参加申し込み"), applicationBody(name, address),
                    QByteArrayLiteral("form-%1@forms.example.org").replace("%1", QByteArray::number(n)));
}

} // namespace tsunagu::test
