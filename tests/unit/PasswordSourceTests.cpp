// SPDX-License-Identifier: GPL-3.0-or-later
// An account's IMAP and SMTP password: from the store, by the right key; an account that asks each time and an
// empty stored password both mean "ask the host".
#include "secrets/PasswordSource.h"
#include "secrets/SessionSecretStore.h"

#include <catch2/catch.hpp>

#include <QTest>

#include <optional>

namespace tsunagu {
namespace {

std::optional<PasswordLookup> lookUp(PasswordSource& source, const MailAccount& account, MailPassword which)
{
    QObject context;
    std::optional<PasswordLookup> answer;
    source.lookup(account, which, &context, [&answer](const PasswordLookup& lookup) { answer = lookup; });
    REQUIRE(QTest::qWaitFor([&] { return answer.has_value(); }, 5000));
    return answer;
}

} // namespace

TEST_CASE("The password source reads each password by its key and says when the host must be asked")
{
    SessionSecretStore store;
    PasswordSource source(store);
    MailAccount account;
    account.secretKey = QStringLiteral("mail-account/1");
    QObject context;
    store.write(account.secretKey, QStringLiteral("imap-secret"), &context, [](const auto&) {});

    auto imap = lookUp(source, account, MailPassword::Imap);
    REQUIRE(imap->found());
    CHECK(*imap->password == QStringLiteral("imap-secret"));
    CHECK(PasswordSource::smtpSharesImap(account));
    CHECK(*lookUp(source, account, MailPassword::Smtp)->password == QStringLiteral("imap-secret"));

    account.smtpSecretKey = QStringLiteral("mail-account-smtp/1");
    CHECK_FALSE(PasswordSource::smtpSharesImap(account));
    auto smtp = lookUp(source, account, MailPassword::Smtp);
    CHECK_FALSE(smtp->found());
    CHECK_FALSE(smtp->askEachTime);
    CHECK(smtp->reason == SecretError::NotFound);

    // An account that keeps no password is asked each time, whatever the store holds.
    account.askPassword = true;
    auto asked = lookUp(source, account, MailPassword::Imap);
    CHECK_FALSE(asked->found());
    CHECK(asked->askEachTime);

    // An empty stored password is no password.
    account.askPassword = false;
    store.write(account.secretKey, QString(), &context, [](const auto&) {});
    QTest::qWait(1);
    CHECK_FALSE(lookUp(source, account, MailPassword::Imap)->found());
}

} // namespace tsunagu
