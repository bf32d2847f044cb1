// SPDX-License-Identifier: GPL-3.0-or-later
// The lock of the window, driven through the real main window: nothing personal stays visible, the title gives
// nothing away, a wrong passphrase keeps it locked, and the idle timer locks it by itself. Also the backup and
// restore menu items, with the prompter answering.
#include "MainWindow.h"
#include "UiFixture.h"
#include "common/BackupActions.h"
#include "common/IdleWatcher.h"
#include "common/WindowLock.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QTextEdit>

using namespace tsunagu;
using tsunagu::test::LanguageGuard;
using tsunagu::test::UiFixture;

namespace {

// What a person looking at the screen could read: visible labels, line and text edits, and the rows of visible
// item views, in every window of the application.
QStringList visibleTexts()
{
    QStringList texts;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        texts << window->windowTitle();
        for (QWidget* widget : window->findChildren<QWidget*>()) {
            if (!widget->isVisible())
                continue;
            if (auto* label = qobject_cast<QLabel*>(widget))
                texts << label->text();
            else if (auto* edit = qobject_cast<QLineEdit*>(widget))
                texts << edit->text();
            else if (auto* text = qobject_cast<QTextEdit*>(widget))
                texts << text->toPlainText();
            else if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
                const QAbstractItemModel* model = view->model();
                for (int row = 0; row < model->rowCount(); ++row) {
                    for (int column = 0; column < model->columnCount(); ++column)
                        texts << model->index(row, column).data().toString();
                }
            }
        }
    }
    return texts;
}

// The names and addresses of the demo's applicants.
QStringList applicantWords(Database& database)
{
    QStringList words;
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT anonymous_name, reply_address FROM applicants")));
    while (query.next()) {
        for (int i = 0; i < 2; ++i) {
            const QString word = query.value(i).toString();
            if (word.size() >= 3)
                words << word;
        }
    }
    REQUIRE(words.size() > 10);
    return words;
}

bool anyShown(const QStringList& words)
{
    const QString screen = visibleTexts().join(QLatin1Char('\n'));
    for (const QString& word : words) {
        if (screen.contains(word)) {
            UNSCOPED_INFO("still visible: " << word.toStdString());
            return true;
        }
    }
    return false;
}

void showApplicants(ui::MainWindow& window)
{
    window.showArea(ui::MainWindow::Applicants);
    test::waitForLists(window);
}

} // namespace

TEST_CASE("Ctrl+L locks the window: no applicant is visible, open dialogs are covered, the title gives nothing away",
          "[gui][lock]")
{
    UiFixture fixture;
    LanguageGuard japanese(QStringLiteral("ja"));
    ui::MainWindow window(fixture.services());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    showApplicants(window);
    const QStringList words = applicantWords(fixture.database());
    REQUIRE(anyShown(words));
    const QString titleBefore = window.windowTitle();

    // A modal dialog left open with an applicant's name in it.
    auto* dialog =
        new QMessageBox(QMessageBox::Information, QStringLiteral("申込者"), words.first(), QMessageBox::Ok, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));

    QSignalSpy locked(&window.windowLock(), &ui::WindowLock::locked);
    // Pressed where the keyboard is (the dialog): the shortcut works from any window of the application.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(locked.count() == 1);
    CHECK(window.windowLock().isLocked());
    CHECK_FALSE(anyShown(words));
    CHECK(window.windowTitle() == QStringLiteral("つなぐ（ロック中）"));
    CHECK(dialog->windowTitle() == QStringLiteral("つなぐ（ロック中）"));
    CHECK(dialog->isVisible()); // still open underneath, with what it held
    auto* cover = window.findChild<QWidget*>(QStringLiteral("lockScreen"), Qt::FindDirectChildrenOnly);
    REQUIRE(cover);
    CHECK(cover->isVisible());
    // The unlock form is where the host can type: on the modal dialog, which blocks the main window.
    CHECK(test::child<QWidget>(dialog, "unlockForm")->isVisible());
    CHECK_FALSE(test::child<QWidget>(cover, "unlockForm")->isVisible());

    // New mail counted while locked: the title stays locked, the count comes back on unlocking.
    window.reloadAll();
    CHECK(window.windowTitle() == QStringLiteral("つなぐ（ロック中）"));

    // No passphrase is set for this profile: the plain button unlocks, and everything comes back as it was.
    QTest::mouseClick(test::child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    CHECK_FALSE(window.windowLock().isLocked());
    CHECK(window.windowTitle() == titleBefore);
    CHECK(dialog->windowTitle() == QStringLiteral("申込者"));
    CHECK(anyShown(words));
    CHECK(window.findChild<QWidget*>(QStringLiteral("lockScreen")) == nullptr);
    dialog->close();
}

TEST_CASE("a wrong passphrase keeps the window locked with a message, the right one shows the same area again",
          "[gui][lock]")
{
    UiFixture fixture;
    ui::MainWindow window(fixture.services());
    window.windowLock().setUnlock(
        {[](const QString& passphrase) { return passphrase == QStringLiteral("right key"); }, {}});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    showApplicants(window);
    const QStringList words = applicantWords(fixture.database());
    auto* stack = test::child<QStackedWidget>(window, "areaStack");
    QWidget* area = stack->currentWidget();

    test::child<QAction>(window, "lockAction")->trigger();
    REQUIRE(window.windowLock().isLocked());
    CHECK(window.windowTitle() == QStringLiteral("Tsunagu (locked)"));
    auto* passphrase = test::child<QLineEdit>(window, "unlockPassphraseEdit");
    CHECK(passphrase->isVisible());
    CHECK(passphrase->echoMode() == QLineEdit::Password);

    // Checked on a worker thread: the answer comes a moment later.
    QSignalSpy refused(&window.windowLock(), &ui::WindowLock::unlockRefused);
    QSignalSpy unlocked(&window.windowLock(), &ui::WindowLock::unlocked);
    QTest::keyClicks(passphrase, QStringLiteral("left key"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    REQUIRE(refused.wait(10000));
    CHECK(window.windowLock().isLocked());
    auto* message = test::child<QLabel>(window, "unlockMessageLabel");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("not right")));
    CHECK(passphrase->text().isEmpty());
    CHECK_FALSE(anyShown(words));

    QTest::keyClicks(passphrase, QStringLiteral("right key"));
    QTest::mouseClick(test::child<QPushButton>(window, "unlockButton"), Qt::LeftButton);
    REQUIRE(unlocked.wait(10000));
    CHECK_FALSE(window.windowLock().isLocked());
    CHECK(stack->currentWidget() == area);
    CHECK(stack->isVisible());
    CHECK(anyShown(words));
}

TEST_CASE("the window locks itself after the idle time, and never when it is set to zero", "[gui][lock]")
{
    UiFixture fixture;
    ui::MainWindow window(fixture.services());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // Ten minutes unless the host chose otherwise.
    CHECK(window.idleWatcher().interval() == std::chrono::minutes(10));

    QSignalSpy locked(&window.windowLock(), &ui::WindowLock::locked);
    window.idleWatcher().setInterval(std::chrono::milliseconds(0));
    CHECK_FALSE(locked.wait(400));
    CHECK_FALSE(window.windowLock().isLocked());

    window.idleWatcher().setInterval(std::chrono::milliseconds(150));
    REQUIRE(locked.wait(5000));
    CHECK(window.windowLock().isLocked());
}

TEST_CASE("設定 → プライバシー sets the idle minutes, kept for the next start", "[gui][lock]")
{
    UiFixture fixture;
    {
        ui::MainWindow window(fixture.services());
        window.showArea(ui::MainWindow::Settings);
        auto* minutes = test::child<QSpinBox>(window, "lockMinutesSpin");
        CHECK(minutes->value() == 10);
        minutes->setValue(0);
        CHECK(window.idleWatcher().interval().count() == 0);
        minutes->setValue(25);
        CHECK(window.idleWatcher().interval() == std::chrono::minutes(25));
    }
    ui::MainWindow again(fixture.services());
    CHECK(again.idleWatcher().interval() == std::chrono::minutes(25));
}

TEST_CASE("a backup made from the window restores from the window, and a wrong passphrase changes nothing",
          "[gui][backup]")
{
    UiFixture fixture;
    QTemporaryDir tmp;
    ui::MainWindow window(fixture.services());
    auto& prompter = fixture.prompter();
    auto& actions = window.backupActions();
    bool restarted = false;
    actions.restart = [&restarted] {
        restarted = true;
    };
    const auto hostCount = [&fixture] {
        return fixture.services().hosts.all().value().size();
    };
    const auto hostsBefore = hostCount();

    prompter.saveFile = tmp.filePath(QStringLiteral("window.tsunagu-backup"));
    prompter.passwordAnswer = QStringLiteral("窓のパスフレーズ");
    QSignalSpy written(&actions, &ui::BackupActions::backupFinished);
    test::child<QAction>(window, "createBackupAction")->trigger();
    REQUIRE(written.wait(30000));
    CHECK(written.first().first().toBool());
    CHECK(QFile::exists(prompter.saveFile));
    CHECK(prompter.told.last().contains(QStringLiteral("Backup written")));
    CHECK(prompter.passwordsAsked.size() == 2); // asked twice

    // A host added after the backup: gone again after the restore.
    Host extra;
    extra.displayName = QStringLiteral("あとから");
    REQUIRE(fixture.services().hosts.insert(extra).ok());
    REQUIRE(hostCount() == hostsBefore + 1);

    QSignalSpy restored(&actions, &ui::BackupActions::restoreFinished);
    prompter.openFile = prompter.saveFile;
    prompter.confirmAnswer = true;
    prompter.passwordAnswer = QStringLiteral("違うパスフレーズ");
    test::child<QAction>(window, "restoreBackupAction")->trigger();
    REQUIRE(restored.wait(30000));
    CHECK_FALSE(restored.last().first().toBool());
    CHECK(prompter.told.last().contains(QStringLiteral("passphrase does not open")));
    CHECK(hostCount() == hostsBefore + 1);
    CHECK_FALSE(restarted);

    prompter.passwordAnswer = QStringLiteral("窓のパスフレーズ");
    test::child<QAction>(window, "restoreBackupAction")->trigger();
    REQUIRE(restored.wait(30000));
    CHECK(restored.last().first().toBool());
    CHECK(hostCount() == hostsBefore);
    CHECK(prompter.asked.last().contains(QStringLiteral("Restart")));
    CHECK(restarted);
}

TEST_CASE("ヘルプ → 診断情報を保存 writes the versions and counts, and nothing about applicants", "[gui][diagnostics]")
{
    UiFixture fixture;
    QTemporaryDir tmp;
    ui::MainWindow window(fixture.services());
    fixture.prompter().saveFile = tmp.filePath(QStringLiteral("diagnostics.json"));
    test::child<QAction>(window, "saveDiagnosticsAction")->trigger();
    QFile file(fixture.prompter().saveFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("\"qtRuntime\": \"%1\"").arg(QString::fromLatin1(qVersion()))));
    CHECK(text.contains(QStringLiteral("\"applicants\": 13")));
    for (const QString& word : applicantWords(fixture.database())) {
        INFO(word.toStdString());
        CHECK_FALSE(text.contains(word));
    }
    CHECK(fixture.prompter().told.last().contains(QStringLiteral("nothing about applicants")));
}
