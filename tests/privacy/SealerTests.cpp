// SPDX-License-Identifier: GPL-3.0-or-later
// The data key, sealing per column, the keyed hash, and the key wrapped by a passphrase.
#include "crypto/KeyFile.h"
#include "crypto/Sealer.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace tsunagu;
using namespace tsunagu::crypto;

namespace {

// The lowest Argon2id cost: these tests check wrapping, not its price.
const KdfCost s_cheap{1, 8192};

} // namespace

TEST_CASE("A sealed value opens only in its own column with its own key", "[privacy][seal]")
{
    const DataKey key = DataKey::generate();
    REQUIRE_FALSE(key.isNull());
    const Sealer sealer(key);
    REQUIRE(sealer.isValid());
    const QString introduction = QStringLiteral("お酒をやめたくて申し込みました。");

    const QString sealed = sealer.sealText(introduction, "applicants.introduction");
    CHECK(Sealer::isSealedText(sealed));
    CHECK_FALSE(sealed.contains(introduction));
    // A fresh nonce each time: equal values do not look equal.
    CHECK(sealer.sealText(introduction, "applicants.introduction") != sealed);

    QString opened;
    CHECK(sealer.openText(sealed, "applicants.introduction", opened) == Sealer::Opened::Sealed);
    CHECK(opened == introduction);
    // Moved to another column: does not open.
    CHECK(sealer.openText(sealed, "applicants.notes", opened) == Sealer::Opened::Tampered);
    CHECK(opened.isEmpty());
    // Another profile's key: does not open.
    const DataKey other = DataKey::generate();
    CHECK(Sealer(other).openText(sealed, "applicants.introduction", opened) == Sealer::Opened::Tampered);
    // One character changed: does not open.
    QString changed = sealed;
    changed[changed.size() - 3] = changed[changed.size() - 3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    CHECK(sealer.openText(changed, "applicants.introduction", opened) == Sealer::Opened::Tampered);
    // A plain value from before sealing is read as it is.
    CHECK(sealer.openText(introduction, "applicants.introduction", opened) == Sealer::Opened::Plain);
    CHECK(opened == introduction);
}

TEST_CASE("Sealed text of every length opens, is base64url, and a damaged character does not open", "[privacy][seal]")
{
    const Sealer sealer(DataKey::generate());
    REQUIRE(sealer.isValid());
    // Every remainder of the encoding's groups of three, and text that is not ASCII.
    for (int length = 1; length <= 40; ++length) {
        const QString plain = QString(length, QChar(u'あ' + length % 40)).left(length);
        const QString sealed = sealer.sealText(plain, "applicants.notes");
        REQUIRE(sealed.startsWith(QLatin1String("tss1:")));
        // The stored form stays what earlier versions wrote and read: base64url without padding.
        const auto decoded = QByteArray::fromBase64Encoding(
            sealed.mid(5).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        REQUIRE(decoded);
        CHECK(QLatin1String("tss1:") + QString::fromLatin1(decoded.decoded.toBase64(QByteArray::Base64UrlEncoding |
                                                                                    QByteArray::OmitTrailingEquals)) ==
              sealed);
        CHECK(decoded.decoded.size() == plain.toUtf8().size() + 24 + 16);
        QString opened;
        REQUIRE(sealer.openText(sealed, "applicants.notes", opened) == Sealer::Opened::Sealed);
        CHECK(opened == plain);

        QString changed = sealed;
        changed[changed.size() / 2] = changed[changed.size() / 2] == u'A' ? u'B' : u'A';
        CHECK(sealer.openText(changed, "applicants.notes", opened) == Sealer::Opened::Tampered);
        CHECK(opened.isEmpty());
        for (const QChar bad : {u'=', u'+', u'/', u'\n', u'あ'}) {
            QString foreign = sealed;
            foreign[7] = bad;
            CHECK(sealer.openText(foreign, "applicants.notes", opened) == Sealer::Opened::Tampered);
        }
        CHECK(sealer.openText(sealed.chopped(1), "applicants.notes", opened) == Sealer::Opened::Tampered);
    }
}

TEST_CASE("Raw mail bytes are sealed as bytes", "[privacy][seal]")
{
    const DataKey key = DataKey::generate();
    const Sealer sealer(key);
    const QByteArray raw("From: a@example.org\r\nSubject: =?ISO-2022-JP?B?GyRCPzIbKEI=?=\r\n\r\n\x1b$B0!\x1b(B\r\n");
    const QByteArray sealed = sealer.sealBytes(raw, "messages.raw");
    CHECK(Sealer::isSealedBytes(sealed));
    CHECK_FALSE(sealed.contains("example.org"));
    QByteArray opened;
    CHECK(sealer.openBytes(sealed, "messages.raw", opened) == Sealer::Opened::Sealed);
    CHECK(opened == raw);
    CHECK(sealer.openBytes(sealed, "fetched_mail.raw", opened) == Sealer::Opened::Tampered);
    CHECK(sealer.openBytes(sealed.left(20), "messages.raw", opened) == Sealer::Opened::Tampered);
    CHECK(sealer.openBytes(raw, "messages.raw", opened) == Sealer::Opened::Plain);
    CHECK(sealer.openBytes(QByteArray(), "messages.raw", opened) == Sealer::Opened::Plain);
}

TEST_CASE("Every sealed value has its own nonce, across many values and in a forked child", "[privacy][seal]")
{
    const DataKey key = DataKey::generate();
    const Sealer sealer(key);
    const auto nonceOf = [](const QByteArray& sealed) {
        return sealed.mid(4, 24);
    }; // after the "TSs\x01" prefix
    // More than one refill of a thread's pool of nonces.
    QSet<QByteArray> nonces;
    for (int i = 0; i < 1000; ++i)
        nonces.insert(nonceOf(sealer.sealBytes(QByteArray("same value"), "applicants.notes")));
    CHECK(nonces.size() == 1000);
#ifdef Q_OS_UNIX
    // A child forked with part of the pool left must not take the nonces its parent takes next.
    int channel[2];
    REQUIRE(pipe(channel) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const QByteArray nonce = nonceOf(sealer.sealBytes(QByteArray("child"), "applicants.notes"));
        const bool written = write(channel[1], nonce.constData(), size_t(nonce.size())) == nonce.size();
        _exit(written ? 0 : 1);
    }
    close(channel[1]);
    const QByteArray parentNonce = nonceOf(sealer.sealBytes(QByteArray("parent"), "applicants.notes"));
    QByteArray childNonce(24, '\0');
    CHECK(read(channel[0], childNonce.data(), 24) == 24);
    close(channel[0]);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    CHECK(childNonce != parentNonce);
    CHECK_FALSE(nonces.contains(childNonce));
#endif
}

TEST_CASE("The keyed hash finds equal addresses and nothing else", "[privacy][seal]")
{
    const DataKey key = DataKey::generate();
    const Sealer sealer(key);
    const auto hash = [&](const QString& address) {
        return sealer.keyedHash(Sealer::normaliseAddress(address), "applicants.reply_address");
    };
    CHECK(hash(QStringLiteral(" Hana@Example.ORG ")) == hash(QStringLiteral("hana@example.org")));
    CHECK(hash(QStringLiteral("hana@example.org")) != hash(QStringLiteral("hanb@example.org")));
    CHECK(hash(QStringLiteral("hana@example.org")).size() == 64);
    // Another key, another hash: the hashes of one profile tell nothing in another.
    const DataKey other = DataKey::generate();
    CHECK(Sealer(other).keyedHash(QStringLiteral("hana@example.org"), "applicants.reply_address") !=
          hash(QStringLiteral("hana@example.org")));
    CHECK(sealer.keyedHash(QStringLiteral("hana@example.org"), "contacts.mail") !=
          hash(QStringLiteral("hana@example.org")));
}

TEST_CASE("A passphrase unwraps the profile key and a wrong one says so", "[privacy][passphrase]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QLatin1String(KeyFile::s_fileName));
    const DataKey key = DataKey::generate();
    KeyFile file = KeyFile::create(path, key);
    file.setPassphrase(key, QStringLiteral("正しい合言葉 2026"), s_cheap);
    REQUIRE(file.save());

    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char*>(key.bytes()), 32)));
    CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char*>(key.bytes()), 32).toBase64()));
    CHECK(bytes.contains("argon2id13"));

    auto loaded = KeyFile::load(path);
    REQUIRE(loaded);
    CHECK(loaded->hasPassphrase());
    auto unlocked = loaded->unlock(QStringLiteral("正しい合言葉 2026"));
    REQUIRE(unlocked);
    CHECK(unlocked.value().sameAs(key));
    CHECK(loaded->belongsTo(key));
    CHECK(loaded->checkPassphrase(QStringLiteral("正しい合言葉 2026"), key));
    CHECK_FALSE(loaded->checkPassphrase(QStringLiteral("ちがう"), key));

    auto wrong = loaded->unlock(QStringLiteral("ちがう"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == KeyError::WrongPassphrase);
    auto none = loaded->unlock(QString());
    REQUIRE_FALSE(none);
    CHECK(none.error().code == KeyError::PassphraseNeeded);
}

TEST_CASE("Changing the passphrase rewraps the same key", "[privacy][passphrase]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QLatin1String(KeyFile::s_fileName));
    const DataKey key = DataKey::generate();
    KeyFile file = KeyFile::create(path, key);
    file.setPassphrase(key, QStringLiteral("first"), s_cheap);
    REQUIRE(file.save());
    const QString sealed = Sealer(key).sealText(QStringLiteral("passcode 123456"), "meeting_series.passcode");

    auto loaded = KeyFile::load(path);
    REQUIRE(loaded);
    auto unlocked = loaded->unlock(QStringLiteral("first"));
    REQUIRE(unlocked);
    loaded->setPassphrase(unlocked.value(), QStringLiteral("second"), s_cheap);
    REQUIRE(loaded->save());

    auto again = KeyFile::load(path);
    REQUIRE(again);
    REQUIRE_FALSE(again->unlock(QStringLiteral("first")));
    auto second = again->unlock(QStringLiteral("second"));
    REQUIRE(second);
    // What was sealed before the change still opens: only the key was rewrapped.
    QString opened;
    CHECK(Sealer(second.value()).openText(sealed, "meeting_series.passcode", opened) == Sealer::Opened::Sealed);
    CHECK(opened == QStringLiteral("passcode 123456"));
}

TEST_CASE("A damaged key file is reported as damaged", "[privacy][passphrase]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QLatin1String(KeyFile::s_fileName));
    CHECK(KeyFile::load(path).error().code == KeyError::NoKey);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": 1, \"check\": \"");
    file.close();
    CHECK(KeyFile::load(path).error().code == KeyError::Damaged);
}

TEST_CASE("An exported key comes back only with its own passphrase", "[privacy][backup]")
{
    qputenv(KdfCost::s_testWeakKdfVariable, "1");
    const DataKey key = DataKey::generate();
    const QByteArray exported = exportKey(key, QStringLiteral("backup phrase"));
    REQUIRE_FALSE(exported.isEmpty());
    auto imported = importKey(exported, QStringLiteral("backup phrase"));
    REQUIRE(imported);
    CHECK(imported.value().sameAs(key));
    CHECK(importKey(exported, QStringLiteral("profile phrase")).error().code == KeyError::WrongPassphrase);
    CHECK(importKey("not json", QStringLiteral("backup phrase")).error().code == KeyError::Damaged);
}
