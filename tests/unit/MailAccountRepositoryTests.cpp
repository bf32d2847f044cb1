// SPDX-License-Identifier: GPL-3.0-or-later
// Mail accounts: every field round-trips, names and secret keys are unique, a password without encryption can only
// go to this computer, rooms are linked all-or-nothing, and removing an account keeps its rooms.
#include "RepositoryFixture.h"

#include "storage/MailAccountRepository.h"
#include "storage/SyncStateRepository.h"

#include <catch2/catch.hpp>

namespace tsunagu {
namespace {

using test::rowCount;
using test::scalar;

struct Accounts : test::RepositoryFixture
{
    MailAccountRepository accounts{db, temp.clock()};

    MailAccount gmail(const QString& name = QStringLiteral("ルームD 受付"))
    {
        MailAccount account = presetAccount(MailProvider::Gmail);
        account.name = name;
        account.userName = QStringLiteral("room-d@example.org");
        return account;
    }

    qint64 add(const MailAccount& account)
    {
        auto id = accounts.insert(account);
        INFO(id.error().detail.toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
};

} // namespace

TEST_CASE("A mail account keeps every field and gets its own secret key", "[storage][accounts]")
{
    Accounts store;
    MailAccount account = presetAccount(MailProvider::ProtonBridge);
    account.name = QStringLiteral("ルームE(プロトン)");
    account.userName = QStringLiteral("room-e@example.jp");
    account.folder = QStringLiteral("受付/申し込み");
    account.caFile = QStringLiteral("/home/host/bridge-ca.pem");
    account.askPassword = true;
    const qint64 id = store.add(account);

    auto stored = store.accounts.byId(id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("ルームE(プロトン)"));
    CHECK(stored->provider == MailProvider::ProtonBridge);
    CHECK(stored->userName == QStringLiteral("room-e@example.jp"));
    CHECK(stored->imapHost == QStringLiteral("127.0.0.1"));
    CHECK(stored->imapPort == 1143);
    CHECK(stored->imapSecurity == MailSecurity::StartTls);
    CHECK(stored->smtpPort == 1025);
    CHECK(stored->smtpSecurity == MailSecurity::StartTls);
    CHECK(stored->folder == QStringLiteral("受付/申し込み"));
    CHECK(stored->caFile == QStringLiteral("/home/host/bridge-ca.pem"));
    CHECK(stored->askPassword);
    CHECK(stored->pinnedSha256.isEmpty());
    CHECK(stored->lastError == MailAccountProblem::None);
    CHECK(stored->createdAt == store.temp.clock().now());
    CHECK(stored->secretKey.startsWith(QStringLiteral("mail-account/")));

    auto byName = store.accounts.byName(QStringLiteral("ルームE(プロトン)"));
    REQUIRE(byName.ok());
    CHECK(byName->id == id);
    CHECK(store.accounts.byName(QStringLiteral("ない")).error().code == StoreError::NotFound);

    const qint64 other = store.add(store.gmail());
    CHECK(store.accounts.byId(other)->secretKey != stored->secretKey);
    auto all = store.accounts.all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);

    // No password column exists to leak into: the secret lives in the keychain only.
    CHECK(scalar(store.db.connection(), QStringLiteral("SELECT count(*) FROM pragma_table_info('mail_accounts') "
                                                       "WHERE name LIKE '%password%' AND name <> 'ask_password'"))
              .toInt() == 0);
}

TEST_CASE("Account names are unique and unencrypted connections only go to this computer", "[storage][accounts]")
{
    Accounts store;
    store.add(store.gmail());
    CHECK(store.accounts.insert(store.gmail()).error().code == StoreError::ConstraintViolated);
    CHECK(store.accounts.insert(store.gmail(QStringLiteral("  "))).error().code == StoreError::ConstraintViolated);

    MailAccount plain = store.gmail(QStringLiteral("平文"));
    plain.imapSecurity = MailSecurity::PlainLocal;
    // The schema refuses it even when a caller skipped validate().
    CHECK(store.accounts.insert(plain).error().code == StoreError::ConstraintViolated);
    CHECK(rowCount(store.db, QStringLiteral("mail_accounts")) == 1);

    plain.imapHost = QStringLiteral("127.0.0.1");
    plain.imapPort = 1143;
    const qint64 id = store.add(plain);
    MailAccount moved = store.accounts.byId(id).value();
    moved.imapHost = QStringLiteral("imap.example.org");
    CHECK(store.accounts.update(moved).error().code == StoreError::ConstraintViolated);
    CHECK(store.accounts.byId(id)->imapHost == QStringLiteral("127.0.0.1"));
}

TEST_CASE("Updating an account changes what the host edits and keeps its secret key", "[storage][accounts]")
{
    Accounts store;
    const qint64 id = store.add(store.gmail());
    MailAccount account = store.accounts.byId(id).value();
    const QString key = account.secretKey;
    account.name = QStringLiteral("ルームD 新しい受付");
    account.imapHost = QStringLiteral("imap.example.org");
    account.imapPort = 143;
    account.imapSecurity = MailSecurity::StartTls;
    account.folder = QStringLiteral("Forms");
    account.secretKey = QStringLiteral("mail-account/somebody-else");
    REQUIRE(store.accounts.update(account).ok());
    auto stored = store.accounts.byId(id);
    CHECK(stored->name == QStringLiteral("ルームD 新しい受付"));
    CHECK(stored->imapHost == QStringLiteral("imap.example.org"));
    CHECK(stored->imapPort == 143);
    CHECK(stored->imapSecurity == MailSecurity::StartTls);
    CHECK(stored->folder == QStringLiteral("Forms"));
    CHECK(stored->secretKey == key);

    account.id = id + 100;
    CHECK(store.accounts.update(account).error().code == StoreError::NotFound);
}

TEST_CASE("Rooms are linked to an account all or nothing", "[storage][accounts]")
{
    Accounts store;
    store.addRoom(QStringLiteral("D"), 1);
    store.addRoom(QStringLiteral("DA"), 2);
    store.addRoom(QStringLiteral("E"), 3);
    const qint64 first = store.add(store.gmail(QStringLiteral("一つ目")));
    const qint64 second = store.add(store.gmail(QStringLiteral("二つ目")));

    REQUIRE(store.accounts.setRooms(first, {QStringLiteral("DA"), QStringLiteral("D")}).ok());
    CHECK(store.accounts.roomCodes(first).value() == QStringList{QStringLiteral("D"), QStringLiteral("DA")});

    // DA moves to the second account; D is no longer listed for the first, so it is unlinked.
    REQUIRE(store.accounts.setRooms(second, {QStringLiteral("DA"), QStringLiteral("E")}).ok());
    REQUIRE(store.accounts.setRooms(first, {QStringLiteral("D")}).ok());
    CHECK(store.accounts.roomCodes(first).value() == QStringList{QStringLiteral("D")});
    CHECK(store.accounts.roomCodes(second).value() == QStringList{QStringLiteral("DA"), QStringLiteral("E")});

    // An unknown room changes nothing at all.
    CHECK(store.accounts.setRooms(second, {QStringLiteral("D"), QStringLiteral("ZZ")}).error().code ==
          StoreError::NotFound);
    CHECK(store.accounts.roomCodes(first).value() == QStringList{QStringLiteral("D")});
    CHECK(store.accounts.roomCodes(second).value() == QStringList{QStringLiteral("DA"), QStringLiteral("E")});
    CHECK(store.accounts.setRooms(second + 100, {}).error().code == StoreError::NotFound);

    REQUIRE(store.accounts.setRooms(second, {}).ok());
    CHECK(store.accounts.roomCodes(second).value().isEmpty());

    // Saving an account with its rooms is one step: a bad room leaves no half-made account behind.
    CHECK(store.accounts.save(store.gmail(QStringLiteral("三つ目")), {QStringLiteral("ZZ")}).error().code ==
          StoreError::NotFound);
    CHECK(store.accounts.byName(QStringLiteral("三つ目")).error().code == StoreError::NotFound);
    auto third = store.accounts.save(store.gmail(QStringLiteral("三つ目")), {QStringLiteral("E")});
    REQUIRE(third.ok());
    CHECK(store.accounts.roomCodes(third.value()).value() == QStringList{QStringLiteral("E")});
    MailAccount edited = store.accounts.byId(third.value()).value();
    edited.folder = QStringLiteral("Forms");
    REQUIRE(store.accounts.save(edited, {QStringLiteral("D")}).value() == third.value());
    CHECK(store.accounts.byId(third.value())->folder == QStringLiteral("Forms"));
    CHECK(store.accounts.roomCodes(third.value()).value() == QStringList{QStringLiteral("D")});
}

TEST_CASE("Removing an account keeps its rooms and forgets its sync state", "[storage][accounts]")
{
    Accounts store;
    store.addRoom(QStringLiteral("D"));
    const qint64 id = store.add(store.gmail());
    REQUIRE(store.accounts.setRooms(id, {QStringLiteral("D")}).ok());
    SyncStateRepository states(store.db);
    REQUIRE(states.save({id, QStringLiteral("INBOX"), 7, 42, std::nullopt, store.temp.clock().now()}).ok());

    REQUIRE(store.accounts.remove(id).ok());
    CHECK(store.accounts.byId(id).error().code == StoreError::NotFound);
    REQUIRE(store.rooms.byCode(QStringLiteral("D")).ok());
    CHECK(scalar(store.db.connection(), QStringLiteral("SELECT count(*) FROM rooms WHERE mail_account_id IS NOT NULL"))
              .toInt() == 0);
    CHECK(rowCount(store.db, QStringLiteral("mailbox_sync_state")) == 0);
    CHECK(store.accounts.remove(id).error().code == StoreError::NotFound);
}

TEST_CASE("The last error and the certificate pin are kept until cleared", "[storage][accounts]")
{
    Accounts store;
    const qint64 id = store.add(store.gmail());
    REQUIRE(
        store.accounts.setLastError(id, MailAccountProblem::LoginFailed, QStringLiteral("NO [AUTHENTICATIONFAILED]"))
            .ok());
    auto failed = store.accounts.byId(id);
    CHECK(failed->lastError == MailAccountProblem::LoginFailed);
    CHECK(failed->lastErrorDetail == QStringLiteral("NO [AUTHENTICATIONFAILED]"));
    CHECK(failed->lastErrorAt == store.temp.clock().now());
    REQUIRE(store.accounts.clearLastError(id).ok());
    CHECK(store.accounts.byId(id)->lastError == MailAccountProblem::None);
    CHECK_FALSE(store.accounts.byId(id)->lastErrorAt.isValid());

    const QByteArray pin = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    REQUIRE(store.accounts.setPin(id, pin).ok());
    CHECK(store.accounts.byId(id)->pinnedSha256 == pin);
    CHECK(store.accounts.setPin(id, QByteArray("short")).error().code == StoreError::ConstraintViolated);
    REQUIRE(store.accounts.setPin(id, {}).ok());
    CHECK(store.accounts.byId(id)->pinnedSha256.isEmpty());
    CHECK(store.accounts.setLastError(id + 9, MailAccountProblem::Other, {}).error().code == StoreError::NotFound);
}

TEST_CASE("Account checks name what keeps an account from being saved", "[accounts]")
{
    MailAccount account = presetAccount(MailProvider::Generic);
    CHECK(validate(account) == QVector<MailAccountIssue>{MailAccountIssue::NameMissing, MailAccountIssue::HostMissing,
                                                         MailAccountIssue::UserMissing});
    account.name = QStringLiteral("受付");
    account.userName = QStringLiteral("host@example.org");
    account.imapHost = QStringLiteral("imap.example.org");
    CHECK(validate(account).isEmpty());
    account.imapSecurity = MailSecurity::PlainLocal;
    CHECK(validate(account) == QVector<MailAccountIssue>{MailAccountIssue::PlainNotLocal});
    for (const char* local : {"127.0.0.1", "localhost", "LOCALHOST", " localhost ", "::1", "[::1]"}) {
        account.imapHost = QLatin1String(local);
        CHECK(validate(account).isEmpty());
    }
    // The same rule as the sessions and the database: only these three names, not the rest of 127.0.0.0/8.
    account.imapHost = QStringLiteral("127.0.0.2");
    CHECK(validate(account) == QVector<MailAccountIssue>{MailAccountIssue::PlainNotLocal});
    for (const char* remote : {"10.0.0.1", "localhost.example.org", "192.168.1.2", "imap.gmail.com"})
        CHECK_FALSE(isLocalHost(QLatin1String(remote)));
    account.imapHost = QStringLiteral("imap.example.org");
    account.imapPort = 0;
    account.folder = QStringLiteral(" ");
    CHECK(validate(account) == QVector<MailAccountIssue>{MailAccountIssue::PortOutOfRange,
                                                         MailAccountIssue::PlainNotLocal,
                                                         MailAccountIssue::FolderMissing});

    MailAccount outlook = presetAccount(MailProvider::Outlook);
    outlook.name = QStringLiteral("Hotmail");
    outlook.userName = QStringLiteral("room@example.org");
    // The preset signs in with Microsoft; the same servers with a password cannot work since 2024-09-16.
    CHECK(outlook.authMethod == MailAuthMethod::OAuth2);
    CHECK(validate(outlook).isEmpty());
    outlook.authMethod = MailAuthMethod::Password;
    CHECK(validate(outlook) == QVector<MailAccountIssue>{MailAccountIssue::NeedsMicrosoftSignIn});

    const QString hex = QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF");
    CHECK(parseSha256(QStringLiteral("sha256:") + hex).size() == 32);
    CHECK(formatSha256(parseSha256(hex)) == QStringLiteral("sha256:") + hex.toLower());
    CHECK(parseSha256(QStringLiteral("sha256:1234")).isEmpty());
    CHECK(parseSha256(hex.left(63) + QLatin1Char('g')).isEmpty());
}

} // namespace tsunagu
