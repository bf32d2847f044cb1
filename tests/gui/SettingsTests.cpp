// SPDX-License-Identifier: GPL-3.0-or-later
// 設定 → ルーム and ホスト driven through their real widgets: a room's deadline and pause changed, a wrong address
// refused in the dialog with the reason, a room with applicants kept on removal; a host added with their rooms and
// removed; Enter and Delete and double-click act on the selected row.
#include "MainWindow.h"
#include "UiFixture.h"
#include "areas/SettingsArea.h"
#include "dialogs/HostDialog.h"
#include "dialogs/RoomDialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace tsunagu;
using test::UiFixture;

namespace {

using test::child;

struct SettingsScreen
{
    UiFixture& fixture;
    ui::MainWindow window{fixture.services()};
    QWidget* page = nullptr;

    SettingsScreen(UiFixture& f, const char* pageName)
        : fixture(f)
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showArea(ui::MainWindow::Settings);
        auto* tabs = child<QTabWidget>(&window, "settingsTabs");
        page = child<QWidget>(&window, pageName);
        tabs->setCurrentWidget(page);
    }

    // Selects the row whose first column shows `text`.
    void select(QTableView* view, const QString& text)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data().toString() == text) {
                view->selectRow(row);
                return;
            }
        }
        FAIL("no row " << text.toStdString());
    }

    Room room(const QString& code)
    {
        auto found = fixture.services().rooms.byCode(code);
        REQUIRE(found.ok());
        return found.value();
    }
};

QPushButton* saveButton(QWidget* dialog, const char* boxName)
{
    return child<QDialogButtonBox>(dialog, boxName)->button(QDialogButtonBox::Save);
}

} // namespace

TEST_CASE("A room's deadline and pause are changed in Settings and kept", "[gui][settings]")
{
    UiFixture fixture;
    SettingsScreen screen(fixture, "roomsPage");
    auto* view = child<QTableView>(screen.page, "roomsView");
    screen.select(view, QStringLiteral("E"));
    QTest::mouseClick(child<QPushButton>(screen.page, "roomsEditButton"), Qt::LeftButton);
    auto* dialog = child<ui::RoomDialog>(screen.page, "roomDialog");
    REQUIRE(dialog->isVisible());
    CHECK(child<QLineEdit>(dialog, "roomCodeEdit")->isReadOnly());
    // The chat link is a secret: hidden until asked for.
    CHECK(child<QLineEdit>(dialog, "roomChatLinkEdit")->echoMode() == QLineEdit::Password);

    child<QSpinBox>(dialog, "roomDeadlineSpin")->setValue(7);
    child<QCheckBox>(dialog, "roomPausedCheck")->setChecked(true);
    auto* note = child<QLineEdit>(dialog, "roomStatusNoteEdit");
    REQUIRE(note->isEnabled());
    note->setText(QStringLiteral("4月に再開します"));
    QTest::mouseClick(saveButton(dialog, "roomButtons"), Qt::LeftButton);
    QTest::qWait(0);

    const Room e = screen.room(QStringLiteral("E"));
    CHECK(e.replyDeadlineDays == 7);
    CHECK(e.status == RoomStatus::Paused);
    CHECK(e.statusNote == QStringLiteral("4月に再開します"));
}

TEST_CASE("A room dialog says what is wrong and offers no Save until it is right", "[gui][settings][bad-input]")
{
    UiFixture fixture;
    SettingsScreen screen(fixture, "roomsPage");
    QTest::mouseClick(child<QPushButton>(screen.page, "roomsAddButton"), Qt::LeftButton);
    auto* dialog = child<ui::RoomDialog>(screen.page, "roomDialog");
    auto* problems = child<QLabel>(dialog, "roomProblemsLabel");
    CHECK_FALSE(saveButton(dialog, "roomButtons")->isEnabled());
    CHECK(problems->text().contains(QStringLiteral("short code")));

    QTest::keyClicks(child<QLineEdit>(dialog, "roomCodeEdit"), QStringLiteral("D"));
    CHECK(problems->text().contains(QStringLiteral("Another room already has this code")));
    child<QLineEdit>(dialog, "roomCodeEdit")->setText(QStringLiteral("Q"));
    child<QLineEdit>(dialog, "roomNameEdit")->setText(QStringLiteral("ルームQ"));
    QTest::keyClicks(child<QLineEdit>(dialog, "roomReceptionEdit"), QStringLiteral("not an address"));
    CHECK(problems->text().contains(QStringLiteral("not a mail address")));
    CHECK_FALSE(saveButton(dialog, "roomButtons")->isEnabled());
    child<QLineEdit>(dialog, "roomReceptionEdit")->setText(QStringLiteral("room-q@example.jp"));
    REQUIRE(saveButton(dialog, "roomButtons")->isEnabled());
    QTest::mouseClick(saveButton(dialog, "roomButtons"), Qt::LeftButton);
    QTest::qWait(0);
    CHECK(screen.room(QStringLiteral("Q")).receptionAddress == QStringLiteral("room-q@example.jp"));
}

TEST_CASE("Delete on a room with applicants asks, then keeps it and says to pause it", "[gui][settings]")
{
    UiFixture fixture;
    SettingsScreen screen(fixture, "roomsPage");
    auto* view = child<QTableView>(screen.page, "roomsView");
    screen.select(view, QStringLiteral("D"));
    view->setFocus();
    fixture.prompter().confirmAnswer = true;
    QTest::keyClick(view, Qt::Key_Delete);
    REQUIRE(fixture.prompter().asked.size() == 1);
    CHECK(fixture.prompter().asked.first().contains(QStringLiteral("Remove room D?")));
    REQUIRE_FALSE(fixture.prompter().told.isEmpty());
    CHECK(fixture.prompter().told.last().contains(QStringLiteral("Pause the room")));
    CHECK(screen.room(QStringLiteral("D")).code == QStringLiteral("D"));

    // Enter opens the selected room.
    QTest::keyClick(view, Qt::Key_Return);
    auto* dialog = child<ui::RoomDialog>(screen.page, "roomDialog");
    CHECK(dialog->isVisible());
    CHECK(child<QLineEdit>(dialog, "roomCodeEdit")->text() == QStringLiteral("D"));
    dialog->reject();
}

TEST_CASE("A host is added with the rooms they answer for, then removed", "[gui][settings]")
{
    UiFixture fixture;
    SettingsScreen screen(fixture, "hostsPage");
    QTest::mouseClick(child<QPushButton>(screen.page, "hostsAddButton"), Qt::LeftButton);
    auto* dialog = child<ui::HostDialog>(screen.page, "hostDialog");
    CHECK_FALSE(saveButton(dialog, "hostButtons")->isEnabled());
    child<QLineEdit>(dialog, "hostNameEdit")->setText(QStringLiteral("ソラ"));
    child<QPlainTextEdit>(dialog, "hostSignatureEdit")->setPlainText(QStringLiteral("ルームE 受付担当 ソラ"));
    auto* rooms = child<QListWidget>(dialog, "hostRoomsList");
    for (int i = 0; i < rooms->count(); ++i) {
        if (rooms->item(i)->data(Qt::UserRole).toString() == QLatin1String("E"))
            rooms->item(i)->setCheckState(Qt::Checked);
    }
    QTest::mouseClick(saveButton(dialog, "hostButtons"), Qt::LeftButton);
    QTest::qWait(0);

    auto hosts = fixture.services().hosts.all();
    REQUIRE(hosts.ok());
    const auto added = std::find_if(hosts.value().begin(), hosts.value().end(),
                                    [](const Host& h) { return h.displayName == QStringLiteral("ソラ"); });
    REQUIRE(added != hosts.value().end());
    CHECK(added->roomCodes == QStringList{QStringLiteral("E")});
    CHECK(added->signature == QStringLiteral("ルームE 受付担当 ソラ"));

    auto* view = child<QTableView>(screen.page, "hostsView");
    screen.select(view, QStringLiteral("ソラ"));
    fixture.prompter().confirmAnswer = true;
    QTest::mouseClick(child<QPushButton>(screen.page, "hostsRemoveButton"), Qt::LeftButton);
    auto after = fixture.services().hosts.all();
    REQUIRE(after.ok());
    CHECK(std::none_of(after.value().begin(), after.value().end(),
                       [](const Host& h) { return h.displayName == QStringLiteral("ソラ"); }));
}

TEST_CASE("choosing another language is saved and offers a restart that shows it", "[gui][settings]")
{
    test::UiFixture fixture;
    ui::SettingsArea settings(fixture.services());
    QSignalSpy restart(&settings, &ui::SettingsArea::restartRequested);
    auto* language = test::child<QComboBox>(settings, "languageCombo");

    // Not now: the choice is kept for the next start, and the area says so.
    fixture.prompter().confirmAnswer = false;
    language->setCurrentIndex(language->findData(QStringLiteral("ja")));
    REQUIRE(fixture.prompter().asked.size() == 1);
    CHECK(fixture.prompter().asked.first().contains(QStringLiteral("Restart now?")));
    CHECK(restart.isEmpty());
    CHECK(QSettings(fixture.services().uiStatePath, QSettings::IniFormat).value(QStringLiteral("ui/language")) ==
          QStringLiteral("ja"));
    CHECK(test::child<QLabel>(settings, "languageNoteLabel")->text().contains(QStringLiteral("next time")));

    // Now: the window is asked to start again.
    fixture.prompter().confirmAnswer = true;
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    CHECK(restart.size() == 1);
}
