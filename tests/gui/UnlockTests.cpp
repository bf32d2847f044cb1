// SPDX-License-Identifier: GPL-3.0-or-later
// Unlocking without freezing: the passphrase asked before the window opens and the lock screen's passphrase are
// checked on a worker thread (the dialog keeps answering, a bar moves), and a profile whose key is in the keychain
// unlocks with the computer account's button.
#include "MainWindow.h"
#include "UiFixture.h"
#include "common/LockScreen.h"
#include "common/NewProfileKey.h"
#include "common/PassphrasePrompt.h"
#include "common/WindowLock.h"
#include "crypto/KeyFile.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tsunagu;
using tsunagu::test::UiFixture;

namespace {

// libsodium's minimum Argon2id cost while a test runs, as the command-line tests have it.
struct WeakKdf
{
    WeakKdf() { qputenv(crypto::KdfCost::s_testWeakKdfVariable, "1"); }
    ~WeakKdf() { qunsetenv(crypto::KdfCost::s_testWeakKdfVariable); }
};

// True when the GUI thread runs its event loop within the time (a zero timer fires).
bool guiThreadAnswers()
{
    bool fired = false;
    QTimer::singleShot(0, [&fired] { fired = true; });
    return QTest::qWaitFor([&fired] { return fired; }, 2000);
}

} // namespace

TEST_CASE("the passphrase asked at start: a wrong one is said so in the dialog, the right one opens the profile",
          "[gui][lock]")
{
    WeakKdf weak;
    QTemporaryDir folder;
    {
        ProfileUnlock sealing;
        sealing.passphrase = QStringLiteral("正しい 合言葉");
        sealing.seal = true;
        auto made = Profile::open(folder.path(), sealing);
        REQUIRE(made);
    }
    auto keyFile = crypto::KeyFile::load(QDir(folder.path()).filePath(QStringLiteral("tsunagu.key")));
    REQUIRE(keyFile);
    std::shared_ptr<const crypto::DataKey> key;
    QSemaphore gate; // each check waits here until the test lets it go on
    ui::PassphrasePrompt prompt(ui::PassphrasePrompt::Mode::Unlock, QStringLiteral("Enter its passphrase:"),
                                [&](const QString& passphrase) {
                                    gate.acquire();
                                    auto unlocked = keyFile->unlock(passphrase);
                                    if (!unlocked)
                                        return false;
                                    key = std::make_shared<const crypto::DataKey>(std::move(unlocked).value());
                                    return true;
                                });
    prompt.show();
    REQUIRE(QTest::qWaitForWindowExposed(&prompt));
    auto* edit = test::child<QLineEdit>(prompt, "passphraseEdit");
    auto* busy = test::child<QProgressBar>(prompt, "passphraseBusyBar");
    auto* message = test::child<QLabel>(prompt, "passphraseMessageLabel");
    CHECK(edit->echoMode() == QLineEdit::Password);

    QSignalSpy refused(&prompt, &ui::PassphrasePrompt::refused);
    edit->setText(QStringLiteral("ちがう")); // typed through an input method: QTest types ASCII only
    QTest::keyClick(edit, Qt::Key_Return);
    // While the check runs the dialog keeps answering and shows that it is working.
    CHECK(busy->isVisible());
    CHECK_FALSE(test::child<QPushButton>(prompt, "passphraseOkButton")->isEnabled());
    CHECK(guiThreadAnswers());
    gate.release();
    REQUIRE(refused.wait(10000));
    CHECK(prompt.isVisible());
    CHECK(message->isVisible());
    CHECK(message->text() == QStringLiteral("That passphrase is not right. Try again (upper and lower case count)."));
    CHECK(edit->text().isEmpty());
    CHECK_FALSE(busy->isVisible());
    CHECK_FALSE(key);

    QSignalSpy accepted(&prompt, &QDialog::accepted);
    edit->setText(QStringLiteral("正しい 合言葉"));
    gate.release();
    QTest::mouseClick(test::child<QPushButton>(prompt, "passphraseOkButton"), Qt::LeftButton);
    REQUIRE(accepted.wait(10000));
    REQUIRE(key);
    // The key unwrapped on the worker opens the sealed profile without a second derivation.
    ProfileUnlock withKey;
    withKey.key = key;
    auto opened = Profile::open(folder.path(), withKey);
    REQUIRE(opened);
    CHECK(opened.value()->isSealed());
    CHECK(opened.value()->hasPassphrase());
}

TEST_CASE("a new passphrase chosen at start must be typed twice the same", "[gui][lock]")
{
    ui::PassphrasePrompt prompt(ui::PassphrasePrompt::Mode::Choose, QStringLiteral("No keychain here."), {});
    prompt.show();
    REQUIRE(QTest::qWaitForWindowExposed(&prompt));
    QTest::keyClicks(test::child<QLineEdit>(prompt, "passphraseEdit"), QStringLiteral("one phrase"));
    QTest::keyClicks(test::child<QLineEdit>(prompt, "passphraseRepeatEdit"), QStringLiteral("another"));
    QTest::mouseClick(test::child<QPushButton>(prompt, "passphraseOkButton"), Qt::LeftButton);
    CHECK(prompt.isVisible());
    CHECK(test::child<QLabel>(prompt, "passphraseMessageLabel")->text().contains(QStringLiteral("differ")));
    QSignalSpy accepted(&prompt, &QDialog::accepted);
    QTest::keyClicks(test::child<QLineEdit>(prompt, "passphraseEdit"), QStringLiteral("one phrase"));
    QTest::keyClicks(test::child<QLineEdit>(prompt, "passphraseRepeatEdit"), QStringLiteral("one phrase"));
    QTest::mouseClick(test::child<QPushButton>(prompt, "passphraseOkButton"), Qt::LeftButton);
    CHECK(accepted.count() == 1);
    CHECK(prompt.passphrase() == QStringLiteral("one phrase"));
}

TEST_CASE("a new profile under a passphrase gets its key on a worker: the GUI thread keeps running meanwhile",
          "[gui][lock]")
{
    // The real Argon2id cost (about half a second), so the derivation takes long enough to be seen.
    QTemporaryDir folder;
    const QString directory = QDir(folder.path()).filePath(QStringLiteral("new-profile"));
    int ticks = 0;
    bool barShown = false;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        ++ticks;
        if (auto* modal = QApplication::activeModalWidget();
            modal && modal->objectName() == QLatin1String("busyWorkDialog") && modal->isVisible())
            barShown = true;
    });
    ticker.start();
    auto key = ui::sealUnderPassphraseBusy(nullptr, directory, QStringLiteral("新しい 合言葉"),
                                           QStringLiteral("Making the new profile."));
    const int ticksDuring = ticks;
    ticker.stop();
    REQUIRE(key.ok());
    CHECK(ticksDuring >= 10); // a blocked GUI thread would fire none until the work had ended
    CHECK(barShown);

    // The profile is sealed under the passphrase: it opens with it, and with the key the work returned.
    auto keyFile = crypto::KeyFile::load(QDir(directory).filePath(QStringLiteral("tsunagu.key")));
    REQUIRE(keyFile);
    CHECK(keyFile->hasPassphrase());
    ProfileUnlock withKey;
    withKey.key = key.value();
    auto opened = Profile::open(directory, withKey);
    REQUIRE(opened);
    CHECK(opened.value()->isSealed());
    CHECK(opened.value()->checkPassphrase(QStringLiteral("新しい 合言葉")));
}

TEST_CASE("the lock screen checks a passphrase on a worker: the window keeps answering with a moving bar",
          "[gui][lock]")
{
    UiFixture fixture;
    ui::MainWindow window(fixture.services());
    QSemaphore gate;
    window.windowLock().setUnlock({[&gate](const QString& passphrase) {
                                       gate.acquire();
                                       return passphrase == QStringLiteral("right key");
                                   },
                                   {}});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::child<QAction>(window, "lockAction")->trigger();
    REQUIRE(window.windowLock().isLocked());

    QSignalSpy unlocked(&window.windowLock(), &ui::WindowLock::unlocked);
    auto* passphrase = test::child<QLineEdit>(window, "unlockPassphraseEdit");
    QTest::keyClicks(passphrase, QStringLiteral("right key"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    CHECK(window.windowLock().isChecking());
    CHECK(test::child<QProgressBar>(window, "unlockBusyBar")->isVisible());
    CHECK_FALSE(test::child<QPushButton>(window, "unlockButton")->isEnabled());
    CHECK(guiThreadAnswers());
    CHECK(window.windowLock().isLocked());
    gate.release();
    REQUIRE(unlocked.wait(10000));
    CHECK_FALSE(window.windowLock().isLocked());
}

TEST_CASE("a profile whose key is in the keychain unlocks with the computer account, only when the keychain answers",
          "[gui][lock]")
{
    UiFixture fixture;
    ui::MainWindow window(fixture.services());
    bool keychainHandsOut = false;
    window.windowLock().setUnlock({{}, [&keychainHandsOut](QObject* context, std::function<void(bool)> done) {
                                       // Later, as a keychain answers.
                                       QTimer::singleShot(0, context,
                                                          [done, answer = keychainHandsOut] { done(answer); });
                                   }});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::child<QAction>(window, "lockAction")->trigger();
    REQUIRE(window.windowLock().isLocked());
    // No passphrase field and no plain button: the account's keychain is what opens it.
    CHECK_FALSE(test::child<QLineEdit>(window, "unlockPassphraseEdit")->isVisible());
    CHECK_FALSE(test::child<QPushButton>(window, "unlockButton")->isVisible());
    auto* account = test::child<QPushButton>(window, "unlockWithAccountButton");
    REQUIRE(account->isVisible());

    QSignalSpy refused(&window.windowLock(), &ui::WindowLock::unlockRefused);
    QTest::mouseClick(account, Qt::LeftButton);
    REQUIRE(refused.wait(5000));
    CHECK(window.windowLock().isLocked());
    CHECK(test::child<QLabel>(window, "unlockMessageLabel")->text().contains(QStringLiteral("keychain")));

    keychainHandsOut = true;
    QSignalSpy unlocked(&window.windowLock(), &ui::WindowLock::unlocked);
    QTest::mouseClick(account, Qt::LeftButton);
    REQUIRE(unlocked.wait(5000));
    CHECK_FALSE(window.windowLock().isLocked());
}
