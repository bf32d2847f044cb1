// SPDX-License-Identifier: GPL-3.0-or-later
// 設定 › プライバシー shows how the data's key is kept and lets the host set, change and remove the passphrase; the
// key is derived on a worker thread behind a moving bar while the window keeps running.
#include "UiFixture.h"
#include "areas/PrivacyPage.h"
#include "common/ProfileKeys.h"
#include "crypto/KeyFile.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tsunagu;
using test::child;

namespace {

// The keychain the page reaches through ProfileKeys: entries by name, as the OS keychain keeps them.
struct EntryStore
{
    QHash<QString, QByteArray> entries;
    ui::ProfileKeys::Keychain functions()
    {
        return {[this](const QString& entry, const crypto::DataKey& key, QString&) {
                    entries.insert(entry, QByteArray(reinterpret_cast<const char*>(key.bytes()), 32));
                    return true;
                },
                [this](const QString& entry, QString&) {
                    entries.remove(entry);
                    return true;
                }};
    }
};

// Counts the GUI thread's timer ticks while `work` runs, and whether the busy dialog was up meanwhile.
struct TickCount
{
    int ticks = 0;
    bool barShown = false;
};
TickCount whileRunning(const std::function<void()>& work)
{
    TickCount count;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&count] {
        ++count.ticks;
        if (auto* modal = QApplication::activeModalWidget();
            modal && modal->objectName() == QLatin1String("busyWorkDialog") && modal->isVisible())
            count.barShown = true;
    });
    ticker.start();
    work();
    return count;
}

} // namespace

TEST_CASE("The privacy settings set, change and remove the passphrase, the key derived off the GUI thread",
          "[gui][settings][privacy][lock]")
{
    test::UiFixture fixture;
    QTemporaryDir folder;
    EntryStore keychain;
    const QString entry = QStringLiteral("tsunagu-profile-test");
    std::unique_ptr<Profile> profile;
    {
        ProfileUnlock unlock;
        unlock.seal = true;
        unlock.key = std::make_shared<const crypto::DataKey>(crypto::DataKey::generate());
        unlock.keychainEntry = entry;
        QString problem;
        keychain.functions().write(entry, *unlock.key, problem);
        auto opened = Profile::open(folder.path(), unlock);
        REQUIRE(opened);
        profile = std::move(opened).value();
    }
    ui::ProfileKeys keys(*profile, keychain.functions(), QDir(folder.path()).filePath(QStringLiteral("ui.ini")));
    int changes = 0;
    keys.changed = [&changes] {
        ++changes;
    };
    fixture.services().keys = &keys;
    ui::PrivacyPage page(fixture.services());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* state = child<QLabel>(page, "keyStateLabel");
    auto* set = child<QPushButton>(page, "setPassphraseButton");
    auto* remove = child<QPushButton>(page, "removePassphraseButton");
    CHECK(state->text().contains(QStringLiteral("keychain")));
    CHECK(set->isVisible());
    CHECK_FALSE(remove->isVisible());

    // Two different passphrases: nothing changes.
    fixture.prompter().passwordQueue = {QStringLiteral("合言葉 いち"), QStringLiteral("合言葉 に")};
    QTest::mouseClick(set, Qt::LeftButton);
    CHECK(fixture.prompter().told.last().contains(QStringLiteral("differ")));
    CHECK_FALSE(profile->hasPassphrase());

    // Set: derived on a worker (the real Argon2id cost), the keychain's copy removed.
    fixture.prompter().passwordQueue = {QStringLiteral("合言葉 いち"), QStringLiteral("合言葉 いち")};
    const TickCount during = whileRunning([&] { QTest::mouseClick(set, Qt::LeftButton); });
    CHECK(during.ticks >= 10);
    CHECK(during.barShown);
    CHECK(profile->hasPassphrase());
    CHECK(profile->checkPassphrase(QStringLiteral("合言葉 いち")));
    CHECK_FALSE(keychain.entries.contains(entry));
    CHECK(changes == 1);
    CHECK(state->text().contains(QStringLiteral("passphrase")));
    CHECK(remove->isVisible());
    CHECK(fixture.prompter().told.last().contains(QStringLiteral("only with its passphrase")));

    // Change: the current one first; a wrong one changes nothing.
    fixture.prompter().passwordQueue = {QStringLiteral("違う 合言葉")};
    QTest::mouseClick(set, Qt::LeftButton);
    CHECK(fixture.prompter().told.last().contains(QStringLiteral("not the current passphrase")));
    fixture.prompter().passwordQueue = {QStringLiteral("合言葉 いち"), QStringLiteral("合言葉 さん"),
                                        QStringLiteral("合言葉 さん")};
    QTest::mouseClick(set, Qt::LeftButton);
    CHECK(profile->checkPassphrase(QStringLiteral("合言葉 さん")));
    CHECK_FALSE(profile->checkPassphrase(QStringLiteral("合言葉 いち")));
    CHECK(changes == 2);

    // Remove: the key goes to the keychain, and the profile opens with it alone.
    fixture.prompter().confirmAnswer = true;
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK_FALSE(profile->hasPassphrase());
    CHECK(keychain.entries.size() == 1);
    CHECK(keychain.entries.contains(profile->keychainEntry()));
    CHECK(state->text().contains(QStringLiteral("keychain")));
    CHECK_FALSE(remove->isVisible());
    CHECK(changes == 3);
    auto keyFile = crypto::KeyFile::load(profile->keyFilePath());
    REQUIRE(keyFile);
    CHECK_FALSE(keyFile->hasPassphrase());
    CHECK(keyFile->opensWithKeychain());
}

TEST_CASE("A plain profile's privacy settings say it is not encrypted and seal it at the next start",
          "[gui][settings][privacy][lock]")
{
    test::UiFixture fixture;
    QTemporaryDir folder;
    auto opened = Profile::open(folder.path(), {});
    REQUIRE(opened);
    const QString statePath = QDir(folder.path()).filePath(QStringLiteral("ui.ini"));
    ui::ProfileKeys keys(*opened.value(), {}, statePath);
    fixture.services().keys = &keys;
    ui::PrivacyPage page(fixture.services());
    page.show();
    auto* state = child<QLabel>(page, "keyStateLabel");
    CHECK(state->text().contains(QStringLiteral("Not encrypted")));
    fixture.prompter().confirmAnswer = true;
    QTest::mouseClick(child<QPushButton>(page, "setPassphraseButton"), Qt::LeftButton);
    CHECK(ui::ProfileKeys::sealAtStartWanted(statePath));
    CHECK(state->text().contains(QStringLiteral("next start")));
    CHECK_FALSE(opened.value()->isSealed());
}
