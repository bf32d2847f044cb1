// SPDX-License-Identifier: GPL-3.0-or-later
// Sync state per mailbox: nothing until a sync stored something, replaced as a whole, forgotten on reset, and
// part of the caller's transaction (a rolled-back sync leaves no state that runs ahead of the stored mail).
#include "RepositoryFixture.h"

#include "storage/MailAccountRepository.h"
#include "storage/SqlTransaction.h"
#include "storage/SyncStateRepository.h"

#include <catch2/catch.hpp>

namespace tsunagu {
namespace {

struct States : test::RepositoryFixture
{
    MailAccountRepository accounts{db, temp.clock()};
    SyncStateRepository states{db};
    qint64 accountId = 0;

    States()
    {
        MailAccount account = presetAccount(MailProvider::Gmail);
        account.name = QStringLiteral("受付");
        account.userName = QStringLiteral("host@example.org");
        auto id = accounts.insert(account);
        REQUIRE(id.ok());
        accountId = id.value();
    }
};

} // namespace

TEST_CASE("A mailbox's sync state is absent until saved, then replaced and reset", "[storage][sync]")
{
    States s;
    auto none = s.states.find(s.accountId, QStringLiteral("INBOX"));
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    const QDateTime at = s.temp.clock().now();
    REQUIRE(s.states.save({s.accountId, QStringLiteral("INBOX"), 1700000000, 12, std::nullopt, at}).ok());
    auto first = s.states.find(s.accountId, QStringLiteral("INBOX"));
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    CHECK(first.value()->uidValidity == 1700000000u);
    CHECK(first.value()->highestUid == 12u);
    CHECK_FALSE(first.value()->highestModSeq.has_value());
    CHECK(first.value()->lastSyncAt == at);

    // The largest values IMAP allows: UIDs are 32-bit unsigned, mod-sequences 63-bit (RFC 7162 §7) and beyond.
    const quint64 modSeq = Q_UINT64_C(18446744073709551000);
    REQUIRE(
        s.states.save({s.accountId, QStringLiteral("INBOX"), 4294967295u, 4294967295u, modSeq, at.addSecs(60)}).ok());
    auto second = s.states.find(s.accountId, QStringLiteral("INBOX"));
    REQUIRE(second->has_value());
    CHECK(second.value()->uidValidity == 4294967295u);
    CHECK(second.value()->highestUid == 4294967295u);
    CHECK(second.value()->highestModSeq == modSeq);
    CHECK(second.value()->lastSyncAt == at.addSecs(60));

    REQUIRE(s.states.save({s.accountId, QStringLiteral("Archive"), 3, 1, 5, at}).ok());
    auto all = s.states.forAccount(s.accountId);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).mailbox == QStringLiteral("Archive"));

    REQUIRE(s.states.reset(s.accountId, QStringLiteral("INBOX")).ok());
    CHECK_FALSE(s.states.find(s.accountId, QStringLiteral("INBOX"))->has_value());
    CHECK(s.states.find(s.accountId, QStringLiteral("Archive"))->has_value());

    CHECK(s.states.save({s.accountId, QStringLiteral("INBOX"), 0, 0, std::nullopt, at}).error().code ==
          StoreError::ConstraintViolated);
    CHECK(s.states.save({s.accountId + 50, QStringLiteral("INBOX"), 1, 0, std::nullopt, at}).error().code ==
          StoreError::ConstraintViolated);
}

TEST_CASE("Sync state saved in a transaction that is rolled back is not kept", "[storage][sync]")
{
    States s;
    QSqlDatabase connection = s.db.connection();
    {
        SqlTransaction transaction(connection);
        REQUIRE(transaction.begun());
        REQUIRE(s.states.save({s.accountId, QStringLiteral("INBOX"), 9, 100, std::nullopt, s.temp.clock().now()}).ok());
        CHECK(s.states.find(s.accountId, QStringLiteral("INBOX"))->has_value());
        // No commit: storing the messages failed, so the state must not claim UID 100 was seen.
    }
    CHECK_FALSE(s.states.find(s.accountId, QStringLiteral("INBOX"))->has_value());
    {
        SqlTransaction transaction(connection);
        REQUIRE(s.states.save({s.accountId, QStringLiteral("INBOX"), 9, 100, std::nullopt, s.temp.clock().now()}).ok());
        REQUIRE(transaction.commit());
    }
    CHECK(s.states.find(s.accountId, QStringLiteral("INBOX")).value()->highestUid == 100u);
}

} // namespace tsunagu
