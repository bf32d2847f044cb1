// SPDX-License-Identifier: GPL-3.0-or-later
// 設定 → 返信テンプレート driven through its real widgets: the shipped templates are listed, an edited subject is
// stored, placeholders are inserted from the visible list, a secret in a hold reply is refused before saving, the
// preview reads like a reply to an invented applicant, and new, duplicate, delete, restore and unsaved changes
// behave as a host expects.
#include "MainWindow.h"
#include "UiFixture.h"
#include "areas/TemplatesPage.h"
#include "replies/DefaultTemplates.h"
#include "replies/Placeholder.h"
#include "replies/TemplateRenderer.h"
#include "replies/TemplateRepository.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextCursor>

using namespace tsunagu;
using test::UiFixture;

namespace {

using test::child;

// The window on 設定 → 返信テンプレート, with the shipped templates in the profile.
struct TemplatesScreen
{
    UiFixture& fixture;
    TemplateRepository templates;
    std::unique_ptr<ui::MainWindow> window;
    QWidget* page = nullptr;

    explicit TemplatesScreen(UiFixture& f, bool prepare = true)
        : fixture(f)
        , templates(f.database(), f.services().clock)
    {
        if (prepare)
            REQUIRE(templates.ensureDefaults().ok()); // the demo profile has none; the app adds them at start
        window = std::make_unique<ui::MainWindow>(fixture.services());
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->showArea(ui::MainWindow::Settings);
        auto* tabs = child<QTabWidget>(window.get(), "settingsTabs");
        page = child<QWidget>(window.get(), "templatesPage");
        tabs->setCurrentWidget(page);
        REQUIRE(page->isVisible());
    }

    QTableWidget* view() { return child<QTableWidget>(page, "templatesView"); }
    QLineEdit* subject() { return child<QLineEdit>(page, "templateSubjectEdit"); }
    QPlainTextEdit* body() { return child<QPlainTextEdit>(page, "templateBodyEdit"); }
    QPushButton* button(const char* name) { return child<QPushButton>(page, name); }
    QString preview() { return child<QPlainTextEdit>(page, "templatePreview")->toPlainText(); }
    QLabel* problems() { return child<QLabel>(page, "templateProblemsLabel"); }

    ReplyTemplate shipped(ReplyAction action, const QString& language)
    {
        auto found = templates.forAction(action, 0, 0, language);
        REQUIRE(found.ok());
        return found.value();
    }

    int rowOf(qint64 id)
    {
        for (int row = 0; row < view()->rowCount(); ++row) {
            if (view()->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
                return row;
        }
        return -1;
    }

    // Chooses a template in the list as a click would.
    void choose(qint64 id)
    {
        const int row = rowOf(id);
        REQUIRE(row >= 0);
        view()->setCurrentCell(row, ui::TemplatesPage::NameColumn);
    }

    QListWidgetItem* placeholder(const QString& key)
    {
        auto* list = child<QListWidget>(page, "placeholdersList");
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == key)
                return list->item(row);
        }
        FAIL("no placeholder " << key.toStdString() << " in the list");
        return nullptr;
    }

    void save() { QTest::mouseClick(button("saveTemplateButton"), Qt::LeftButton); }

    qint64 roomD()
    {
        auto room = fixture.services().rooms.byCode(QStringLiteral("D"));
        REQUIRE(room.ok());
        return room->id;
    }
};

} // namespace

TEST_CASE("the ten shipped templates are listed, and an edited invitation subject is stored", "[gui][templates]")
{
    UiFixture fixture;
    TemplatesScreen screen(fixture);
    REQUIRE(screen.view()->rowCount() == 10);
    CHECK(screen.view()->item(0, ui::TemplatesPage::RoomColumn)->text() == QStringLiteral("Every room"));

    const ReplyTemplate invite = screen.shipped(ReplyAction::Invite, QStringLiteral("ja"));
    screen.choose(invite.id);
    CHECK(screen.subject()->text() == invite.subject);
    CHECK(screen.body()->toPlainText() == invite.body);
    CHECK_FALSE(screen.button("saveTemplateButton")->isEnabled()); // nothing changed yet

    screen.subject()->setText(QStringLiteral("【{{room_name}}】{{applicant_name}}さん、ようこそ"));
    REQUIRE(screen.button("saveTemplateButton")->isEnabled());
    screen.save();

    CHECK(screen.templates.byId(invite.id)->subject ==
          QStringLiteral("【{{room_name}}】{{applicant_name}}さん、ようこそ"));
    CHECK(screen.templates.byId(invite.id)->body == invite.body);
    CHECK(screen.view()->rowCount() == 10);
    CHECK(screen.view()->currentRow() == screen.rowOf(invite.id));
    CHECK_FALSE(screen.button("saveTemplateButton")->isEnabled());
    CHECK(fixture.prompter().told.isEmpty());
    CHECK(fixture.prompter().asked.isEmpty());
}

TEST_CASE("a placeholder chosen from the list is inserted at the cursor of the message", "[gui][templates]")
{
    UiFixture fixture;
    TemplatesScreen screen(fixture);
    screen.choose(screen.shipped(ReplyAction::Invite, QStringLiteral("ja")).id);
    auto* list = child<QListWidget>(screen.page, "placeholdersList");
    CHECK(list->count() == PlaceholderCatalogue::all().size());
    QListWidgetItem* meeting = screen.placeholder(QStringLiteral("meeting_name"));
    CHECK(meeting->text() == QStringLiteral("ミーティング名 {{meeting_name}}"));
    // A secret is marked with a drawn padlock, not an emoji that shows as a box without an emoji font.
    CHECK_FALSE(screen.placeholder(QStringLiteral("passcode"))->icon().isNull());
    CHECK(screen.placeholder(QStringLiteral("meeting_name"))->icon().isNull());
    CHECK_FALSE(screen.placeholder(QStringLiteral("passcode"))->text().contains(QStringLiteral("🔒")));
    CHECK(screen.placeholder(QStringLiteral("passcode"))->flags() & Qt::ItemIsEnabled); // an invitation may

    screen.body()->setPlainText(QStringLiteral("前半\n後半"));
    QTextCursor cursor = screen.body()->textCursor();
    cursor.setPosition(3); // after "前半\n"
    screen.body()->setTextCursor(cursor);

    list->setCurrentItem(meeting);
    QTest::mouseClick(screen.button("insertPlaceholderButton"), Qt::LeftButton);
    CHECK(screen.body()->toPlainText() == QStringLiteral("前半\n{{meeting_name}}後半"));

    // Double-clicking inserts too, where the cursor now stands: right after the first insertion.
    QListWidgetItem* code = screen.placeholder(QStringLiteral("room_code"));
    list->scrollToItem(code);
    const QPoint at = list->visualItemRect(code).center();
    // As the window system delivers a double-click: the first click, then the double-click event.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    CHECK(screen.body()->toPlainText() == QStringLiteral("前半\n{{meeting_name}}{{room_code}}後半"));
}

TEST_CASE("a passcode typed into a hold reply is shown as a problem and cannot be saved", "[gui][templates]")
{
    UiFixture fixture;
    TemplatesScreen screen(fixture);
    const ReplyTemplate hold = screen.shipped(ReplyAction::Hold, QStringLiteral("ja"));
    screen.choose(hold.id);
    CHECK_FALSE(screen.problems()->isVisible());

    // The list already says the secret cannot go into this reply, and why.
    QListWidgetItem* passcode = screen.placeholder(QStringLiteral("passcode"));
    CHECK_FALSE(passcode->flags() & Qt::ItemIsEnabled);
    CHECK(passcode->toolTip().contains(QStringLiteral("invitations")));

    screen.body()->moveCursor(QTextCursor::End);
    QTest::keyClicks(screen.body(), QStringLiteral(" {{passcode}}"));
    CHECK(screen.problems()->isVisible());
    CHECK(screen.problems()->text().contains(QStringLiteral("{{passcode}}")));
    CHECK(screen.problems()->text().contains(QStringLiteral("invitation")));
    CHECK_FALSE(screen.button("saveTemplateButton")->isEnabled());
    // The preview shows the marker, never a passcode.
    CHECK(screen.preview().contains(
        TemplateRenderer::notAllowedMarker(QStringLiteral("passcode"), QStringLiteral("ja"))));
    CHECK_FALSE(screen.preview().contains(QStringLiteral("pass-sample")));

    screen.save();
    CHECK(screen.templates.byId(hold.id)->body == hold.body);

    // A misspelt placeholder and an empty subject are problems as well; fixing everything allows saving again.
    screen.subject()->clear();
    QTest::keyClicks(screen.body(), QStringLiteral(" {{aplicant_name}}"));
    const QString text = screen.problems()->text();
    CHECK(text.contains(QStringLiteral("subject is empty")));
    CHECK(text.contains(QStringLiteral("{{aplicant_name}}")));
    screen.subject()->setText(hold.subject);
    screen.body()->setPlainText(hold.body + QStringLiteral("\n{{applicant_name}}さん、お待ちしています。"));
    CHECK_FALSE(screen.problems()->isVisible());
    REQUIRE(screen.button("saveTemplateButton")->isEnabled());
    screen.save();
    CHECK(screen.templates.byId(hold.id)->body.endsWith(QStringLiteral("お待ちしています。")));
}

TEST_CASE("the invitation preview reads as a reply to an invented applicant, without a single tag", "[gui][templates]")
{
    UiFixture fixture;
    TemplatesScreen screen(fixture);
    const ReplyTemplate invite = screen.shipped(ReplyAction::Invite, QStringLiteral("ja"));
    screen.choose(invite.id);
    QString preview = screen.preview();
    CHECK(preview.contains(QStringLiteral("さくらさん")));
    CHECK(preview.contains(QStringLiteral("https://meet.example.org/"))); // invented join details
    CHECK(preview.contains(QStringLiteral("（日本時間）")));              // sample meetings in Japan time
    CHECK_FALSE(preview.contains(QStringLiteral("{{")));
    CHECK(TemplateRenderer::markersIn(preview).isEmpty());

    // The room chosen for the template names itself in the preview.
    auto* room = child<QComboBox>(screen.page, "templateRoomCombo");
    room->setCurrentIndex(room->findData(screen.roomD()));
    const QString roomName = fixture.services().rooms.byCode(QStringLiteral("D"))->name;
    CHECK(screen.preview().contains(roomName));

    screen.choose(screen.shipped(ReplyAction::Invite, QStringLiteral("en")).id);
    REQUIRE(fixture.prompter().asked.size() == 1); // the room change was not saved
    REQUIRE(QTest::qWaitFor([&] { return screen.view()->currentRow() == screen.rowOf(invite.id); }, 2000));
    fixture.prompter().confirmAnswer = true;
    screen.choose(screen.shipped(ReplyAction::Invite, QStringLiteral("en")).id);
    preview = screen.preview();
    CHECK(preview.contains(QStringLiteral("Sakura")));
    CHECK_FALSE(preview.contains(QStringLiteral("{{")));
}

TEST_CASE("a new template for room D is added, and a clash with an existing one is explained", "[gui][templates]")
{
    UiFixture fixture;
    TemplatesScreen screen(fixture);
    QTest::mouseClick(screen.button("newTemplateButton"), Qt::LeftButton);
    CHECK(screen.subject()->text().isEmpty());
    CHECK_FALSE(screen.button("saveTemplateButton")->isEnabled()); // empty subject and message
    CHECK(screen.problems()->text().contains(QStringLiteral("subject is empty")));

    auto* room = child<QComboBox>(screen.page, "templateRoomCombo");
    room->setCurrentIndex(room->findData(screen.roomD()));
    screen.subject()->setText(QStringLiteral("【{{room_name}}】ご参加のご案内"));
    screen.body()->setPlainText(QStringLiteral("{{applicant_name}}さん\n\n{{next_meetings}}\n{{join_link}}\n"));
    REQUIRE(screen.button("saveTemplateButton")->isEnabled());
    screen.save();

    auto all = screen.templates.all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 11);
    CHECK(screen.view()->rowCount() == 11);
    auto forD = screen.templates.forAction(ReplyAction::Invite, screen.roomD(), 0, QStringLiteral("ja"));
    REQUIRE(forD.ok());
    CHECK(forD->roomId == screen.roomD());
    CHECK(forD->body.contains(QStringLiteral("{{join_link}}")));
    CHECK(screen.view()
              ->item(screen.view()->currentRow(), ui::TemplatesPage::RoomColumn)
              ->text()
              .startsWith(QStringLiteral("D ")));

    // Another default invitation for every room and host in Japanese: the store refuses, the host reads why.
    QTest::mouseClick(screen.button("newTemplateButton"), Qt::LeftButton);
    screen.subject()->setText(QStringLiteral("件名"));
    screen.body()->setPlainText(QStringLiteral("本文"));
    screen.save();
    REQUIRE(fixture.prompter().told.size() == 1);
    CHECK(fixture.prompter().told.first().contains(QStringLiteral("already a template")));
    CHECK(screen.templates.all()->size() == 11);
    CHECK(screen.body()->toPlainText() == QStringLiteral("本文")); // the text is still there
}

TEST_CASE("deleting a template asks first and keeps it when the host says no", "[gui][templates]")
{
    UiFixture fixture;
    TemplateRepository templates(fixture.database(), fixture.services().clock);
    REQUIRE(templates.ensureDefaults().ok());
    ReplyTemplate forD;
    forD.action = ReplyAction::Reminder;
    forD.roomId = fixture.services().rooms.byCode(QStringLiteral("D"))->id;
    forD.name = QStringLiteral("前日のお知らせ");
    forD.subject = QStringLiteral("明日のミーティング");
    forD.body = QStringLiteral("{{applicant_name}}さん\n{{next_meetings}}");
    auto id = templates.save(forD);
    REQUIRE(id.ok());
    TemplatesScreen screen(fixture, false);
    REQUIRE(screen.view()->rowCount() == 11);
    screen.choose(id.value());
    CHECK(screen.subject()->text() == forD.subject);

    fixture.prompter().confirmAnswer = false;
    QTest::mouseClick(screen.button("deleteTemplateButton"), Qt::LeftButton);
    REQUIRE(fixture.prompter().asked.size() == 1);
    CHECK(fixture.prompter().asked.first().contains(QStringLiteral("前日のお知らせ")));
    CHECK(screen.view()->rowCount() == 11);
    CHECK(screen.templates.byId(id.value()).ok());

    fixture.prompter().confirmAnswer = true;
    QTest::mouseClick(screen.button("deleteTemplateButton"), Qt::LeftButton);
    CHECK(fixture.prompter().asked.size() == 2);
    CHECK(screen.view()->rowCount() == 10);
    CHECK_FALSE(screen.templates.byId(id.value()).ok());
    CHECK(screen.rowOf(id.value()) < 0);
    CHECK(child<QLabel>(screen.page, "templatesNoteLabel")->text().contains(QStringLiteral("前日のお知らせ")));
}

TEST_CASE("switching away from unsaved changes asks, and saying no keeps them", "[gui][templates]")
{
    UiFixture fixture;
    TemplatesScreen screen(fixture);
    const ReplyTemplate invite = screen.shipped(ReplyAction::Invite, QStringLiteral("ja"));
    const ReplyTemplate decline = screen.shipped(ReplyAction::Decline, QStringLiteral("ja"));
    screen.choose(invite.id);
    screen.subject()->setText(QStringLiteral("書きかけの件名"));

    fixture.prompter().confirmAnswer = false;
    screen.choose(decline.id);
    REQUIRE(fixture.prompter().asked.size() == 1);
    CHECK(fixture.prompter().asked.first().contains(QStringLiteral("not saved")));
    CHECK(screen.subject()->text() == QStringLiteral("書きかけの件名"));
    REQUIRE(QTest::qWaitFor([&] { return screen.view()->currentRow() == screen.rowOf(invite.id); }, 2000));

    fixture.prompter().confirmAnswer = true;
    screen.choose(decline.id);
    CHECK(fixture.prompter().asked.size() == 2);
    CHECK(screen.subject()->text() == decline.subject);
    CHECK(screen.templates.byId(invite.id)->subject == invite.subject);

    // Choosing without changes asks nothing.
    screen.choose(invite.id);
    CHECK(fixture.prompter().asked.size() == 2);
}

TEST_CASE("restore default puts the shipped text back, and a duplicate becomes a template of its own",
          "[gui][templates]")
{
    UiFixture fixture;
    TemplateRepository templates(fixture.database(), fixture.services().clock);
    REQUIRE(templates.ensureDefaults().ok());
    ReplyTemplate edited = templates.forAction(ReplyAction::Refer, 0, 0, QStringLiteral("ja")).value();
    edited.body = QStringLiteral("{{applicant_name}}さん、{{other_room_name}}をご紹介します。");
    REQUIRE(templates.save(edited).ok());
    TemplatesScreen screen(fixture, false);
    screen.choose(edited.id);
    CHECK(screen.body()->toPlainText() == edited.body);
    REQUIRE(screen.button("restoreDefaultButton")->isEnabled());

    QTest::mouseClick(screen.button("restoreDefaultButton"), Qt::LeftButton);
    const ReplyTemplate shipped = DefaultTemplates::find(ReplyAction::Refer, QStringLiteral("ja")).value();
    CHECK(screen.body()->toPlainText() == shipped.body);
    CHECK(screen.templates.byId(edited.id)->body == edited.body); // not stored until saved
    screen.save();
    CHECK(screen.templates.byId(edited.id)->body == shipped.body);

    // A copy for room D: restore is for the generic ones only.
    QTest::mouseClick(screen.button("duplicateTemplateButton"), Qt::LeftButton);
    CHECK(child<QLineEdit>(screen.page, "templateNameEdit")->text() == QStringLiteral("Copy"));
    auto* room = child<QComboBox>(screen.page, "templateRoomCombo");
    room->setCurrentIndex(room->findData(screen.roomD()));
    CHECK_FALSE(screen.button("restoreDefaultButton")->isEnabled());
    screen.save();
    CHECK(screen.templates.all()->size() == 11);
    auto copies = screen.templates.matching(ReplyAction::Refer, screen.roomD(), 0, QStringLiteral("ja"));
    REQUIRE(copies.ok());
    CHECK(copies->first().roomId == screen.roomD());
    CHECK(copies->first().body == shipped.body);
}
