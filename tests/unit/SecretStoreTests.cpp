// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords: the session store answers later (never inside the call), the fallback keeps a password for the
// session when the keychain fails and says so, respects a refusal, and the real keychain without D-Bus reports
// "no keychain" quickly instead of hanging.
#include "secrets/FallbackSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

namespace tsunagu {
namespace {

// A keychain that works (error empty) or fails every call with one error.
class FakeKeychain final : public SecretStore
{
public:
    std::optional<SecretError> failWith;
    QHash<QString, QString> entries;
    int calls = 0;

    void read(const QString& key, QObject* context, ReadCallback done) override
    {
        ++calls;
        Result<QString, SecretError> result =
            failWith                ? Result<QString, SecretError>(SecretFailure{*failWith, {}})
            : entries.contains(key) ? Result<QString, SecretError>(entries.value(key))
                                    : Result<QString, SecretError>(SecretFailure{SecretError::NotFound, {}});
        QTimer::singleShot(0, context, [done, result] { done(result); });
    }
    void write(const QString& key, const QString& secret, QObject* context, WriteCallback done) override
    {
        ++calls;
        if (!failWith)
            entries.insert(key, secret);
        const std::optional<SecretError> error = failWith;
        QTimer::singleShot(0, context, [done, error] {
            if (error)
                done(SecretFailure{*error, QStringLiteral("fake failure")});
            else
                done(SecretLocation::Keychain);
        });
    }
    void remove(const QString& key, QObject* context, RemoveCallback done) override
    {
        ++calls;
        if (!failWith)
            entries.remove(key);
        const std::optional<SecretError> error = failWith;
        QTimer::singleShot(0, context, [done, error] {
            done(error ? std::optional<SecretFailure>(SecretFailure{*error, {}}) : std::nullopt);
        });
    }
};

// Collects one answer; wait() runs the event loop until it arrives (Catch2 tests are outside any loop).
template <typename T>
struct Answer
{
    std::optional<T> value;
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return value.has_value(); }, ms);
    }
};

using ReadAnswer = Answer<Result<QString, SecretError>>;
using WriteAnswer = Answer<Result<SecretLocation, SecretError>>;
using RemoveAnswer = Answer<std::optional<SecretFailure>>;

const QString s_key = QStringLiteral("mail-account/test-1");

} // namespace

TEST_CASE("The session store keeps a password in memory and answers from the event loop", "[secrets]")
{
    QObject context;
    SessionSecretStore store;
    ReadAnswer missing;
    store.read(s_key, &context, [&](const auto& r) { missing.value = r; });
    CHECK_FALSE(missing.value.has_value()); // never inside the call
    REQUIRE(missing.wait());
    CHECK(missing.value->error().code == SecretError::NotFound);

    WriteAnswer written;
    store.write(s_key, QStringLiteral("パスワード 1"), &context, [&](const auto& r) { written.value = r; });
    REQUIRE(written.wait());
    REQUIRE(written.value->ok());
    CHECK(written.value->value() == SecretLocation::SessionOnly);

    ReadAnswer read;
    store.read(s_key, &context, [&](const auto& r) { read.value = r; });
    REQUIRE(read.wait());
    REQUIRE(read.value->ok());
    CHECK(read.value->value() == QStringLiteral("パスワード 1"));

    RemoveAnswer removed;
    store.remove(s_key, &context, [&](const auto& r) { removed.value = r; });
    REQUIRE(removed.wait());
    CHECK_FALSE(removed.value->has_value());
    CHECK_FALSE(store.contains(s_key));
}

TEST_CASE("No answer arrives once the asking object is gone", "[secrets]")
{
    SessionSecretStore store;
    bool called = false;
    {
        QObject context;
        store.write(s_key, QStringLiteral("x"), &context, [&](const auto&) { called = true; });
    }
    QObject later;
    ReadAnswer read;
    store.read(s_key, &later, [&](const auto& r) { read.value = r; });
    REQUIRE(read.wait());
    CHECK_FALSE(called);
}

TEST_CASE("Without a keychain the password is kept for this session only, and the write says so", "[secrets]")
{
    QObject context;
    FakeKeychain keychain;
    keychain.failWith = GENERATE(SecretError::Unavailable, SecretError::Failed);
    FallbackSecretStore store(keychain);

    WriteAnswer written;
    store.write(s_key, QStringLiteral("app-password"), &context, [&](const auto& r) { written.value = r; });
    REQUIRE(written.wait());
    REQUIRE(written.value->ok());
    CHECK(written.value->value() == SecretLocation::SessionOnly);
    CHECK(store.isSessionOnly(s_key));

    ReadAnswer read;
    store.read(s_key, &context, [&](const auto& r) { read.value = r; });
    REQUIRE(read.wait());
    REQUIRE(read.value->ok());
    CHECK(read.value->value() == QStringLiteral("app-password"));

    RemoveAnswer removed;
    store.remove(s_key, &context, [&](const auto& r) { removed.value = r; });
    REQUIRE(removed.wait());
    if (keychain.failWith == SecretError::Unavailable)
        CHECK_FALSE(removed.value->has_value()); // nothing can be in a keychain that is not there
    CHECK_FALSE(store.isSessionOnly(s_key));

    ReadAnswer gone;
    store.read(s_key, &context, [&](const auto& r) { gone.value = r; });
    REQUIRE(gone.wait());
    CHECK_FALSE(gone.value->ok());
    CHECK(gone.value->error().code == *keychain.failWith);
}

TEST_CASE("A working keychain keeps the password and a refusal is not worked around", "[secrets]")
{
    QObject context;
    FakeKeychain keychain;
    FallbackSecretStore store(keychain);

    // A password typed while the keychain was down is replaced by the keychain copy once it works again.
    keychain.failWith = SecretError::Unavailable;
    WriteAnswer early;
    store.write(s_key, QStringLiteral("old"), &context, [&](const auto& r) { early.value = r; });
    REQUIRE(early.wait());
    REQUIRE(store.isSessionOnly(s_key));

    keychain.failWith.reset();
    WriteAnswer written;
    store.write(s_key, QStringLiteral("new"), &context, [&](const auto& r) { written.value = r; });
    REQUIRE(written.wait());
    CHECK(written.value->value() == SecretLocation::Keychain);
    CHECK(keychain.entries.value(s_key) == QStringLiteral("new"));
    ReadAnswer read;
    store.read(s_key, &context, [&](const auto& r) { read.value = r; });
    REQUIRE(read.wait());
    CHECK(read.value->value() == QStringLiteral("new"));
    CHECK_FALSE(store.isSessionOnly(s_key));

    keychain.failWith = SecretError::Denied;
    WriteAnswer denied;
    store.write(QStringLiteral("mail-account/other"), QStringLiteral("x"), &context,
                [&](const auto& r) { denied.value = r; });
    REQUIRE(denied.wait());
    REQUIRE_FALSE(denied.value->ok());
    CHECK(denied.value->error().code == SecretError::Denied);
    CHECK_FALSE(store.isSessionOnly(QStringLiteral("mail-account/other")));
}

TEST_CASE("The real keychain without a D-Bus session reports that no keychain is available", "[secrets][keychain]")
{
    // Headless CI has no session bus; point at one that cannot exist so a developer's desktop keychain is never
    // touched. The answer must come quickly and say "unavailable", the case the fallback exists for.
    const QByteArray previous = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tsunagu-test-bus");
    QObject context;
    KeychainSecretStore keychain(QStringLiteral("Tsunagu tests"));
    QElapsedTimer timer;
    timer.start();
    WriteAnswer written;
    keychain.write(s_key, QStringLiteral("never stored"), &context, [&](const auto& r) { written.value = r; });
    REQUIRE(written.wait(30000));
    INFO(written.value->error().detail.toStdString());
    REQUIRE_FALSE(written.value->ok());
    CHECK(written.value->error().code == SecretError::Unavailable);
    CHECK(timer.elapsed() < 10000);

    FallbackSecretStore fallback(keychain);
    WriteAnswer kept;
    fallback.write(s_key, QStringLiteral("for now"), &context, [&](const auto& r) { kept.value = r; });
    REQUIRE(kept.wait(30000));
    REQUIRE(kept.value->ok());
    CHECK(kept.value->value() == SecretLocation::SessionOnly);
    if (previous.isEmpty())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", previous);
}

} // namespace tsunagu
